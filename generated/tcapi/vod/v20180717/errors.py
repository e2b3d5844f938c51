"""Errors of vod 2018-07-17: a class per documented code; `A.B` derives from `A`."""

from __future__ import annotations

from tcapi.runtime.errors import APIError, TencentCloudError


class LegacyActionError(TencentCloudError):
    """Raised by the methods of offline API 2.0 interfaces; the message names the API 3.0 replacement."""


class FailedOperation(APIError):
    """Operation failed."""

    code = "FailedOperation"


class InternalError(APIError):
    """Internal error."""

    code = "InternalError"


class InvalidParameterValue(APIError):
    """Incorrect parameter value."""

    code = "InvalidParameterValue"


class UnauthorizedOperation(APIError):
    """Unauthorized operation."""

    code = "UnauthorizedOperation"


class UnsupportedOperation(APIError):
    """Unsupported operation."""

    code = "UnsupportedOperation"


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
