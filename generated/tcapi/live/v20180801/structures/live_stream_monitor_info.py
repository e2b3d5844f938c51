"""The LiveStreamMonitorInfo structure (live 2018-08-01), used by DescribeLiveStreamMonitor, DescribeLiveStreamMonitorList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["LiveStreamMonitorInfo"]


@dataclass(kw_only=True)
class LiveStreamMonitorInfo(Model):
    """直播监播任务信息。"""

    monitor_id: str | None | Unset = UNSET
    """监播任务ID。
    Example: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    """

    monitor_name: str | None | Unset = UNSET
    """监播任务名称。128字节以内。
    Example: ExampleMonitorName
    """

    output_info: structures.LiveStreamMonitorOutputInfo | None | Unset = UNSET
    """监播任务输出信息。
    Example: output_info
    """

    input_list: list[structures.LiveStreamMonitorInputInfo] | None | Unset = UNSET
    """待监播的输入流信息。
    Example: input_list
    """

    status: int | None | Unset = UNSET
    """监播任务状态。
    0： 代表空闲
    1： 代表监播中。
    Example: 0
    """

    start_time: int | None | Unset = UNSET
    """上一次的启动时间，unix时间戳。
    Example: 1640763135
    """

    stop_time: int | None | Unset = UNSET
    """上一次的停止时间，unix时间戳。
    Example: 1640763135
    """

    create_time: int | None | Unset = UNSET
    """监播任务创建时间，unix时间戳
    Example: 1640763135
    """

    update_time: int | None | Unset = UNSET
    """监播任务更新时间，unix时间戳
    Example: 1640763135
    """

    notify_policy: structures.LiveStreamMonitorNotifyPolicy | None | Unset = UNSET
    """监播事件通知策略。"""

    audible_input_index_list: list[int] | None | Unset = UNSET
    """输出音频的输入Index列表。
    Example: [1]
    """

    ai_asr_input_index_list: list[int] | None | Unset = UNSET
    """开启智能语音识别的输入Index列表
    Example: [1]
    """

    check_stream_broken: int | None | Unset = UNSET
    """是否开启断流检测
    Example: 0
    """

    check_stream_low_frame_rate: int | None | Unset = UNSET
    """是否开启低帧率检测
    Example: 0
    """

    asr_language: int | None | Unset = UNSET
    """智能语音识别语种：
    0 关闭 1 中文 2 英文 3日文 4 韩文
    Example: 0
    """

    ocr_language: int | None | Unset = UNSET
    """智能文字识别语种：
    0 关闭 1 中、英文
    Example: 0
    """

    ai_ocr_input_index_list: list[int] | None | Unset = UNSET
    """开启智能文字识别的输入Index列表
    Example: [1]
    """

    allow_monitor_report: int | None | Unset = UNSET
    """是否存储监播事件到监播报告，以及是否允许查询监播报告
    Example: 0
    """

    ai_format_diagnose: int | None | Unset = UNSET
    """是否开启格式诊断
    Example: 0
    """

    ai_quality_control: int | None | Unset = UNSET
    """是否开启内容质检。
    Example: 0
    """

    caster_id: str | None | Unset = UNSET
    """导播台监播对应的导播台场次id
    Example: "101"
    """

    pull_push_task_id: str | None | Unset = UNSET
    """拉流转推监播对应的拉流转推任务id
    Example: "xxxx"
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MonitorId", "monitor_id", "String", required=True),
        Field("MonitorName", "monitor_name", "String"),
        Field("OutputInfo", "output_info", "..structures.live_stream_monitor_output_info:LiveStreamMonitorOutputInfo"),
        Field(
            "InputList",
            "input_list",
            "..structures.live_stream_monitor_input_info:LiveStreamMonitorInputInfo",
            array=True,
        ),
        Field("Status", "status", "Integer", enum=(0, 1)),
        Field("StartTime", "start_time", "Integer"),
        Field("StopTime", "stop_time", "Integer"),
        Field("CreateTime", "create_time", "Integer"),
        Field("UpdateTime", "update_time", "Integer"),
        Field(
            "NotifyPolicy",
            "notify_policy",
            "..structures.live_stream_monitor_notify_policy:LiveStreamMonitorNotifyPolicy",
        ),
        Field("AudibleInputIndexList", "audible_input_index_list", "Integer", array=True),
        Field("AiAsrInputIndexList", "ai_asr_input_index_list", "Integer", array=True),
        Field("CheckStreamBroken", "check_stream_broken", "Integer"),
        Field("CheckStreamLowFrameRate", "check_stream_low_frame_rate", "Integer"),
        Field("AsrLanguage", "asr_language", "Integer"),
        Field("OcrLanguage", "ocr_language", "Integer"),
        Field("AiOcrInputIndexList", "ai_ocr_input_index_list", "Integer", array=True),
        Field("AllowMonitorReport", "allow_monitor_report", "Integer"),
        Field("AiFormatDiagnose", "ai_format_diagnose", "Integer"),
        Field("AiQualityControl", "ai_quality_control", "Integer"),
        Field("CasterId", "caster_id", "String"),
        Field("PullPushTaskId", "pull_push_task_id", "String"),
    )
