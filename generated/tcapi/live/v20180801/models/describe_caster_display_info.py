"""Request and response of DescribeCasterDisplayInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeCasterDisplayInfoRequest", "DescribeCasterDisplayInfoResponse"]


@dataclass(kw_only=True)
class DescribeCasterDisplayInfoRequest(Request["DescribeCasterDisplayInfoResponse"]):
    """Request of DescribeCasterDisplayInfo.

    查询导播台PVW任务和PGM任务的展示信息，包括使用的布局、水印、字幕等信息。
    """

    caster_id: int
    """导播台ID
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeCasterDisplayInfo"
    _response: ClassVar[str] = ".describe_caster_display_info:DescribeCasterDisplayInfoResponse"


@dataclass(kw_only=True)
class DescribeCasterDisplayInfoResponse(Response):
    """Response of DescribeCasterDisplayInfo."""

    status: int | None | Unset = UNSET
    """导播台状态
    0：停止状态，无预监，无主监
    1：无预监，有主监
    2：有预监，无主监
    3：有预监，有主监
    Example: 1
    """

    pvw_display_info: structures.CasterDisplayInfo | None | Unset = UNSET
    """预监使用的展示参数。"""

    pgm_display_info: structures.CasterDisplayInfo | None | Unset = UNSET
    """主监使用的展示参数。"""

    start_live_time: int | None | Unset = UNSET
    """启动直播的时间，值为unix时间戳。
    Example: 1670309219
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Status", "status", "Integer", enum=(0, 1, 2, 3)),
        Field("PvwDisplayInfo", "pvw_display_info", "..structures.caster_display_info:CasterDisplayInfo"),
        Field("PgmDisplayInfo", "pgm_display_info", "..structures.caster_display_info:CasterDisplayInfo"),
        Field("StartLiveTime", "start_live_time", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
