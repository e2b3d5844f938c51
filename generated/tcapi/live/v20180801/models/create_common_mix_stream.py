"""Request and response of CreateCommonMixStream (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["CreateCommonMixStreamRequest", "CreateCommonMixStreamResponse"]


@dataclass(kw_only=True)
class CreateCommonMixStreamRequest(Request["CreateCommonMixStreamResponse"]):
    """Request of CreateCommonMixStream.

    该接口用来创建通用混流。用法与旧接口 mix_streamv2.start_mix_stream_advanced 基本一致。
    """

    mix_stream_session_id: str
    """混流会话（申请混流开始到取消混流结束）标识 ID。80字节以内，仅含字母、数字
    以及下划线的字符串。
    Example: test_room
    """

    input_stream_list: list[structures.CommonMixInputParam]
    """混流输入流列表。"""

    output_params: structures.CommonMixOutputParams
    """混流输出流参数。"""

    mix_stream_template_id: int | Unset = UNSET
    """输入模板 ID，若设置该参数，将按默认模板布局输出，无需填入自定义位置参数。
    不填默认为0。
    两输入源支持10，20，30，40，50。
    三输入源支持310，390，391。
    四输入源支持410。
    五输入源支持510，590。
    六输入源支持610。
    Example: 40
    """

    control_params: structures.CommonMixControlParams | Unset = UNSET
    """混流的特殊控制参数。如无特殊需求，无需填写。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MixStreamSessionId", "mix_stream_session_id", "String", required=True),
        Field(
            "InputStreamList",
            "input_stream_list",
            "..structures.common_mix_input_param:CommonMixInputParam",
            array=True,
            required=True,
        ),
        Field(
            "OutputParams",
            "output_params",
            "..structures.common_mix_output_params:CommonMixOutputParams",
            required=True,
        ),
        Field("MixStreamTemplateId", "mix_stream_template_id", "Integer"),
        Field("ControlParams", "control_params", "..structures.common_mix_control_params:CommonMixControlParams"),
    )

    _action: ClassVar[str] = "CreateCommonMixStream"
    _response: ClassVar[str] = ".create_common_mix_stream:CreateCommonMixStreamResponse"


@dataclass(kw_only=True)
class CreateCommonMixStreamResponse(Response):
    """Response of CreateCommonMixStream."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
