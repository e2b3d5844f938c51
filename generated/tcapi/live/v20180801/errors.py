"""Errors of live 2018-08-01: a class per documented code; `A.B` derives from `A`.

A common code (AuthFailure, InvalidParameterValue, RequestLimitExceeded, ...) is the runtime's own class, so
`except` on it catches the same error from every service; service codes under it derive from it.
"""

from __future__ import annotations

from tcapi.runtime import errors as _common
from tcapi.runtime.errors import APIError as APIError
from tcapi.runtime.errors import LegacyActionError as LegacyActionError
from tcapi.runtime.errors import TencentCloudError as TencentCloudError

ActionOffline = _common.ActionOfflineError

AuthFailure = _common.AuthFailureError

DryRunOperation = _common.DryRunOperationError

FailedOperation = _common.FailedOperationError

InternalError = _common.InternalError

InvalidAction = _common.InvalidActionError

InvalidParameter = _common.InvalidParameterError

InvalidParameterValue = _common.InvalidParameterValueError

InvalidRequest = _common.InvalidRequestError

IpInBlacklist = _common.IpInBlacklistError

IpNotInWhitelist = _common.IpNotInWhitelistError

LimitExceeded = _common.LimitExceededError

MissingParameter = _common.MissingParameterError

NoSuchProduct = _common.NoSuchProductError

NoSuchVersion = _common.NoSuchVersionError

RequestLimitExceeded = _common.RequestLimitExceededError

RequestSizeLimitExceeded = _common.RequestSizeLimitExceededError

ResourceInUse = _common.ResourceInUseError

ResourceInsufficient = _common.ResourceInsufficientError

ResourceNotFound = _common.ResourceNotFoundError

ResourceUnavailable = _common.ResourceUnavailableError

ResponseSizeLimitExceeded = _common.ResponseSizeLimitExceededError

ServiceUnavailable = _common.ServiceUnavailableError

UnauthorizedOperation = _common.UnauthorizedOperationError

UnknownParameter = _common.UnknownParameterError

UnsupportedOperation = _common.UnsupportedOperationError

UnsupportedProtocol = _common.UnsupportedProtocolError

UnsupportedRegion = _common.UnsupportedRegionError

AuthFailureInvalidAuthorization = _common.AuthFailureInvalidAuthorizationError

AuthFailureInvalidSecretId = _common.AuthFailureInvalidSecretIdError

AuthFailureMFAFailure = _common.AuthFailureMFAFailureError

AuthFailureSecretIdNotFound = _common.AuthFailureSecretIdNotFoundError

AuthFailureSignatureExpire = _common.AuthFailureSignatureExpireError

AuthFailureSignatureFailure = _common.AuthFailureSignatureFailureError

AuthFailureTokenFailure = _common.AuthFailureTokenFailureError

AuthFailureUnauthorizedOperation = _common.AuthFailureUnauthorizedOperationError


class FailedOperationAiTranscodeOptionFail(FailedOperation):
    """操作 AI 接口失败。"""

    code = "FailedOperation.AiTranscodeOptionFail"


class FailedOperationAlterTaskState(FailedOperation):
    """改变任务状态失败。"""

    code = "FailedOperation.AlterTaskState"


class FailedOperationAuthError(FailedOperation):
    """请检查是否有权限。"""

    code = "FailedOperation.AuthError"


class FailedOperationCallOtherSvrError(FailedOperation):
    """调用第三方服务失败。"""

    code = "FailedOperation.CallOtherSvrError"


class FailedOperationCallOtherSvrFailed(FailedOperation):
    """调用内部服务失败。"""

    code = "FailedOperation.CallOtherSvrFailed"


class FailedOperationCancelSessionNotExist(FailedOperation):
    """取消的混流 session 不存在。"""

    code = "FailedOperation.CancelSessionNotExist"


class FailedOperationCannotBeDeletedIssued(FailedOperation):
    """该证书已颁发，不能删除。"""

    code = "FailedOperation.CannotBeDeletedIssued"


class FailedOperationCannotBeDeletedWithinHour(FailedOperation):
    """免费证书申请1小时内不允许删除。"""

    code = "FailedOperation.CannotBeDeletedWithinHour"


class FailedOperationCasterBinded(FailedOperation):
    """导播台绑定了预付费套餐包。"""

    code = "FailedOperation.CasterBinded"


class FailedOperationCasterExpired(FailedOperation):
    """导播台处于过期状态。"""

    code = "FailedOperation.CasterExpired"


class FailedOperationCasterNotFound(FailedOperation):
    """导播台不存在。"""

    code = "FailedOperation.CasterNotFound"


class FailedOperationCertificateExists(FailedOperation):
    """证书已存在。"""

    code = "FailedOperation.CertificateExists"


class FailedOperationCertificateInvalid(FailedOperation):
    """证书不符合标准。"""

    code = "FailedOperation.CertificateInvalid"


class FailedOperationCertificateMismatch(FailedOperation):
    """证书与私钥不对应。"""

    code = "FailedOperation.CertificateMismatch"


class FailedOperationCertificateNotFound(FailedOperation):
    """证书不存在。"""

    code = "FailedOperation.CertificateNotFound"


class FailedOperationConfInUsed(FailedOperation):
    """模版使用中。"""

    code = "FailedOperation.ConfInUsed"


class FailedOperationConfigCDNFailed(FailedOperation):
    """下发CDN平台失败。"""

    code = "FailedOperation.ConfigCDNFailed"


class FailedOperationConflictAction(FailedOperation):
    """任务接口执行冲突。"""

    code = "FailedOperation.ConflictAction"


class FailedOperationCosBucketNotExist(FailedOperation):
    """Cos bucket 不存在。"""

    code = "FailedOperation.CosBucketNotExist"


class FailedOperationCosBucketNotPermission(FailedOperation):
    """无权限访问 Cos bucket。"""

    code = "FailedOperation.CosBucketNotPermission"


class FailedOperationCosRoleNotExists(FailedOperation):
    """Cos 角色不存在，请前往 控制台 -> 功能配置 -> 直播截图&鉴黄 页面进行授权。"""

    code = "FailedOperation.CosRoleNotExists"


class FailedOperationCreateCasterTaskFailed(FailedOperation):
    """创建/更新导播台主监、预监任务失败，可能是并发操作了同一个主监或预监任务。"""

    code = "FailedOperation.CreateCasterTaskFailed"


class FailedOperationDatabaseNotAccessible(FailedOperation):
    """数据库访问异常。"""

    code = "FailedOperation.DatabaseNotAccessible"


class FailedOperationDeleteDomainInLockedTime(FailedOperation):
    """2天内有产生流量，域名处于锁定期间，2天内无流量产生才允许删除域名。"""

    code = "FailedOperation.DeleteDomainInLockedTime"


class FailedOperationDomainAdded(FailedOperation):
    """域名已添加。"""

    code = "FailedOperation.DomainAdded"


class FailedOperationDomainGslbFail(FailedOperation):
    """配置域名规则失败。"""

    code = "FailedOperation.DomainGslbFail"


class FailedOperationDomainNeedRealName(FailedOperation):
    """域名需要实名认证。"""

    code = "FailedOperation.DomainNeedRealName"


class FailedOperationDomainNeedVerifyOwner(FailedOperation):
    """域名归属待验证。"""

    code = "FailedOperation.DomainNeedVerifyOwner"


class FailedOperationExceedsFreeLimit(FailedOperation):
    """免费证书数量超出限制。"""

    code = "FailedOperation.ExceedsFreeLimit"


class FailedOperationGetDataFailed(FailedOperation):
    """获取数据失败。"""

    code = "FailedOperation.GetDataFailed"


class FailedOperationGetPictureUrlError(FailedOperation):
    """无法获取水印 url。"""

    code = "FailedOperation.GetPictureUrlError"


class FailedOperationGetStreamResolutionError(FailedOperation):
    """获取输入流长宽失败。"""

    code = "FailedOperation.GetStreamResolutionError"


class FailedOperationHasNotLivingStream(FailedOperation):
    """无在线流。"""

    code = "FailedOperation.HasNotLivingStream"


class FailedOperationHostOutLimit(FailedOperation):
    """域名数量超过限制(100个）。"""

    code = "FailedOperation.HostOutLimit"


class FailedOperationInputAlreadyExist(FailedOperation):
    """输入已经存在。"""

    code = "FailedOperation.InputAlreadyExist"


class FailedOperationInputIsNotActive(FailedOperation):
    """输入源不活跃。"""

    code = "FailedOperation.InputIsNotActive"


class FailedOperationInputNotExist(FailedOperation):
    """输入不存在。"""

    code = "FailedOperation.InputNotExist"


class FailedOperationInputStreamMixTypeNotAccessible(FailedOperation):
    """禁止监播c流。"""

    code = "FailedOperation.InputStreamMixTypeNotAccessible"


