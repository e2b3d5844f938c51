"""The RecordParam structure (live 2018-08-01), used by CreateLiveRecordTemplate, DescribeLiveRecordTemplate, DescribeLiveRecordTemplates, ModifyLiveRecordTemplate,...."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["RecordParam"]


@dataclass(kw_only=True)
class RecordParam(Model):
    """录制模板参数。"""

    record_interval: int | None | Unset = UNSET
    """录制间隔。
    单位秒，默认：1800。
    取值范围：30-7200。
    此参数对 HLS 无效，当录制 HLS 时从推流到断流生成一个文件。
    Example: 400
    """

    storage_time: int | None | Unset = UNSET
    """录制存储时长。
    单位秒，取值范围： 0 - 1500天。
    0：表示永久存储。
    Example: 800
    """

    enable: int | None | Unset = UNSET
    """是否开启当前格式录制，默认值为0，0：否， 1：是。
    Example: 0
    """

    vod_sub_app_id: int | None | Unset = UNSET
    """点播子应用 ID。
    Example: 1
    """

    vod_file_name: str | None | Unset = UNSET
    """录制文件名。
    支持的特殊占位符有：
    {StreamID}: 流ID
    {StartYear}: 开始时间-年
    {StartMonth}: 开始时间-月
    {StartDay}: 开始时间-日
    {StartHour}: 开始时间-小时
    {StartMinute}: 开始时间-分钟
    {StartSecond}: 开始时间-秒
    {StartMillisecond}: 开始时间-毫秒
    {EndYear}: 结束时间-年
    {EndMonth}: 结束时间-月
    {EndDay}: 结束时间-日
    {EndHour}: 结束时间-小时
    {EndMinute}: 结束时间-分钟
    {EndSecond}: 结束时间-秒
    {EndMillisecond}: 结束时间-毫秒
    若未设置默认录制文件名为{StreamID}_{StartYear}-{StartMonth}-{StartDay}-{StartHour}-
    {StartMinute}-{StartSecond}_{EndYear}-{EndMonth}-{EndDay}-{EndHour}-{EndMinute}-
    {EndSecond}
    Example: {StreamID}_{StartYear}-{StartMonth}-{StartDay}-{StartHour}-{StartMinute}-{StartSecond}_{EndYear}-{EndMonth}-{EndDay}-{EndHour}-{EndMinute}-{EndSecond}
    """

    procedure: str | None | Unset = UNSET
    """任务流
    注意：此字段可能返回 null，表示取不到有效值。
    Example: liu
    """

    storage_mode: str | None | Unset = UNSET
    """视频存储策略。
    normal：标准存储。
    cold：低频存储。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: normal
    """

    class_id: int | None | Unset = UNSET
    """点播应用分类
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 4512
    """

    cos_bucket_name: str | None | Unset = UNSET
    """存储至 cos 的 bucket 桶名称。
    注：CosBucketName参数值不能包含-[appid] 部分。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: bucket
    """

    cos_bucket_region: str | None | Unset = UNSET
    """存储至 cos 的 bucket 区域。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: bucket
    """

    cos_bucket_path: str | None | Unset = UNSET
    """存储至 cos 的 bucket 路径。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: bucket
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("RecordInterval", "record_interval", "Integer", minimum=30, maximum=7200),
        Field("StorageTime", "storage_time", "Integer", minimum=0),
        Field("Enable", "enable", "Integer", enum=(0, 1)),
        Field("VodSubAppId", "vod_sub_app_id", "Integer"),
        Field("VodFileName", "vod_file_name", "String"),
        Field("Procedure", "procedure", "String"),
        Field("StorageMode", "storage_mode", "String"),
        Field("ClassId", "class_id", "Integer"),
        Field("CosBucketName", "cos_bucket_name", "String"),
        Field("CosBucketRegion", "cos_bucket_region", "String"),
        Field("CosBucketPath", "cos_bucket_path", "String"),
    )
