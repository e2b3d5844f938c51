"""Request and response of DescribeLivePadProcessorList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DescribeLivePadProcessorListRequest", "DescribeLivePadProcessorListResponse"]


@dataclass(kw_only=True)
class DescribeLivePadProcessorListRequest(Request["DescribeLivePadProcessorListResponse"]):
    """Request of DescribeLivePadProcessorList.

    使用该接口查询垫片流。垫片流状态更新存在一定延迟，可间隔30秒以上查询，避免频繁查询该接口。
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    Example: live
    """

    push_domain_name: str
    """您的推流域名。
    Example: 5000.livepush.myqcloud.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("AppName", "app_name", "String", required=True),
        Field("PushDomainName", "push_domain_name", "String", required=True),
    )

    _action: ClassVar[str] = "DescribeLivePadProcessorList"
    _response: ClassVar[str] = ".describe_live_pad_processor_list:DescribeLivePadProcessorListResponse"


@dataclass(kw_only=True)
class DescribeLivePadProcessorListResponse(Response):
    """Response of DescribeLivePadProcessorList."""

    stream_name_list: list[str] | None | Unset = UNSET
    """当前正在拉取垫片的流名称列表。
    Example: ["test1","test2"]
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamNameList", "stream_name_list", "String", array=True),
        Field("RequestId", "request_id", "String"),
    )
