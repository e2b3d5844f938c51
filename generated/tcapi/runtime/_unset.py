"""The ``UNSET`` sentinel: "the caller did not set this field".

A field that is ``UNSET`` is left out of the request entirely; ``None``, ``""`` and ``[]`` are values and are
sent.  ``UNSET`` is a falsy singleton that survives ``copy``, ``deepcopy`` and ``pickle`` as itself, so
``value is UNSET`` is always the right test (``isinstance(value, Unset)`` narrows types for mypy).
"""

from __future__ import annotations

__all__ = ["UNSET", "Unset"]


class Unset:
    """Type of the :data:`UNSET` sentinel.  There is exactly one instance."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        instance = Unset._instance
        if instance is None:
            instance = object.__new__(cls)
            Unset._instance = instance
        return instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: object) -> Unset:
        return self

    def __reduce__(self) -> str:
        # Pickled by reference to the module-level name, so unpickling yields the singleton.
        return "UNSET"


UNSET = Unset()
