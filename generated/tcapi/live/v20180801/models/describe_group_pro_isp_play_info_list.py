"""Request and response of DescribeGroupProIspPlayInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeGroupProIspPlayInfoListRequest", "DescribeGroupProIspPlayInfoListResponse"]


@dataclass(kw_only=True)
class DescribeGroupProIspPlayInfoListRequest(Request["DescribeGroupProIspPlayInfoListResponse"]):
    """Request of DescribeGroupProIspPlayInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    start_time: str
    """起始时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-03-29 09:00:00
    """

    end_time: str
    """结束时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    时间跨度在（0,3小时]，支持最近1个月数据查询。
    Example: 2019-03-29 09:10:00
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名，默认为不填，表示求总体数据。
    Example: ["live.com"]
    """

    province_names: list[str] | Unset = UNSET
    """省份列表，默认不填，则返回各省份的数据。
    Example: ["Beijing"]
    """

    isp_names: list[str] | Unset = UNSET
    """运营商列表，默认不填，则返回整个运营商的数据。
    Example: ["China Mobile"]
    """

    mainland_or_oversea: str | Unset = UNSET
    """国内还是国外，如果为空，查询所有地区数据；如果为“Mainland”，查询国内数据；如果
    为“Oversea”，则查询国外数据。
    Example: Mainland
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("PlayDomains", "play_domains", "String", array=True),
        Field("ProvinceNames", "province_names", "String", array=True),
        Field("IspNames", "isp_names", "String", array=True),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
    )

    _action: ClassVar[str] = "DescribeGroupProIspPlayInfoList"
    _response: ClassVar[str] = ".describe_group_pro_isp_play_info_list:DescribeGroupProIspPlayInfoListResponse"


@dataclass(kw_only=True)
class DescribeGroupProIspPlayInfoListResponse(Response):
    """Response of DescribeGroupProIspPlayInfoList."""

    data_info_list: list[structures.GroupProIspDataInfo] | None | Unset = UNSET
    """数据内容。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.group_pro_isp_data_info:GroupProIspDataInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
