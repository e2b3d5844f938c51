"""Request and response of DescribeLVBChannelList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DescribeLVBChannelListRequest", "DescribeLVBChannelListResponse"]


@dataclass(kw_only=True)
class DescribeLVBChannelListRequest(Request["DescribeLVBChannelListResponse"]):
    """Request of DescribeLVBChannelList.

    获取用户的全部直播频道信息，包括频道的 ID、当前状态、名称和创建时间。
    """

    channel_status: Literal[0, 1, 2, 3, 4] | Unset = UNSET
    """用作频道列表过滤，频道状态（0：无输入流；1：有输入流；2：异常；3：关闭；4：配置不完
    整）
    """

    asc_desc: Literal[0, 1] | Unset = UNSET
    """结果排序，默认按频道创建时间排序，0：按时间升序，1：按时间降序"""

    page_no: int | Unset = UNSET
    """分页页号，例如，想查看第3页的列表，将该变量设置为3"""

    page_size: int | Unset = UNSET
    """每一个分页上显示的频道的个数"""

    order_by: str | Unset = UNSET
    """默认以频道创建时间来排序"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("channelStatus", "channel_status", "Integer", enum=(0, 1, 2, 3, 4)),
        Field("ascDesc", "asc_desc", "Integer", enum=(0, 1)),
        Field("pageNo", "page_no", "Integer"),
        Field("pageSize", "page_size", "Integer"),
        Field("orderBy", "order_by", "String"),
    )

    _action: ClassVar[str] = "DescribeLVBChannelList"
    _response: ClassVar[str] = ".describe_lvb_channel_list:DescribeLVBChannelListResponse"


@dataclass(kw_only=True)
class DescribeLVBChannelListResponse(Response):
    """Response of DescribeLVBChannelList."""

    code: int | None | Unset = UNSET
    """错误码，0： 成功，其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    all_count: int | None | Unset = UNSET
    """总频道数"""

    channel_set: list[dict[str, Any]] | None | Unset = UNSET
    """频道列表"""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("all_count", "all_count", "Integer"),
        Field("channelSet", "channel_set", "Object", array=True),
        Field("RequestId", "request_id", "String"),
    )