class FailedOperationInputUsedInAutoCast(FailedOperation):
    """输入在自动导播中被使用，不允许修改或删除"""

    code = "FailedOperation.InputUsedInAutoCast"


class FailedOperationInputUsedInLayout(FailedOperation):
    """输入在布局中被使用。"""

    code = "FailedOperation.InputUsedInLayout"


class FailedOperationInputUsedInPgm(FailedOperation):
    """输入源在节目 (pgm) 中正在使用。"""

    code = "FailedOperation.InputUsedInPgm"


class FailedOperationInputUsedInPvw(FailedOperation):
    """输入源在预监 (pvw) 中正在使用。"""

    code = "FailedOperation.InputUsedInPvw"


class FailedOperationInvalidCertificateStatusCode(FailedOperation):
    """证书状态不正确。"""

    code = "FailedOperation.InvalidCertificateStatusCode"


class FailedOperationInvalidParam(FailedOperation):
    """参数有误。"""

    code = "FailedOperation.InvalidParam"


class FailedOperationInvokeCdnApiFail(FailedOperation):
    """操作 CDN 接口失败。"""

    code = "FailedOperation.InvokeCdnApiFail"


class FailedOperationInvokeVideoApiFail(FailedOperation):
    """操作点播接口异常。"""

    code = "FailedOperation.InvokeVideoApiFail"


class FailedOperationJiFeiNoEnoughFund(FailedOperation):
    """计费平台返回余额不足。"""

    code = "FailedOperation.JiFeiNoEnoughFund"


class FailedOperationLayoutAlreadyExist(FailedOperation):
    """布局已经存在。"""

    code = "FailedOperation.LayoutAlreadyExist"


class FailedOperationLayoutNotExist(FailedOperation):
    """修改的布局不存在。"""

    code = "FailedOperation.LayoutNotExist"


class FailedOperationLayoutUsedInAutoCast(FailedOperation):
    """布局在自动导播中被使用，不允许修改或删除。"""

    code = "FailedOperation.LayoutUsedInAutoCast"


class FailedOperationLayoutUsedInPgm(FailedOperation):
    """布局正在节目 (pgm) 中使用。"""

    code = "FailedOperation.LayoutUsedInPgm"


class FailedOperationLayoutUsedInPvw(FailedOperation):
    """布局正在预监 (pvw) 中使用。"""

    code = "FailedOperation.LayoutUsedInPvw"


class FailedOperationMarkPicAlreadyExist(FailedOperation):
    """新增的水印已经存在。"""

    code = "FailedOperation.MarkPicAlreadyExist"


class FailedOperationMarkPicNotExist(FailedOperation):
    """修改的水印不存在。"""

    code = "FailedOperation.MarkPicNotExist"


class FailedOperationMarkPicUsedInAutoCast(FailedOperation):
    """水印在自动导播中被使用，不允许删除。"""

    code = "FailedOperation.MarkPicUsedInAutoCast"


class FailedOperationMarkWordAlreadyExist(FailedOperation):
    """新增水印下标已存在。"""

    code = "FailedOperation.MarkWordAlreadyExist"


class FailedOperationMarkWordNotExist(FailedOperation):
    """修改的字幕不存在。"""

    code = "FailedOperation.MarkWordNotExist"


class FailedOperationMarkWordUsedInAutoCast(FailedOperation):
    """文本字幕在自动导播中被使用，不允许删除。"""

    code = "FailedOperation.MarkWordUsedInAutoCast"


class FailedOperationMonitorIsActive(FailedOperation):
    """监播任务处于启动状态。"""

    code = "FailedOperation.MonitorIsActive"


class FailedOperationMonitorLimitExceeded(FailedOperation):
    """监播任务超出限制。"""

    code = "FailedOperation.MonitorLimitExceeded"


class FailedOperationMonitorNotExist(FailedOperation):
    """监播任务不存在。"""

    code = "FailedOperation.MonitorNotExist"


class FailedOperationNetworkError(FailedOperation):
    """当前 CA 机构访问繁忙，请稍后重试。"""

    code = "FailedOperation.NetworkError"


class FailedOperationNoLVBPushOrPlayDomain(FailedOperation):
    """直播未配置推流或播放域名"""

    code = "FailedOperation.NoLVBPushOrPlayDomain"


class FailedOperationNoProjectPermission(FailedOperation):
    """您没有该项目的操作权限。"""

    code = "FailedOperation.NoProjectPermission"


class FailedOperationNoRealNameAuth(FailedOperation):
    """尚未通过实名认证。"""

    code = "FailedOperation.NoRealNameAuth"


class FailedOperationNotFound(FailedOperation):
    """找不到记录。"""

    code = "FailedOperation.NotFound"


class FailedOperationOutOfService(FailedOperation):
    """账户被停服。"""

    code = "FailedOperation.OutOfService"


class FailedOperationOutputAlreadyExist(FailedOperation):
    """新增的输出已经存在。"""

    code = "FailedOperation.OutputAlreadyExist"


class FailedOperationOutputIsNotExist(FailedOperation):
    """修改的输出不存在。"""

    code = "FailedOperation.OutputIsNotExist"


class FailedOperationParentDomainAdded(FailedOperation):
    """父域名已添加。"""

    code = "FailedOperation.ParentDomainAdded"


class FailedOperationProcessMixError(FailedOperation):
    """启动混流失败。"""

    code = "FailedOperation.ProcessMixError"


class FailedOperationQueryUploadInfoFailed(FailedOperation):
    """查询 upload 信息失败。"""

    code = "FailedOperation.QueryUploadInfoFailed"


class FailedOperationRelateServerNotAccessible(FailedOperation):
    """关联服务无法访问。"""

    code = "FailedOperation.RelateServerNotAccessible"


class FailedOperationRelatedRunningMonitorLimitExceeded(FailedOperation):
    """输入关联的运行中的监播任务超出限制。"""

    code = "FailedOperation.RelatedRunningMonitorLimitExceeded"


class FailedOperationReleaseCasterFailed(FailedOperation):
    """释放导播台失败。"""

    code = "FailedOperation.ReleaseCasterFailed"


class FailedOperationResourceNotEnough(FailedOperation):
    """启动时后台资源不足。"""

    code = "FailedOperation.ResourceNotEnough"


class FailedOperationRuleAlreadyExist(FailedOperation):
    """规则已经存在。"""

    code = "FailedOperation.RuleAlreadyExist"


class FailedOperationSdkNoPackage(FailedOperation):
    """用户没有有效的流量套餐包。"""

    code = "FailedOperation.SdkNoPackage"


class FailedOperationStartPullFailed(FailedOperation):
    """启动拉流失败。"""

    code = "FailedOperation.StartPullFailed"


class FailedOperationStartTaskFailed(FailedOperation):
    """启动监播任务失败。"""

    code = "FailedOperation.StartTaskFailed"


class FailedOperationStopCasterTaskFailed(FailedOperation):
    """停止导播台主监、预监任务失败，可能是在同一时间操作了同一个导播台任务（如同时启动和停止）"""

    code = "FailedOperation.StopCasterTaskFailed"


class FailedOperationStopPullFailed(FailedOperation):
    """停止拉流失败。"""

    code = "FailedOperation.StopPullFailed"


class FailedOperationStopTaskFailed(FailedOperation):
    """停止监播任务失败。"""

    code = "FailedOperation.StopTaskFailed"


class FailedOperationStreamNotExist(FailedOperation):
    """流不存在。"""

    code = "FailedOperation.StreamNotExist"


class FailedOperationSubDomainAdded(FailedOperation):
    """子域名已添加。"""

    code = "FailedOperation.SubDomainAdded"


class FailedOperationTagUnbindError(FailedOperation):
    """解绑Tag失败，请尝试手动解绑。"""

    code = "FailedOperation.TagUnbindError"


class FailedOperationTooMuchInput(FailedOperation):
    """输入条数超出限制。"""

    code = "FailedOperation.TooMuchInput"


class InternalErrorArgsNotMatch(InternalError):
    """针对添加转码模版的接口。"""

    code = "InternalError.ArgsNotMatch"


class InternalErrorCallOtherSvrError(InternalError):
    """调用内部服务错误。"""

    code = "InternalError.CallOtherSvrError"


class InternalErrorChineseCharacterDetected(InternalError):
    """暂不支持添加中文域名，请核对域名格式。"""

    code = "InternalError.ChineseCharacterDetected"


class InternalErrorConfInUsed(InternalError):
    """模版使用中。"""

    code = "InternalError.ConfInUsed"


class InternalErrorConfNotFound(InternalError):
    """模版不存在。"""

    code = "InternalError.ConfNotFound"


class InternalErrorConfOutLimit(InternalError):
    """模版数量超过限制。"""

    code = "InternalError.ConfOutLimit"


class InternalErrorConfigNotExist(InternalError):
    """配置不存在。"""

    code = "InternalError.ConfigNotExist"


