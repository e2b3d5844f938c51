"""The LiveDomainCertBindings structure (live 2018-08-01), used by DescribeLiveDomainCertBindings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["LiveDomainCertBindings"]


@dataclass(kw_only=True)
class LiveDomainCertBindings(Model):
    """g

    DescribeLiveDomainCertBindings, DescribeLiveDomainCertBindingsGray接口返回的域名证书信息
    """

    domain_name: str | None | Unset = UNSET
    """域名。
    Example: iparty-pull.in.com
    """

    certificate_alias: str | None | Unset = UNSET
    """证书备注。与CertName同义。
    Example: cert
    """

    cert_type: int | None | Unset = UNSET
    """证书类型。
    0：自有证书
    1：腾讯云ssl托管证书
    Example: 1
    """

    status: int | None | Unset = UNSET
    """https状态。
    1：已开启。
    0：已关闭。
    Example: 1
    """

    cert_expire_time: str | None | Unset = UNSET
    """证书过期时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2024-04-17 11:55:21
    """

    cert_id: int | None | Unset = UNSET
    """证书Id。
    Example: 453612
    """

    cloud_cert_id: str | None | Unset = UNSET
    """腾讯云ssl的证书Id。
    Example: 85212
    """

    update_time: str | None | Unset = UNSET
    """规则最后更新时间。
    注：此字段为北京时间（UTC+8时区）。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 2020-05-06 17:00:00
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String"),
        Field("CertificateAlias", "certificate_alias", "String"),
        Field("CertType", "cert_type", "Integer", enum=(0, 1)),
        Field("Status", "status", "Integer", enum=(1, 0)),
        Field("CertExpireTime", "cert_expire_time", "Timestamp"),
        Field("CertId", "cert_id", "Integer"),
        Field("CloudCertId", "cloud_cert_id", "String"),
        Field("UpdateTime", "update_time", "Timestamp"),
    )
