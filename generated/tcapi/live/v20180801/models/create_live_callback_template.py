"""Request and response of CreateLiveCallbackTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveCallbackTemplateRequest", "CreateLiveCallbackTemplateResponse"]


@dataclass(kw_only=True)
class CreateLiveCallbackTemplateRequest(Request["CreateLiveCallbackTemplateResponse"]):
    """Request of CreateLiveCallbackTemplate.

    创建回调模板，数量上限：50，成功返回模板id后，需要调用CreateLiveCallbackRule接口将模板 ID 绑定到域名/路径使用。
    """

    template_name: str
    """模板名称。
    长度上限：255字节。
    仅支持中文、英文、数字、_、-。
    Example: testName
    """

    description: str | Unset = UNSET
    """描述信息。
    长度上限：1024字节。
    仅支持中文、英文、数字、_、-。
    Example: callback
    """

    stream_begin_notify_url: str | Unset = UNSET
    """开播回调 URL，
    相关协议文档：事件消息通知。
    Example: http://domain.com/path
    """

    stream_end_notify_url: str | Unset = UNSET
    """断流回调 URL，
    相关协议文档：事件消息通知。
    Example: http://domain.com/path
    """

    record_notify_url: str | Unset = UNSET
    """录制文件回调 URL，
    相关协议文档：事件消息通知。
    Example: http://domain.com/path
    """

    record_status_notify_url: str | Unset = UNSET
    """录制状态回调 URL ，
    相关协议文档：事件消息通知。
    Example: http://domain.com/path
    """

    snapshot_notify_url: str | Unset = UNSET
    """截图回调 URL，
    相关协议文档：事件消息通知。
    Example: http://domain.com/path
    """

    porn_censorship_notify_url: str | Unset = UNSET
    """鉴黄回调 URL ，
    相关协议文档：事件消息通知。
    Example: http://domain.com/path
    """

    callback_key: str | Unset = UNSET
    """回调 Key，回调 URL 公用，回调签名详见事件消息通知文档。
    事件消息通知。
    Example: adasda131312
    """

    stream_mix_notify_url: str | Unset = UNSET
    """参数已弃用。
    Example: asdsad
    """

    push_exception_notify_url: str | Unset = UNSET
    """推流异常回调 URL。
    Example: http://abc.com/abc
    """

    audio_audit_notify_url: str | Unset = UNSET
    """音频审核回调 URL。
    Example: http://domain.com/path
    """

    record_exception_notify_url: str | Unset = UNSET
    """录制异常回调 URL。
    Example: http://domain.com/path
    """

    record_exception_levels: list[str] | Unset = UNSET
    """录制异常回调级别，可选择：error、warning、info。
    Example: ["error"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateName", "template_name", "String", required=True, max_length=255),
        Field("Description", "description", "String", max_length=1024),
        Field("StreamBeginNotifyUrl", "stream_begin_notify_url", "String"),
        Field("StreamEndNotifyUrl", "stream_end_notify_url", "String"),
        Field("RecordNotifyUrl", "record_notify_url", "String"),
        Field("RecordStatusNotifyUrl", "record_status_notify_url", "String"),
        Field("SnapshotNotifyUrl", "snapshot_notify_url", "String"),
        Field("PornCensorshipNotifyUrl", "porn_censorship_notify_url", "String"),
        Field("CallbackKey", "callback_key", "String"),
        Field("StreamMixNotifyUrl", "stream_mix_notify_url", "String"),
        Field("PushExceptionNotifyUrl", "push_exception_notify_url", "String"),
        Field("AudioAuditNotifyUrl", "audio_audit_notify_url", "String"),
        Field("RecordExceptionNotifyUrl", "record_exception_notify_url", "String"),
        Field("RecordExceptionLevels", "record_exception_levels", "String", array=True),
    )

    _action: ClassVar[str] = "CreateLiveCallbackTemplate"
    _response: ClassVar[str] = ".create_live_callback_template:CreateLiveCallbackTemplateResponse"


@dataclass(kw_only=True)
class CreateLiveCallbackTemplateResponse(Response):
    """Response of CreateLiveCallbackTemplate."""

    template_id: int | None | Unset = UNSET
    """模板ID。
    Example: 1000
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时
    需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
