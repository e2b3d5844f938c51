"""The DomainCertInfo structure (live 2018-08-01), used by DescribeLiveDomainCert."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["DomainCertInfo"]


@dataclass(kw_only=True)
class DomainCertInfo(Model):
    """域名证书信息"""

    cert_id: int | None | Unset = UNSET
    """证书Id。
    Example: 38518
    """

    cert_name: str | None | Unset = UNSET
    """证书名称。
    Example: inkegd
    """

    description: str | None | Unset = UNSET
    """描述信息。
    Example: describe
    """

    create_time: str | None | Unset = UNSET
    """创建时间，UTC格式。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2024-04-17 11:55:21
    """

    https_crt: str | None | Unset = UNSET
    """证书内容。
    ----END CERTIFICATE----
    Example: -----BEGIN CERTIFICATE-----\\nMIIGvjCCBaagAwIBAgIQByuQf2Ch2YzIRqKLw02HazANBgkqhkiG9w0BAQsFADBf\\\\ntVzBAiBjg8xWJzJq57o
    """

    cert_type: int | None | Unset = UNSET
    """证书类型。
    0：用户添加证书，
    1：腾讯云托管证书。
    Example: 1
    """

    cert_expire_time: str | None | Unset = UNSET
    """证书过期时间，UTC格式。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2025-04-17 11:55:21
    """

    domain_name: str | None | Unset = UNSET
    """使用此证书的域名名称。
    Example: iparty-pull.in.com
    """

    status: int | None | Unset = UNSET
    """证书状态。
    Example: 1
    """

    cert_domains: list[str] | None | Unset = UNSET
    """证书本身标识的域名列表。
    比如: ["*.x.com"]
    Example: certname
    """

    cloud_cert_id: str | None | Unset = UNSET
    """腾讯云ssl的证书Id
    Example: 4512
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CertId", "cert_id", "Integer"),
        Field("CertName", "cert_name", "String"),
        Field("Description", "description", "String"),
        Field("CreateTime", "create_time", "String"),
        Field("HttpsCrt", "https_crt", "String"),
        Field("CertType", "cert_type", "Integer", enum=(0, 1)),
        Field("CertExpireTime", "cert_expire_time", "String"),
        Field("DomainName", "domain_name", "String"),
        Field("Status", "status", "Integer"),
        Field("CertDomains", "cert_domains", "String", array=True),
        Field("CloudCertId", "cloud_cert_id", "String"),
    )