class InternalErrorConnectDbError(InternalError):
    """DB 连接错误。"""

    code = "InternalError.ConnectDbError"


class InternalErrorCrtDateInUsing(InternalError):
    """证书使用中。"""

    code = "InternalError.CrtDateInUsing"


class InternalErrorCrtDateNotFound(InternalError):
    """证书不存在。"""

    code = "InternalError.CrtDateNotFound"


class InternalErrorCrtDateNotLegal(InternalError):
    """证书不合法。"""

    code = "InternalError.CrtDateNotLegal"


class InternalErrorCrtDateOverdue(InternalError):
    """证书过期。"""

    code = "InternalError.CrtDateOverdue"


class InternalErrorCrtDomainNotFound(InternalError):
    """没有相关域名。"""

    code = "InternalError.CrtDomainNotFound"


class InternalErrorCrtKeyNotMatch(InternalError):
    """证书 Key 不匹配。"""

    code = "InternalError.CrtKeyNotMatch"


class InternalErrorDBError(InternalError):
    """DB执行错误。"""

    code = "InternalError.DBError"


class InternalErrorDomainAlreadyExist(InternalError):
    """该域名已在其他处接入，请检查域名是否输入正确。 如域名正确，您可通过验证后重新添加域名。"""

    code = "InternalError.DomainAlreadyExist"


class InternalErrorDomainFormatError(InternalError):
    """域名格式错误，请输入合法格式域名。"""

    code = "InternalError.DomainFormatError"


class InternalErrorDomainGslbFail(InternalError):
    """添加 GSLB 规则失败。"""

    code = "InternalError.DomainGslbFail"


class InternalErrorDomainIsFamous(InternalError):
    """该域名已在其他处接入，请检查域名是否输入正确。 如域名正确，您可通过验证后重新添加域名。"""

    code = "InternalError.DomainIsFamous"


class InternalErrorDomainIsLimited(InternalError):
    """您的域名不可用，请输入正确的域名。"""

    code = "InternalError.DomainIsLimited"


class InternalErrorDomainNoRecord(InternalError):
    """域名没有备案。"""

    code = "InternalError.DomainNoRecord"


class InternalErrorDomainNotExist(InternalError):
    """域名不存在。"""

    code = "InternalError.DomainNotExist"


class InternalErrorDomainTooLong(InternalError):
    """域名长度超过限制。"""

    code = "InternalError.DomainTooLong"


class InternalErrorGetBizidError(InternalError):
    """获取用户账号错误。"""

    code = "InternalError.GetBizidError"


class InternalErrorGetConfigError(InternalError):
    """Error getting the configuration."""

    code = "InternalError.GetConfigError"


class InternalErrorGetStreamInfoError(InternalError):
    """获取流信息失败。"""

    code = "InternalError.GetStreamInfoError"


class InternalErrorGetUpstreamInfoError(InternalError):
    """获取直播源信息错误。"""

    code = "InternalError.GetUpstreamInfoError"


class InternalErrorGetWatermarkError(InternalError):
    """获取水印错误。"""

    code = "InternalError.GetWatermarkError"


class InternalErrorHasNotLivingStream(InternalError):
    """无在线流。"""

    code = "InternalError.HasNotLivingStream"


class InternalErrorInvalidInput(InternalError):
    """参数检校不通过。"""

    code = "InternalError.InvalidInput"


class InternalErrorInvalidRequest(InternalError):
    """无效的请求。"""

    code = "InternalError.InvalidRequest"


class InternalErrorInvalidUser(InternalError):
    """账号信息错误。"""

    code = "InternalError.InvalidUser"


class InternalErrorJiFeiOtherError(InternalError):
    """计费平台返回其他错误。"""

    code = "InternalError.JiFeiOtherError"


class InternalErrorNetworkError(InternalError):
    """Internal network error."""

    code = "InternalError.NetworkError"


class InternalErrorNotFound(InternalError):
    """记录不存在。"""

    code = "InternalError.NotFound"


class InternalErrorNotPermmitOperat(InternalError):
    """无权限操作。"""

    code = "InternalError.NotPermmitOperat"


class InternalErrorPlayDomainNoRecord(InternalError):
    """播放域名不存在。"""

    code = "InternalError.PlayDomainNoRecord"


class InternalErrorProcessorAlreadyExist(InternalError):
    """转码模板名称已经存在。"""

    code = "InternalError.ProcessorAlreadyExist"


class InternalErrorPushDomainNoRecord(InternalError):
    """推流域名不存在。"""

    code = "InternalError.PushDomainNoRecord"


class InternalErrorQueryProIspPlayInfoError(InternalError):
    """按省份运营商查询播放信息失败。"""

    code = "InternalError.QueryProIspPlayInfoError"


class InternalErrorQueryUploadInfoFailed(InternalError):
    """查询 upload 信息失败。"""

    code = "InternalError.QueryUploadInfoFailed"


class InternalErrorRuleAlreadyExist(InternalError):
    """规则已经配置。"""

    code = "InternalError.RuleAlreadyExist"


class InternalErrorRuleInUsing(InternalError):
    """规则使用中。"""

    code = "InternalError.RuleInUsing"


class InternalErrorRuleNotFound(InternalError):
    """规则不存在。"""

    code = "InternalError.RuleNotFound"


class InternalErrorRuleOutLimit(InternalError):
    """规则超过限制。"""

    code = "InternalError.RuleOutLimit"


class InternalErrorStreamStatusError(InternalError):
    """流状态异常。"""

    code = "InternalError.StreamStatusError"


class InternalErrorSystemError(InternalError):
    """系统内部错误。"""

    code = "InternalError.SystemError"


class InternalErrorUpdateDataError(InternalError):
    """更新数据失败。"""

    code = "InternalError.UpdateDataError"


class InternalErrorWatermarkAddError(InternalError):
    """添加直播水印失败。"""

    code = "InternalError.WatermarkAddError"


class InternalErrorWatermarkEditError(InternalError):
    """水印修改内部错误。"""

    code = "InternalError.WatermarkEditError"


class InternalErrorWatermarkNotExist(InternalError):
    """水印不存在。"""

    code = "InternalError.WatermarkNotExist"


class InvalidParameterArgsNotMatch(InvalidParameter):
    """错误的模板名。"""

    code = "InvalidParameter.ArgsNotMatch"


class InvalidParameterCOSCustomFileNameError(InvalidParameter):
    """Cos自定义文件名错误。"""

    code = "InvalidParameter.COSCustomFileNameError"


class InvalidParameterCancelSessionNotExist(InvalidParameter):
    """取消不存在的会话。"""

    code = "InvalidParameter.CancelSessionNotExist"


class InvalidParameterCloudCrtIdError(InvalidParameter):
    """腾讯云证书托管 ID 错误。"""

    code = "InvalidParameter.CloudCrtIdError"


class InvalidParameterCloudDomainIsStop(InvalidParameter):
    """赠送的腾讯云域名已过期。"""

    code = "InvalidParameter.CloudDomainIsStop"


class InvalidParameterConfInUsed(InvalidParameter):
    """模版使用中。"""

    code = "InvalidParameter.ConfInUsed"


class InvalidParameterConfNotFound(InvalidParameter):
    """配置没有找到。"""

    code = "InvalidParameter.ConfNotFound"


class InvalidParameterCrtDateInUsing(InvalidParameter):
    """证书使用中。"""

    code = "InvalidParameter.CrtDateInUsing"


class InvalidParameterCrtDateNotFound(InvalidParameter):
    """证书不存在。"""

    code = "InvalidParameter.CrtDateNotFound"


class InvalidParameterCrtDateNotLegal(InvalidParameter):
    """证书内容不合法。"""

    code = "InvalidParameter.CrtDateNotLegal"


class InvalidParameterCrtDateOverdue(InvalidParameter):
    """证书过期。"""

    code = "InvalidParameter.CrtDateOverdue"


class InvalidParameterCrtDomainNotFound(InvalidParameter):
    """证书没有相关域名。"""

    code = "InvalidParameter.CrtDomainNotFound"


class InvalidParameterCrtKeyNotMatch(InvalidParameter):
    """证书 Key 不匹配。"""

    code = "InvalidParameter.CrtKeyNotMatch"


class InvalidParameterCrtOrKeyNotExist(InvalidParameter):
    """证书内容或者私钥未提供。"""

    code = "InvalidParameter.CrtOrKeyNotExist"


class InvalidParameterDomainAlreadyExist(InvalidParameter):
    """域名已经存在。"""

    code = "InvalidParameter.DomainAlreadyExist"


class InvalidParameterDomainFormatError(InvalidParameter):
    """域名格式错误，请输入合法格式域名。"""

    code = "InvalidParameter.DomainFormatError"


class InvalidParameterDomainHitBlackList(InvalidParameter):
    """当前域名在黑名单中。"""

    code = "InvalidParameter.DomainHitBlackList"


