"""Request and response of DescribeLiveXP2PDetailInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveXP2PDetailInfoListRequest", "DescribeLiveXP2PDetailInfoListResponse"]


@dataclass(kw_only=True)
class DescribeLiveXP2PDetailInfoListRequest(Request["DescribeLiveXP2PDetailInfoListResponse"]):
    """Request of DescribeLiveXP2PDetailInfoList.

    P2P流数据查询接口，用来获取流量、卡播和起播信息。
    """

    query_time: str | Unset = UNSET
    """utc分钟粒度查询时间，查询某一分钟的用量数据，格式为：yyyy-mm-ddTHH:MM:00Z，参考
    https://cloud.tencent.com/document/product/266/11732#I，
    例如：北京时间2019-01-08 10:00:00，对应utc时间为：2019-01-08T10:00:00+08:00。
    支持最近六个月的查询。
    Example: 2006-01-02T15:02:00Z
    """

    type_: list[str] | Unset = UNSET
    """类型数组，分直播live和点播vod，不传默认查全部。
    Example: ["live","vod"]
    """

    stream_names: list[str] | Unset = UNSET
    """查询流数组，不传默认查所有流。
    Example: ["streamname"]
    """

    dimension: list[str] | Unset = UNSET
    """查询维度，不传该参数则默认查询流维度的数据，传递该参数则只查对应维度的数据，和返回值的字段相关，目前支持
    AppId维度查询。
    Example: ["AppId"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("QueryTime", "query_time", "String"),
        Field("Type", "type_", "String", array=True),
        Field("StreamNames", "stream_names", "String", array=True),
        Field("Dimension", "dimension", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeLiveXP2PDetailInfoList"
    _response: ClassVar[str] = ".describe_live_xp2_p_detail_info_list:DescribeLiveXP2PDetailInfoListResponse"


@dataclass(kw_only=True)
class DescribeLiveXP2PDetailInfoListResponse(Response):
    """Response of DescribeLiveXP2PDetailInfoList."""

    data_info_list: list[structures.XP2PDetailInfo] | None | Unset = UNSET
    """P2P流统计信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.xp2_p_detail_info:XP2PDetailInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
