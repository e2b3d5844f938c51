"""Request and response of ModifyLiveSnapshotTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ModifyLiveSnapshotTemplateRequest", "ModifyLiveSnapshotTemplateResponse"]


@dataclass(kw_only=True)
class ModifyLiveSnapshotTemplateRequest(Request["ModifyLiveSnapshotTemplateResponse"]):
    """Request of ModifyLiveSnapshotTemplate.

    修改截图模板配置。
    """

    template_id: int
    """模板 ID。
    Example: 1000
    """

    cos_app_id: int
    """Cos 应用 ID。
    注：此参数现在须必选。
    Example: 854625
    """

    cos_bucket: str
    """Cos Bucket名称。
    注：CosBucket参数值不能包含-[appid] 部分。
    注：此参数现在须必选。
    Example: bucket
    """

    cos_region: str
    """Cos 地域。
    注：此参数现在须必选。
    Example: beijing
    """

    template_name: str | Unset = UNSET
    """模板名称。
    长度上限：255字节。
    Example: testName
    """

    description: str | Unset = UNSET
    """描述信息。
    长度上限：1024字节。
    Example: testDesc
    """

    snapshot_interval: int | Unset = UNSET
    """截图间隔，单位s，默认10s。
    范围： 5s ~ 300s。
    Example: 10
    """

    width: int | Unset = UNSET
    """截图宽度。默认：0（原始宽）。
    Example: 250
    """

    height: int | Unset = UNSET
    """截图高度。默认：0（原始高）。
    Example: 250
    """

    porn_flag: Literal[0, 1] | Unset = UNSET
    """是否开启鉴黄，默认 0 。
    0：不开启。
    1：开启。
    Example: 0
    """

    cos_prefix: str | Unset = UNSET
    """Cos Bucket文件夹前缀。
    Example: 12
    """

    cos_file_name: str | Unset = UNSET
    """Cos 文件名称。
    Example: 12
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer", required=True),
        Field("CosAppId", "cos_app_id", "Integer", required=True),
        Field("CosBucket", "cos_bucket", "String", required=True),
        Field("CosRegion", "cos_region", "String", required=True),
        Field("TemplateName", "template_name", "String", max_length=255),
        Field("Description", "description", "String", max_length=1024),
        Field("SnapshotInterval", "snapshot_interval", "Integer"),
        Field("Width", "width", "Integer"),
        Field("Height", "height", "Integer"),
        Field("PornFlag", "porn_flag", "Integer", enum=(0, 1)),
        Field("CosPrefix", "cos_prefix", "String"),
        Field("CosFileName", "cos_file_name", "String"),
    )

    _action: ClassVar[str] = "ModifyLiveSnapshotTemplate"
    _response: ClassVar[str] = ".modify_live_snapshot_template:ModifyLiveSnapshotTemplateResponse"


@dataclass(kw_only=True)
class ModifyLiveSnapshotTemplateResponse(Response):
    """Response of ModifyLiveSnapshotTemplate."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