class InvalidParameterDomainIsFamous(InvalidParameter):
    """使用黑名单域名。"""

    code = "InvalidParameter.DomainIsFamous"


class InvalidParameterDomainIsLimited(InvalidParameter):
    """域名受限，请提交工单，申请解除限制。"""

    code = "InvalidParameter.DomainIsLimited"


class InvalidParameterDomainTooLong(InvalidParameter):
    """域名长度超过限制。"""

    code = "InvalidParameter.DomainTooLong"


class InvalidParameterGopMustEqualAndExists(InvalidParameter):
    """自适应码率子模板gop值必须存在且相等。"""

    code = "InvalidParameter.GopMustEqualAndExists"


class InvalidParameterInputNumLimitExceeded(InvalidParameter):
    """输入数目超出限制。"""

    code = "InvalidParameter.InputNumLimitExceeded"


class InvalidParameterInvalidBackgroudResolution(InvalidParameter):
    """非法的背景长宽。"""

    code = "InvalidParameter.InvalidBackgroudResolution"


class InvalidParameterInvalidBackupToUrl(InvalidParameter):
    """无效的备用推流地址。"""

    code = "InvalidParameter.InvalidBackupToUrl"


class InvalidParameterInvalidBitrate(InvalidParameter):
    """非法的输出码率。"""

    code = "InvalidParameter.InvalidBitrate"


class InvalidParameterInvalidCallbackUrl(InvalidParameter):
    """回调地址不规范。"""

    code = "InvalidParameter.InvalidCallbackUrl"


class InvalidParameterInvalidCropParam(InvalidParameter):
    """裁剪区域溢出原始图片。"""

    code = "InvalidParameter.InvalidCropParam"


class InvalidParameterInvalidLayerParam(InvalidParameter):
    """图层参数错误。"""

    code = "InvalidParameter.InvalidLayerParam"


class InvalidParameterInvalidMixInputParam(InvalidParameter):
    """混流输入参数无效。"""

    code = "InvalidParameter.InvalidMixInputParam"


class InvalidParameterInvalidOutputParam(InvalidParameter):
    """输出流参数无效。"""

    code = "InvalidParameter.InvalidOutputParam"


class InvalidParameterInvalidOutputStreamID(InvalidParameter):
    """输出流 ID 被占用。"""

    code = "InvalidParameter.InvalidOutputStreamID"


class InvalidParameterInvalidOutputType(InvalidParameter):
    """非法输出类型，检查 OutputPram-StreamId 与 OutputType 是否匹配。"""

    code = "InvalidParameter.InvalidOutputType"


class InvalidParameterInvalidPictureID(InvalidParameter):
    """水印 ID 未设置。"""

    code = "InvalidParameter.InvalidPictureID"


class InvalidParameterInvalidProtocol(InvalidParameter):
    """非法协议类型。"""

    code = "InvalidParameter.InvalidProtocol"


class InvalidParameterInvalidRoundRectRadius(InvalidParameter):
    """非法的圆角矩形圆角半径。"""

    code = "InvalidParameter.InvalidRoundRectRadius"


class InvalidParameterInvalidSourceUrl(InvalidParameter):
    """源地址不规范。"""

    code = "InvalidParameter.InvalidSourceUrl"


class InvalidParameterInvalidTaskTime(InvalidParameter):
    """任务时间超出限制。"""

    code = "InvalidParameter.InvalidTaskTime"


class InvalidParameterInvalidToUrl(InvalidParameter):
    """目标地址不规范。"""

    code = "InvalidParameter.InvalidToUrl"


class InvalidParameterInvalidUrl(InvalidParameter):
    """url非法。"""

    code = "InvalidParameter.InvalidUrl"


class InvalidParameterInvalidVodFileName(InvalidParameter):
    """错误的VodFileName。"""

    code = "InvalidParameter.InvalidVodFileName"


class InvalidParameterInvalidWatermark(InvalidParameter):
    """水印参数有误。"""

    code = "InvalidParameter.InvalidWatermark"


class InvalidParameterMpHostDelete(InvalidParameter):
    """当月不允许添加已删除的小程序域名。"""

    code = "InvalidParameter.MpHostDelete"


class InvalidParameterMpPluginNoUse(InvalidParameter):
    """小程序插件没有授权。"""

    code = "InvalidParameter.MpPluginNoUse"


class InvalidParameterNotAllowUseLVB(InvalidParameter):
    """该APPID未开通LVB服务。"""

    code = "InvalidParameter.NotAllowUseLVB"


class InvalidParameterOtherError(InvalidParameter):
    """其他错误。"""

    code = "InvalidParameter.OtherError"


class InvalidParameterProcessorAlreadyExist(InvalidParameter):
    """转码模板已存在。"""

    code = "InvalidParameter.ProcessorAlreadyExist"


class InvalidParameterRuleNotFound(InvalidParameter):
    """规则没有找到。"""

    code = "InvalidParameter.RuleNotFound"


class InvalidParameterSessionOutputStreamChanged(InvalidParameter):
    """同一会话输出流发生变化。"""

    code = "InvalidParameter.SessionOutputStreamChanged"


class InvalidParameterTaskNotExist(InvalidParameter):
    """任务不存在。"""

    code = "InvalidParameter.TaskNotExist"


class InvalidParameterTaskNumMoreThanLimit(InvalidParameter):
    """任务数超过限制。"""

    code = "InvalidParameter.TaskNumMoreThanLimit"


class InvalidParameterTemplateNotMatchInputNum(InvalidParameter):
    """模板与输入流条数不匹配。"""

    code = "InvalidParameter.TemplateNotMatchInputNum"


class InvalidParameterToUrlNoPermission(InvalidParameter):
    """外部地址无权限。"""

    code = "InvalidParameter.ToUrlNoPermission"


class InvalidParameterUrlNotSafe(InvalidParameter):
    """域名解析不正确。"""

    code = "InvalidParameter.UrlNotSafe"


class LimitExceededMaximumRunningTask(LimitExceeded):
    """The current number of concurrent tasks exceeds the limit."""

    code = "LimitExceeded.MaximumRunningTask"


class LimitExceededMaximumTask(LimitExceeded):
    """The number of tasks created on the day exceeds the limit."""

    code = "LimitExceeded.MaximumTask"


class LimitExceededRateLimitExceeded(LimitExceeded):
    """单位时间内接口请求频率达到限制。"""

    code = "LimitExceeded.RateLimitExceeded"


RequestLimitExceededGlobalRegionUinLimitExceeded = _common.RequestLimitExceededGlobalRegionUinLimitExceededError

RequestLimitExceededIPLimitExceeded = _common.RequestLimitExceededIPLimitExceededError

RequestLimitExceededUinLimitExceeded = _common.RequestLimitExceededUinLimitExceededError


class ResourceNotFoundCasterNotExists(ResourceNotFound):
    """导播台不存在。"""

    code = "ResourceNotFound.CasterNotExists"


class ResourceNotFoundCdnLogEmpty(ResourceNotFound):
    """日志下载 URL 不存在。"""

    code = "ResourceNotFound.CdnLogEmpty"


class ResourceNotFoundCdnThemeEmpty(ResourceNotFound):
    """日志主题不存在。"""

    code = "ResourceNotFound.CdnThemeEmpty"


class ResourceNotFoundChannelNotExist(ResourceNotFound):
    """The channel does not exist."""

    code = "ResourceNotFound.ChannelNotExist"


class ResourceNotFoundCrtDateNotFound(ResourceNotFound):
    """证书不存在。"""

    code = "ResourceNotFound.CrtDateNotFound"


class ResourceNotFoundCrtDomainNotFound(ResourceNotFound):
    """未找到证书信息。"""

    code = "ResourceNotFound.CrtDomainNotFound"


class ResourceNotFoundDomainNoRecord(ResourceNotFound):
    """域名没有备案。"""

    code = "ResourceNotFound.DomainNoRecord"


class ResourceNotFoundDomainNotExist(ResourceNotFound):
    """域名不存在或不匹配。"""

    code = "ResourceNotFound.DomainNotExist"


class ResourceNotFoundEmptyData(ResourceNotFound):
    """数据为空。"""

    code = "ResourceNotFound.EmptyData"


class ResourceNotFoundForbidService(ResourceNotFound):
    """You are blocked."""

    code = "ResourceNotFound.ForbidService"


class ResourceNotFoundFreezeService(ResourceNotFound):
    """Service suspended."""

    code = "ResourceNotFound.FreezeService"


class ResourceNotFoundInvalidUser(ResourceNotFound):
    """用户不支持此接口。"""

    code = "ResourceNotFound.InvalidUser"


class ResourceNotFoundPlayDomainNoRecord(ResourceNotFound):
    """播放域名不存在。"""

    code = "ResourceNotFound.PlayDomainNoRecord"


