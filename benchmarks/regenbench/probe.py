"""Run one command as the only child of this process and write what it cost as JSON.

    python probe.py RESULT.json COMMAND...

The command's standard streams pass through. Wall time is taken around the child alone; CPU time and the largest
process's peak RSS come from RUSAGE_CHILDREN, which covers the command and every process it waited for (black's
workers included), and is not mixed with other runs because this probe runs nothing else. The sum of the RSS of the
whole process tree is sampled every 20 ms from /proc."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


def descendants(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                children = Path(f"/proc/{current}/task/{task}/children").read_text()
                pending.extend(int(child) for child in children.split())
        except OSError:
            continue
    return found


def tree_rss(pid: int) -> int:
    total = 0
    for member in descendants(pid):
        try:
            total += int(Path(f"/proc/{member}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total


def main() -> None:
    result, command = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    child = subprocess.Popen(command)
    peak_tree = 0
    while child.poll() is None:
        peak_tree = max(peak_tree, tree_rss(child.pid))
        time.sleep(0.02)
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
