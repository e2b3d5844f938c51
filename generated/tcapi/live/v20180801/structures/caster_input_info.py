"""The CasterInputInfo structure (live 2018-08-01), used by AddCasterInputInfo, DescribeCasterInputInfos, ModifyCasterInputInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CasterInputInfo"]


@dataclass(kw_only=True)
class CasterInputInfo(Model):
    """导播台输入信息参数"""

    input_index: int | None | Unset = UNSET
    """输入源Index。
    范围[1, 24]
    Example: 1
    """

    input_type: int | None | Unset = UNSET
    """输入源类型。
    范围[0,1,2,3,4]。
    0：推流地址。
    1：点播文件地址。
    2：直播拉流地址。
    3：图片地址。
    4：webrtc协议推流地址。
    Example: 1
    """

    input_url: str | None | Unset = UNSET
    """输入源的源地址。
    最大允许长度512。
    当InputType为0（推流地址），2（直播拉流地址），3（图片地址）,4（webrtc推流地址）这几种类型时，
    URL需填入该字段。
    Example: http://example.domain.com/example.mp4
    """

    description: str | None | Unset = UNSET
    """输入源描述。
    最大允许长度256字符。
    Example: example
    """

    input_urls: list[str] | None | Unset = UNSET
    """点播地址列表。仅当input type为1（点播地址）时，将一个或多个点播地址，填入该字段。
    单个地址最大允许长度512字符。
    最多允许同时填入5个地址。
    注：此时需保持InputUrl字段为空。
    Example: ["http://example.domain.com/example.mp4"]
    """

    loop_enable: bool | None | Unset = UNSET
    """是否启用点播无限循环播放。
    注：当前该字段未生效，默认为True。
    Example: 1
    """

    loop_number: int | None | Unset = UNSET
    """点播循环次数。
    允许值-1或正整数。
    当值为-1时，表示无限循环。
    当值为其他正整数时，表示循环对应次数。
    注：该字段暂未生效。
    Example: -1
    """

    pull_push_enable: bool | None | Unset = UNSET
    """是否启用拉取到导播台。
    注：该字段默认强制为true。
    Example: 1
    """

    volume: int | None | Unset = UNSET
    """输入源音量百分比。
    默认为100。表示音量为原始大小。
    允许值[0,200]。
    Example: 100
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("InputIndex", "input_index", "Integer", required=True, minimum=1, maximum=24),
        Field("InputType", "input_type", "Integer", enum=(0, 1, 2, 3, 4)),
        Field("InputUrl", "input_url", "String"),
        Field("Description", "description", "String"),
        Field("InputUrls", "input_urls", "String", array=True),
        Field("LoopEnable", "loop_enable", "Boolean"),
        Field("LoopNumber", "loop_number", "Integer"),
        Field("PullPushEnable", "pull_push_enable", "Boolean"),
        Field("Volume", "volume", "Integer", minimum=0, maximum=200),
    )
