"""The render cache re-renders only the pieces whose view data changed, and a cached render is always the render."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen.render import render_service
from codegen.render.cache import RenderCache
from codegen.render.naming import module_name, version_package
from codegen.spec.io import load_spec
from codegen.spec.model import Field, Legacy, Region, ServiceSpec, Structure

ROOT = Path(__file__).resolve().parents[1]
LIVE = ROOT / "spec" / "live-2018-08-01.json"


def _small_live() -> ServiceSpec:
    """The live spec cut to the actions that use structures (and a few that do not), to keep renders quick."""
    spec = load_spec(LIVE)
    users = [n for n, a in sorted(spec.actions.items()) if any(f.type in spec.structures for f in a.input)]
    keep = set(users[:12]) | set(sorted(spec.actions)[:4]) | {"CreateCommonMixStream", "CreateLiveStreamMonitor"}
    spec.actions = {n: a for n, a in spec.actions.items() if n in keep}
    return spec


@pytest.fixture(scope="module")
def small() -> ServiceSpec:
    return _small_live()


def _base(spec: ServiceSpec) -> str:
    return f"pkg/{module_name(spec.service)}/{version_package(spec.version)}"


def _action_pieces(spec: ServiceSpec, action: str, module: str) -> set[str]:
    base = _base(spec)
    return {
        f"{base}/models/{module}.py",
        f"{base}/tests/{module}.json",
        f"{base}/tests/test_{module}.py",
        f"{base}/client.py#{action}",
        f"{base}/async_client.py#{action}",
    }


def test_a_cached_render_is_the_render_and_an_unchanged_spec_renders_nothing(
    small: ServiceSpec, tmp_path: Path
) -> None:
    expected = render_service(small, "pkg")
    first = RenderCache(tmp_path)
    assert render_service(small, "pkg", first) == expected
    assert first.hits == 0 and len(first.misses) > 5 * len(small.actions)
    again = RenderCache(tmp_path)
    assert render_service(copy.deepcopy(small), "pkg", again) == expected
    assert again.misses == [] and again.hits == 0  # the whole output, by the spec's key: no piece looked up


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_pieces_rendered_in_worker_processes_are_the_render(small: ServiceSpec, tmp_path: Path) -> None:
    expected = render_service(small, "pkg")
    in_workers = RenderCache(tmp_path / "workers")
    assert render_service(small, "pkg", in_workers, workers=2) == expected
    here = RenderCache(tmp_path / "here")
    render_service(small, "pkg", here)
    assert sorted(in_workers.misses) == sorted(here.misses) and len(here.misses) > 64
    # what the workers rendered is stored like any piece: an edit afterwards renders only its own pieces
    edited = copy.deepcopy(small)
    edited.actions["CreateCommonMixStream"].description += " Edited."
    again = RenderCache(tmp_path / "workers")
    assert render_service(edited, "pkg", again, workers=2) == render_service(edited, "pkg")
    assert sorted(again.misses) == sorted(_action_pieces(small, "CreateCommonMixStream", "create_common_mix_stream"))


def test_editing_one_description_renders_only_that_actions_pieces(small: ServiceSpec, tmp_path: Path) -> None:
    render_service(small, "pkg", RenderCache(tmp_path))
    edited = copy.deepcopy(small)
    edited.actions["CreateCommonMixStream"].description += " Edited."
    cache = RenderCache(tmp_path)
    assert render_service(edited, "pkg", cache) == render_service(edited, "pkg")
    assert sorted(cache.misses) == sorted(_action_pieces(small, "CreateCommonMixStream", "create_common_mix_stream"))
    assert cache.hits > 0


def _rename_a_structure_by_collision(spec: ServiceSpec) -> None:
    # sorts before CommonMixInputParam and takes its class and module names: every user of it changes
    spec.structures["CommonMix-InputParam"] = Structure("CommonMix-InputParam", "Competitor.", [Field("A", "String")])


def _require_a_nested_member(spec: ServiceSpec) -> None:
    # only the generated tests see this: their minimal call and data build the nested structure
    structure = spec.structures["CommonMixInputParam"]
    member = next(f for f in structure.fields if not f.required)
    member.required = True


def _undefine_a_structure(spec: ServiceSpec) -> None:
    spec.structures["CommonMixInputParam"].defined = False


def _change_regions(spec: ServiceSpec) -> None:
    spec.regions = [Region("eu-frankfurt", "Frankfurt")]


def _replace_an_action(spec: ServiceSpec) -> None:
    names = sorted(spec.actions)
    spec.actions[names[0]].legacy = Legacy(replacement=names[1], note="offline since 2020")


def _add_an_error_code(spec: ServiceSpec) -> None:
    spec.actions[sorted(spec.actions)[0]].errors.append("FailedOperation.Brand.New")


def _rename_a_field_by_collision(spec: ServiceSpec) -> None:
    action = spec.actions["CreateCommonMixStream"]
    action.input.insert(0, Field("Mix_StreamSessionId", "String", description="Collides with MixStreamSessionId."))


MUTATIONS: list[Callable[[ServiceSpec], None]] = [
    _rename_a_structure_by_collision,
    _require_a_nested_member,
    _undefine_a_structure,
    _change_regions,
    _replace_an_action,
    _add_an_error_code,
    _rename_a_field_by_collision,
]


@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda m: m.__name__.strip("_"))
def test_changes_of_names_and_structures_reach_every_piece_that_prints_them(
    small: ServiceSpec, mutate: Callable[[ServiceSpec], None], tmp_path: Path
) -> None:
    render_service(small, "pkg", RenderCache(tmp_path))
    changed = copy.deepcopy(small)
    mutate(changed)
    cache = RenderCache(tmp_path)
    cached = render_service(changed, "pkg", cache)
    fresh = render_service(changed, "pkg")
    assert cached == fresh
    assert cached != render_service(small, "pkg")  # the change shows in the output
    assert cache.hits > 0  # and the rest came from the cache


def test_another_package_name_is_rendered_afresh(small: ServiceSpec, tmp_path: Path) -> None:
    render_service(small, "pkg", RenderCache(tmp_path))
    cache = RenderCache(tmp_path)
    assert render_service(small, "other", cache) == render_service(small, "other")
    assert cache.hits == 0


def test_an_unreadable_cache_is_an_empty_one(small: ServiceSpec, tmp_path: Path) -> None:
    render_service(small, "pkg", RenderCache(tmp_path))
    stored = sorted(tmp_path.glob("*.pickle"))
    assert len(stored) == 2
    for path in stored:
        path.write_bytes(b"\x80\x05not a pickle")
    cache = RenderCache(tmp_path)
    assert render_service(small, "pkg", cache) == render_service(small, "pkg")
    assert cache.hits == 0 and cache.misses


_OTHER_PROCESS = """
import copy, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from test_render_cache import _small_live
from codegen.render import render_service
from codegen.render.cache import RenderCache
spec = _small_live()
spec.actions["CreateLiveStreamMonitor"].description += " Edited elsewhere."
cache = RenderCache(Path({folder!r}))
render_service(spec, "pkg", cache)
print("\\n".join(sorted(cache.misses)))
"""


def test_keys_do_not_depend_on_the_process_or_its_hash_seed(small: ServiceSpec, tmp_path: Path) -> None:
    render_service(small, "pkg", RenderCache(tmp_path))
    script = _OTHER_PROCESS.format(tests=str(ROOT / "tests"), folder=str(tmp_path))
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    expected = _action_pieces(small, "CreateLiveStreamMonitor", "create_live_stream_monitor")
    assert sorted(done.stdout.split()) == sorted(expected)


def test_the_whole_live_service_renders_through_the_cache_as_without_it(tmp_path: Path) -> None:
    spec = load_spec(LIVE)
    assert render_service(spec, "tcapi", RenderCache(tmp_path)) == render_service(spec, "tcapi")
