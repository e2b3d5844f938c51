"""Request and response of ModifyLiveStreamMonitor (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["ModifyLiveStreamMonitorRequest", "ModifyLiveStreamMonitorResponse"]


@dataclass(kw_only=True)
class ModifyLiveStreamMonitorRequest(Request["ModifyLiveStreamMonitorResponse"]):
    """Request of ModifyLiveStreamMonitor.

    该接口用来修改直播流监播任务的配置。
    """

    monitor_id: str
    """监播任务ID。
    Example: caster-124
    """

    monitor_name: str | Unset = UNSET
    """监播任务的名称。长度128字节以内（一个汉字两个字节）。
    Example: ExampleStreamMonitor
    """

    output_info: structures.LiveStreamMonitorOutputInfo | Unset = UNSET
    """监播任务输出信息。
    Example: {"OutputDomain":"pull-live.jgangwang.cn","OutputStreamHeight":1080,"OutputStreamW
    """

    input_list: list[structures.LiveStreamMonitorInputInfo] | Unset = UNSET
    """待监播的输入流信息。
    Example: [{"InputApp":"live","InputDomain":"tpush.ztimelive.com","InputStr
    """

    notify_policy: structures.LiveStreamMonitorNotifyPolicy | Unset = UNSET
    """监播事件通知策略。
    Example: {"CallbackUrl":"","NotifyPolicyType":0}
    """

    asr_language: int | Unset = UNSET
    """智能语音识别语种：
    0 关闭 1 中文 2 英文 3 日文 4 韩文。
    Example: 0
    """

    ocr_language: int | Unset = UNSET
    """智能文字识别语种：
    0 关闭 1 中、英文。
    Example: 0
    """

    ai_asr_input_index_list: list[int] | Unset = UNSET
    """语音识别输入流列表，1代表第一条输入流。
    Example: [1, 2]
    """

    ai_ocr_input_index_list: list[int] | Unset = UNSET
    """文字识别输入流列表，1代表第一条输入流。
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
    )

    _action: ClassVar[str] = "ModifyLiveStreamMonitor"
    _response: ClassVar[str] = ".modify_live_stream_monitor:ModifyLiveStreamMonitorResponse"


@dataclass(kw_only=True)
class ModifyLiveStreamMonitorResponse(Response):
    """Response of ModifyLiveStreamMonitor."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
