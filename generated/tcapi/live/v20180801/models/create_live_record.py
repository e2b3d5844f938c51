"""Request and response of CreateLiveRecord (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveRecordRequest", "CreateLiveRecordResponse"]


@dataclass(kw_only=True)
class CreateLiveRecordRequest(Request["CreateLiveRecordResponse"]):
    """Request of CreateLiveRecord.

    • Prerequisites
    """

    stream_name: str
    """Stream name."""

    app_name: str | Unset = UNSET
    """Push path, which is the same as the AppName in push and playback addresses and is live by default."""

    domain_name: str | Unset = UNSET
    """Push domain name. This parameter must be set for multi-domain name push."""

    start_time: str | Unset = UNSET
    """Recording start time, which is China standard time and should be URL-encoded (RFC3986). For example, the encoding of 2017-01-01 10:10:01 is 2017-01-01+10%3a10%3a01.
    In scheduled recording mode, this field must be set; in real-time video recording mode, this field is ignored.
    """

    end_time: str | Unset = UNSET
    """Recording end time, which is China standard time and should be URL-encoded (RFC3986). For example, the encoding of 2017-01-01 10:30:01 is 2017-01-01+10%3a30%3a01.
    In scheduled recording mode, this field must be set; in real-time video recording mode, this field is optional. If the recording is set to real-time video recording mode through the Highlight parameter, the set end time should not be more than 30 minutes after the current time. If the set end time is more than 30 minutes after the current time, earlier than the current time, or left empty, the actual end time will be 30 minutes after the current time.
    """

    record_type: str | Unset = UNSET
    """Recording type.
    "video": Audio-video recording (default).
    "audio": audio recording.
    In both scheduled and real-time video recording modes, this parameter is valid and is not case sensitive.
    """

    file_format: str | Unset = UNSET
    """Recording file format. Valid values:
    "flv" (default), "hls", "mp4", "aac", "mp3".
    In both scheduled and real-time video recording modes, this parameter is valid and is not case sensitive.
    """

    highlight: Literal[0, 1] | Unset = UNSET
    """Mark for enabling real-time video recording mode.
    0: Real-time video recording mode is not enabled, i.e., the scheduled recording mode is used (default). See Sample 1.
    1: Real-time video recording mode is enabled. See Sample 2.
    """

    mix_stream: Literal[0, 1] | Unset = UNSET
    """Flag for enabling A+B=C mixed stream recording.
    0: A+B=C mixed stream recording is not enabled (default).
    1: A+B=C mixed stream recording is enabled.
    In both scheduled and real-time video recording modes, this parameter is valid.
    """

    stream_param: str | Unset = UNSET
    """Recording stream parameter. The following parameters are supported currently:
    record_interval: recording interval in seconds. Value range: 1800-7200.
    storage_time: recording file storage duration in seconds.
    Note: the parameter needs to be URL-encoded.
    In both scheduled and real-time video recording modes, this parameter is valid.
    Example: record_interval=3600&storage_time=2592000.
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String", required=True),
        Field("AppName", "app_name", "String"),
        Field("DomainName", "domain_name", "String"),
        Field("StartTime", "start_time", "String"),
        Field("EndTime", "end_time", "String"),
        Field("RecordType", "record_type", "String"),
        Field("FileFormat", "file_format", "String"),
        Field("Highlight", "highlight", "Integer", enum=(0, 1)),
        Field("MixStream", "mix_stream", "Integer", enum=(0, 1)),
        Field("StreamParam", "stream_param", "String"),
    )

    _action: ClassVar[str] = "CreateLiveRecord"
    _response: ClassVar[str] = ".create_live_record:CreateLiveRecordResponse"


@dataclass(kw_only=True)
class CreateLiveRecordResponse(Response):
    """Response of CreateLiveRecord."""

    task_id: int | None | Unset = UNSET
    """Task ID, which uniquely identifies a recording task globally."""

    request_id: str | None | Unset = UNSET
    """The unique request ID, which is returned for each request. RequestId is required for locating a problem."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
