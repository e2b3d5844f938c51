"""Request and response of CancelCommonMixStream (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CancelCommonMixStreamRequest", "CancelCommonMixStreamResponse"]


@dataclass(kw_only=True)
class CancelCommonMixStreamRequest(Request["CancelCommonMixStreamResponse"]):
    """Request of CancelCommonMixStream.

    该接口用来取消混流。用法与 mix_streamv2.cancel_mix_stream 基本一致。
    """

    mix_stream_session_id: str
    """混流会话（申请混流开始到取消混流结束）标识 ID。
    该值与CreateCommonMixStream中的MixStreamSessionId保持一致。
    Example: example_session_id
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MixStreamSessionId", "mix_stream_session_id", "String", required=True),
    )

    _action: ClassVar[str] = "CancelCommonMixStream"
    _response: ClassVar[str] = ".cancel_common_mix_stream:CancelCommonMixStreamResponse"


@dataclass(kw_only=True)
class CancelCommonMixStreamResponse(Response):
    """Response of CancelCommonMixStream."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
