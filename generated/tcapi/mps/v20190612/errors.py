"""Errors of mps 2019-06-12: a class per documented code; `A.B` derives from `A`."""

from __future__ import annotations

from tcapi.runtime.errors import APIError, TencentCloudError


class LegacyActionError(TencentCloudError):
    """Raised by the methods of offline API 2.0 interfaces; the message names the API 3.0 replacement."""


class FailedOperation(APIError):
    """Error code FailedOperation."""

    code = "FailedOperation"


class InternalError(APIError):
    """Internal error."""

    code = "InternalError"


class InvalidParameter(APIError):
    """Parameter error."""

    code = "InvalidParameter"


class InvalidParameterValue(APIError):
    """Error code InvalidParameterValue."""

    code = "InvalidParameterValue"


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
