"""Request and response of DescribeBackupStreamList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeBackupStreamListRequest", "DescribeBackupStreamListResponse"]


@dataclass(kw_only=True)
class DescribeBackupStreamListRequest(Request["DescribeBackupStreamListResponse"]):
    """Request of DescribeBackupStreamList.

    返回正在直播中的流列表。适用于推流成功后查询在线流信息。
    """

    stream_name: str | Unset = UNSET
    """流名称，用于精确查询。
    Example: mystream
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("StreamName", "stream_name", "String"),)

    _action: ClassVar[str] = "DescribeBackupStreamList"
    _response: ClassVar[str] = ".describe_backup_stream_list:DescribeBackupStreamListResponse"


@dataclass(kw_only=True)
class DescribeBackupStreamListResponse(Response):
    """Response of DescribeBackupStreamList."""

    stream_info_list: list[structures.BackupStreamGroupInfo] | None | Unset = UNSET
    """主备流分组信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获
    得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "StreamInfoList",
            "stream_info_list",
            "..structures.backup_stream_group_info:BackupStreamGroupInfo",
            array=True,
        ),
        Field("RequestId", "request_id", "String"),
    )
