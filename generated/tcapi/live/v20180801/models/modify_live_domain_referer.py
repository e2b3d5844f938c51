"""Request and response of ModifyLiveDomainReferer (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ModifyLiveDomainRefererRequest", "ModifyLiveDomainRefererResponse"]


@dataclass(kw_only=True)
class ModifyLiveDomainRefererRequest(Request["ModifyLiveDomainRefererResponse"]):
    """Request of ModifyLiveDomainReferer.

    设置直播域名 Referer 黑白名单。
    """

    domain_name: str
    """播放域名。
    Example: 5000.liveplay.myqcloud.com
    """

    enable: int
    """是否开启当前域名的 Referer 黑白名单鉴权。
    Example: 1
    """

    type_: Literal[0, 1]
    """名单类型，0：黑名单，1：白名单。
    Example: 0
    """

    allow_empty: Literal[0, 1]
    """是否允许空 Referer，0：不允许，1：允许。
    Example: 1
    """

    rules: str
    """Referer 名单列表，以;分隔。
    Example: aaa.com;bbb.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("Enable", "enable", "Integer", required=True),
        Field("Type", "type_", "Integer", required=True, enum=(0, 1)),
        Field("AllowEmpty", "allow_empty", "Integer", required=True, enum=(0, 1)),
        Field("Rules", "rules", "String", required=True),
    )

    _action: ClassVar[str] = "ModifyLiveDomainReferer"
    _response: ClassVar[str] = ".modify_live_domain_referer:ModifyLiveDomainRefererResponse"


@dataclass(kw_only=True)
class ModifyLiveDomainRefererResponse(Response):
    """Response of ModifyLiveDomainReferer."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
