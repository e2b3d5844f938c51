"""Request and response of DescribeTimeShiftRecordDetail (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeTimeShiftRecordDetailRequest", "DescribeTimeShiftRecordDetailResponse"]


@dataclass(kw_only=True)
class DescribeTimeShiftRecordDetailRequest(Request["DescribeTimeShiftRecordDetailResponse"]):
    """Request of DescribeTimeShiftRecordDetail.

    前提调用 DescribeTimeShiftStreamList 获得请求必要参数。查询指定范围内的时移流录制详情，最大支持24小时范围查询。
    """

    domain: str
    """推流域名。
    Example: push.domain.com
    """

    app_name: str
    """推流路径。
    Example: push/path
    """

    stream_name: str
    """流名称。
    Example: stream
    """

    start_time: int
    """查询范围起始时间，Unix 时间戳。
    Example: 45622563
    """

    end_time: int
    """查询范围终止时间，Unix 时间戳。
    Example: 45628563
    """

    domain_group: str | Unset = UNSET
    """推流域名所属组，没有域名组或者域名组为空字符串可不填。
    Example: 75362
    """

    trans_code_id: int | Unset = UNSET
    """转码模板ID，转码模板ID为0可不填。
    Example: 5625623
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Domain", "domain", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("StartTime", "start_time", "Integer", required=True),
        Field("EndTime", "end_time", "Integer", required=True),
        Field("DomainGroup", "domain_group", "String"),
        Field("TransCodeId", "trans_code_id", "Integer"),
    )

    _action: ClassVar[str] = "DescribeTimeShiftRecordDetail"
    _response: ClassVar[str] = ".describe_time_shift_record_detail:DescribeTimeShiftRecordDetailResponse"


@dataclass(kw_only=True)
class DescribeTimeShiftRecordDetailResponse(Response):
    """Response of DescribeTimeShiftRecordDetail."""

    record_list: list[structures.TimeShiftRecord] | None | Unset = UNSET
    """时移录制会话数组。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("RecordList", "record_list", "..structures.time_shift_record:TimeShiftRecord", array=True),
        Field("RequestId", "request_id", "String"),
    )
