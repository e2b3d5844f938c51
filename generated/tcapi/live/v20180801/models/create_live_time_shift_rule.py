"""Request and response of CreateLiveTimeShiftRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveTimeShiftRuleRequest", "CreateLiveTimeShiftRuleResponse"]


@dataclass(kw_only=True)
class CreateLiveTimeShiftRuleRequest(Request["CreateLiveTimeShiftRuleResponse"]):
    """Request of CreateLiveTimeShiftRule.

    创建直播时移规则，需要先调用CreateLiveTimeShiftTemplate接口创建直播时移模板，将返回的模板id绑定到流使用。
    """

    domain_name: str
    """推流域名。
    Example: xxx.xx.com
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。注：如果需要对所有AppName生效，可填写“*”。
    Example: live
    """

    stream_name: str
    """流名称。注：如果本参数设置为非空字符串，规则将只对此推流起作用。如果需要对所有StreamName生效，可填
    写“*”。
    Example: s
    """

    template_id: int
    """模板 ID。
    Example: 458925
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("TemplateId", "template_id", "Integer", required=True),
    )

    _action: ClassVar[str] = "CreateLiveTimeShiftRule"
    _response: ClassVar[str] = ".create_live_time_shift_rule:CreateLiveTimeShiftRuleResponse"


@dataclass(kw_only=True)
class CreateLiveTimeShiftRuleResponse(Response):
    """Response of CreateLiveTimeShiftRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
