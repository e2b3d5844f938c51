"""The BackupStreamDetailData structure (live 2018-08-01), used by BackupStreamGroupInfo, DescribeBackupStreamList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["BackupStreamDetailData"]


@dataclass(kw_only=True)
class BackupStreamDetailData(Model):
    """主备流详细信息。"""

    domain_name: str | None | Unset = UNSET
    """推流域名。
    Example: 5000.livepush.com
    """

    app_name: str | None | Unset = UNSET
    """推流路径。
    Example: live
    """

    publish_time: str | None | Unset = UNSET
    """UTC 格式，例如：2018-06-29T19:00:00Z。
    注意：和北京时间相差8小时。
    Example: 2018-06-29T19:00:00Z
    """

    upstream_sequence: str | None | Unset = UNSET
    """推流唯一标识。
    Example: 710313341080024599
    """

    source_from: str | None | Unset = UNSET
    """推流来源。示例：
    直推流；
    拉流转推(1234)；
    注意：拉流转推来源括号中为拉流转推的任务
    ID。
    Example: 直推流
    """

    master_flag: int | None | Unset = UNSET
    """主备标识。
    当前流为主流：1，
    当前流为备流: 0。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String"),
        Field("AppName", "app_name", "String"),
        Field("PublishTime", "publish_time", "String"),
        Field("UpstreamSequence", "upstream_sequence", "String"),
        Field("SourceFrom", "source_from", "String"),
        Field("MasterFlag", "master_flag", "Integer"),
    )
