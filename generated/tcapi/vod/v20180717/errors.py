"""Errors of vod 2018-07-17: a class per documented code; `A.B` derives from `A`.

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

InvalidParameterValue = _common.InvalidParameterValueError

UnauthorizedOperation = _common.UnauthorizedOperationError

UnsupportedOperation = _common.UnsupportedOperationError


class InvalidParameterValueClipDuration(InvalidParameterValue):
    """Incorrect parameter value: the clipping duration is too long."""

    code = "InvalidParameterValue.ClipDuration"


class InvalidParameterValueEndTime(InvalidParameterValue):
    """Incorrect parameter value: invalid EndTime."""

    code = "InvalidParameterValue.EndTime"


class InvalidParameterValueExpireTime(InvalidParameterValue):
    """Incorrect parameter value: incorrect ExpireTime format."""

    code = "InvalidParameterValue.ExpireTime"


class InvalidParameterValueStartTime(InvalidParameterValue):
    """Incorrect parameter value: invalid StartTime."""

    code = "InvalidParameterValue.StartTime"


class InvalidParameterValueStreamIdInvalid(InvalidParameterValue):
    """Incorrect parameter value: invalid StreamId."""

    code = "InvalidParameterValue.StreamIdInvalid"


ERRORS: dict[str, type[APIError]] = {
    "FailedOperation": FailedOperation,
    "InternalError": InternalError,
    "InvalidParameterValue": InvalidParameterValue,
    "UnauthorizedOperation": UnauthorizedOperation,
    "UnsupportedOperation": UnsupportedOperation,
    "InvalidParameterValue.ClipDuration": InvalidParameterValueClipDuration,
    "InvalidParameterValue.EndTime": InvalidParameterValueEndTime,
    "InvalidParameterValue.ExpireTime": InvalidParameterValueExpireTime,
    "InvalidParameterValue.StartTime": InvalidParameterValueStartTime,
    "InvalidParameterValue.StreamIdInvalid": InvalidParameterValueStreamIdInvalid,
}

__all__ = [
    "APIError",
    "ERRORS",
    "LegacyActionError",
    "TencentCloudError",
    "FailedOperation",
    "InternalError",
    "InvalidParameterValue",
    "UnauthorizedOperation",
    "UnsupportedOperation",
    "InvalidParameterValueClipDuration",
    "InvalidParameterValueEndTime",
    "InvalidParameterValueExpireTime",
    "InvalidParameterValueStartTime",
    "InvalidParameterValueStreamIdInvalid",
]
