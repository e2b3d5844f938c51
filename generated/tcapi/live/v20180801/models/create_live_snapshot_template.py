"""Request and response of CreateLiveSnapshotTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveSnapshotTemplateRequest", "CreateLiveSnapshotTemplateResponse"]


@dataclass(kw_only=True)
class CreateLiveSnapshotTemplateRequest(Request["CreateLiveSnapshotTemplateResponse"]):
    """Request of CreateLiveSnapshotTemplate.

    创建截图模板，数量上限：50，成功返回模板id后，需要调用CreateLiveSnapshotRule接口，将模板id绑定到流使用。
    """

    template_name: str
    """模板名称。
    长度上限：255字节。
    仅支持中文、英文、数字、_、-。
    Example: testName
    """

    cos_app_id: int
    """Cos 应用 ID。
    Example: 9654125
    """

    cos_bucket: str
    """Cos Bucket名称。
    注：CosBucket参数值不能包含-[appid] 部分。
    Example: bucket
    """

    cos_region: str
    """Cos地区。
    Example: beijing
    """

    description: str | Unset = UNSET
    """描述信息。
    长度上限：1024字节。
    仅支持中文、英文、数字、_、-。
    Example: testDesc
    """

    snapshot_interval: int | Unset = UNSET
    """截图间隔，单位s，默认10s。
    范围： 2s ~ 300s。
    Example: 10
    """

    width: int | Unset = UNSET
    """截图宽度。默认：0（原始宽）。
    范围：0-3000 。
    Example: 250
    """

    height: int | Unset = UNSET
    """截图高度。默认：0（原始高）。
    范围：0-2000 。
    Example: 250
    """

    porn_flag: Literal[0, 1] | Unset = UNSET
    """是否开启鉴黄，0：不开启，1：开启。默认：0。
    Example: 0
    """

    cos_prefix: str | Unset = UNSET
    """Cos Bucket文件夹前缀。
    如不传，实际按默认值
    /{Year}-{Month}-{Day}
    生效
    Example: 12
    """

    cos_file_name: str | Unset = UNSET
    """Cos 文件名称。
    如不传，实际按默认值
    {StreamID}-screenshot-{Hour}-{Minute}-{Second}-{Width}x{Height}{Ext}
    生效
    Example: {StreamID}-screenshot-{Hour}-{Minute}-{Second}-{Width}x{Height}{Ext}
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateName", "template_name", "String", required=True, max_length=255),
        Field("CosAppId", "cos_app_id", "Integer", required=True),
        Field("CosBucket", "cos_bucket", "String", required=True),
        Field("CosRegion", "cos_region", "String", required=True),
        Field("Description", "description", "String", max_length=1024),
        Field("SnapshotInterval", "snapshot_interval", "Integer"),
        Field("Width", "width", "Integer", minimum=0, maximum=3000),
        Field("Height", "height", "Integer", minimum=0, maximum=2000),
        Field("PornFlag", "porn_flag", "Integer", enum=(0, 1)),
        Field("CosPrefix", "cos_prefix", "String"),
        Field("CosFileName", "cos_file_name", "String"),
    )

    _action: ClassVar[str] = "CreateLiveSnapshotTemplate"
    _response: ClassVar[str] = ".create_live_snapshot_template:CreateLiveSnapshotTemplateResponse"


@dataclass(kw_only=True)
class CreateLiveSnapshotTemplateResponse(Response):
    """Response of CreateLiveSnapshotTemplate."""

    template_id: int | None | Unset = UNSET
    """模板Id。
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
