"""Request and response of ProcessLiveStream (mps 2019-06-12)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ProcessLiveStreamRequest", "ProcessLiveStreamResponse"]


@dataclass(kw_only=True)
class ProcessLiveStreamRequest(Request["ProcessLiveStreamResponse"]):
    """Request of ProcessLiveStream.

    This API is used to initiate live stream processing tasks. Such tasks may include the following:
    """

    url: str
    """Live stream URL, which must be a live stream file address. RTMP, HLS, and FLV are supported."""

    task_notify_config: dict[str, Any]
    """Event notification information of a task, which is used to specify the live stream processing result."""

    output_storage: dict[str, Any] | Unset = UNSET
    """Target bucket of a live stream processing output file. This parameter is required if a file will be output."""

    output_dir: str | Unset = UNSET
    """Target directory of a live stream processing output file, such as /movie/201909/. If this parameter is left empty, the / directory will be used."""

    ai_content_review_task: dict[str, Any] | Unset = UNSET
    """Type parameter of a video content audit task."""

    ai_recognition_task: dict[str, Any] | Unset = UNSET
    """Type parameter of video content recognition task."""

    ai_analysis_task: dict[str, Any] | Unset = UNSET
    ai_quality_control_task: dict[str, Any] | Unset = UNSET
    session_id: str | Unset = UNSET
    """The ID used for deduplication. If there was a request with the same ID in the last seven days, the current request will return an error. The ID can contain up to 50 characters. If this parameter is left empty or an empty string is entered, no deduplication will be performed."""

    session_context: str | Unset = UNSET
    """The source context which is used to pass through the user request information. The task flow status change callback will return the value of this field. It can contain up to 1,000 characters."""

    schedule_id: int | Unset = UNSET
    """The live scheme ID.
    Note 1:
    • If an output storage (OutputStorage) and directory (OutputDir) are specified for a subtask of the scheme, those output settings will be applied.
    • If an output storage (OutputStorage) and directory (OutputDir) are not specified for a subtask of the scheme, the output parameters specified for ProcessLiveStream (if any) will be applied.
    • Note 2: If TaskNotifyConfig is specified when ProcessLiveStream is called, the specified settings will be applied instead of the default callback settings of the scheme.
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Url", "url", "String", required=True),
        Field("TaskNotifyConfig", "task_notify_config", "Object", required=True),
        Field("OutputStorage", "output_storage", "Object"),
        Field("OutputDir", "output_dir", "String"),
        Field("AiContentReviewTask", "ai_content_review_task", "Object"),
        Field("AiRecognitionTask", "ai_recognition_task", "Object"),
        Field("AiAnalysisTask", "ai_analysis_task", "Object"),
        Field("AiQualityControlTask", "ai_quality_control_task", "Object"),
        Field("SessionId", "session_id", "String", max_length=50),
        Field("SessionContext", "session_context", "String", max_length=1000),
        Field("ScheduleId", "schedule_id", "Integer"),
    )

    _action: ClassVar[str] = "ProcessLiveStream"
    _response: ClassVar[str] = ".process_live_stream:ProcessLiveStreamResponse"


@dataclass(kw_only=True)
class ProcessLiveStreamResponse(Response):
    """Response of ProcessLiveStream."""

    task_id: str | None | Unset = UNSET
    """Task ID"""

    request_id: str | None | Unset = UNSET
    """The unique request ID, which is returned for each request. RequestId is required for locating a problem."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "String"),
        Field("RequestId", "request_id", "String"),
    )
