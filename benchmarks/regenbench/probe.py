"""Run one command as the only child of this process and write what it cost as JSON.

    python probe.py RESULT.json INTERVAL COMMAND...

The command's standard streams pass through. Wall time is taken around the child alone; CPU time and the largest
process's peak RSS come from RUSAGE_CHILDREN, which covers the command and every process it waited for (black's
workers included), and is not mixed with other runs because this probe runs nothing else. With an INTERVAL above 0,
the sum of the RSS of the whole process tree is also sampled every INTERVAL seconds from /proc (each sample costs a
few ms of CPU, so it is kept for the runs whose memory is the question)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants, from /proc/*/stat (parent and RSS of every process)."""
    parents: dict[int, int] = {}
    resident: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(entry)] = int(fields[1])
        resident[int(entry)] = int(fields[21]) * PAGE
    members, pending = {root}, [root]
    while pending:
        current = pending.pop()
        for pid, parent in parents.items():
            if parent == current and pid not in members:
                members.add(pid)
                pending.append(pid)
    return sum(resident.get(pid, 0) for pid in members)


def main() -> None:
    result, interval, command = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    start = time.perf_counter()
    child = subprocess.Popen(command)
    peak_tree = 0
    if interval > 0:
        while child.poll() is None:
            peak_tree = max(peak_tree, tree_rss(child.pid))
            time.sleep(interval)
    child.wait()
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures = {
        "returncode": child.returncode,
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mb": usage.ru_maxrss / 1024,
        "tree_mb": peak_tree / 2**20,
    }
    Path(result).write_text(json.dumps(figures), "utf-8")


if __name__ == "__main__":
    main()
