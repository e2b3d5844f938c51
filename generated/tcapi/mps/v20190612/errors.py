"""Errors of mps 2019-06-12: a class per documented code; `A.B` derives from `A`.

A common code (AuthFailure, InvalidParameterValue, RequestLimitExceeded, ...) is the runtime's own class, so
`except` on it catches the same error from every service; service codes under it derive from it.
"""

from __future__ import annotations

from tcapi.runtime import errors as _common
from tcapi.runtime.errors import APIError as APIError
from tcapi.runtime.errors import LegacyActionError as LegacyActionError
from tcapi.runtime.errors import TencentCloudError as TencentCloudError

FailedOperation = _common.FailedOperationError

InternalError = _common.InternalError

InvalidParameter = _common.InvalidParameterError

InvalidParameterValue = _common.InvalidParameterValueError


class FailedOperationInvalidMpsUser(FailedOperation):
    """Operation failed: unauthorized MPS user."""

    code = "FailedOperation.InvalidMpsUser"


class InvalidParameterValueDefinition(InvalidParameterValue):
    """Parameter error: Definition."""

    code = "InvalidParameterValue.Definition"


class InvalidParameterValueDefinitions(InvalidParameterValue):
    """Parameter error: Definitions."""

    code = "InvalidParameterValue.Definitions"


class InvalidParameterValueSessionId(InvalidParameterValue):
    """The deduplication ID already exists. The request is removed due to duplication."""

    code = "InvalidParameterValue.SessionId"


ERRORS: dict[str, type[APIError]] = {
    "FailedOperation": FailedOperation,
    "InternalError": InternalError,
    "InvalidParameter": InvalidParameter,
    "InvalidParameterValue": InvalidParameterValue,
    "FailedOperation.InvalidMpsUser": FailedOperationInvalidMpsUser,
    "InvalidParameterValue.Definition": InvalidParameterValueDefinition,
    "InvalidParameterValue.Definitions": InvalidParameterValueDefinitions,
    "InvalidParameterValue.SessionId": InvalidParameterValueSessionId,
}

__all__ = [
    "APIError",
    "ERRORS",
    "LegacyActionError",
    "TencentCloudError",
    "FailedOperation",
    "InternalError",
    "InvalidParameter",
    "InvalidParameterValue",
    "FailedOperationInvalidMpsUser",
    "InvalidParameterValueDefinition",
    "InvalidParameterValueDefinitions",
    "InvalidParameterValueSessionId",
]
