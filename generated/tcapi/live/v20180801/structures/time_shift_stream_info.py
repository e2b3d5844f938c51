"""The TimeShiftStreamInfo structure (live 2018-08-01), used by DescribeTimeShiftStreamList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["TimeShiftStreamInfo"]


@dataclass(kw_only=True)
class TimeShiftStreamInfo(Model):
    """时移流。"""

    domain_group: str | None | Unset = UNSET
    """推流域名所属组。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: group
    """

    domain: str | None | Unset = UNSET
    """推流域名。
    Example: push.domain.com
    """

    app_name: str | None | Unset = UNSET
    """推流路径。
    Example: live
    """

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: stream
    """

    start_time: int | None | Unset = UNSET
    """流起始时间，Unix 时间戳。
    Example: 15424755
    """

    end_time: int | None | Unset = UNSET
    """截止查询时流结束时间，Unix 时间戳。
    Example: 16424755
    """

    trans_code_id: int | None | Unset = UNSET
    """转码模板ID。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 45223
    """

    stream_type: int | None | Unset = UNSET
    """流类型，取值0为原始流，1为水印流，2为转码流。
    Example: 0
    """

    duration: int | None | Unset = UNSET
    """时移数据存储时长，单位秒。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 45562
    """

    time_shift_sub_streams: list[structures.TimeShiftSubStream] | None | Unset = UNSET
    """时移自适应码率子流列表。
    注意：此字段可能返回 null，表示取不到有效值。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainGroup", "domain_group", "String"),
        Field("Domain", "domain", "String"),
        Field("AppName", "app_name", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("StartTime", "start_time", "Integer"),
        Field("EndTime", "end_time", "Integer"),
        Field("TransCodeId", "trans_code_id", "Integer"),
        Field("StreamType", "stream_type", "Integer"),
        Field("Duration", "duration", "Integer"),
        Field(
            "TimeShiftSubStreams",
            "time_shift_sub_streams",
            "..structures.time_shift_sub_stream:TimeShiftSubStream",
            array=True,
        ),
    )
