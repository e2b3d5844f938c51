"""The CallBackTemplateInfo structure (live 2018-08-01), used by DescribeLiveCallbackTemplate, DescribeLiveCallbackTemplates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CallBackTemplateInfo"]


@dataclass(kw_only=True)
class CallBackTemplateInfo(Model):
    """回调模板信息。"""

    template_id: int | None | Unset = UNSET
    """模板 ID。
    Example: 1
    """

    template_name: str | None | Unset = UNSET
    """模板名称。
    Example: 回调模板1
    """

    description: str | None | Unset = UNSET
    """描述信息。
    Example: 场景1回调模版配置
    """

    stream_begin_notify_url: str | None | Unset = UNSET
    """开播回调 URL。
    Example: http://abc.com/abc
    """

    stream_mix_notify_url: str | None | Unset = UNSET
    """混流回调 URL。(参数已弃用)。"""

    stream_end_notify_url: str | None | Unset = UNSET
    """断流回调 URL。
    Example: http://abc.com/abc
    """

    record_notify_url: str | None | Unset = UNSET
    """录制文件回调 URL。
    Example: http://abc.com/abc
    """

    snapshot_notify_url: str | None | Unset = UNSET
    """截图回调 URL。
    Example: http://abc.com/abc
    """

    porn_censorship_notify_url: str | None | Unset = UNSET
    """鉴黄回调 URL。
    Example: http://abc.com/abc
    """

    callback_key: str | None | Unset = UNSET
    """回调的鉴权 key。
    Example: def
    """

    push_exception_notify_url: str | None | Unset = UNSET
    """推流异常回调 URL。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: http://abc.com/abc
    """

    audio_audit_notify_url: str | None | Unset = UNSET
    """音频审核回调 URL。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: http://domain.com/path
    """

    record_exception_notify_url: str | None | Unset = UNSET
    """录制异常回调 URL。
    Example: http://domain.com/path
    """

    record_exception_levels: list[str] | None | Unset = UNSET
    """录制异常回调级别，可选择：error: 错误。alarm: 告警。
    Example: ["error"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer"),
        Field("TemplateName", "template_name", "String"),
        Field("Description", "description", "String"),
        Field("StreamBeginNotifyUrl", "stream_begin_notify_url", "String"),
        Field("StreamMixNotifyUrl", "stream_mix_notify_url", "String"),
        Field("StreamEndNotifyUrl", "stream_end_notify_url", "String"),
        Field("RecordNotifyUrl", "record_notify_url", "String"),
        Field("SnapshotNotifyUrl", "snapshot_notify_url", "String"),
        Field("PornCensorshipNotifyUrl", "porn_censorship_notify_url", "String"),
        Field("CallbackKey", "callback_key", "String"),
        Field("PushExceptionNotifyUrl", "push_exception_notify_url", "String"),
        Field("AudioAuditNotifyUrl", "audio_audit_notify_url", "String"),
        Field("RecordExceptionNotifyUrl", "record_exception_notify_url", "String"),
        Field("RecordExceptionLevels", "record_exception_levels", "String", array=True),
    )
