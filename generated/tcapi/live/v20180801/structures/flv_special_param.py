"""The FlvSpecialParam structure (live 2018-08-01), used by CreateLiveRecordTemplate, DescribeLiveRecordTemplate, DescribeLiveRecordTemplates, ModifyLiveRecordTemplate,...."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["FlvSpecialParam"]


@dataclass(kw_only=True)
class FlvSpecialParam(Model):
    """flv格式特殊配置"""

    upload_in_recording: bool | None | Unset = UNSET
    """是否开启边录边传，仅flv格式有效。
    Example: false
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("UploadInRecording", "upload_in_recording", "Boolean"),)
