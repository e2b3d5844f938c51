"""The CasterOutputInfo structure (live 2018-08-01), used by AddCasterOutputInfo, DescribeCasterOutputInfos, ModifyCasterOutputInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CasterOutputInfo"]


@dataclass(kw_only=True)
class CasterOutputInfo(Model):
    """导播台推流信息。

    当导播台主监启动后，系统将自动将主监推流到腾讯云和其他第三方平台。
    """

    output_index: int | None | Unset = UNSET
    """推流信息Index。
    当OutputType为1（表示推流到腾讯云直播）时，该值固定为0。
    范围[0,10]。
    Example: 0
    """

    output_url: str | None | Unset = UNSET
    """rtmp协议推流地址。
    最大允许长度512字符。
    Example: rtmp://www.example.com/live/example
    """

    description: str | None | Unset = UNSET
    """描述信息。
    Example: example
    """

    output_stream_id: str | None | Unset = UNSET
    """推流到腾讯云直播源站时，使用的流ID。
    仅当OutputType为1时生效。
    最大允许128字符。
    Example: caster_output
    """

    output_type: int | None | Unset = UNSET
    """推流类型。
    范围[1,2]
    1. 推送到腾讯云直播源站。
    2. 推送到第三方源站。
    Example: 1
    """

    output_domain_name: str | None | Unset = UNSET
    """推到腾讯云直播源站时，使用的域名。
    最大允许128字符，且域名需属于当前账号绑定的云直播推流域名。
    仅在OutputType为1时生效。
    Example: 1234.livepush.myqcloud.com
    """

    output_app_name: str | None | Unset = UNSET
    """推到腾讯云直播源站时，使用的AppName。
    最大允许64字符。
    仅在OutputType为1时生效。
    Example: live
    """

    output_param: str | None | Unset = UNSET
    """推到腾讯云直播源站时需要添加的推流参数。
    最大允许长度256字符。
    仅在OutputType为1时生效。
    Example: example_param=xxx
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("OutputIndex", "output_index", "Integer", required=True, minimum=0, maximum=10),
        Field("OutputUrl", "output_url", "String"),
        Field("Description", "description", "String"),
        Field("OutputStreamId", "output_stream_id", "String"),
        Field("OutputType", "output_type", "Integer", minimum=1, maximum=2),
        Field("OutputDomainName", "output_domain_name", "String"),
        Field("OutputAppName", "output_app_name", "String"),
        Field("OutputParam", "output_param", "String"),
    )
