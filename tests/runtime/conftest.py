"""Make ``tcapi.runtime`` importable for the runtime tests.

Once the generator has written ``generated/tcapi/runtime`` (a verbatim copy of ``templates/runtime``) and
``generated`` is on ``sys.path``, these tests run against that copy.  Until then, or when
``TCAPI_RUNTIME_FROM_TEMPLATES=1`` is set, ``templates/runtime`` itself is registered as the package
``tcapi.runtime`` (with a namespace module ``tcapi`` when there is none).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from pathlib import Path

TEMPLATES_RUNTIME = Path(__file__).resolve().parents[2] / "templates" / "runtime"


def _runtime_importable() -> bool:
    try:
        return importlib.util.find_spec("tcapi.runtime") is not None
    except ModuleNotFoundError:
        return False


def _load_from_templates() -> None:
    if "tcapi" not in sys.modules:
        try:
            importlib.import_module("tcapi")
        except ModuleNotFoundError:
            namespace = types.ModuleType("tcapi")
            namespace.__path__ = []
            sys.modules["tcapi"] = namespace
    spec = importlib.util.spec_from_file_location(
        "tcapi.runtime",
        TEMPLATES_RUNTIME / "__init__.py",
        submodule_search_locations=[str(TEMPLATES_RUNTIME)],
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["tcapi.runtime"] = module
    spec.loader.exec_module(module)
    setattr(sys.modules["tcapi"], "runtime", module)


if os.environ.get("TCAPI_RUNTIME_FROM_TEMPLATES") == "1" or not _runtime_importable():
    if "tcapi.runtime" not in sys.modules or os.environ.get("TCAPI_RUNTIME_FROM_TEMPLATES") == "1":
        for name in [n for n in sys.modules if n == "tcapi.runtime" or n.startswith("tcapi.runtime.")]:
            del sys.modules[name]
        _load_from_templates()
