"""The render cache: rendered pieces stored by the hash of exactly what they are rendered from.

A piece (an action's models module, test module or test data, a structure module, one client method, a
service-level module) is made by one renderer, a template or a function of codegen/render, from a context of view
data and nothing else: its key hashes the renderer's name, the context, and the fingerprint of the code that
renders (codegen/render, the spec model, the templates, the jinja2 and Python versions). Names that depend on the
whole service are decided in the views, so they are part of the context of every piece that prints them.

A service's whole output is also stored under the hash of its spec and package: an unchanged spec is answered
without building a view. Each (package, service, version) keeps two files, its last output and the pieces it was
made of; storing them drops the pieces no longer used."""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from codegen.resources import templates_folder
from codegen.spec.model import ServiceSpec
from codegen.workers import run_jobs

Context = dict[str, Any]
Renderer = Callable[[str, Context], str]

_CODE = Path(__file__).resolve().parents[1]
_CODE_FILES = ("render/*.py", "spec/model.py", "spec/values.py", "resources.py")


def canonical(value: Any) -> bytes:
    """Bytes that are equal exactly when the plain data (dataclasses, containers, scalars) are equal, however the
    objects are shared: pickle without its memo."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(value)
    return buffer.getvalue()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Changes whenever anything a renderer's output depends on besides its context changes."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}\0jinja2 {jinja2.__version__}\0".encode())
    templates = templates_folder()
    files = [(p.relative_to(_CODE).as_posix(), p) for pattern in _CODE_FILES for p in _CODE.glob(pattern)]
    files += [(f"templates/{p.relative_to(templates).as_posix()}", p) for p in templates.rglob("*") if p.is_file()]
    for name, path in sorted(files):
        if "__pycache__" not in name:
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class TemplateCode(jinja2.BytecodeCache):
    """jinja2's compiled templates (checked against each template's source), kept in the `templates` folder of the
    render cache last opened in this process, so that a process that renders little does not compile templates."""

    def __init__(self) -> None:
        self.folder: Path | None = None

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.folder is not None:
            jinja2.FileSystemBytecodeCache(str(self.folder)).load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.folder is not None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                jinja2.FileSystemBytecodeCache(str(self.folder)).dump_bytecode(bucket)
            except OSError:
                pass  # a cache that cannot be written only costs time


TEMPLATE_CODE = TemplateCode()


class RenderCache:
    """Rendered pieces under `folder` (None: kept for one service render only, as if the cache were empty).
    `misses` lists the label of every piece rendered rather than taken from the cache. Opening one with a folder
    also keeps the compiled templates of this process there (TEMPLATE_CODE)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.misses: list[str] = []
        self.hits = 0
        if folder is not None:
            TEMPLATE_CODE.folder = folder / "templates"

    def session(self, spec: ServiceSpec, package: str, renderer: Renderer) -> RenderSession:
        """The cache's view of one service's render; `renderer(name, context)` renders a piece."""
        if self.folder is None:
            return RenderSession(self, None, "", renderer)
        identity = canonical((package, spec.service, spec.version))
        # what the renderer reads of a spec (its conflicts, warnings and sources are for people)
        rendered_from = (spec.endpoint, spec.actions, spec.structures, spec.errors, spec.regions)
        spec_key = hashlib.sha256(code_fingerprint().encode() + identity + canonical(rendered_from)).hexdigest()
        stem = self.folder / hashlib.sha256(identity).hexdigest()[:32]
        return RenderSession(self, stem, spec_key, renderer)


_WORKERS_FROM = 64  # pieces to render before worker processes are worth starting
_MARK = "\x00\x01"  # no rendered text holds it: documents' control characters are replaced before rendering
_PLACEHOLDER = re.compile("\x00\x01([0-9a-f]{64})\x01\x00")


def _placeholder(key: str) -> str:
    return f"{_MARK}{key}\x01\x00"


def _filled(text: str, pieces: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda found: pieces[found.group(1)], text) if _MARK in text else text


