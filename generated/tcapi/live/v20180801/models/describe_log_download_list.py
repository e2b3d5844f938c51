"""Request and response of DescribeLogDownloadList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLogDownloadListRequest", "DescribeLogDownloadListResponse"]


@dataclass(kw_only=True)
class DescribeLogDownloadListRequest(Request["DescribeLogDownloadListResponse"]):
    """Request of DescribeLogDownloadList.

    批量获取日志URL。
    """

    start_time: str
    """开始时间，北京时间。
    格式：yyyy-mm-dd HH:MM:SS。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2019-03-12 00:00:00
    """

    end_time: str
    """结束时间，北京时间。
    格式：yyyy-mm-dd HH:MM:SS。
    注意：结束时间 - 开始时间 <=7天。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2019-03-12 12:00:00
    """

    play_domains: list[str]
    """域名列表。
    Example: ["5000.liveplay.com\\r\\n"]
    """

    is_fast_live: Literal[0, 1] | Unset = UNSET
    """快直播还是标准直播，0：标准直播，1：快直播。默认为0。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True, format="yyyy-mm-dd hh:mm:ss"),
        Field("EndTime", "end_time", "String", required=True, format="yyyy-mm-dd hh:mm:ss"),
        Field("PlayDomains", "play_domains", "String", array=True, required=True),
        Field("IsFastLive", "is_fast_live", "Integer", enum=(0, 1)),
    )

    _action: ClassVar[str] = "DescribeLogDownloadList"
    _response: ClassVar[str] = ".describe_log_download_list:DescribeLogDownloadListResponse"


@dataclass(kw_only=True)
class DescribeLogDownloadListResponse(Response):
    """Response of DescribeLogDownloadList."""

    log_info_list: list[structures.LogInfo] | None | Unset = UNSET
    """日志信息列表。"""

    total_num: int | None | Unset = UNSET
    """总条数。
    Example: 1
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定
    位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("LogInfoList", "log_info_list", "..structures.log_info:LogInfo", array=True),
        Field("TotalNum", "total_num", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
