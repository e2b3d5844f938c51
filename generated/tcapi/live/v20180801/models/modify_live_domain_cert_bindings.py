"""Request and response of ModifyLiveDomainCertBindings (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["ModifyLiveDomainCertBindingsRequest", "ModifyLiveDomainCertBindingsResponse"]


@dataclass(kw_only=True)
class ModifyLiveDomainCertBindingsRequest(Request["ModifyLiveDomainCertBindingsResponse"]):
    """Request of ModifyLiveDomainCertBindings.

    批量绑定证书对应的播放域名，并更新启用状态。
    """

    domain_infos: list[structures.LiveCertDomainInfo]
    """要绑定证书的播放域名/状态 信息列表。
    如果CloudCertId和证书公钥私钥对均不传，且域名列表已有绑定规则，只批量更新域名https规则的
    书上传。
    """

    cloud_cert_id: str | Unset = UNSET
    """腾讯云ssl的证书Id。
    见 https://cloud.tencent.com/document/api/400/41665
    Example: Kf2ymCv
    """

    certificate_public_key: str | Unset = UNSET
    """证书公钥。
    CloudCertId和公钥私钥对二选一，若CloudCertId将会舍弃公钥和私钥参数，否则将自动先把公钥私
    回的CloudCertId。
    Example: NXpT4oZAQ0JLclP1I9EbV8daGk9j86hd1oWJlmGMuz-Qc
    """

    certificate_private_key: str | Unset = UNSET
    """证书私钥。
    CloudCertId和公钥私钥对二选一，若传CloudCertId将会舍弃公钥和私钥参数，否则将自动先把公钥
    返回的CloudCertId。
    Example: lb7KhNmJL8wS7XXIZeFreu353WIeYtQX8xz4OOLwWR2pwamXsH5rLGVSVSDMnp
    """

    certificate_alias: str | Unset = UNSET
    """上传至ssl证书中心的备注信息，只有新建证书时有效。传CloudCertId时会忽略。
    Example: Kf2ymCv
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "DomainInfos",
            "domain_infos",
            "..structures.live_cert_domain_info:LiveCertDomainInfo",
            array=True,
            required=True,
        ),
        Field("CloudCertId", "cloud_cert_id", "String"),
        Field("CertificatePublicKey", "certificate_public_key", "String"),
        Field("CertificatePrivateKey", "certificate_private_key", "String"),
        Field("CertificateAlias", "certificate_alias", "String"),
    )

    _action: ClassVar[str] = "ModifyLiveDomainCertBindings"
    _response: ClassVar[str] = ".modify_live_domain_cert_bindings:ModifyLiveDomainCertBindingsResponse"


@dataclass(kw_only=True)
class ModifyLiveDomainCertBindingsResponse(Response):
    """Response of ModifyLiveDomainCertBindings."""

    mismatched_domain_names: list[str] | None | Unset = UNSET
    """DomainNames 入参中，与证书不匹配的域名列表，将会跳过处理。
    Example: 5000.liveplay.com
    """

    errors: list[structures.BatchDomainOperateErrors] | None | Unset = UNSET
    """操作失败的域名及错误码，错误信息，包括MismatchedDomainNames中的域名。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，
    则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MismatchedDomainNames", "mismatched_domain_names", "String", array=True),
        Field("Errors", "errors", "..structures.batch_domain_operate_errors:BatchDomainOperateErrors", array=True),
        Field("RequestId", "request_id", "String"),
    )