def _render_job(job: tuple[Renderer, str, Context]) -> str:
    render, renderer, context = job
    return render(renderer, context)


def _load(path: Path | None) -> Any:
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # unpickling fails in many ways; a cache that cannot be read is an empty one
        return None


def _store(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a cache that cannot be written only costs time


class RenderSession:
    """One service's render through the cache: `stored_files`, else `piece` for each piece and then `finish`.
    `stem` names the cache's two files for the service: its output by spec key, and its pieces."""

    def __init__(self, cache: RenderCache, stem: Path | None, spec_key: str, renderer: Renderer) -> None:
        self.cache = cache
        self.stem = stem
        self.spec_key = spec_key
        self.renderer = renderer
        self.used: dict[str, str] = {}
        self._deferred: dict[str, tuple[str, Context]] = {}  # pieces to render, by key: renderer and context
        self._stored_pieces: dict[str, str] | None = None
        self._digests: dict[int, tuple[Any, bytes]] = {}
        self._prefix = f"{code_fingerprint()}\0".encode() if stem is not None else b""

    def _path(self, kind: str) -> Path | None:
        return None if self.stem is None else self.stem.with_name(f"{self.stem.name}.{kind}.pickle")

    def stored_files(self) -> dict[str, str] | None:
        """The whole output when the spec, package and code are those it was stored for."""
        stored = _load(self._path("files"))
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == self.spec_key:
            return dict(stored[1])
        return None

    def _digest(self, value: Any) -> bytes:
        if isinstance(value, (str, int, float, bool)) or value is None:
            return canonical(value)
        held = self._digests.get(id(value))
        if held is None:  # the value is held beside its digest so that its id is not reused
            held = self._digests[id(value)] = (value, hashlib.sha256(canonical(value)).digest())
        return held[1]

    def piece(self, label: str, renderer: str, context: Context) -> str:
        """The text `renderer` makes of `context`, from the cache when it holds it."""
        if self.stem is None:
            self.cache.misses.append(label)
            return self.renderer(renderer, context)
        digest = hashlib.sha256(self._prefix + renderer.encode() + b"\0")
        for name in sorted(context):
            digest.update(name.encode() + b"\0" + self._digest(context[name]))
        key = digest.hexdigest()
        text = self.used.get(key)
        if text is None:
            if self._stored_pieces is None:
                stored = _load(self._path("pieces"))
                self._stored_pieces = stored if isinstance(stored, dict) else {}
            text = self._stored_pieces.get(key)
            if text is None:
                self.cache.misses.append(label)
                self._deferred[key] = (renderer, context)
                text = _placeholder(key)
            else:
                self.cache.hits += 1
            self.used[key] = text
        return text

    def resolve(self, files: dict[str, str], workers: int = 1) -> dict[str, str]:
        """The files with the pieces `piece` left to render rendered in their places: in `workers` processes when
        there are many of them."""
        if len(self._deferred) < _WORKERS_FROM:
            workers = 1
        renderers_seen: set[str] = set()
        for key, (renderer, context) in list(self._deferred.items()):
            if workers > 1 and renderer not in renderers_seen:  # its template compiled here, before the fork
                renderers_seen.add(renderer)
                self.used[key] = self.renderer(renderer, context)
                del self._deferred[key]
        jobs = [(self.renderer, renderer, context) for renderer, context in self._deferred.values()]
        for key, text in zip(list(self._deferred), run_jobs(_render_job, jobs, workers), strict=True):
            self.used[key] = text
        self._deferred.clear()
        return {path: _filled(text, self.used) for path, text in files.items()}

    def finish(self, files: dict[str, str]) -> None:
        """Store the service's output and the pieces it is made of, in place of what was stored before."""
        pieces, output = self._path("pieces"), self._path("files")
        if pieces is not None and output is not None:
            _store(pieces, self.used)
            _store(output, (self.spec_key, files))
