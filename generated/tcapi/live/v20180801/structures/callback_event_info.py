"""The CallbackEventInfo structure (live 2018-08-01), used by DescribeCallbackRecordsList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CallbackEventInfo"]


@dataclass(kw_only=True)
class CallbackEventInfo(Model):
    """回调事件信息"""

    event_time: str | None | Unset = UNSET
    """事件时间。
    接口返回支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
    2）yyyy-MM-dd HH:mm:ss：使用此格式时，默认代表北京时间。
    接口返回的时间格式和查询请求传入的时间格式一致。
    Example: 2020-10-12T00:00:00+08:00
    """

    event_type: int | None | Unset = UNSET
    """事件类型。
    Example: 1
    """

    request: str | None | Unset = UNSET
    """回调请求。
    Example: request body
    """

    response: str | None | Unset = UNSET
    """回调响应。
    Example: response body
    """

    response_time: str | None | Unset = UNSET
    """客户接口响应时间。
    接口返回支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
    2）yyyy-MM-dd HH:mm:ss：使用此格式时，默认代表北京时间。
    接口返回的时间格式和查询请求传入的时间格式一致。
    Example: 2020-10-12T00:00:00+08:00
    """

    result_code: int | None | Unset = UNSET
    """回调结果。
    Example: 1
    """

    stream_id: str | None | Unset = UNSET
    """流名称。
    Example: stream1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("EventTime", "event_time", "String"),
        Field("EventType", "event_type", "Integer"),
        Field("Request", "request", "String"),
        Field("Response", "response", "String"),
        Field("ResponseTime", "response_time", "String"),
        Field("ResultCode", "result_code", "Integer"),
        Field("StreamId", "stream_id", "String"),
    )
