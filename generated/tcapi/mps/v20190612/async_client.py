"""AsyncMpsClient: the mps 2019-06-12 API, one coroutine per action.

Generated from the documents; each method builds its request model, validates it, and sends it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NoReturn

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.client import AsyncBaseClient, CallOptions

from . import models, structures
from ._settings import ServiceSettings, deprecated, offline

__all__ = ["AsyncMpsClient"]


class AsyncMpsClient(ServiceSettings, AsyncBaseClient):
    """Asynchronous client of mps 2019-06-12 (endpoint mps.tencentcloudapi.com)."""

    async def process_live_stream(
        self,
        *,
        url: str,
        task_notify_config: dict[str, Any],
        output_storage: dict[str, Any] | Unset = UNSET,
        output_dir: str | Unset = UNSET,
        ai_content_review_task: dict[str, Any] | Unset = UNSET,
        ai_recognition_task: dict[str, Any] | Unset = UNSET,
        ai_analysis_task: dict[str, Any] | Unset = UNSET,
        ai_quality_control_task: dict[str, Any] | Unset = UNSET,
        session_id: str | Unset = UNSET,
        session_context: str | Unset = UNSET,
        schedule_id: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ProcessLiveStreamResponse:
        """This API is used to initiate live stream processing tasks. Such tasks may include the following:

        • Intelligent content moderation (detection of pornographic content in images and audio, detection of sensitive information)

        • Intelligent content recognition (face, full text, text keyword, full speech, speech keyword, real-time speech translation, object recognition, game event tracking)

        • Intelligent content analysis (real-time news splitting)

        • Quality control, including recognizing live stream format, checking audio/video content for flickering, blur, low light, overexposure, black bars, white bars, black screen, white screen, noise, pixelation, QR code, etc., and no-reference scoring.

        • Recording

        HTTP callbacks are supported for live stream processing events. Notifications can also be written in real time to and read from a CMQ queue. The output files of processing tasks are saved to the storage you specify.

        Documented rate limit: 100 requests per second.

        Args:
            url: Live stream URL, which must be a live stream file address. RTMP, HLS, and FLV are
                supported.
            task_notify_config: Event notification information of a task, which is used to specify the live
                stream processing result.
            output_storage: Target bucket of a live stream processing output file. This parameter is
                required if a file will be output.
            output_dir: Target directory of a live stream processing output file, such as /movie/201909/. If
                this parameter is left empty, the / directory will be used.
            ai_content_review_task: Type parameter of a video content audit task.
            ai_recognition_task: Type parameter of video content recognition task.
            ai_analysis_task:
            ai_quality_control_task:
            session_id: The ID used for deduplication. If there was a request with the same ID in the last
                seven days, the current request will return an error. The ID can contain up to 50
                characters. If this parameter is left empty or an empty string is entered, no deduplication
                will be performed.
            session_context: The source context which is used to pass through the user request information.
                The task flow status change callback will return the value of this field. It can contain up
                to 1,000 characters.
            schedule_id: The live scheme ID.
                Note 1:
                • If an output storage (OutputStorage) and directory (OutputDir) are specified for a subtask
                of the scheme, those output settings will be applied.
                • If an output storage (OutputStorage) and directory (OutputDir) are not specified for a
                subtask of the scheme, the output parameters specified for ProcessLiveStream (if any) will
                be applied.
                • Note 2: If TaskNotifyConfig is specified when ProcessLiveStream is called, the specified
                settings will be applied instead of the default callback settings of the scheme.
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.InvalidMpsUser, InternalError, InvalidParameter,
            InvalidParameterValue.Definition, InvalidParameterValue.Definitions,
            InvalidParameterValue.SessionId.
        """
        from .models.process_live_stream import ProcessLiveStreamRequest

        request = ProcessLiveStreamRequest(
            url=url,
            task_notify_config=task_notify_config,
            output_storage=output_storage,
            output_dir=output_dir,
            ai_content_review_task=ai_content_review_task,
            ai_recognition_task=ai_recognition_task,
            ai_analysis_task=ai_analysis_task,
            ai_quality_control_task=ai_quality_control_task,
            session_id=session_id,
            session_context=session_context,
            schedule_id=schedule_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)