class ResourceNotFoundPushDomainNoRecord(ResourceNotFound):
    """推流域名不存在。"""

    code = "ResourceNotFound.PushDomainNoRecord"


class ResourceNotFoundStopService(ResourceNotFound):
    """The service has been suspended due to account arrears. Please top up it to a positive balance to activate the service first."""

    code = "ResourceNotFound.StopService"


class ResourceNotFoundTaskId(ResourceNotFound):
    """TaskId 不存在。"""

    code = "ResourceNotFound.TaskId"


class ResourceNotFoundUserDisableService(ResourceNotFound):
    """You disabled the service."""

    code = "ResourceNotFound.UserDisableService"


class ResourceNotFoundUserNotExist(ResourceNotFound):
    """用户未注册直播。"""

    code = "ResourceNotFound.UserNotExist"


class ResourceNotFoundUserNotFount(ResourceNotFound):
    """用户不存在。"""

    code = "ResourceNotFound.UserNotFount"


class ResourceNotFoundWatermarkNotExist(ResourceNotFound):
    """水印不存在。"""

    code = "ResourceNotFound.WatermarkNotExist"


class ResourceUnavailableInvalidVodStatus(ResourceUnavailable):
    """The VOD service has not been activated."""

    code = "ResourceUnavailable.InvalidVodStatus"


class ResourceUnavailableStreamNotExist(ResourceUnavailable):
    """The stream does not exist."""

    code = "ResourceUnavailable.StreamNotExist"


class UnsupportedOperationNotLVBCodeMode(UnsupportedOperation):
    """非直播码/新版控制台模式。"""

    code = "UnsupportedOperation.NotLVBCodeMode"


