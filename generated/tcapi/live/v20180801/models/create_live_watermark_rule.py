"""Request and response of CreateLiveWatermarkRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveWatermarkRuleRequest", "CreateLiveWatermarkRuleResponse"]


@dataclass(kw_only=True)
class CreateLiveWatermarkRuleRequest(Request["CreateLiveWatermarkRuleResponse"]):
    """Request of CreateLiveWatermarkRule.

    创建水印规则，需要先调用AddLiveWatermark接口添加水印，将返回的水印id绑定到流使用。
    """

    domain_name: str
    """推流域名。
    Example: xxx.xx.com
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为live。
    Example: live
    """

    stream_name: str
    """流名称。
    Example: stream
    """

    template_id: int
    """水印Id，即调用AddLiveWatermark接口返回的WatermarkId。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("TemplateId", "template_id", "Integer", required=True),
    )

    _action: ClassVar[str] = "CreateLiveWatermarkRule"
    _response: ClassVar[str] = ".create_live_watermark_rule:CreateLiveWatermarkRuleResponse"


@dataclass(kw_only=True)
class CreateLiveWatermarkRuleResponse(Response):
    """Response of CreateLiveWatermarkRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
