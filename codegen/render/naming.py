"""The one naming rule for Python names made from API names, with its collision handling."""

from __future__ import annotations

import builtins
import keyword
import re

_RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | {"self", "cls", "extra", "raw_response", "options"}
_BUILTINS = set(dir(builtins))
_BOUNDARY_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")


def snake(name: str) -> str:
    """'CreateLiveRecord' → 'create_live_record', 'HTTPSCert' → 'https_cert', 'data.eipSet' → 'data_eip_set'."""
    text = re.sub(r"[^A-Za-z0-9]+", "_", name)
    text = _BOUNDARY_1.sub(r"\1_\2", text)
    text = _BOUNDARY_2.sub(r"\1_\2", text)
    text = re.sub(r"_+", "_", text).strip("_").lower()
    return text or "field"


def attribute_names(wire_names: list[str]) -> dict[str, str]:
    """Python attribute names for one model's wire names: snake_case; keywords, builtins and our own attribute names
    get a trailing '_'; a leading digit gets an 'n' prefix; names equal after conversion get '_2', '_3', … in order."""
    taken: dict[str, str] = {}
    used: set[str] = set()
    for wire in wire_names:
        base = snake(wire)
        if base[0].isdigit():
            base = f"n{base}"
        if base in _RESERVED or base in _BUILTINS:
            base = f"{base}_"
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}_{n}"
        used.add(name)
        taken[wire] = name
    return taken


def class_name(name: str) -> str:
    """A structure or error name as a Python class name: CapWords kept, other characters dropped."""
    parts = re.split(r"[^A-Za-z0-9]+", name)
    text = "".join(p[:1].upper() + p[1:] for p in parts if p)
    if not text or text[0].isdigit():
        text = f"T{text}"
    return text


def module_name(name: str) -> str:
    base = snake(name)
    if base[0].isdigit():
        base = f"m{base}"
    return f"{base}_" if keyword.iskeyword(base) else base


def version_package(version: str) -> str:
    return "v" + version.replace("-", "")
