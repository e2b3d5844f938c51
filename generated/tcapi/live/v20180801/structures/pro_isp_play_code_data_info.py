"""The ProIspPlayCodeDataInfo structure (live 2018-08-01), used by DescribePlayErrorCodeSumInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["ProIspPlayCodeDataInfo"]


@dataclass(kw_only=True)
class ProIspPlayCodeDataInfo(Model):
    """播放错误码信息"""

    country_area_name: str | None | Unset = UNSET
    """国家或地区。
    Example: 中国
    """

    province_name: str | None | Unset = UNSET
    """省份。
    Example: 山东省
    """

    isp_name: str | None | Unset = UNSET
    """运营商。
    Example: 中国移动
    """

    code2xx: int | None | Unset = UNSET
    """错误码为2开头的次数。
    Example: 11
    """

    code3xx: int | None | Unset = UNSET
    """错误码为3开头的次数。
    Example: 12
    """

    code4xx: int | None | Unset = UNSET
    """错误码为4开头的次数。
    Example: 10
    """

    code5xx: int | None | Unset = UNSET
    """错误码为5开头的次数。
    Example: 19
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CountryAreaName", "country_area_name", "String"),
        Field("ProvinceName", "province_name", "String"),
        Field("IspName", "isp_name", "String"),
        Field("Code2xx", "code2xx", "Integer"),
        Field("Code3xx", "code3xx", "Integer"),
        Field("Code4xx", "code4xx", "Integer"),
        Field("Code5xx", "code5xx", "Integer"),
    )
