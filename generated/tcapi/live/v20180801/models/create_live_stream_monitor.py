"""Request and response of CreateLiveStreamMonitor (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["CreateLiveStreamMonitorRequest", "CreateLiveStreamMonitorResponse"]


@dataclass(kw_only=True)
class CreateLiveStreamMonitorRequest(Request["CreateLiveStreamMonitorResponse"]):
    """Request of CreateLiveStreamMonitor.

    该接口用来创建直播流监播任务。
    """

    output_info: structures.LiveStreamMonitorOutputInfo
    """监播任务的输出信息。"""

    input_list: list[structures.LiveStreamMonitorInputInfo]
    """待监播的输入流信息列表。"""

    monitor_name: str | Unset = UNSET
    """监播任务名称。字段长度小于128字节（一个汉字两个字节）。
    Example: ExampleMonitorName
    """

    notify_policy: structures.LiveStreamMonitorNotifyPolicy | Unset = UNSET
    """监播事件通知策略。
    不填默认为没有任何通知。
    """

    asr_language: int | Unset = UNSET
    """智能语音识别语种设置：
    0 关闭 1 中文 2 英文 3 日文 4 韩文。
    Example: 0
    """

    ocr_language: int | Unset = UNSET
    """智能文字识别语种设置：
    0 关闭 1 中、英文。
    Example: 0
    """

    ai_asr_input_index_list: list[int] | Unset = UNSET
    """智能语音识别的输入列表，若开启语音识别则必填。
    （第1条输入流index为1）
    Example: [1, 2]
    """

    ai_ocr_input_index_list: list[int] | Unset = UNSET
    """智能文字识别的输入列表，若开启文字识别则必填。
    （第1条输入流index为1）
    Example: [1, 2]
    """

    check_stream_broken: int | Unset = UNSET
    """是否开启断流检测。
    Example: 0
    """

    check_stream_low_frame_rate: int | Unset = UNSET
    """是否开启低帧率检测。
    Example: 0
    """

    allow_monitor_report: int | Unset = UNSET
    """是否存储监播事件到监播报告，以及是否允许查询监播报告。
    Example: 0
    """

    ai_format_diagnose: int | Unset = UNSET
    """是否开启格式诊断。
    Example: 0
    """

    ai_quality_control: int | Unset = UNSET
    """是否开启内容质检。
    Example: 0
    """

    caster_id: str | Unset = UNSET
    """导播台监播对应的导播台场次id。
    Example: "101"
    """

    pull_push_task_id: str | Unset = UNSET
    """拉流转推监播任务对应的拉流转推场次id
    Example: “xxxx”
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "OutputInfo",
            "output_info",
            "..structures.live_stream_monitor_output_info:LiveStreamMonitorOutputInfo",
            required=True,
        ),
        Field(
            "InputList",
            "input_list",
            "..structures.live_stream_monitor_input_info:LiveStreamMonitorInputInfo",
            array=True,
            required=True,
        ),
        Field("MonitorName", "monitor_name", "String"),
        Field(
            "NotifyPolicy",
            "notify_policy",
            "..structures.live_stream_monitor_notify_policy:LiveStreamMonitorNotifyPolicy",
        ),
        Field("AsrLanguage", "asr_language", "Integer"),
        Field("OcrLanguage", "ocr_language", "Integer"),
        Field("AiAsrInputIndexList", "ai_asr_input_index_list", "Integer", array=True),
        Field("AiOcrInputIndexList", "ai_ocr_input_index_list", "Integer", array=True),
        Field("CheckStreamBroken", "check_stream_broken", "Integer"),
        Field("CheckStreamLowFrameRate", "check_stream_low_frame_rate", "Integer"),
        Field("AllowMonitorReport", "allow_monitor_report", "Integer"),
        Field("AiFormatDiagnose", "ai_format_diagnose", "Integer"),
        Field("AiQualityControl", "ai_quality_control", "Integer"),
        Field("CasterId", "caster_id", "String"),
        Field("PullPushTaskId", "pull_push_task_id", "String"),
    )

    _action: ClassVar[str] = "CreateLiveStreamMonitor"
    _response: ClassVar[str] = ".create_live_stream_monitor:CreateLiveStreamMonitorResponse"


@dataclass(kw_only=True)
class CreateLiveStreamMonitorResponse(Response):
    """Response of CreateLiveStreamMonitor."""

    monitor_id: str | None | Unset = UNSET
    """监播任务ID。
    Example: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MonitorId", "monitor_id", "String"),
        Field("RequestId", "request_id", "String"),
    )
