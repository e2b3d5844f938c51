"""Request and response of DescribeConcurrentRecordStreamNum (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeConcurrentRecordStreamNumRequest", "DescribeConcurrentRecordStreamNumResponse"]


@dataclass(kw_only=True)
class DescribeConcurrentRecordStreamNumRequest(Request["DescribeConcurrentRecordStreamNumResponse"]):
    """Request of DescribeConcurrentRecordStreamNum.

    查询并发录制路数，对慢直播和普通直播适用。
    """

    live_type: str
    """直播类型，SlowLive：慢直播。
    NormalLive：普通直播。
    Example: NormalLive
    """

    start_time: str
    """起始时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    可以查询最近180天的数据。
    Example: 2019-03-01T00:00:00+08:00
    """

    end_time: str
    """结束时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    时间跨度最大支持31天。
    Example: 2019-03-01T00:00:00+08:00
    """

    mainland_or_oversea: str | Unset = UNSET
    """如果为空，查询所有地区数据；如果为“Mainland”，查询国内数据；如果为“Oversea”，则查询国外数
    据。
    Example: Mainland
    """

    push_domains: list[str] | Unset = UNSET
    """推流域名列表，不填表示总体数据。
    Example: ["5000.livepush.com\\r\\n"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("LiveType", "live_type", "String", required=True),
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("PushDomains", "push_domains", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeConcurrentRecordStreamNum"
    _response: ClassVar[str] = ".describe_concurrent_record_stream_num:DescribeConcurrentRecordStreamNumResponse"


@dataclass(kw_only=True)
class DescribeConcurrentRecordStreamNumResponse(Response):
    """Response of DescribeConcurrentRecordStreamNum."""

    data_info_list: list[structures.ConcurrentRecordStreamNum] | None | Unset = UNSET
    """统计信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不
    会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "DataInfoList",
            "data_info_list",
            "..structures.concurrent_record_stream_num:ConcurrentRecordStreamNum",
            array=True,
        ),
        Field("RequestId", "request_id", "String"),
    )
