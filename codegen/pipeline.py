"""The regenerate job: check freshness → read → parse → merge → spec → render → format → write."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from codegen.config import CACHE_FOLDER, Config
from codegen.freshness import check_freshness
from codegen.hashcache import HashCache
from codegen.lock import WAIT_SECONDS, project_lock
from codegen.manifest import load_manifest
from codegen.ownership import check_folders
from codegen.publish import recover
from codegen.summary import STAGES, Stale, Summary, stage

__all__ = ["STAGES", "Stale", "Summary", "regenerate"]


def regenerate(
    config: Config,
    *,
    check: bool = False,
    cache_dir: Path | None = None,
    lock_wait: float = WAIT_SECONDS,
    progress: Callable[[str], None] = lambda step: None,
) -> Summary:
    """Rebuild spec/ and the output folder from the sources, replacing or removing only files codegen wrote.
    With `check`, write nothing and list what is stale and why. `progress` is told the name of each step as it
    starts."""
    started = time.perf_counter()
    summary = Summary()
    cache_root = cache_dir or config.root / CACHE_FOLDER
    with project_lock(config.root, lock_wait):
        summary.recovered = recover(config.root, config.output)
        with stage(summary, "fingerprints"):
            sources = [config.source_files(service) for service in config.services]
            check_folders(config, [path for files in sources for path in files])
            manifest = load_manifest(config.output)
            hashes = HashCache(cache_root / "hashes.json")
            freshness = check_freshness(config, sources, manifest, hashes)
            hashes.save()
        if freshness.current:
            summary.current = True
            summary.foreign = list(freshness.foreign)
        else:
            # imported only when there is work to do: they load the readers, the parser and the template engine
            from codegen.build import compute_outputs
            from codegen.update import compare_and_publish

            outputs = compute_outputs(config, sources, summary, cache_root, progress)
            try:
                compare_and_publish(config, manifest, outputs, summary, check, cache_root, progress)
            finally:
                outputs.close()
    summary.seconds = time.perf_counter() - started
    return summary
