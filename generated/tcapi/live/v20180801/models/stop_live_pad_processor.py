"""Request and response of StopLivePadProcessor (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["StopLivePadProcessorRequest", "StopLivePadProcessorResponse"]


@dataclass(kw_only=True)
class StopLivePadProcessorRequest(Request["StopLivePadProcessorResponse"]):
    """Request of StopLivePadProcessor.

    使用该接口停止垫片流。
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    Example: live
    """

    push_domain_name: str
    """您的推流域名。
    Example: 5000.livepush.myqcloud.com
    """

    stream_name: str
    """流名称。
    Example: stream1
    """

    operator: str | Unset = UNSET
    """操作人备注信息。
    Example: admin
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("AppName", "app_name", "String", required=True),
        Field("PushDomainName", "push_domain_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("Operator", "operator", "String"),
    )

    _action: ClassVar[str] = "StopLivePadProcessor"
    _response: ClassVar[str] = ".stop_live_pad_processor:StopLivePadProcessorResponse"


@dataclass(kw_only=True)
class StopLivePadProcessorResponse(Response):
    """Response of StopLivePadProcessor."""

    result_message: str | None | Unset = UNSET
    """处理结果信息。
    Example: no match processor stream
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问
    题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ResultMessage", "result_message", "String"),
        Field("RequestId", "request_id", "String"),
    )
