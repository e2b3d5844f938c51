"""The CertInfo structure (live 2018-08-01), used by DescribeLiveCert, DescribeLiveCerts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CertInfo"]


@dataclass(kw_only=True)
class CertInfo(Model):
    """证书信息。"""

    cert_id: int | None | Unset = UNSET
    """证书 ID。
    Example: 25
    """

    cert_name: str | None | Unset = UNSET
    """证书名称。
    Example: certname
    """

    description: str | None | Unset = UNSET
    """描述信息。
    Example: describe
    """

    create_time: str | None | Unset = UNSET
    """创建时间，UTC 格式。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2023-09-07 14:36:56
    """

    https_crt: str | None | Unset = UNSET
    """证书内容。
    ----END CERTIFICATE-----
    Example: -----BEGIN CERTIFICATE-----\\nMIIGkzCCBPugAwIBAgIbARReVnKfzs8qY4R\\n7k3XSMi/bYK0DbRkrflzJviwZAAmyx24Y4W7byfTf6O9D8K56
    """

    cert_type: int | None | Unset = UNSET
    """证书类型。
    0：用户添加证书，
    1：腾讯云托管证书。
    Example: 1
    """

    cert_expire_time: str | None | Unset = UNSET
    """证书过期时间，UTC 格式。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2024-09-07 07:59:59
    """

    domain_list: list[str] | None | Unset = UNSET
    """使用此证书的域名列表。
    Example: auto.liveplay.org
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CertId", "cert_id", "Integer"),
        Field("CertName", "cert_name", "String"),
        Field("Description", "description", "String"),
        Field("CreateTime", "create_time", "String"),
        Field("HttpsCrt", "https_crt", "String"),
        Field("CertType", "cert_type", "Integer", enum=(0, 1)),
        Field("CertExpireTime", "cert_expire_time", "String"),
        Field("DomainList", "domain_list", "String", array=True),
    )
