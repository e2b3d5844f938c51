"""Request and response of DescribeLivePackageInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLivePackageInfoRequest", "DescribeLivePackageInfoResponse"]


@dataclass(kw_only=True)
class DescribeLivePackageInfoRequest(Request["DescribeLivePackageInfoResponse"]):
    """Request of DescribeLivePackageInfo.

    查询用户套餐包总量、使用量、剩余量、包状态、购买时间和过期时间等。
    """

    package_type: Literal[0, 1, 2]
    """包类型，可选值：
    0：流量包
    1：转码包
    2: 连麦包。
    Example: 1
    """

    order_by: str | Unset = UNSET
    """排序规则:
    1. BuyTimeDesc： 最新购买的排在最前面
    2. BuyTimeAsc： 最老购买的排在最前面
    3. ExpireTimeDesc： 最后过期的排在最前面
    4. ExpireTimeAsc：最先过期的排在最前面。
    注意：
    1. PackageType 为 2（连麦包） 的时候，不支持 3、4 排序。
    Example: BuyTime desc
    """

    page_num: int | Unset = UNSET
    """取得第几页的数据，和 PageSize 同时传递才会生效。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """分页大小，和 PageNum 同时传递才会生效。
    取值：10 ～ 100 之间的任意整数。
    Example: 10
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PackageType", "package_type", "Integer", required=True, enum=(0, 1, 2)),
        Field("OrderBy", "order_by", "String"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
    )

    _action: ClassVar[str] = "DescribeLivePackageInfo"
    _response: ClassVar[str] = ".describe_live_package_info:DescribeLivePackageInfoResponse"


@dataclass(kw_only=True)
class DescribeLivePackageInfoResponse(Response):
    """Response of DescribeLivePackageInfo."""

    live_package_info_list: list[structures.LivePackageInfo] | None | Unset = UNSET
    """套餐包信息。"""

    package_bill_mode: int | None | Unset = UNSET
    """套餐包当前计费方式:
    -1: 无计费方式或获取失败
    0: 无计费方式
    201: 月结带宽
    202: 月结流量
    203: 日结带宽
    204: 日结流量
    205: 日结时长
    206: 月结时长
    304: 日结流量。
    Example: 201
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 10
    """

    total_num: int | None | Unset = UNSET
    """数据总条数。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 95
    """

    page_num: int | None | Unset = UNSET
    """当前页数。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 2
    """

    page_size: int | None | Unset = UNSET
    """当前每页数量。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 10
    """

    flux_package_bill_mode: str | None | Unset = UNSET
    """当请求参数 PackageType = 0 时生效，逗号分隔，从第一个到最后一个分别表示：
    标准直播，中国大陆（境内全地区）计费方式。
    标准直播，国际/港澳台（境外多地区）计费方式。
    快直播，中国大陆（境内全地区）计费方式。
    快直播，国际/港澳台（境外多地区）计费方式。
    Example: 201,201,204,204
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获
    得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "LivePackageInfoList",
            "live_package_info_list",
            "..structures.live_package_info:LivePackageInfo",
            array=True,
        ),
        Field("PackageBillMode", "package_bill_mode", "Integer", enum=(-1, 0, 201, 202, 203, 204, 205, 206, 304)),
        Field("TotalPage", "total_page", "Integer"),
        Field("TotalNum", "total_num", "Integer"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("FluxPackageBillMode", "flux_package_bill_mode", "String"),
        Field("RequestId", "request_id", "String"),
    )