ERRORS: dict[str, type[APIError]] = {
    "ActionOffline": ActionOffline,
    "AuthFailure": AuthFailure,
    "DryRunOperation": DryRunOperation,
    "FailedOperation": FailedOperation,
    "InternalError": InternalError,
    "InvalidAction": InvalidAction,
    "InvalidParameter": InvalidParameter,
    "InvalidParameterValue": InvalidParameterValue,
    "InvalidRequest": InvalidRequest,
    "IpInBlacklist": IpInBlacklist,
    "IpNotInWhitelist": IpNotInWhitelist,
    "LimitExceeded": LimitExceeded,
    "MissingParameter": MissingParameter,
    "NoSuchProduct": NoSuchProduct,
    "NoSuchVersion": NoSuchVersion,
    "RequestLimitExceeded": RequestLimitExceeded,
    "RequestSizeLimitExceeded": RequestSizeLimitExceeded,
    "ResourceInUse": ResourceInUse,
    "ResourceInsufficient": ResourceInsufficient,
    "ResourceNotFound": ResourceNotFound,
    "ResourceUnavailable": ResourceUnavailable,
    "ResponseSizeLimitExceeded": ResponseSizeLimitExceeded,
    "ServiceUnavailable": ServiceUnavailable,
    "UnauthorizedOperation": UnauthorizedOperation,
    "UnknownParameter": UnknownParameter,
    "UnsupportedOperation": UnsupportedOperation,
    "UnsupportedProtocol": UnsupportedProtocol,
    "UnsupportedRegion": UnsupportedRegion,
    "AuthFailure.InvalidAuthorization": AuthFailureInvalidAuthorization,
    "AuthFailure.InvalidSecretId": AuthFailureInvalidSecretId,
    "AuthFailure.MFAFailure": AuthFailureMFAFailure,
    "AuthFailure.SecretIdNotFound": AuthFailureSecretIdNotFound,
    "AuthFailure.SignatureExpire": AuthFailureSignatureExpire,
    "AuthFailure.SignatureFailure": AuthFailureSignatureFailure,
    "AuthFailure.TokenFailure": AuthFailureTokenFailure,
    "AuthFailure.UnauthorizedOperation": AuthFailureUnauthorizedOperation,
    "FailedOperation.AiTranscodeOptionFail": FailedOperationAiTranscodeOptionFail,
    "FailedOperation.AlterTaskState": FailedOperationAlterTaskState,
    "FailedOperation.AuthError": FailedOperationAuthError,
    "FailedOperation.CallOtherSvrError": FailedOperationCallOtherSvrError,
    "FailedOperation.CallOtherSvrFailed": FailedOperationCallOtherSvrFailed,
    "FailedOperation.CancelSessionNotExist": FailedOperationCancelSessionNotExist,
    "FailedOperation.CannotBeDeletedIssued": FailedOperationCannotBeDeletedIssued,
    "FailedOperation.CannotBeDeletedWithinHour": FailedOperationCannotBeDeletedWithinHour,
    "FailedOperation.CasterBinded": FailedOperationCasterBinded,
    "FailedOperation.CasterExpired": FailedOperationCasterExpired,
    "FailedOperation.CasterNotFound": FailedOperationCasterNotFound,
    "FailedOperation.CertificateExists": FailedOperationCertificateExists,
    "FailedOperation.CertificateInvalid": FailedOperationCertificateInvalid,
    "FailedOperation.CertificateMismatch": FailedOperationCertificateMismatch,
    "FailedOperation.CertificateNotFound": FailedOperationCertificateNotFound,
    "FailedOperation.ConfInUsed": FailedOperationConfInUsed,
    "FailedOperation.ConfigCDNFailed": FailedOperationConfigCDNFailed,
    "FailedOperation.ConflictAction": FailedOperationConflictAction,
    "FailedOperation.CosBucketNotExist": FailedOperationCosBucketNotExist,
    "FailedOperation.CosBucketNotPermission": FailedOperationCosBucketNotPermission,
    "FailedOperation.CosRoleNotExists": FailedOperationCosRoleNotExists,
    "FailedOperation.CreateCasterTaskFailed": FailedOperationCreateCasterTaskFailed,
    "FailedOperation.DatabaseNotAccessible": FailedOperationDatabaseNotAccessible,
    "FailedOperation.DeleteDomainInLockedTime": FailedOperationDeleteDomainInLockedTime,
    "FailedOperation.DomainAdded": FailedOperationDomainAdded,
    "FailedOperation.DomainGslbFail": FailedOperationDomainGslbFail,
    "FailedOperation.DomainNeedRealName": FailedOperationDomainNeedRealName,
    "FailedOperation.DomainNeedVerifyOwner": FailedOperationDomainNeedVerifyOwner,
    "FailedOperation.ExceedsFreeLimit": FailedOperationExceedsFreeLimit,
    "FailedOperation.GetDataFailed": FailedOperationGetDataFailed,
    "FailedOperation.GetPictureUrlError": FailedOperationGetPictureUrlError,
    "FailedOperation.GetStreamResolutionError": FailedOperationGetStreamResolutionError,
    "FailedOperation.HasNotLivingStream": FailedOperationHasNotLivingStream,
    "FailedOperation.HostOutLimit": FailedOperationHostOutLimit,
    "FailedOperation.InputAlreadyExist": FailedOperationInputAlreadyExist,
    "FailedOperation.InputIsNotActive": FailedOperationInputIsNotActive,
    "FailedOperation.InputNotExist": FailedOperationInputNotExist,
    "FailedOperation.InputStreamMixTypeNotAccessible": FailedOperationInputStreamMixTypeNotAccessible,
    "FailedOperation.InputUsedInAutoCast": FailedOperationInputUsedInAutoCast,
    "FailedOperation.InputUsedInLayout": FailedOperationInputUsedInLayout,
    "FailedOperation.InputUsedInPgm": FailedOperationInputUsedInPgm,
    "FailedOperation.InputUsedInPvw": FailedOperationInputUsedInPvw,
    "FailedOperation.InvalidCertificateStatusCode": FailedOperationInvalidCertificateStatusCode,
    "FailedOperation.InvalidParam": FailedOperationInvalidParam,
    "FailedOperation.InvokeCdnApiFail": FailedOperationInvokeCdnApiFail,
    "FailedOperation.InvokeVideoApiFail": FailedOperationInvokeVideoApiFail,
    "FailedOperation.JiFeiNoEnoughFund": FailedOperationJiFeiNoEnoughFund,
    "FailedOperation.LayoutAlreadyExist": FailedOperationLayoutAlreadyExist,
    "FailedOperation.LayoutNotExist": FailedOperationLayoutNotExist,
    "FailedOperation.LayoutUsedInAutoCast": FailedOperationLayoutUsedInAutoCast,
    "FailedOperation.LayoutUsedInPgm": FailedOperationLayoutUsedInPgm,
    "FailedOperation.LayoutUsedInPvw": FailedOperationLayoutUsedInPvw,
    "FailedOperation.MarkPicAlreadyExist": FailedOperationMarkPicAlreadyExist,
    "FailedOperation.MarkPicNotExist": FailedOperationMarkPicNotExist,
    "FailedOperation.MarkPicUsedInAutoCast": FailedOperationMarkPicUsedInAutoCast,
    "FailedOperation.MarkWordAlreadyExist": FailedOperationMarkWordAlreadyExist,
    "FailedOperation.MarkWordNotExist": FailedOperationMarkWordNotExist,
    "FailedOperation.MarkWordUsedInAutoCast": FailedOperationMarkWordUsedInAutoCast,
    "FailedOperation.MonitorIsActive": FailedOperationMonitorIsActive,
    "FailedOperation.MonitorLimitExceeded": FailedOperationMonitorLimitExceeded,
    "FailedOperation.MonitorNotExist": FailedOperationMonitorNotExist,
    "FailedOperation.NetworkError": FailedOperationNetworkError,
    "FailedOperation.NoLVBPushOrPlayDomain": FailedOperationNoLVBPushOrPlayDomain,
    "FailedOperation.NoProjectPermission": FailedOperationNoProjectPermission,
    "FailedOperation.NoRealNameAuth": FailedOperationNoRealNameAuth,
    "FailedOperation.NotFound": FailedOperationNotFound,
    "FailedOperation.OutOfService": FailedOperationOutOfService,
    "FailedOperation.OutputAlreadyExist": FailedOperationOutputAlreadyExist,
    "FailedOperation.OutputIsNotExist": FailedOperationOutputIsNotExist,
    "FailedOperation.ParentDomainAdded": FailedOperationParentDomainAdded,
    "FailedOperation.ProcessMixError": FailedOperationProcessMixError,
    "FailedOperation.QueryUploadInfoFailed": FailedOperationQueryUploadInfoFailed,
    "FailedOperation.RelateServerNotAccessible": FailedOperationRelateServerNotAccessible,
    "FailedOperation.RelatedRunningMonitorLimitExceeded": FailedOperationRelatedRunningMonitorLimitExceeded,
    "FailedOperation.ReleaseCasterFailed": FailedOperationReleaseCasterFailed,
    "FailedOperation.ResourceNotEnough": FailedOperationResourceNotEnough,
    "FailedOperation.RuleAlreadyExist": FailedOperationRuleAlreadyExist,
    "FailedOperation.SdkNoPackage": FailedOperationSdkNoPackage,
    "FailedOperation.StartPullFailed": FailedOperationStartPullFailed,
    "FailedOperation.StartTaskFailed": FailedOperationStartTaskFailed,
    "FailedOperation.StopCasterTaskFailed": FailedOperationStopCasterTaskFailed,
    "FailedOperation.StopPullFailed": FailedOperationStopPullFailed,
    "FailedOperation.StopTaskFailed": FailedOperationStopTaskFailed,
    "FailedOperation.StreamNotExist": FailedOperationStreamNotExist,
    "FailedOperation.SubDomainAdded": FailedOperationSubDomainAdded,
    "FailedOperation.TagUnbindError": FailedOperationTagUnbindError,
    "FailedOperation.TooMuchInput": FailedOperationTooMuchInput,
    "InternalError.ArgsNotMatch": InternalErrorArgsNotMatch,
    "InternalError.CallOtherSvrError": InternalErrorCallOtherSvrError,
    "InternalError.ChineseCharacterDetected": InternalErrorChineseCharacterDetected,
    "InternalError.ConfInUsed": InternalErrorConfInUsed,
    "InternalError.ConfNotFound": InternalErrorConfNotFound,
    "InternalError.ConfOutLimit": InternalErrorConfOutLimit,
    "InternalError.ConfigNotExist": InternalErrorConfigNotExist,
    "InternalError.ConnectDbError": InternalErrorConnectDbError,
    "InternalError.CrtDateInUsing": InternalErrorCrtDateInUsing,
    "InternalError.CrtDateNotFound": InternalErrorCrtDateNotFound,
    "InternalError.CrtDateNotLegal": InternalErrorCrtDateNotLegal,
    "InternalError.CrtDateOverdue": InternalErrorCrtDateOverdue,
    "InternalError.CrtDomainNotFound": InternalErrorCrtDomainNotFound,
    "InternalError.CrtKeyNotMatch": InternalErrorCrtKeyNotMatch,
    "InternalError.DBError": InternalErrorDBError,
    "InternalError.DomainAlreadyExist": InternalErrorDomainAlreadyExist,
    "InternalError.DomainFormatError": InternalErrorDomainFormatError,
    "InternalError.DomainGslbFail": InternalErrorDomainGslbFail,
    "InternalError.DomainIsFamous": InternalErrorDomainIsFamous,
    "InternalError.DomainIsLimited": InternalErrorDomainIsLimited,
    "InternalError.DomainNoRecord": InternalErrorDomainNoRecord,
    "InternalError.DomainNotExist": InternalErrorDomainNotExist,
    "InternalError.DomainTooLong": InternalErrorDomainTooLong,
    "InternalError.GetBizidError": InternalErrorGetBizidError,
    "InternalError.GetConfigError": InternalErrorGetConfigError,
    "InternalError.GetStreamInfoError": InternalErrorGetStreamInfoError,
    "InternalError.GetUpstreamInfoError": InternalErrorGetUpstreamInfoError,
    "InternalError.GetWatermarkError": InternalErrorGetWatermarkError,
    "InternalError.HasNotLivingStream": InternalErrorHasNotLivingStream,
    "InternalError.InvalidInput": InternalErrorInvalidInput,
    "InternalError.InvalidRequest": InternalErrorInvalidRequest,
    "InternalError.InvalidUser": InternalErrorInvalidUser,
    "InternalError.JiFeiOtherError": InternalErrorJiFeiOtherError,
    "InternalError.NetworkError": InternalErrorNetworkError,
    "InternalError.NotFound": InternalErrorNotFound,
    "InternalError.NotPermmitOperat": InternalErrorNotPermmitOperat,
    "InternalError.PlayDomainNoRecord": InternalErrorPlayDomainNoRecord,
    "InternalError.ProcessorAlreadyExist": InternalErrorProcessorAlreadyExist,
    "InternalError.PushDomainNoRecord": InternalErrorPushDomainNoRecord,
    "InternalError.QueryProIspPlayInfoError": InternalErrorQueryProIspPlayInfoError,
    "InternalError.QueryUploadInfoFailed": InternalErrorQueryUploadInfoFailed,
    "InternalError.RuleAlreadyExist": InternalErrorRuleAlreadyExist,
    "InternalError.RuleInUsing": InternalErrorRuleInUsing,
    "InternalError.RuleNotFound": InternalErrorRuleNotFound,
    "InternalError.RuleOutLimit": InternalErrorRuleOutLimit,
    "InternalError.StreamStatusError": InternalErrorStreamStatusError,
    "InternalError.SystemError": InternalErrorSystemError,
    "InternalError.UpdateDataError": InternalErrorUpdateDataError,
    "InternalError.WatermarkAddError": InternalErrorWatermarkAddError,
    "InternalError.WatermarkEditError": InternalErrorWatermarkEditError,
    "InternalError.WatermarkNotExist": InternalErrorWatermarkNotExist,
    "InvalidParameter.ArgsNotMatch": InvalidParameterArgsNotMatch,
    "InvalidParameter.COSCustomFileNameError": InvalidParameterCOSCustomFileNameError,
    "InvalidParameter.CancelSessionNotExist": InvalidParameterCancelSessionNotExist,
    "InvalidParameter.CloudCrtIdError": InvalidParameterCloudCrtIdError,
    "InvalidParameter.CloudDomainIsStop": InvalidParameterCloudDomainIsStop,
    "InvalidParameter.ConfInUsed": InvalidParameterConfInUsed,
    "InvalidParameter.ConfNotFound": InvalidParameterConfNotFound,
    "InvalidParameter.CrtDateInUsing": InvalidParameterCrtDateInUsing,
    "InvalidParameter.CrtDateNotFound": InvalidParameterCrtDateNotFound,
    "InvalidParameter.CrtDateNotLegal": InvalidParameterCrtDateNotLegal,
    "InvalidParameter.CrtDateOverdue": InvalidParameterCrtDateOverdue,
    "InvalidParameter.CrtDomainNotFound": InvalidParameterCrtDomainNotFound,
    "InvalidParameter.CrtKeyNotMatch": InvalidParameterCrtKeyNotMatch,
    "InvalidParameter.CrtOrKeyNotExist": InvalidParameterCrtOrKeyNotExist,
    "InvalidParameter.DomainAlreadyExist": InvalidParameterDomainAlreadyExist,
    "InvalidParameter.DomainFormatError": InvalidParameterDomainFormatError,
    "InvalidParameter.DomainHitBlackList": InvalidParameterDomainHitBlackList,
    "InvalidParameter.DomainIsFamous": InvalidParameterDomainIsFamous,
    "InvalidParameter.DomainIsLimited": InvalidParameterDomainIsLimited,
    "InvalidParameter.DomainTooLong": InvalidParameterDomainTooLong,
    "InvalidParameter.GopMustEqualAndExists": InvalidParameterGopMustEqualAndExists,
    "InvalidParameter.InputNumLimitExceeded": InvalidParameterInputNumLimitExceeded,
    "InvalidParameter.InvalidBackgroudResolution": InvalidParameterInvalidBackgroudResolution,
    "InvalidParameter.InvalidBackupToUrl": InvalidParameterInvalidBackupToUrl,
    "InvalidParameter.InvalidBitrate": InvalidParameterInvalidBitrate,
    "InvalidParameter.InvalidCallbackUrl": InvalidParameterInvalidCallbackUrl,
    "InvalidParameter.InvalidCropParam": InvalidParameterInvalidCropParam,
    "InvalidParameter.InvalidLayerParam": InvalidParameterInvalidLayerParam,
    "InvalidParameter.InvalidMixInputParam": InvalidParameterInvalidMixInputParam,
    "InvalidParameter.InvalidOutputParam": InvalidParameterInvalidOutputParam,
    "InvalidParameter.InvalidOutputStreamID": InvalidParameterInvalidOutputStreamID,
    "InvalidParameter.InvalidOutputType": InvalidParameterInvalidOutputType,
    "InvalidParameter.InvalidPictureID": InvalidParameterInvalidPictureID,
    "InvalidParameter.InvalidProtocol": InvalidParameterInvalidProtocol,
    "InvalidParameter.InvalidRoundRectRadius": InvalidParameterInvalidRoundRectRadius,
    "InvalidParameter.InvalidSourceUrl": InvalidParameterInvalidSourceUrl,
    "InvalidParameter.InvalidTaskTime": InvalidParameterInvalidTaskTime,
    "InvalidParameter.InvalidToUrl": InvalidParameterInvalidToUrl,
    "InvalidParameter.InvalidUrl": InvalidParameterInvalidUrl,
    "InvalidParameter.InvalidVodFileName": InvalidParameterInvalidVodFileName,
    "InvalidParameter.InvalidWatermark": InvalidParameterInvalidWatermark,
    "InvalidParameter.MpHostDelete": InvalidParameterMpHostDelete,
    "InvalidParameter.MpPluginNoUse": InvalidParameterMpPluginNoUse,
    "InvalidParameter.NotAllowUseLVB": InvalidParameterNotAllowUseLVB,
    "InvalidParameter.OtherError": InvalidParameterOtherError,
    "InvalidParameter.ProcessorAlreadyExist": InvalidParameterProcessorAlreadyExist,
    "InvalidParameter.RuleNotFound": InvalidParameterRuleNotFound,
    "InvalidParameter.SessionOutputStreamChanged": InvalidParameterSessionOutputStreamChanged,
    "InvalidParameter.TaskNotExist": InvalidParameterTaskNotExist,
    "InvalidParameter.TaskNumMoreThanLimit": InvalidParameterTaskNumMoreThanLimit,
    "InvalidParameter.TemplateNotMatchInputNum": InvalidParameterTemplateNotMatchInputNum,
    "InvalidParameter.ToUrlNoPermission": InvalidParameterToUrlNoPermission,
    "InvalidParameter.UrlNotSafe": InvalidParameterUrlNotSafe,
    "LimitExceeded.MaximumRunningTask": LimitExceededMaximumRunningTask,
    "LimitExceeded.MaximumTask": LimitExceededMaximumTask,
    "LimitExceeded.RateLimitExceeded": LimitExceededRateLimitExceeded,
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded": RequestLimitExceededGlobalRegionUinLimitExceeded,
    "RequestLimitExceeded.IPLimitExceeded": RequestLimitExceededIPLimitExceeded,
    "RequestLimitExceeded.UinLimitExceeded": RequestLimitExceededUinLimitExceeded,
    "ResourceNotFound.CasterNotExists": ResourceNotFoundCasterNotExists,
    "ResourceNotFound.CdnLogEmpty": ResourceNotFoundCdnLogEmpty,
    "ResourceNotFound.CdnThemeEmpty": ResourceNotFoundCdnThemeEmpty,
    "ResourceNotFound.ChannelNotExist": ResourceNotFoundChannelNotExist,
    "ResourceNotFound.CrtDateNotFound": ResourceNotFoundCrtDateNotFound,
    "ResourceNotFound.CrtDomainNotFound": ResourceNotFoundCrtDomainNotFound,
    "ResourceNotFound.DomainNoRecord": ResourceNotFoundDomainNoRecord,
    "ResourceNotFound.DomainNotExist": ResourceNotFoundDomainNotExist,
    "ResourceNotFound.EmptyData": ResourceNotFoundEmptyData,
    "ResourceNotFound.ForbidService": ResourceNotFoundForbidService,
    "ResourceNotFound.FreezeService": ResourceNotFoundFreezeService,
    "ResourceNotFound.InvalidUser": ResourceNotFoundInvalidUser,
    "ResourceNotFound.PlayDomainNoRecord": ResourceNotFoundPlayDomainNoRecord,
    "ResourceNotFound.PushDomainNoRecord": ResourceNotFoundPushDomainNoRecord,
    "ResourceNotFound.StopService": ResourceNotFoundStopService,
    "ResourceNotFound.TaskId": ResourceNotFoundTaskId,
    "ResourceNotFound.UserDisableService": ResourceNotFoundUserDisableService,
    "ResourceNotFound.UserNotExist": ResourceNotFoundUserNotExist,
    "ResourceNotFound.UserNotFount": ResourceNotFoundUserNotFount,
    "ResourceNotFound.WatermarkNotExist": ResourceNotFoundWatermarkNotExist,
    "ResourceUnavailable.InvalidVodStatus": ResourceUnavailableInvalidVodStatus,
    "ResourceUnavailable.StreamNotExist": ResourceUnavailableStreamNotExist,
    "UnsupportedOperation.NotLVBCodeMode": UnsupportedOperationNotLVBCodeMode,
}

