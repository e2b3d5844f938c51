"""AsyncMpsClient: the mps 2019-06-12 API, one coroutine per action.

Generated from the documents; each method builds its request model, validates it, and sends it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.client import AsyncBaseClient, CallOptions

from ._settings import ServiceSettings, legacy

if TYPE_CHECKING:
    from tcapi.runtime.modeling import Request, Response
    from .models.process_live_stream import ProcessLiveStreamRequest, ProcessLiveStreamResponse

    ResponseT = TypeVar("ResponseT", bound=Response)


class AsyncMpsClient(ServiceSettings, AsyncBaseClient):
    """Asynchronous client of mps 2019-06-12 (endpoint mps.tencentcloudapi.com)."""

    async def send(self, request: Request[ResponseT], *, options: CallOptions | None = None) -> ResponseT:
        """Validate `request`, send it, and parse the answer into its response model."""
        request.validate()
        result = await self._call(request._action, request.to_dict(), options)
        response: ResponseT = request.response_class().from_dict(result.data)
        response.raw_response = result.raw
        return response

    async def process_live_stream(
        self,
        *,
        url: str,
        task_notify_config: dict[str, Any],
        output_storage: dict[str, Any] | None | Unset = UNSET,
        output_dir: str | None | Unset = UNSET,
        ai_content_review_task: dict[str, Any] | None | Unset = UNSET,
        ai_recognition_task: dict[str, Any] | None | Unset = UNSET,
        ai_analysis_task: dict[str, Any] | None | Unset = UNSET,
        ai_quality_control_task: dict[str, Any] | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        session_context: str | None | Unset = UNSET,
        schedule_id: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ProcessLiveStreamResponse:
        """This API is used to initiate live stream processing tasks. Such tasks may include the following:

        • Intelligent content moderation (detection of pornographic content in images and audio, detection of sensitive information)

        • Intelligent content recognition (face, full text, text keyword, full speech, speech keyword, real-time speech translation, object recognition, game event tracking)

        • Intelligent content analysis (real-time news splitting)

        • Quality control, including recognizing live stream format, checking audio/video content for flickering, blur, low light, overexposure, black bars, white bars, black screen, white screen, noise, pixelation, QR code, etc., and no-reference scoring.

        • Recording

        HTTP callbacks are supported for live stream processing events. Notifications can also be written in real time to and read from a CMQ queue. The output files of processing tasks are saved to the storage you specify.

        Documented rate limit: 100 requests per second.

        Args:
            url: Live stream URL, which must be a live stream file address. RTMP, HLS, and FLV are supported.
            task_notify_config: Event notification information of a task, which is used to specify the live stream processing result.
            output_storage: Target bucket of a live stream processing output file. This parameter is required if a file will be output.
            output_dir: Target directory of a live stream processing output file, such as /movie/201909/. If this parameter is left empty, the / directory will be used.
            ai_content_review_task: Type parameter of a video content audit task.
            ai_recognition_task: Type parameter of video content recognition task.
            ai_analysis_task:
            ai_quality_control_task:
            session_id: The ID used for deduplication. If there was a request with the same ID in the last seven days, the current request will return an error. The ID can contain up to 50 characters. If this parameter is left empty or an empty string is entered, no deduplication will be performed.
            session_context: The source context which is used to pass through the user request information. The task flow status change callback will return the value of this field. It can contain up to 1,000 characters.
            schedule_id: The live scheme ID.

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
        )
        return await self.send(request, options=options)
