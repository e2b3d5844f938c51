"""Request and response of GetVodRecordFiles (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["GetVodRecordFilesRequest", "GetVodRecordFilesResponse"]


@dataclass(kw_only=True)
class GetVodRecordFilesRequest(Request["GetVodRecordFilesResponse"]):
    """Request of GetVodRecordFiles."""

    channel_id: str
    """频道的 ID 号"""

    start_time: str
    """开始时间。中国标准时间，需要 URLEncode。如：2016-01-01 00:00:00，编码为：2016-01-
    01+00%3a00%3a00
    """

    end_time: str | Unset = UNSET
    """结束时间。中国标准时间，需要 URLEncode，默认不限结束时间"""

    page_num: int | Unset = UNSET
    """页码，默认值1"""

    page_size: int | Unset = UNSET
    """一页的记录数，默认值20"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("channelId", "channel_id", "String", required=True),
        Field("startTime", "start_time", "String", required=True),
        Field("endTime", "end_time", "String"),
        Field("pageNum", "page_num", "Integer"),
        Field("pageSize", "page_size", "Integer"),
    )

    _action: ClassVar[str] = "GetVodRecordFiles"
    _response: ClassVar[str] = ".get_vod_record_files:GetVodRecordFilesResponse"


@dataclass(kw_only=True)
class GetVodRecordFilesResponse(Response):
    """Response of GetVodRecordFiles."""

    code: int | None | Unset = UNSET
    """错误码，0：成功，其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    total_count: int | None | Unset = UNSET
    """总返回文件数"""

    files_info: list[dict[str, Any]] | None | Unset = UNSET
    """[ { "fileId": "9896125784085567721", "fileName": "直播 -aaa-20160112-1455-20160112-
    1457", "reportMessage": null, "taskId": "57", "startTime": "7", "endTime": "128" }]
    """

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("total_count", "total_count", "Integer"),
        Field("filesInfo", "files_info", "Object", array=True),
        Field("RequestId", "request_id", "String"),
    )