__all__ = [
    "APIError",
    "ERRORS",
    "LegacyActionError",
    "TencentCloudError",
    "ActionOffline",
    "AuthFailure",
    "DryRunOperation",
    "FailedOperation",
    "InternalError",
    "InvalidAction",
    "InvalidParameter",
    "InvalidParameterValue",
    "InvalidRequest",
    "IpInBlacklist",
    "IpNotInWhitelist",
    "LimitExceeded",
    "MissingParameter",
    "NoSuchProduct",
    "NoSuchVersion",
    "RequestLimitExceeded",
    "RequestSizeLimitExceeded",
    "ResourceInUse",
    "ResourceInsufficient",
    "ResourceNotFound",
    "ResourceUnavailable",
    "ResponseSizeLimitExceeded",
    "ServiceUnavailable",
    "UnauthorizedOperation",
    "UnknownParameter",
    "UnsupportedOperation",
    "UnsupportedProtocol",
    "UnsupportedRegion",
    "AuthFailureInvalidAuthorization",
    "AuthFailureInvalidSecretId",
    "AuthFailureMFAFailure",
    "AuthFailureSecretIdNotFound",
    "AuthFailureSignatureExpire",
    "AuthFailureSignatureFailure",
    "AuthFailureTokenFailure",
    "AuthFailureUnauthorizedOperation",
    "FailedOperationAiTranscodeOptionFail",
    "FailedOperationAlterTaskState",
    "FailedOperationAuthError",
    "FailedOperationCallOtherSvrError",
    "FailedOperationCallOtherSvrFailed",
    "FailedOperationCancelSessionNotExist",
    "FailedOperationCannotBeDeletedIssued",
    "FailedOperationCannotBeDeletedWithinHour",
    "FailedOperationCasterBinded",
    "FailedOperationCasterExpired",
    "FailedOperationCasterNotFound",
    "FailedOperationCertificateExists",
    "FailedOperationCertificateInvalid",
    "FailedOperationCertificateMismatch",
    "FailedOperationCertificateNotFound",
    "FailedOperationConfInUsed",
    "FailedOperationConfigCDNFailed",
    "FailedOperationConflictAction",
    "FailedOperationCosBucketNotExist",
    "FailedOperationCosBucketNotPermission",
    "FailedOperationCosRoleNotExists",
    "FailedOperationCreateCasterTaskFailed",
    "FailedOperationDatabaseNotAccessible",
    "FailedOperationDeleteDomainInLockedTime",
    "FailedOperationDomainAdded",
    "FailedOperationDomainGslbFail",
    "FailedOperationDomainNeedRealName",
    "FailedOperationDomainNeedVerifyOwner",
    "FailedOperationExceedsFreeLimit",
    "FailedOperationGetDataFailed",
    "FailedOperationGetPictureUrlError",
    "FailedOperationGetStreamResolutionError",
    "FailedOperationHasNotLivingStream",
    "FailedOperationHostOutLimit",
    "FailedOperationInputAlreadyExist",
    "FailedOperationInputIsNotActive",
    "FailedOperationInputNotExist",
    "FailedOperationInputStreamMixTypeNotAccessible",
    "FailedOperationInputUsedInAutoCast",
    "FailedOperationInputUsedInLayout",
    "FailedOperationInputUsedInPgm",
    "FailedOperationInputUsedInPvw",
    "FailedOperationInvalidCertificateStatusCode",
    "FailedOperationInvalidParam",
    "FailedOperationInvokeCdnApiFail",
    "FailedOperationInvokeVideoApiFail",
    "FailedOperationJiFeiNoEnoughFund",
    "FailedOperationLayoutAlreadyExist",
    "FailedOperationLayoutNotExist",
    "FailedOperationLayoutUsedInAutoCast",
    "FailedOperationLayoutUsedInPgm",
    "FailedOperationLayoutUsedInPvw",
    "FailedOperationMarkPicAlreadyExist",
    "FailedOperationMarkPicNotExist",
    "FailedOperationMarkPicUsedInAutoCast",
    "FailedOperationMarkWordAlreadyExist",
    "FailedOperationMarkWordNotExist",
    "FailedOperationMarkWordUsedInAutoCast",
    "FailedOperationMonitorIsActive",
    "FailedOperationMonitorLimitExceeded",
    "FailedOperationMonitorNotExist",
    "FailedOperationNetworkError",
    "FailedOperationNoLVBPushOrPlayDomain",
    "FailedOperationNoProjectPermission",
    "FailedOperationNoRealNameAuth",
    "FailedOperationNotFound",
    "FailedOperationOutOfService",
    "FailedOperationOutputAlreadyExist",
    "FailedOperationOutputIsNotExist",
    "FailedOperationParentDomainAdded",
    "FailedOperationProcessMixError",
    "FailedOperationQueryUploadInfoFailed",
    "FailedOperationRelateServerNotAccessible",
    "FailedOperationRelatedRunningMonitorLimitExceeded",
    "FailedOperationReleaseCasterFailed",
    "FailedOperationResourceNotEnough",
    "FailedOperationRuleAlreadyExist",
    "FailedOperationSdkNoPackage",
    "FailedOperationStartPullFailed",
    "FailedOperationStartTaskFailed",
    "FailedOperationStopCasterTaskFailed",
    "FailedOperationStopPullFailed",
    "FailedOperationStopTaskFailed",
    "FailedOperationStreamNotExist",
    "FailedOperationSubDomainAdded",
    "FailedOperationTagUnbindError",
    "FailedOperationTooMuchInput",
    "InternalErrorArgsNotMatch",
    "InternalErrorCallOtherSvrError",
    "InternalErrorChineseCharacterDetected",
    "InternalErrorConfInUsed",
    "InternalErrorConfNotFound",
    "InternalErrorConfOutLimit",
    "InternalErrorConfigNotExist",
    "InternalErrorConnectDbError",
    "InternalErrorCrtDateInUsing",
    "InternalErrorCrtDateNotFound",
    "InternalErrorCrtDateNotLegal",
    "InternalErrorCrtDateOverdue",
    "InternalErrorCrtDomainNotFound",
    "InternalErrorCrtKeyNotMatch",
    "InternalErrorDBError",
    "InternalErrorDomainAlreadyExist",
    "InternalErrorDomainFormatError",
    "InternalErrorDomainGslbFail",
    "InternalErrorDomainIsFamous",
    "InternalErrorDomainIsLimited",
    "InternalErrorDomainNoRecord",
    "InternalErrorDomainNotExist",
    "InternalErrorDomainTooLong",
    "InternalErrorGetBizidError",
    "InternalErrorGetConfigError",
    "InternalErrorGetStreamInfoError",
    "InternalErrorGetUpstreamInfoError",
    "InternalErrorGetWatermarkError",
    "InternalErrorHasNotLivingStream",
    "InternalErrorInvalidInput",
    "InternalErrorInvalidRequest",
    "InternalErrorInvalidUser",
    "InternalErrorJiFeiOtherError",
    "InternalErrorNetworkError",
    "InternalErrorNotFound",
    "InternalErrorNotPermmitOperat",
    "InternalErrorPlayDomainNoRecord",
    "InternalErrorProcessorAlreadyExist",
    "InternalErrorPushDomainNoRecord",
    "InternalErrorQueryProIspPlayInfoError",
    "InternalErrorQueryUploadInfoFailed",
    "InternalErrorRuleAlreadyExist",
    "InternalErrorRuleInUsing",
    "InternalErrorRuleNotFound",
    "InternalErrorRuleOutLimit",
    "InternalErrorStreamStatusError",
    "InternalErrorSystemError",
    "InternalErrorUpdateDataError",
    "InternalErrorWatermarkAddError",
    "InternalErrorWatermarkEditError",
    "InternalErrorWatermarkNotExist",
    "InvalidParameterArgsNotMatch",
    "InvalidParameterCOSCustomFileNameError",
    "InvalidParameterCancelSessionNotExist",
    "InvalidParameterCloudCrtIdError",
    "InvalidParameterCloudDomainIsStop",
    "InvalidParameterConfInUsed",
    "InvalidParameterConfNotFound",
    "InvalidParameterCrtDateInUsing",
    "InvalidParameterCrtDateNotFound",
    "InvalidParameterCrtDateNotLegal",
    "InvalidParameterCrtDateOverdue",
    "InvalidParameterCrtDomainNotFound",
    "InvalidParameterCrtKeyNotMatch",
    "InvalidParameterCrtOrKeyNotExist",
    "InvalidParameterDomainAlreadyExist",
    "InvalidParameterDomainFormatError",
    "InvalidParameterDomainHitBlackList",
    "InvalidParameterDomainIsFamous",
    "InvalidParameterDomainIsLimited",
    "InvalidParameterDomainTooLong",
    "InvalidParameterGopMustEqualAndExists",
    "InvalidParameterInputNumLimitExceeded",
    "InvalidParameterInvalidBackgroudResolution",
    "InvalidParameterInvalidBackupToUrl",
    "InvalidParameterInvalidBitrate",
    "InvalidParameterInvalidCallbackUrl",
    "InvalidParameterInvalidCropParam",
    "InvalidParameterInvalidLayerParam",
    "InvalidParameterInvalidMixInputParam",
    "InvalidParameterInvalidOutputParam",
    "InvalidParameterInvalidOutputStreamID",
    "InvalidParameterInvalidOutputType",
    "InvalidParameterInvalidPictureID",
    "InvalidParameterInvalidProtocol",
    "InvalidParameterInvalidRoundRectRadius",
    "InvalidParameterInvalidSourceUrl",
    "InvalidParameterInvalidTaskTime",
    "InvalidParameterInvalidToUrl",
    "InvalidParameterInvalidUrl",
    "InvalidParameterInvalidVodFileName",
    "InvalidParameterInvalidWatermark",
    "InvalidParameterMpHostDelete",
    "InvalidParameterMpPluginNoUse",
    "InvalidParameterNotAllowUseLVB",
    "InvalidParameterOtherError",
    "InvalidParameterProcessorAlreadyExist",
    "InvalidParameterRuleNotFound",
    "InvalidParameterSessionOutputStreamChanged",
    "InvalidParameterTaskNotExist",
    "InvalidParameterTaskNumMoreThanLimit",
    "InvalidParameterTemplateNotMatchInputNum",
    "InvalidParameterToUrlNoPermission",
    "InvalidParameterUrlNotSafe",
    "LimitExceededMaximumRunningTask",
    "LimitExceededMaximumTask",
    "LimitExceededRateLimitExceeded",
    "RequestLimitExceededGlobalRegionUinLimitExceeded",
    "RequestLimitExceededIPLimitExceeded",
    "RequestLimitExceededUinLimitExceeded",
    "ResourceNotFoundCasterNotExists",
    "ResourceNotFoundCdnLogEmpty",
    "ResourceNotFoundCdnThemeEmpty",
    "ResourceNotFoundChannelNotExist",
    "ResourceNotFoundCrtDateNotFound",
    "ResourceNotFoundCrtDomainNotFound",
    "ResourceNotFoundDomainNoRecord",
    "ResourceNotFoundDomainNotExist",
    "ResourceNotFoundEmptyData",
    "ResourceNotFoundForbidService",
    "ResourceNotFoundFreezeService",
    "ResourceNotFoundInvalidUser",
    "ResourceNotFoundPlayDomainNoRecord",
    "ResourceNotFoundPushDomainNoRecord",
    "ResourceNotFoundStopService",
    "ResourceNotFoundTaskId",
    "ResourceNotFoundUserDisableService",
    "ResourceNotFoundUserNotExist",
    "ResourceNotFoundUserNotFount",
    "ResourceNotFoundWatermarkNotExist",
    "ResourceUnavailableInvalidVodStatus",
    "ResourceUnavailableStreamNotExist",
    "UnsupportedOperationNotLVBCodeMode",
]
