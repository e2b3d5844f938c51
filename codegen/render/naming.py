"""The one naming rule for Python names made from API names.

Every name from a document becomes a Python name by one conversion (snake_case for attributes, methods and modules;
CapWords for classes), then passes one collision rule: a name that is a keyword, a soft keyword, a builtin, a member
of the runtime base class it lands on, or a name the generated module itself uses gets a trailing '_'; a name that
starts with a digit gets a letter prefix; names that become equal get '_2', '_3', … in the order given; a module
name longer than `MAX_MODULE` keeps its start and gets a hash of the whole API name. The API name itself is kept
for the wire in every field table and error registry."""

from __future__ import annotations

import builtins
import hashlib
import keyword
import re
from collections.abc import Iterable
from functools import lru_cache

_PYTHON = set(keyword.kwlist) | set(keyword.softkwlist) | set(dir(builtins))

# Public members of runtime.modeling.Model / Request / Response, and the names the hints of a model refer to
# (get_type_hints looks class attributes up before module globals).
MODEL_MEMBERS = frozenset(
    {"extra", "to_dict", "from_dict", "problems", "validate", "raw_response", "response_class", "self", "cls"}
    | {"models", "structures", "options"}
)
# Public members of runtime.client.BaseClient / AsyncBaseClient and the keyword methods' own parameters.
CLIENT_MEMBERS = frozenset(
    {"send", "call", "close", "aclose", "service", "version", "region", "endpoint", "language", "http_method"}
    | {"self", "options", "extra", "validate"}
)
# Module-level names of the generated modules that hold classes (structures, errors, models, package indexes).
MODULE_GLOBALS = frozenset(
    {"Any", "ClassVar", "Literal", "TYPE_CHECKING", "UNSET", "Unset", "Field", "Model", "Request", "Response"}
    | {"APIError", "TencentCloudError", "LegacyActionError", "ERRORS", "dataclass", "annotations", "importlib"}
    | {"structures", "models"}
)
MAX_MODULE = 64

_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")
_BOUNDARY_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")
_UNDERSCORES = re.compile(r"_+")


@lru_cache(maxsize=16384)
def snake(name: str) -> str:
    """'CreateLiveRecord' → 'create_live_record', 'HTTPSCert' → 'https_cert', 'data.eipSet' → 'data_eip_set'."""
    text = _SEPARATORS.sub("_", name)
    text = _BOUNDARY_1.sub(r"\1_\2", text)
    text = _BOUNDARY_2.sub(r"\1_\2", text)
    text = _UNDERSCORES.sub("_", text).strip("_").lower()
    return text or "field"


def _capwords(name: str) -> str:
    parts = re.split(r"[^A-Za-z0-9]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p) or "Unnamed"


def _safe(base: str, reserved: Iterable[str] | frozenset[str], prefix: str) -> str:
    if base[0].isdigit():
        base = f"{prefix}{base}"
    if base in _PYTHON or base in reserved:
        base = f"{base}_"
    return base


def _unique(bases: list[tuple[str, str]], *, fold: bool = False) -> dict[str, str]:
    """API name → Python name, '_2', '_3', … for repeats; `fold` compares case-insensitively (file names)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for api, base in bases:
        if api in out:
            continue
        name, n = base, 1
        while (name.lower() if fold else name) in used:
            n += 1
            name = f"{base}_{n}"
        used.add(name.lower() if fold else name)
        out[api] = name
    return out


def attribute_names(wire_names: list[str]) -> dict[str, str]:
    """Attribute names of one model's fields, in table order."""
    return _unique([(w, _safe(snake(w), MODEL_MEMBERS, "n")) for w in wire_names])


def method_names(actions: list[str]) -> dict[str, str]:
    """Client method names of a service's actions, in the order given."""
    return _unique([(a, _safe(snake(a), CLIENT_MEMBERS, "n")) for a in actions])


def class_names(api_names: list[str], suffix: str = "") -> dict[str, str]:
    """Class names for structures, error codes or actions (+ `suffix`), distinct from each other and from
    everything the generated modules define or import."""
    return _unique([(n, _safe(_capwords(n) + suffix, MODULE_GLOBALS, "T")) for n in api_names])


def class_name(name: str) -> str:
    """The class name of one API name when no other names compete with it."""
    return class_names([name])[name]


def module_names(api_names: list[str]) -> dict[str, str]:
    """Module (file) names, unique even on case-insensitive file systems and short enough for any of them."""
    bases = []
    for name in api_names:
        base = _safe(snake(name), (), "m")
        if len(base) > MAX_MODULE:
            digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
            base = f"{base[: MAX_MODULE - 11].rstrip('_')}_{digest}"
        bases.append((name, base))
    return _unique(bases, fold=True)


def module_name(name: str) -> str:
    return module_names([name])[name]


def version_package(version: str) -> str:
    return "v" + version.replace("-", "")
