"""The BackupStreamGroupInfo structure (live 2018-08-01), used by DescribeBackupStreamList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["BackupStreamGroupInfo"]


@dataclass(kw_only=True)
class BackupStreamGroupInfo(Model):
    """主备流分组信息。"""

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: stream1
    """

    backup_list: list[structures.BackupStreamDetailData] | None | Unset = UNSET
    """主备流信息。"""

    optimal_enable: int | None | Unset = UNSET
    """是否对该流开启了择优调度。
    0 - 未开启。
    1 - 已开启。
    Example: 0
    """

    host_group_name: str | None | Unset = UNSET
    """域名分组的分组名称。
    Example: groupname
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String"),
        Field("BackupList", "backup_list", "..structures.backup_stream_detail_data:BackupStreamDetailData", array=True),
        Field("OptimalEnable", "optimal_enable", "Integer"),
        Field("HostGroupName", "host_group_name", "String"),
    )
