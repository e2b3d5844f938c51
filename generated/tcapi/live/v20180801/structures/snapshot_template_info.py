"""The SnapshotTemplateInfo structure (live 2018-08-01), used by DescribeLiveSnapshotTemplate, DescribeLiveSnapshotTemplates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["SnapshotTemplateInfo"]


@dataclass(kw_only=True)
class SnapshotTemplateInfo(Model):
    """截图模板信息。"""

    template_id: int | None | Unset = UNSET
    """模板 ID。
    Example: 85421
    """

    template_name: str | None | Unset = UNSET
    """模板名称。
    Example: templatename
    """

    snapshot_interval: int | None | Unset = UNSET
    """截图时间间隔，5-300秒。
    Example: 5
    """

    width: int | None | Unset = UNSET
    """截图宽度，范围：0-3000。
    0：原始宽度并适配原始比例。
    Example: 5
    """

    height: int | None | Unset = UNSET
    """截图高度，范围：0-2000。
    0：原始高度并适配原始比例。
    Example: 5
    """

    porn_flag: int | None | Unset = UNSET
    """是否开启鉴黄，0：不开启，1：开启。
    Example: 0
    """

    cos_app_id: int | None | Unset = UNSET
    """Cos 应用 ID。
    Example: 746113
    """

    cos_bucket: str | None | Unset = UNSET
    """Cos Bucket名称。
    Example: cosbucket
    """

    cos_region: str | None | Unset = UNSET
    """Cos 地域。
    Example: ap-nanjing
    """

    description: str | None | Unset = UNSET
    """模板描述。
    Example: 测试模板
    """

    cos_prefix: str | None | Unset = UNSET
    """Cos Bucket文件夹前缀。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: prefix_
    """

    cos_file_name: str | None | Unset = UNSET
    """Cos 文件名称。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: testname
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer"),
        Field("TemplateName", "template_name", "String"),
        Field("SnapshotInterval", "snapshot_interval", "Integer"),
        Field("Width", "width", "Integer", minimum=0, maximum=3000),
        Field("Height", "height", "Integer", minimum=0, maximum=2000),
        Field("PornFlag", "porn_flag", "Integer", enum=(0, 1)),
        Field("CosAppId", "cos_app_id", "Integer"),
        Field("CosBucket", "cos_bucket", "String"),
        Field("CosRegion", "cos_region", "String"),
        Field("Description", "description", "String"),
        Field("CosPrefix", "cos_prefix", "String"),
        Field("CosFileName", "cos_file_name", "String"),
    )
