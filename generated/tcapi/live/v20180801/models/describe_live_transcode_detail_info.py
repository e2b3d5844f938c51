"""Request and response of DescribeLiveTranscodeDetailInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveTranscodeDetailInfoRequest", "DescribeLiveTranscodeDetailInfoResponse"]


@dataclass(kw_only=True)
class DescribeLiveTranscodeDetailInfoRequest(Request["DescribeLiveTranscodeDetailInfoResponse"]):
    """Request of DescribeLiveTranscodeDetailInfo.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    push_domain: str | Unset = UNSET
    """推流域名。
    Example: test.push.com
    """

    stream_name: str | Unset = UNSET
    """流名称。
    Example: streamtest
    """

    day_time: str | Unset = UNSET
    """查询时间，北京时间，
    格式：yyyymmdd。
    注意：支持查询近1个月内某天的详细数据，截止到昨天。
    Example: 20190307
    """

    page_num: int | Unset = UNSET
    """页数，默认1，
    不超过100页。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """每页个数，默认20，
    范围：[10,1000]。
    Example: 20
    """

    start_day_time: str | Unset = UNSET
    """起始天时间，北京时间，
    格式：yyyymmdd。
    注意：支持查询近1个月内的详细数据。
    Example: 20190307
    """

    end_day_time: str | Unset = UNSET
    """结束天时间，北京时间，
    格式：yyyymmdd。
    注意：支持查询近1个月内的详细数据，截止到昨天，注意DayTime 与（StartDayTime，EndDayTime）必须要传一
    个，如果都传，会以DayTime为准 。
    Example: 20190307
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PushDomain", "push_domain", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("DayTime", "day_time", "String"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer", minimum=10, maximum=1000),
        Field("StartDayTime", "start_day_time", "String"),
        Field("EndDayTime", "end_day_time", "String"),
    )

    _action: ClassVar[str] = "DescribeLiveTranscodeDetailInfo"
    _response: ClassVar[str] = ".describe_live_transcode_detail_info:DescribeLiveTranscodeDetailInfoResponse"


@dataclass(kw_only=True)
class DescribeLiveTranscodeDetailInfoResponse(Response):
    """Response of DescribeLiveTranscodeDetailInfo."""

    data_info_list: list[structures.TranscodeDetailInfo] | None | Unset = UNSET
    """统计数据列表。"""

    page_num: int | None | Unset = UNSET
    """页码。
    Example: 1
    """

    page_size: int | None | Unset = UNSET
    """每页个数。
    Example: 20
    """

    total_num: int | None | Unset = UNSET
    """总个数。
    Example: 1
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 1
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.transcode_detail_info:TranscodeDetailInfo", array=True),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
