"""AsyncLiveClient: the live 2018-08-01 API, one coroutine per action.

Generated from the documents; each method builds its request model, validates it, and sends it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NoReturn

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.client import AsyncBaseClient, CallOptions

from . import models, structures
from ._settings import ServiceSettings, deprecated, offline

__all__ = ["AsyncLiveClient"]


class AsyncLiveClient(ServiceSettings, AsyncBaseClient):
    """Asynchronous client of live 2018-08-01 (endpoint live.tencentcloudapi.com)."""

    async def add_caster_input_info(
        self,
        *,
        caster_id: int,
        input_info: structures.CasterInputInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.AddCasterInputInfoResponse:
        """该接口用来向导播台中添加一个输入源，该输入源可以是拉流地址、或是一个文件链接

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            input_info: 导播台输入源详细信息。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.InputAlreadyExist,
            FailedOperation.InputUsedInPgm, FailedOperation.InputUsedInPvw, FailedOperation.StartPullFailed,
            FailedOperation.StopPullFailed, FailedOperation.TooMuchInput, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.add_caster_input_info import AddCasterInputInfoRequest

        request = AddCasterInputInfoRequest(caster_id=caster_id, input_info=input_info, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def add_caster_layout_info(
        self,
        *,
        caster_id: int,
        layout_info: structures.CasterLayoutInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.AddCasterLayoutInfoResponse:
        """该接口用来增加导播台的布局参数。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            layout_info: 导播台布局参数信息。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.LayoutAlreadyExist,
            FailedOperation.LayoutUsedInPgm, FailedOperation.LayoutUsedInPvw, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.add_caster_layout_info import AddCasterLayoutInfoRequest

        request = AddCasterLayoutInfoRequest(caster_id=caster_id, layout_info=layout_info, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def add_caster_mark_pic_info(
        self,
        *,
        caster_id: int,
        mark_pic_info: structures.CasterMarkPicInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.AddCasterMarkPicInfoResponse:
        """该接口用来新增图片水印。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            mark_pic_info: 图片水印详细参数。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.MarkPicAlreadyExist,
            InternalError, InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.add_caster_mark_pic_info import AddCasterMarkPicInfoRequest

        request = AddCasterMarkPicInfoRequest(caster_id=caster_id, mark_pic_info=mark_pic_info, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def add_caster_mark_word_info(
        self,
        *,
        caster_id: int,
        mark_word_info: structures.CasterMarkWordInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.AddCasterMarkWordInfoResponse:
        """为导播台添加文本配置。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_word_info: 文本的详细配置。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.MarkWordAlreadyExist,
            InternalError, InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnauthorizedOperation, UnknownParameter, UnsupportedOperation.
        """
        from .models.add_caster_mark_word_info import AddCasterMarkWordInfoRequest

        request = AddCasterMarkWordInfoRequest(
            caster_id=caster_id, mark_word_info=mark_word_info, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def add_caster_output_info(
        self,
        *,
        caster_id: int,
        output_info: structures.CasterOutputInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.AddCasterOutputInfoResponse:
        """该接口用来新增导播台推流信息。导播台主监启动后，将会将主监画面推向该接口设置的地址。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            output_info: 导播台推流参数信息。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.OutputAlreadyExist, InternalError,
            InvalidParameter, InvalidParameter.InvalidUrl, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.add_caster_output_info import AddCasterOutputInfoRequest

        request = AddCasterOutputInfoRequest(caster_id=caster_id, output_info=output_info, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def add_delay_live_stream(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        delay_time: int,
        expire_time: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.AddDelayLiveStreamResponse:
        """针对大型活动直播，通过对直播流设置延时来控制现场与观众播放画面的时间间隔，避免突发状况造成影响。

        注意：如果在推流前设置延播，需要提前5分钟设置，目前该接口只支持流粒度。

        Documented rate limit: 200 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
            domain_name: 推流域名。
            stream_name: 流名称。
            delay_time: 延播时间，单位：秒，上限：600秒。
            expire_time: 延播设置的过期时间。UTC 格式，例如：2018-11-29T19:00:00Z。
                注意：
                1. 默认7天后过期，且最长支持7天内生效。
                2. 北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            DryRunOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.CallOtherSvrError, InternalError.ConfigNotExist, InternalError.GetBizidError,
            InternalError.GetStreamInfoError, InternalError.NotPermmitOperat,
            InternalError.StreamStatusError, InternalError.UpdateDataError, InvalidParameter,
            InvalidParameterValue, MissingParameter, ResourceNotFound, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.add_delay_live_stream import AddDelayLiveStreamRequest

        request = AddDelayLiveStreamRequest(
            app_name=app_name,
            domain_name=domain_name,
            stream_name=stream_name,
            delay_time=delay_time,
            expire_time=expire_time,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def add_live_domain(
        self,
        *,
        domain_name: str,
        domain_type: Literal[0, 1],
        play_type: Literal[1, 2, 3] | Unset = UNSET,
        is_delay_live: Literal[0, 1] | Unset = UNSET,
        is_mini_program_live: Literal[0, 1] | Unset = UNSET,
        verify_owner_type: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.AddLiveDomainResponse:
        """添加域名，一次只能提交一个域名。域名必须已备案。

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 域名名称。
            domain_type: 域名类型，
                0：推流域名，
                1：播放域名。
            play_type: 拉流域名类型：
                1：国内，
                2：全球，
                3：境外。
                默认值：1。
            is_delay_live: 是否是慢直播：
                0： 普通直播，
                1 ：慢直播 。
                默认值： 0。
            is_mini_program_live: 是否是小程序直播：
                0： 标准直播，
                1 ：小程序直播 。
                默认值： 0。
            verify_owner_type: 域名归属校验类型。
                可取值（与 AuthenticateDomainOwner 接口的 VerifyType 参数一致。）：
                dnsCheck ：立即验证配置 dns 的解析记录是否与待验证内容一致，成功则保存记录。
                fileCheck ：立即验证 web 文件是否与待验证内容一致，成功则保存记录。
                dbCheck : 检查是否已经验证成功过。
                若不传默认为 dbCheck 。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, FailedOperation.DeleteDomainInLockedTime,
            FailedOperation.DomainAdded, FailedOperation.DomainGslbFail, FailedOperation.DomainNeedRealName,
            FailedOperation.DomainNeedVerifyOwner, FailedOperation.HostOutLimit,
            FailedOperation.ParentDomainAdded, FailedOperation.SubDomainAdded, InternalError,
            InternalError.ChineseCharacterDetected, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.DomainAlreadyExist, InternalError.DomainFormatError, InternalError.DomainGslbFail,
            InternalError.DomainIsFamous, InternalError.DomainIsLimited, InternalError.DomainNoRecord,
            InternalError.DomainTooLong, InternalError.InvalidInput, InternalError.InvalidUser,
            InternalError.NetworkError, InvalidParameter, InvalidParameter.DomainAlreadyExist,
            InvalidParameter.DomainFormatError, InvalidParameter.DomainHitBlackList,
            InvalidParameter.DomainIsFamous, InvalidParameter.DomainIsLimited,
            InvalidParameter.DomainTooLong, InvalidParameter.MpHostDelete, InvalidParameter.MpPluginNoUse,
            ResourceNotFound.DomainNoRecord, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.InvalidUser, ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.add_live_domain import AddLiveDomainRequest

        request = AddLiveDomainRequest(
            domain_name=domain_name,
            domain_type=domain_type,
            play_type=play_type,
            is_delay_live=is_delay_live,
            is_mini_program_live=is_mini_program_live,
            verify_owner_type=verify_owner_type,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def add_live_watermark(
        self,
        *,
        picture_url: str,
        watermark_name: str,
        x_position: int | Unset = UNSET,
        y_position: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        background_width: int | Unset = UNSET,
        background_height: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.AddLiveWatermarkResponse:
        """添加水印，成功返回水印 ID 后，需要调用CreateLiveWatermarkRule接口将水印 ID 绑定到流使用。 水印数量上限 100，超过后需要先删除，再添加。

        Documented rate limit: 100 requests per second.

        Args:
            picture_url: 水印图片 URL。
                URL中禁止包含的字符：
                ;(){}$>`#"'|
            watermark_name: 水印名称。
                最长30字节。
            x_position: 显示位置，X轴偏移，单位是百分比，默认 0。
            y_position: 显示位置，Y轴偏移，单位是百分比，默认 0。
            width: 水印宽度，占直播原始画面宽度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始宽度。
            height: 水印高度，占直播原始画面高度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始高度。
            background_width: 背景水印宽度。默认宽度1920。
            background_height: 背景水印高度。默认高度1080。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError.ConfOutLimit, InternalError.DBError, InternalError.WatermarkAddError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotFount.
        """
        from .models.add_live_watermark import AddLiveWatermarkRequest

        request = AddLiveWatermarkRequest(
            picture_url=picture_url,
            watermark_name=watermark_name,
            x_position=x_position,
            y_position=y_position,
            width=width,
            height=height,
            background_width=background_width,
            background_height=background_height,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def authenticate_domain_owner(
        self,
        *,
        domain_name: str,
        verify_type: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.AuthenticateDomainOwnerResponse:
        """验证用户是否拥有特定直播域名。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 要验证的域名。
            verify_type: 验证类型。可取值：
                dnsCheck ：立即验证配置 dns 的解析记录是否与待验证内容一致，成功则保存记录。
                fileCheck ：立即验证 web 文件是否与待验证内容一致，成功则保存记录。
                dbCheck : 检查是否已经验证成功过。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameter, InvalidParameter.DomainFormatError.
        """
        from .models.authenticate_domain_owner import AuthenticateDomainOwnerRequest

        request = AuthenticateDomainOwnerRequest(
            domain_name=domain_name, verify_type=verify_type, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def cancel_common_mix_stream(
        self,
        *,
        mix_stream_session_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CancelCommonMixStreamResponse:
        """该接口用来取消混流。用法与 mix_streamv2.cancel_mix_stream 基本一致。

        Documented rate limit: 100 requests per second.

        Args:
            mix_stream_session_id: 混流会话（申请混流开始到取消混流结束）标识 ID。
                该值与CreateCommonMixStream中的MixStreamSessionId保持一致。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrError, FailedOperation.CallOtherSvrFailed,
            FailedOperation.CancelSessionNotExist, InternalError, InvalidParameter,
            InvalidParameter.CancelSessionNotExist, InvalidParameter.OtherError,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.cancel_common_mix_stream import CancelCommonMixStreamRequest

        request = CancelCommonMixStreamRequest(mix_stream_session_id=mix_stream_session_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def copy_caster(
        self,
        *,
        caster_id: int,
        caster_name: str | Unset = UNSET,
        output_stream_id: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CopyCasterResponse:
        """该接口用来复制导播台配置

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 源导播台的ID
            caster_name: 复制产生的新导播台名称
            output_stream_id: 复制产生的导播台推送到云直播的流id
                注意：该流id不能与云直播中的流id重复
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnauthorizedOperation,
            UnknownParameter, UnsupportedOperation.
        """
        from .models.copy_caster import CopyCasterRequest

        request = CopyCasterRequest(
            caster_id=caster_id, caster_name=caster_name, output_stream_id=output_stream_id, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def create_caster(
        self,
        *,
        caster_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        expire_time: int | Unset = UNSET,
        delay_time: int | Unset = UNSET,
        transition_type: str | Unset = UNSET,
        pgm_width: int | Unset = UNSET,
        pgm_height: int | Unset = UNSET,
        pgm_fps: int | Unset = UNSET,
        pgm_bit_rate: int | Unset = UNSET,
        fee_type: int | Unset = UNSET,
        pgm_audio_bit_rate: Literal[0, 128, 192, 256] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateCasterResponse:
        """该接口用来创建新的导播台

        Documented rate limit: 200 requests per second.

        Args:
            caster_name: 导播台名称
            description: 导播台的描述
                最大允许长度256
            expire_time: 导播台的过期时间戳。值为-1或unix时间戳。
                默认值为-1。
                当值为-1时，表示该导播台永不过期。
                当值为正常unix时间戳时，导播台将在该时间过期。
                导播台过期后，预监与主监画面将自动停止，转推自动停止。
                点播、直播url将停止转拉，推流url需自行停止推流。
            delay_time: 导播台延时播放时间，单位为秒。
                默认为0，最大支持300秒
            transition_type: 导播台转场类型。
                默认为空。
                允许使用通过DescribeCasterTransitionTypes接口中查询到的转场类型。
            pgm_width: 导播台主监输出的宽度，单位为像素。
                默认为1280，最大允许4096。
            pgm_height: 导播台主监输出的高度，单位为像素。
                默认为720，最大允许2160。
            pgm_fps: 导播台主监输出的帧率。
                默认为0，表示随源输出。
                最大支持60。
            pgm_bit_rate: 导播台主监输出的码率，单位为kbps。
                默认为0，表示随源的码率输出。
                最大允许10000kbps。
            fee_type: 导播台的计费类型。
                0 通用型
                1 播单型。
                注： 本参数暂无作用。
            pgm_audio_bit_rate: 导播台主监输出的音频码率，单位为kbps。
                可选项：[0, 128, 192, 256]
                默认值为0，表示随源的音频码率输出。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.create_caster import CreateCasterRequest

        request = CreateCasterRequest(
            caster_name=caster_name,
            description=description,
            expire_time=expire_time,
            delay_time=delay_time,
            transition_type=transition_type,
            pgm_width=pgm_width,
            pgm_height=pgm_height,
            pgm_fps=pgm_fps,
            pgm_bit_rate=pgm_bit_rate,
            fee_type=fee_type,
            pgm_audio_bit_rate=pgm_audio_bit_rate,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_caster_input_push_url(
        self,
        *,
        caster_id: int,
        input_index: int,
        protocol: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateCasterInputPushUrlResponse:
        """该接口用来生成导播台推流地址

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            input_index: 请求生成推流地址的输入Index。
                允许范围[1,24]。
            protocol: 生成推流地址协议。
                范围[rtmp,webrtc]。
                注：获取webrtc推流地址时，需配合腾讯云快直播推流sdk才可成功推流。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameter.InvalidProtocol,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.create_caster_input_push_url import CreateCasterInputPushUrlRequest

        request = CreateCasterInputPushUrlRequest(
            caster_id=caster_id, input_index=input_index, protocol=protocol, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def create_caster_pgm(
        self,
        *,
        pgm_display_info: structures.CasterDisplayInfo,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateCasterPgmResponse:
        """该接口用来启动主监任务，并将获取主监画面的播放地址。

        Documented rate limit: 200 requests per second.

        Args:
            pgm_display_info: 导播台展示信息参数。
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.CreateCasterTaskFailed,
            FailedOperation.NoLVBPushOrPlayDomain, FailedOperation.ResourceNotEnough, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.create_caster_pgm import CreateCasterPgmRequest

        request = CreateCasterPgmRequest(
            pgm_display_info=pgm_display_info, caster_id=caster_id, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def create_caster_pgm_from_pvw(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateCasterPgmFromPvwResponse:
        """该接口用来将预监画面的布局、水印、字幕等配置，复制到主监画面中。

        该接口使用时，预监任务需处于运行状态。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterExpired, FailedOperation.CasterNotFound,
            FailedOperation.CreateCasterTaskFailed, FailedOperation.NoLVBPushOrPlayDomain,
            FailedOperation.ResourceNotEnough, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.create_caster_pgm_from_pvw import CreateCasterPgmFromPvwRequest

        request = CreateCasterPgmFromPvwRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def create_caster_pvw(
        self,
        *,
        pvw_display_info: structures.CasterDisplayInfo,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateCasterPvwResponse:
        """该接口用来启动预监任务，并将获取预监画面的播放地址。

        Documented rate limit: 200 requests per second.

        Args:
            pvw_display_info: 导播台预监展示信息参数
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterExpired, FailedOperation.CasterNotFound,
            FailedOperation.CreateCasterTaskFailed, FailedOperation.ResourceNotEnough, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.create_caster_pvw import CreateCasterPvwRequest

        request = CreateCasterPvwRequest(
            pvw_display_info=pvw_display_info, caster_id=caster_id, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def create_common_mix_stream(
        self,
        *,
        mix_stream_session_id: str,
        input_stream_list: list[structures.CommonMixInputParam],
        output_params: structures.CommonMixOutputParams,
        mix_stream_template_id: int | Unset = UNSET,
        control_params: structures.CommonMixControlParams | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateCommonMixStreamResponse:
        """该接口用来创建通用混流。用法与旧接口 mix_streamv2.start_mix_stream_advanced 基本一致。

        注意：当前最多支持16路混流。

        最佳实践：https://cloud.tencent.com/document/product/267/45566

        Documented rate limit: 200 requests per second.

        Args:
            mix_stream_session_id: 混流会话（申请混流开始到取消混流结束）标识 ID。80字节以内，仅含字母、数字
                以及下划线的字符串。
            input_stream_list: 混流输入流列表。
            output_params: 混流输出流参数。
            mix_stream_template_id: 输入模板 ID，若设置该参数，将按默认模板布局输出，无需填入自定义位置参数。
                不填默认为0。
                两输入源支持10，20，30，40，50。
                三输入源支持310，390，391。
                四输入源支持410。
                五输入源支持510，590。
                六输入源支持610。
            control_params: 混流的特殊控制参数。如无特殊需求，无需填写。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrError, FailedOperation.CallOtherSvrFailed,
            FailedOperation.CancelSessionNotExist, FailedOperation.GetPictureUrlError,
            FailedOperation.GetStreamResolutionError, FailedOperation.ProcessMixError,
            FailedOperation.StreamNotExist, InternalError, InternalError.JiFeiOtherError, InvalidParameter,
            InvalidParameter.CancelSessionNotExist, InvalidParameter.InputNumLimitExceeded,
            InvalidParameter.InvalidBackgroudResolution, InvalidParameter.InvalidBitrate,
            InvalidParameter.InvalidCropParam, InvalidParameter.InvalidLayerParam,
            InvalidParameter.InvalidOutputStreamID, InvalidParameter.InvalidOutputType,
            InvalidParameter.InvalidPictureID, InvalidParameter.InvalidRoundRectRadius,
            InvalidParameter.OtherError, InvalidParameter.SessionOutputStreamChanged,
            InvalidParameter.TemplateNotMatchInputNum, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.create_common_mix_stream import CreateCommonMixStreamRequest

        request = CreateCommonMixStreamRequest(
            mix_stream_session_id=mix_stream_session_id,
            input_stream_list=input_stream_list,
            output_params=output_params,
            mix_stream_template_id=mix_stream_template_id,
            control_params=control_params,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_lvb_channel(
        self,
        *,
        channel_name: str,
        channel_describe: str | Unset = UNSET,
        output_source_type: int,
        player_password: str | Unset = UNSET,
        watermark_id: int | Unset = UNSET,
        name: str,
        type_: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLVBChannelResponse:
        """Call CreateLVBChannel.

        Deprecated: 直播码不需要创建接口。请升级为直播码模式，直播码不需要接口进行创建，直接指定流名称即可推流; the documents name no replacement.

        Args:
            channel_name: 频道名称
            channel_describe: 直播频道描述
            output_source_type: 输出源选择（1表示只有 RTMP 输出，2表示只有 HLS 输出，3表示两者都有）
            player_password: 接收方播放器密码
                sourceList 是 array 直播源列表，每个直播源可以包括类型、名称。注：目前只支持一个直播源
            watermark_id: 水印 ID
                outputRate 否 array
            name: 直播源名称
            type_: 1 RTMP 推流
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.create_lvb_channel import CreateLVBChannelRequest

        deprecated(
            "CreateLVBChannel",
            None,
            "直播码不需要创建接口。请升级为直播码模式，直播码不需要接口进行创建，直接指定流名称即可推流",
        )
        request = CreateLVBChannelRequest(
            channel_name=channel_name,
            channel_describe=channel_describe,
            output_source_type=output_source_type,
            player_password=player_password,
            watermark_id=watermark_id,
            name=name,
            type_=type_,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_callback_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveCallbackRuleResponse:
        """创建回调规则，需要先调用CreateLiveCallbackTemplate接口创建回调模板，将返回的模板id绑定到域名/路径进行使用。

        回调协议相关文档：事件消息通知。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为live。
            template_id: 模板ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConfNotFound, InvalidParameter, InvalidParameter.ConfNotFound,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_callback_rule import CreateLiveCallbackRuleRequest

        request = CreateLiveCallbackRuleRequest(
            domain_name=domain_name, app_name=app_name, template_id=template_id, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def create_live_callback_template(
        self,
        *,
        template_name: str,
        description: str | Unset = UNSET,
        stream_begin_notify_url: str | Unset = UNSET,
        stream_end_notify_url: str | Unset = UNSET,
        record_notify_url: str | Unset = UNSET,
        record_status_notify_url: str | Unset = UNSET,
        snapshot_notify_url: str | Unset = UNSET,
        porn_censorship_notify_url: str | Unset = UNSET,
        callback_key: str | Unset = UNSET,
        stream_mix_notify_url: str | Unset = UNSET,
        push_exception_notify_url: str | Unset = UNSET,
        audio_audit_notify_url: str | Unset = UNSET,
        record_exception_notify_url: str | Unset = UNSET,
        record_exception_levels: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveCallbackTemplateResponse:
        """创建回调模板，数量上限：50，成功返回模板id后，需要调用CreateLiveCallbackRule接口将模板 ID 绑定到域名/路径使用。

        回调协议相关文档：事件消息通知。

        注意：至少填写一个回调 URL。

        Documented rate limit: 200 requests per second.

        Args:
            template_name: 模板名称。
                长度上限：255字节。
                仅支持中文、英文、数字、_、-。
            description: 描述信息。
                长度上限：1024字节。
                仅支持中文、英文、数字、_、-。
            stream_begin_notify_url: 开播回调 URL，
                相关协议文档：事件消息通知。
            stream_end_notify_url: 断流回调 URL，
                相关协议文档：事件消息通知。
            record_notify_url: 录制文件回调 URL，
                相关协议文档：事件消息通知。
            record_status_notify_url: 录制状态回调 URL ，
                相关协议文档：事件消息通知。
            snapshot_notify_url: 截图回调 URL，
                相关协议文档：事件消息通知。
            porn_censorship_notify_url: 鉴黄回调 URL ，
                相关协议文档：事件消息通知。
            callback_key: 回调 Key，回调 URL 公用，回调签名详见事件消息通知文档。
                事件消息通知。
            stream_mix_notify_url: 参数已弃用。
            push_exception_notify_url: 推流异常回调 URL。
            audio_audit_notify_url: 音频审核回调 URL。
            record_exception_notify_url: 录制异常回调 URL。
            record_exception_levels: 录制异常回调级别，可选择：error、warning、info。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.ConfOutLimit,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter,
            InvalidParameter.ArgsNotMatch, InvalidParameter.COSCustomFileNameError,
            InvalidParameter.InvalidVodFileName, InvalidParameter.UrlNotSafe, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_callback_template import CreateLiveCallbackTemplateRequest

        request = CreateLiveCallbackTemplateRequest(
            template_name=template_name,
            description=description,
            stream_begin_notify_url=stream_begin_notify_url,
            stream_end_notify_url=stream_end_notify_url,
            record_notify_url=record_notify_url,
            record_status_notify_url=record_status_notify_url,
            snapshot_notify_url=snapshot_notify_url,
            porn_censorship_notify_url=porn_censorship_notify_url,
            callback_key=callback_key,
            stream_mix_notify_url=stream_mix_notify_url,
            push_exception_notify_url=push_exception_notify_url,
            audio_audit_notify_url=audio_audit_notify_url,
            record_exception_notify_url=record_exception_notify_url,
            record_exception_levels=record_exception_levels,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_pad_rule(
        self,
        *,
        domain_name: str,
        template_id: int,
        app_name: str | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLivePadRuleResponse:
        """创建直播垫片规则。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 推流域名。
            template_id: 模板 ID。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            stream_name: 流名称。
                注：如果本参数设置为非空字符串，规则将只对此推流起作用。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, FailedOperation.RuleAlreadyExist, InternalError,
            InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InvalidParameter, InvalidParameter.DomainFormatError,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.create_live_pad_rule import CreateLivePadRuleRequest

        request = CreateLivePadRuleRequest(
            domain_name=domain_name,
            template_id=template_id,
            app_name=app_name,
            stream_name=stream_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_pad_template(
        self,
        *,
        template_name: str,
        url: str,
        description: str | Unset = UNSET,
        wait_duration: int | Unset = UNSET,
        max_duration: int | Unset = UNSET,
        type_: Literal[1, 2] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLivePadTemplateResponse:
        """创建直播垫片模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_name: 模板名称。
                长度上限：255字节。
                仅支持中文、英文、数字、_、-。
            url: 垫片内容。
            description: 描述信息。
                长度上限：1024字节。
                仅支持中文、英文、数字、_、-。
            wait_duration: 断流等待时间。
                取值范围：0-30000。
                单位：ms。
            max_duration: 最大垫片时长。
                取值范围：0 - 正无穷。
                单位：ms。
            type_: 垫片内容类型：
                1：图片，2：视频。
                默认值：1。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CallOtherSvrFailed, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.ConfOutLimit,
            InternalError.InvalidInput, InternalError.NotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_pad_template import CreateLivePadTemplateRequest

        request = CreateLivePadTemplateRequest(
            template_name=template_name,
            url=url,
            description=description,
            wait_duration=wait_duration,
            max_duration=max_duration,
            type_=type_,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_pull_stream_task(
        self,
        *,
        source_type: str,
        source_urls: list[str],
        domain_name: str,
        app_name: str,
        stream_name: str,
        start_time: str,
        end_time: str,
        operator: str,
        push_args: str | Unset = UNSET,
        callback_events: list[str] | Unset = UNSET,
        vod_loop_times: str | Unset = UNSET,
        vod_refresh_type: str | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        extra_cmd: str | Unset = UNSET,
        specify_task_id: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        to_url: str | Unset = UNSET,
        file_index: int | Unset = UNSET,
        offset_time: int | Unset = UNSET,
        backup_source_type: str | Unset = UNSET,
        backup_source_url: str | Unset = UNSET,
        watermark_list: list[structures.PullPushWatermarkInfo] | Unset = UNSET,
        vod_local_mode: int | Unset = UNSET,
        record_template_id: str | Unset = UNSET,
        backup_to_url: str | Unset = UNSET,
        transcode_template_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLivePullStreamTaskResponse:
        """创建直播拉流任务。支持将外部已有的点播文件，或者直播源拉取过来转推到指定的目标地址。

        注意：

        1. 默认支持任务数上限200个，如有特殊需求，可通过提单到售后进行评估增加上限。

        2. 源流视频编码目前只支持: H264, H265。其他编码格式建议先进行转码处理。

        3. 源流音频编码目前只支持: AAC。其他编码格式建议先进行转码处理。

        4. 可在控制台开启过期自动清理，避免过期任务占用任务数额度。

        5. 拉流转推功能为计费增值服务，计费规则详情可参见计费文档。

        6. 拉流转推功能仅提供内容拉取与推送服务，请确保内容已获得授权并符合内容传播相关的法律法规。若内容有侵权或违规相关问题，云直播会停止相关的功能服务并保留追究法律责任的权利。

        Documented rate limit: 50 requests per second.

        Args:
            source_type: 拉流源的类型：
                PullLivePushLive -直播，
                PullVodPushLive -点播，
                PullPicPushLive -图片。
            source_urls: 拉流源 url 列表。
                SourceType 为直播（PullLivePushLive）只可以填1个，
                SourceType 为点播（PullVodPushLive）可以填多个，上限30个。
                当前支持的文件格式：flv，mp4，hls。
                当前支持的拉流协议：http，https，rtmp，rtmps，rtsp，srt。
                注意：
                1. 建议优先使用 flv 文件，对于 mp4 未交织好的文件轮播推流易产生卡顿以及因为频繁
                拉取导致源产生大量源出口带宽成本，可通过点播转码进行重新交织后再轮播，或提前创
                建任务并开启本地模式。
                2. 拒绝内网域名等攻击性拉流地址，如有使用，则做账号封禁处理。
                3. 源文件请保持时间戳正常交织递增，避免因源文件异常影响推流及播放。
                4. 视频编码格式仅支持: H264, H265。
                5. 音频编码格式仅支持: AAC。
                6. 点播源请使用小文件，尽量时长保持在1小时内，较大文件打开和续播耗时较久，耗时
                超过15秒会有无法正常转推风险。
                7. 避免使用低频存储的文件，该类文件因低频存储，拉取时容易出现慢速，影响拉转推质
                量。
            domain_name: 推流域名。
                将拉取过来的流推到该域名。
                注意：如果目标地址为非云直播，且样式不同于云直播，请使用 ToUrl 传入完整推流地
                址，详细用法请参考 ToUrl 参数说明。
            app_name: 推流路径。
                将拉取过来的流推到该路径。
            stream_name: 推流名称。
                将拉取过来的流推到该流名称。
            start_time: 开始时间。
                使用 UTC 格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时。
            end_time: 结束时间，注意：1. 结束时间必须大于开始时间；2. 结束时间必须大于当前时间；3. 结
                束时间 和 开始时间 间隔必须小于30天。使用 UTC 格式时间，例如：2019-01-
                08T10:00:00Z。注意：北京时间值为 UTC 时间值 + 8 小时。
            operator: 任务操作人备注。
            push_args: 推流参数。
                推流时携带自定义参数。
                示例：
                bak=1&test=2 。
            callback_events: 选择需要回调的事件（不填则回调全部）：
                TaskStart：任务启动回调，
                TaskExit：任务停止回调，
                VodSourceFileStart：从点播源文件开始拉流回调，
                VodSourceFileFinish：从点播源文件拉流结束回调，
                ResetTaskConfig：任务更新回调。
                TaskAlarm: 用于告警事件通知，AlarmType 示例:
                PullFileUnstable - 文件拉取不稳定，
                PushStreamUnstable - 推流不稳定，
                PullFileFailed - 文件拉取出错，
                PushStreamFailed - 推流出现失败，
                FileEndEarly - 文件提前结束。
            vod_loop_times: 点播拉流转推循环次数。默认：-1。
                -1：无限循环，直到任务结束。
                0：不循环。
                >0：具体循环次数。次数和时间以先结束的为准。
                注意：该配置仅对拉流源为点播时生效。
            vod_refresh_type: 点播更新SourceUrls后的播放方式：
                ImmediateNewSource：立即播放新的拉流源内容；
                ContinueBreakPoint：播放完当前正在播放的点播 url 后再使用新的拉流源播放。
                （旧拉流源未播放的点播 url 不会再播放）
                注意：该配置生效仅对变更前拉流源为点播时生效。
            callback_url: 自定义回调地址。
                拉流转推任务相关事件会回调到该地址。
                回调事件使用方法请查看：
                https://cloud.tencent.com/document/product/267/32744
                https://cloud.tencent.com/document/product/267/56208
            extra_cmd: 其他参数。
                示例: ignore_region 用于忽略传入地域, 内部按负载分配。
            specify_task_id: 自定义任务 ID。
                注：
                1. 该自定义 ID 为可选参数，如果传入，请确保该账号下传入的 ID 唯一。
                2. 该自定义 ID 用于防止重复发起请求时产生重复任务。后面也可以用 SpecifyTaskId
                来修改或删除任务。
            comment: 任务描述，限制 512 字节。
            to_url: 完整目标 URL 地址。
                用法注意：如果使用该参数来传完整目标地址，则 DomainName, AppName,
                StreamName 需要传入空字符串，任务将会使用该 ToUrl 参数指定的目标地址。
                使用该方式传入目标地址支持的协议有：
                rtmp、rtmps、rtsp、rtp、srt。
                注意：签名时间需要超过任务结束时间，避免因签名过期造成任务失败。
            file_index: 指定播放文件索引。
                注意： 1. 从1开始，不大于SourceUrls中文件个数。
                2. 该偏移仅在首次轮播时有效。
                3. 提前创建的任务指定的偏移最长有效期为24小时，24小时后未开始的任务偏移失效。
            offset_time: 指定播放文件偏移。
                注意：
                1. 单位：秒，配合FileIndex使用。
            backup_source_type: 备源的类型：
                PullLivePushLive -直播，
                PullVodPushLive -点播。
                注意：
                1. 仅当主源类型为直播源时，备源才会生效。
                2. 主直播源拉流中断时，自动使用备源进行拉流。
                3. 如果备源为点播文件时，则每次轮播完点播文件就检查主源是否恢复，如果主源恢复则
                自动切回到主源，否则继续拉备源。
            backup_source_url: 备源 URL。
                只允许填一个备源 URL
            watermark_list: 水印信息列表。
                注意：
                1. 最多支持4个不同位置的水印。
                2. 水印图片 URL 请使用合法外网可访问地址。
                3. 支持的水印图片格式：png，jpg，gif 等。
            vod_local_mode: 点播源是否启用本地推流模式，默认0，不启用。
                0 - 不启用。
                1 - 启用。
                注意：启用本地模式后，会将源列表中的 MP4 文件进行本地下载，优先使用本地已下载
                文件进行推流，提高点播源推流稳定性。使用本地下载文件推流时，会产生增值费用。
            record_template_id: 录制模板 ID。
            backup_to_url: 新的目标地址，用于任务同时推两路场景。
            transcode_template_name: 直播转码模板，使用云直播的转码功能进行转码后再转推出去。转码模板需在云直播控制
                台创建。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InvalidParameter,
            InvalidParameter.InvalidBackupToUrl, InvalidParameter.InvalidCallbackUrl,
            InvalidParameter.InvalidMixInputParam, InvalidParameter.InvalidOutputParam,
            InvalidParameter.InvalidSourceUrl, InvalidParameter.InvalidTaskTime,
            InvalidParameter.InvalidToUrl, InvalidParameter.InvalidWatermark, InvalidParameter.TaskNotExist,
            InvalidParameter.TaskNumMoreThanLimit, InvalidParameter.ToUrlNoPermission,
            InvalidParameterValue, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist.
        """
        from .models.create_live_pull_stream_task import CreateLivePullStreamTaskRequest

        request = CreateLivePullStreamTaskRequest(
            source_type=source_type,
            source_urls=source_urls,
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
            start_time=start_time,
            end_time=end_time,
            operator=operator,
            push_args=push_args,
            callback_events=callback_events,
            vod_loop_times=vod_loop_times,
            vod_refresh_type=vod_refresh_type,
            callback_url=callback_url,
            extra_cmd=extra_cmd,
            specify_task_id=specify_task_id,
            comment=comment,
            to_url=to_url,
            file_index=file_index,
            offset_time=offset_time,
            backup_source_type=backup_source_type,
            backup_source_url=backup_source_url,
            watermark_list=watermark_list,
            vod_local_mode=vod_local_mode,
            record_template_id=record_template_id,
            backup_to_url=backup_to_url,
            transcode_template_name=transcode_template_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_record(
        self,
        *,
        stream_name: str,
        app_name: str | Unset = UNSET,
        domain_name: str | Unset = UNSET,
        start_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
        record_type: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        highlight: Literal[0, 1] | Unset = UNSET,
        mix_stream: Literal[0, 1] | Unset = UNSET,
        stream_param: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveRecordResponse:
        """• Prerequisites

        1. Recording files are stored on the VOD platform, so if you need to use the recording feature, you must first activate the VOD service.

        2. After the recording files are stored, applicable fees (including storage fees and downstream playback traffic fees) will be charged according to the VOD billing mode. For more information, please see the corresponding document.

        • Mode description
        This API supports two recording modes:

        1. Scheduled recording mode (default mode).
        The start time and end time need to be passed in, according to which the recording task will start and end automatically. Before the set end time expires (provided that StopLiveRecord is not called to terminate the task prematurely), the recording task is valid and will be started even after the push is interrupted and restarted multiple times.

        2. Real-time video recording mode.
        The start time passed in will be ignored, and recording will be started immediately after the recording task is created. The recording duration can be up to 30 minutes. If the end time passed in is more than 30 minutes after the current time, it will be counted as 30 minutes. Real-time video recording is mainly used for recording highlight scenes, and you are recommended to keep the duration within 5 minutes.

        • Precautions

        1. The API call timeout period should be set to more than 3 seconds; otherwise, retries and calls by different start/end time values may result in repeated recording tasks and thus incur additional recording fees.

        2. Subject to the audio and video file formats (FLV/MP4/HLS), the video codec of H.264 and audio codec of AAC are supported.

        3. In order to avoid malicious or unintended frequent API requests, the maximum number of tasks that can be created in scheduled recording mode is limited: up to 4,000 tasks can be created per day (excluding deleted ones), and up to 400 ones can run concurrently. If you need a higher upper limit, please submit a ticket for application.

        4. This calling method does not support recording streams outside Mainland China for the time being.

        Deprecated: listed as offline in the API overview: 创建录制任务(已废弃,请使用新接口); the documents name no replacement.

        Documented rate limit: 500 requests per second.

        Args:
            stream_name: Stream name.
            app_name: Push path, which is the same as the AppName in push and playback addresses and is live
                by default.
            domain_name: Push domain name. This parameter must be set for multi-domain name push.
            start_time: Recording start time, which is China standard time and should be URL-encoded
                (RFC3986). For example, the encoding of 2017-01-01 10:10:01 is 2017-01-01+10%3a10%3a01.
                In scheduled recording mode, this field must be set; in real-time video recording mode, this
                field is ignored.
            end_time: Recording end time, which is China standard time and should be URL-encoded (RFC3986).
                For example, the encoding of 2017-01-01 10:30:01 is 2017-01-01+10%3a30%3a01.
                In scheduled recording mode, this field must be set; in real-time video recording mode, this
                field is optional. If the recording is set to real-time video recording mode through the
                Highlight parameter, the set end time should not be more than 30 minutes after the current
                time. If the set end time is more than 30 minutes after the current time, earlier than the
                current time, or left empty, the actual end time will be 30 minutes after the current time.
            record_type: Recording type.
                "video": Audio-video recording (default).
                "audio": audio recording.
                In both scheduled and real-time video recording modes, this parameter is valid and is not
                case sensitive.
            file_format: Recording file format. Valid values:
                "flv" (default), "hls", "mp4", "aac", "mp3".
                In both scheduled and real-time video recording modes, this parameter is valid and is not
                case sensitive.
            highlight: Mark for enabling real-time video recording mode.
                0: Real-time video recording mode is not enabled, i.e., the scheduled recording mode is used
                (default). See Sample 1.
                1: Real-time video recording mode is enabled. See Sample 2.
            mix_stream: Flag for enabling A+B=C mixed stream recording.
                0: A+B=C mixed stream recording is not enabled (default).
                1: A+B=C mixed stream recording is enabled.
                In both scheduled and real-time video recording modes, this parameter is valid.
            stream_param: Recording stream parameter. The following parameters are supported currently:
                record_interval: recording interval in seconds. Value range: 1800-7200.
                storage_time: recording file storage duration in seconds.
                Note: the parameter needs to be URL-encoded.
                In both scheduled and real-time video recording modes, this parameter is valid.
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            InvalidParameterValue, LimitExceeded.MaximumRunningTask, LimitExceeded.MaximumTask,
            ResourceNotFound.ChannelNotExist, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceUnavailable.InvalidVodStatus,
            ResourceUnavailable.StreamNotExist.
        """
        from .models.create_live_record import CreateLiveRecordRequest

        deprecated("CreateLiveRecord", None, "listed as offline in the API overview: 创建录制任务(已废弃,请使用新接口)")
        request = CreateLiveRecordRequest(
            stream_name=stream_name,
            app_name=app_name,
            domain_name=domain_name,
            start_time=start_time,
            end_time=end_time,
            record_type=record_type,
            file_format=file_format,
            highlight=highlight,
            mix_stream=mix_stream,
            stream_param=stream_param,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_record_rule(
        self,
        *,
        domain_name: str,
        template_id: int,
        app_name: str | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveRecordRuleResponse:
        """创建录制规则，需要先调用CreateLiveRecordTemplate接口创建录制模板，将返回的模板id绑定到流使用。

        录制相关文档：直播录制。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            template_id: 模板 ID。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            stream_name: 流名称。
                注：如果本参数设置为非空字符串，规则将只对此推流起作用。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.RuleAlreadyExist, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InvalidParameter, InvalidParameter.ConfNotFound, InvalidParameter.DomainFormatError,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.create_live_record_rule import CreateLiveRecordRuleRequest

        request = CreateLiveRecordRuleRequest(
            domain_name=domain_name,
            template_id=template_id,
            app_name=app_name,
            stream_name=stream_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_record_template(
        self,
        *,
        template_name: str,
        description: str | Unset = UNSET,
        flv_param: structures.RecordParam | Unset = UNSET,
        hls_param: structures.RecordParam | Unset = UNSET,
        mp4_param: structures.RecordParam | Unset = UNSET,
        aac_param: structures.RecordParam | Unset = UNSET,
        is_delay_live: int | Unset = UNSET,
        hls_special_param: structures.HlsSpecialParam | Unset = UNSET,
        mp3_param: structures.RecordParam | Unset = UNSET,
        cos_store: int | Unset = UNSET,
        remove_watermark: bool | Unset = UNSET,
        flv_special_param: structures.FlvSpecialParam | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveRecordTemplateResponse:
        """创建录制模板，数量上限：50，成功返回模板id后，需要调用CreateLiveRecordRule接口，将模板id绑定到流进行使用。

        录制相关文档：直播录制。

        Documented rate limit: 200 requests per second.

        Args:
            template_name: 模板名。仅支持中文、英文、数字、_、-。
            description: 描述信息。
            flv_param: Flv录制参数，开启Flv录制时设置。
            hls_param: Hls录制参数，开启hls录制时设置。
            mp4_param: Mp4录制参数，开启Mp4录制时设置。
            aac_param: Aac录制参数，开启Aac录制时设置。
            is_delay_live: 直播类型，默认 0。
                0：普通直播，
                1：慢直播。
            hls_special_param: HLS专属录制参数。
            mp3_param: Mp3录制参数，开启Mp3录制时设置。
            cos_store: 是否存储至 cos，值为 1 时表示存储至 cos。
            remove_watermark: 是否去除水印，类型为慢直播时此参数无效。
                如果为false，则录制水印流或转码流；如果为true，则录制原始流。
            flv_special_param: FLV 录制特殊参数。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.ConfOutLimit, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InvalidParameter, InvalidParameter.InvalidVodFileName,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_record_template import CreateLiveRecordTemplateRequest

        request = CreateLiveRecordTemplateRequest(
            template_name=template_name,
            description=description,
            flv_param=flv_param,
            hls_param=hls_param,
            mp4_param=mp4_param,
            aac_param=aac_param,
            is_delay_live=is_delay_live,
            hls_special_param=hls_special_param,
            mp3_param=mp3_param,
            cos_store=cos_store,
            remove_watermark=remove_watermark,
            flv_special_param=flv_special_param,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_snapshot_rule(
        self,
        *,
        domain_name: str,
        template_id: int,
        app_name: str | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveSnapshotRuleResponse:
        """创建截图规则，需要先调用CreateLiveSnapshotTemplate接口创建截图模板，然后将返回的模板 ID 绑定到流进行使用。

        截图相关文档：直播截图。

        注意：单个域名仅支持关联一个截图模板。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            template_id: 模板 ID。
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
            stream_name: 流名称。
                注：如果本参数设置为非空字符串，规则将只对此推流起作用。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.RuleAlreadyExist, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InvalidParameter, InvalidParameter.ConfNotFound,
            InvalidParameter.DomainFormatError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.create_live_snapshot_rule import CreateLiveSnapshotRuleRequest

        request = CreateLiveSnapshotRuleRequest(
            domain_name=domain_name,
            template_id=template_id,
            app_name=app_name,
            stream_name=stream_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_snapshot_template(
        self,
        *,
        template_name: str,
        cos_app_id: int,
        cos_bucket: str,
        cos_region: str,
        description: str | Unset = UNSET,
        snapshot_interval: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        porn_flag: Literal[0, 1] | Unset = UNSET,
        cos_prefix: str | Unset = UNSET,
        cos_file_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveSnapshotTemplateResponse:
        """创建截图模板，数量上限：50，成功返回模板id后，需要调用CreateLiveSnapshotRule接口，将模板id绑定到流使用。

        截图相关文档：直播截图。

        Documented rate limit: 200 requests per second.

        Args:
            template_name: 模板名称。
                长度上限：255字节。
                仅支持中文、英文、数字、_、-。
            cos_app_id: Cos 应用 ID。
            cos_bucket: Cos Bucket名称。
                注：CosBucket参数值不能包含-[appid] 部分。
            cos_region: Cos地区。
            description: 描述信息。
                长度上限：1024字节。
                仅支持中文、英文、数字、_、-。
            snapshot_interval: 截图间隔，单位s，默认10s。
                范围： 2s ~ 300s。
            width: 截图宽度。默认：0（原始宽）。
                范围：0-3000 。
            height: 截图高度。默认：0（原始高）。
                范围：0-2000 。
            porn_flag: 是否开启鉴黄，0：不开启，1：开启。默认：0。
            cos_prefix: Cos Bucket文件夹前缀。
                如不传，实际按默认值
                /{Year}-{Month}-{Day}
                生效
            cos_file_name: Cos 文件名称。
                如不传，实际按默认值
                {StreamID}-screenshot-{Hour}-{Minute}-{Second}-{Width}x{Height}{Ext}
                生效
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CallOtherSvrFailed, FailedOperation.CosBucketNotExist,
            FailedOperation.CosBucketNotPermission, FailedOperation.CosRoleNotExists, InternalError,
            InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.ConfOutLimit, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.COSCustomFileNameError, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_snapshot_template import CreateLiveSnapshotTemplateRequest

        request = CreateLiveSnapshotTemplateRequest(
            template_name=template_name,
            cos_app_id=cos_app_id,
            cos_bucket=cos_bucket,
            cos_region=cos_region,
            description=description,
            snapshot_interval=snapshot_interval,
            width=width,
            height=height,
            porn_flag=porn_flag,
            cos_prefix=cos_prefix,
            cos_file_name=cos_file_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_stream_monitor(
        self,
        *,
        output_info: structures.LiveStreamMonitorOutputInfo,
        input_list: list[structures.LiveStreamMonitorInputInfo],
        monitor_name: str | Unset = UNSET,
        notify_policy: structures.LiveStreamMonitorNotifyPolicy | Unset = UNSET,
        asr_language: int | Unset = UNSET,
        ocr_language: int | Unset = UNSET,
        ai_asr_input_index_list: list[int] | Unset = UNSET,
        ai_ocr_input_index_list: list[int] | Unset = UNSET,
        check_stream_broken: int | Unset = UNSET,
        check_stream_low_frame_rate: int | Unset = UNSET,
        allow_monitor_report: int | Unset = UNSET,
        ai_format_diagnose: int | Unset = UNSET,
        ai_quality_control: int | Unset = UNSET,
        caster_id: str | Unset = UNSET,
        pull_push_task_id: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveStreamMonitorResponse:
        """该接口用来创建直播流监播任务。

        Documented rate limit: 20 requests per second.

        Args:
            output_info: 监播任务的输出信息。
            input_list: 待监播的输入流信息列表。
            monitor_name: 监播任务名称。字段长度小于128字节（一个汉字两个字节）。
            notify_policy: 监播事件通知策略。
                不填默认为没有任何通知。
            asr_language: 智能语音识别语种设置：
                0 关闭 1 中文 2 英文 3 日文 4 韩文。
            ocr_language: 智能文字识别语种设置：
                0 关闭 1 中、英文。
            ai_asr_input_index_list: 智能语音识别的输入列表，若开启语音识别则必填。
                （第1条输入流index为1）
            ai_ocr_input_index_list: 智能文字识别的输入列表，若开启文字识别则必填。
                （第1条输入流index为1）
            check_stream_broken: 是否开启断流检测。
            check_stream_low_frame_rate: 是否开启低帧率检测。
            allow_monitor_report: 是否存储监播事件到监播报告，以及是否允许查询监播报告。
            ai_format_diagnose: 是否开启格式诊断。
            ai_quality_control: 是否开启内容质检。
            caster_id: 导播台监播对应的导播台场次id。
            pull_push_task_id: 拉流转推监播任务对应的拉流转推场次id
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, FailedOperation.ConflictAction,
            FailedOperation.DatabaseNotAccessible, FailedOperation.InputStreamMixTypeNotAccessible,
            FailedOperation.MonitorIsActive, FailedOperation.MonitorLimitExceeded,
            FailedOperation.MonitorNotExist, FailedOperation.RelateServerNotAccessible,
            FailedOperation.RelatedRunningMonitorLimitExceeded, FailedOperation.StartTaskFailed,
            FailedOperation.StopTaskFailed, InternalError, InvalidParameter.NotAllowUseLVB,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.create_live_stream_monitor import CreateLiveStreamMonitorRequest

        request = CreateLiveStreamMonitorRequest(
            output_info=output_info,
            input_list=input_list,
            monitor_name=monitor_name,
            notify_policy=notify_policy,
            asr_language=asr_language,
            ocr_language=ocr_language,
            ai_asr_input_index_list=ai_asr_input_index_list,
            ai_ocr_input_index_list=ai_ocr_input_index_list,
            check_stream_broken=check_stream_broken,
            check_stream_low_frame_rate=check_stream_low_frame_rate,
            allow_monitor_report=allow_monitor_report,
            ai_format_diagnose=ai_format_diagnose,
            ai_quality_control=ai_quality_control,
            caster_id=caster_id,
            pull_push_task_id=pull_push_task_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_time_shift_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveTimeShiftRuleResponse:
        """创建直播时移规则，需要先调用CreateLiveTimeShiftTemplate接口创建直播时移模板，将返回的模板id绑定到流使用。

        直播时移相关文档：直播时移。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。注：如果需要对所有AppName生效，可填写“*”。
            stream_name: 流名称。注：如果本参数设置为非空字符串，规则将只对此推流起作用。如果需要对所有StreamName生效，可填
                写“*”。
            template_id: 模板 ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.RuleAlreadyExist, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InvalidParameter, InvalidParameter.DomainFormatError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.create_live_time_shift_rule import CreateLiveTimeShiftRuleRequest

        request = CreateLiveTimeShiftRuleRequest(
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
            template_id=template_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_time_shift_template(
        self,
        *,
        template_name: str,
        duration: int,
        description: str | Unset = UNSET,
        area: str | Unset = UNSET,
        item_duration: int | Unset = UNSET,
        remove_watermark: bool | Unset = UNSET,
        transcode_template_ids: list[int] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveTimeShiftTemplateResponse:
        """创建直播时移模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_name: 模板名称。
                长度上限：255字节。
                仅支持中文、英文、数字、_、-。
            duration: 时移时长。
                单位：s。
            description: 描述信息。
                仅支持中文、英文、数字、_、-。
            area: 地域。
                Mainland：中国大陆。
                Overseas：海外及港澳台地区。
                默认值：Mainland。
            item_duration: 分片时长。
                可取3-10。
                单位：s。
                默认值：5。
            remove_watermark: 是否去除水印。
                传true则将录制原始流。
                默认值：false。
            transcode_template_ids: 转码流id列表。
                此参数仅在 RemoveWatermark为false时生效。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CallOtherSvrFailed, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.ConfOutLimit,
            InternalError.InvalidInput, InternalError.NotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_time_shift_template import CreateLiveTimeShiftTemplateRequest

        request = CreateLiveTimeShiftTemplateRequest(
            template_name=template_name,
            duration=duration,
            description=description,
            area=area,
            item_duration=item_duration,
            remove_watermark=remove_watermark,
            transcode_template_ids=transcode_template_ids,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_transcode_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveTranscodeRuleResponse:
        """创建转码规则，数量上限：50，需要先调用CreateLiveTranscodeTemplate接口创建转码模板，将返回的模板id绑定到流使用。

        转码相关文档：直播转封装及转码。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 播放域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致。如果只绑定域名，则此处填""。
            stream_name: 流名称。已废弃该字段，请传入空字符串。
            template_id: 指定已有的模板Id。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.RuleAlreadyExist, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InternalError.RuleOutLimit, InvalidParameter,
            InvalidParameter.ConfNotFound, InvalidParameter.DomainFormatError, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_transcode_rule import CreateLiveTranscodeRuleRequest

        request = CreateLiveTranscodeRuleRequest(
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
            template_id=template_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_transcode_template(
        self,
        *,
        template_name: str,
        video_bitrate: int,
        acodec: str | Unset = UNSET,
        audio_bitrate: int | Unset = UNSET,
        vcodec: str | Unset = UNSET,
        description: str | Unset = UNSET,
        need_video: Literal[0, 1] | Unset = UNSET,
        width: int | Unset = UNSET,
        need_audio: Literal[0, 1] | Unset = UNSET,
        height: int | Unset = UNSET,
        fps: int | Unset = UNSET,
        gop: int | Unset = UNSET,
        rotate: Literal[0, 90, 180, 270] | Unset = UNSET,
        profile: str | Unset = UNSET,
        bitrate_to_orig: Literal[0, 1] | Unset = UNSET,
        height_to_orig: Literal[0, 1] | Unset = UNSET,
        fps_to_orig: Literal[0, 1] | Unset = UNSET,
        ai_trans_code: Literal[0, 1] | Unset = UNSET,
        adapt_bitrate_percent: float | Unset = UNSET,
        short_edge_as_height: Literal[0, 1] | Unset = UNSET,
        drm_type: Literal["fairplay", "normalaes", "widevine", ""] | Unset = UNSET,
        drm_tracks: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveTranscodeTemplateResponse:
        """创建转码模板，数量上限：50，成功返回模板id后，需要调用CreateLiveTranscodeRule接口，将返回的模板id绑定到流使用。

        转码相关文档：直播转封装及转码。

        Documented rate limit: 200 requests per second.

        Args:
            template_name: 模板名称，例： 900p 仅支持字母和数字的组合。
                长度限制：
                标准转码：1-10个字符
                极速高清转码：3-10个字符
            video_bitrate: 视频码率。范围：0kbps - 8000kbps。
                0为保持原始码率。
                注: 转码模板有码率唯一要求，最终保存的码率可能与输入码率有所差别。
            acodec: 音频编码：aac，默认aac。
                注意：当前该参数未生效，待后续支持！
            audio_bitrate: 音频码率，默认0。
                范围：0-500。
            vcodec: 视频编码：h264/h265/origin，默认origin。
                origin: 保持原始编码格式
            description: 模板描述。
            need_video: 是否保留视频，0：否，1：是。默认1。
            width: 宽，默认0。
                范围[0-3000]
                数值必须是2的倍数，0是原始宽度
            need_audio: 是否保留音频，0：否，1：是。默认1。
            height: 高，默认0。
                范围[0-3000]
                数值必须是2的倍数，0是原始高度。
                极速高清模板（AiTransCode = 1 的时候）必须传。
            fps: 帧率，默认0。
                范围0-60fps
            gop: 关键帧间隔，单位：秒。
                默认原始的间隔
                范围2-6
            rotate: 旋转角度，默认0。
                可取值：0，90，180，270
            profile: 编码质量：
                baseline/main/high。默认baseline
            bitrate_to_orig: 当设置的码率>原始码率时，是否以原始码率为准。
                0：否， 1：是
                默认 0。
            height_to_orig: 当设置的高度>原始高度时，是否以原始高度为准。
                0：否， 1：是
                默认 0。
            fps_to_orig: 当设置的帧率>原始帧率时，是否以原始帧率为准。
                0：否， 1：是
                默认 0。
            ai_trans_code: 是否是极速高清模板，0：否，1：是。默认0。
            adapt_bitrate_percent: 极速高清视频码率压缩比。
                极速高清目标码率=VideoBitrate * (1-AdaptBitratePercent)
                取值范围：0.0到0.5
            short_edge_as_height: 是否以短边作为高度，0：否，1：是。默认0。
            drm_type: DRM 加密类型，可选值：fairplay、normalaes、widevine。
                不传递或者为空字符串，清空之前的DRM配置。
            drm_tracks: DRM 加密项，可选值：AUDIO、SD、HD、UHD1、UHD2，后四个为一组，同组中的内容只能选一个。
                不传递或者为空字符串，清空之前的DRM配置。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.AiTranscodeOptionFail, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.ConfOutLimit, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.ProcessorAlreadyExist, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InvalidParameter, InvalidParameter.ArgsNotMatch,
            InvalidParameter.GopMustEqualAndExists, InvalidParameter.ProcessorAlreadyExist,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_transcode_template import CreateLiveTranscodeTemplateRequest

        request = CreateLiveTranscodeTemplateRequest(
            template_name=template_name,
            video_bitrate=video_bitrate,
            acodec=acodec,
            audio_bitrate=audio_bitrate,
            vcodec=vcodec,
            description=description,
            need_video=need_video,
            width=width,
            need_audio=need_audio,
            height=height,
            fps=fps,
            gop=gop,
            rotate=rotate,
            profile=profile,
            bitrate_to_orig=bitrate_to_orig,
            height_to_orig=height_to_orig,
            fps_to_orig=fps_to_orig,
            ai_trans_code=ai_trans_code,
            adapt_bitrate_percent=adapt_bitrate_percent,
            short_edge_as_height=short_edge_as_height,
            drm_type=drm_type,
            drm_tracks=drm_tracks,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_live_watermark_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateLiveWatermarkRuleResponse:
        """创建水印规则，需要先调用AddLiveWatermark接口添加水印，将返回的水印id绑定到流使用。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为live。
            stream_name: 流名称。
            template_id: 水印Id，即调用AddLiveWatermark接口返回的WatermarkId。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.RuleAlreadyExist, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InvalidParameter, InvalidParameter.ConfNotFound,
            InvalidParameter.DomainFormatError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_watermark_rule import CreateLiveWatermarkRuleRequest

        request = CreateLiveWatermarkRuleRequest(
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
            template_id=template_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_pull_stream_config(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface CreatePullStreamConfig: use CreateLivePullStreamTask (client.create_live_pull_stream_task).

        添加拉流配置(该接口已下线,请使用新接口 CreateLivePullStreamTask)

        The documents describe no parameters; call it with client.call('CreatePullStreamConfig', {...}).
        """
        offline(
            "CreatePullStreamConfig",
            "CreateLivePullStreamTask (client.create_live_pull_stream_task)",
            "listed as offline in the API overview: 添加拉流配置(该接口已下线,请使用新接口 CreateLivePullStreamTask)",
        )

    async def create_record(
        self,
        *,
        channel_id: str,
        start_time: str,
        end_time: str,
        tape_type: Literal[1, 0],
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateRecordResponse:
        """说明：

        录制文件存放于云点播平台。用户如需使用录制功能，需首先自行开通云点播服务。录制文件存放后，相关费用（含存储以及下行播放流量）按照云点播平台计费方式收取，请参见 价格总览 。

        注意：

        调用接口超时设置应大于3秒，小于3秒重试以及频繁调用都有可能产生重复录制任务。

        Deprecated: 请使用新的创建录制任务接口。; use CreateRecordTask (client.create_record_task).

        Args:
            channel_id: 频道 ID。
            start_time: 开始时间，中国标准时间，需要 URLEncode。如 2017-01-01 10:10:01，编码为：2017-01-
                01+10%3a10%3a01。
            end_time: 结束时间，中国标准时间，需要 URLEncode。如 2017-01-01 10:30:01，编码为：2017-01-
                01+10%3a30%3a01。
            tape_type: 是否开启实时视频录制。1：开启；0：关闭，推荐使用实时视频录制。
                a. 实时视频录制创建成功依赖主播活跃推流，调用接口成功则同步开始录制，并忽略任务开始时间参数。
                b. 实时视频录制任务时长支持最大为30分钟，如果传入任务结束时间与当前时间差大于30分钟，则按30分钟
                计算。录制时长建议控制在5分钟以内。
                c. 如果关闭实时录制，则需要传入任务开始时间参数，且结束时间与开始时间差不大于1天。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.create_record import CreateRecordRequest

        deprecated("CreateRecord", "CreateRecordTask (client.create_record_task)", "请使用新的创建录制任务接口。")
        request = CreateRecordRequest(
            channel_id=channel_id,
            start_time=start_time,
            end_time=end_time,
            tape_type=tape_type,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_record_task(
        self,
        *,
        stream_name: str,
        domain_name: str,
        app_name: str,
        end_time: int,
        start_time: int | Unset = UNSET,
        stream_type: int | Unset = UNSET,
        template_id: int | Unset = UNSET,
        extension: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateRecordTaskResponse:
        """创建一个在指定时间启动、结束的录制任务，并使用指定录制模板ID对应的配置进行录制。

        使用前提

        录制文件存放于点播平台或对象存储内，所以用户如需使用录制功能，需首先自行开通点播服务或对象存储服务。

        录制文件存放后相关费用（含存储以及下行播放流量）按照点播平台计费方式收取，具体请参考对应文档。

        注意事项

        断流会结束当前录制并生成录制文件。在结束时间到达之前任务仍然有效，期间只要正常推流都会正常录制，与是否多次推、断流无关。

        使用上避免创建时间段相互重叠的录制任务。若同一条流当前存在多个时段重叠的任务，为避免重复录制系统将启动最多3个录制任务。

        创建的录制任务记录在平台侧只保留3个月。

        当前录制任务管理API（CreateRecordTask/StopRecordTask/DeleteRecordTask）与旧API

        （CreateLiveRecord/StopLiveRecord/DeleteLiveRecord）不兼容，两套接口不能混用。

        避免 创建录制任务 与 推流 操作同时进行，可能导致因录制任务未生效而引起任务延迟启动问题，两者操作间隔建议大于3秒。

        Documented rate limit: 20 requests per second.

        Args:
            stream_name: 流名称。
            domain_name: 推流域名。
            app_name: 推流路径。
            end_time: 录制任务结束时间，Unix时间戳。设置时间必须大于StartTime及当前时间，且小于当前时间+7天。
            start_time: 录制任务开始时间，Unix时间戳。如果不填表示立即启动录制。EndTime - StartTime不能超过24小时。
            stream_type: 推流类型，默认0。取值：
                0-直播推流。
                1-合成流，即 A+B=C 类型混流。
            template_id: 录制模板ID，CreateLiveRecordTemplate 返回值。如果不填或者传入错误ID，则默认录制HLS格式、永久存储。
            extension: 扩展字段，暂无定义。默认为空。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            LimitExceeded.MaximumRunningTask, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceUnavailable.InvalidVodStatus, UnsupportedOperation.
        """
        from .models.create_record_task import CreateRecordTaskRequest

        request = CreateRecordTaskRequest(
            stream_name=stream_name,
            domain_name=domain_name,
            app_name=app_name,
            end_time=end_time,
            start_time=start_time,
            stream_type=stream_type,
            template_id=template_id,
            extension=extension,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def create_screenshot_task(
        self,
        *,
        stream_name: str,
        domain_name: str,
        app_name: str,
        end_time: int,
        template_id: int,
        start_time: int | Unset = UNSET,
        stream_type: int | Unset = UNSET,
        extension: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.CreateScreenshotTaskResponse:
        """创建一个在指定时间启动、结束的截图任务，并使用指定截图模板ID对应的配置进行截图。

        注意事项

        断流会结束当前截图。在结束时间到达之前任务仍然有效，期间只要正常推流都会正常截图，与是否多次推、断流无关。

        使用上避免创建时间段相互重叠的截图任务。若同一条流当前存在多个时段重叠的任务，为避免重复系统将启动最多3个截图任务。

        创建的截图任务记录在平台侧只保留3个月。

        当前截图任务管理API（CreateScreenshotTask/StopScreenshotTask/DeleteScreenshotTask）与旧API

        （CreateLiveInstantSnapshot/StopLiveInstantSnapshot）不兼容，两套接口不能混用。

        避免 创建截图任务 与 推流 操作同时进行，可能导致因截图任务未生效而引起任务延迟启动问题，两者操作间隔建议大于3秒。

        Documented rate limit: 20 requests per second.

        Args:
            stream_name: 流名称。
            domain_name: 推流域名。
            app_name: 推流路径。
            end_time: 截图任务结束时间，Unix时间戳。设置时间必须大于StartTime及当前时间，且小于当前时间+7天。
            template_id: 截图模板ID，CreateLiveSnapshotTemplate 返回值。如果传入错误ID，则不拉起截图。
            start_time: 截图任务开始时间，Unix时间戳。如果不填表示立即启动截图。EndTime - StartTime不能超过24小时。
            stream_type: 推流类型，默认0。取值：
                0-直播推流。
                1-合成流，即 A+B=C 类型混流。
            extension: 扩展字段，暂无定义。默认为空。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            LimitExceeded.MaximumRunningTask, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.create_screenshot_task import CreateScreenshotTaskRequest

        request = CreateScreenshotTaskRequest(
            stream_name=stream_name,
            domain_name=domain_name,
            app_name=app_name,
            end_time=end_time,
            template_id=template_id,
            start_time=start_time,
            stream_type=stream_type,
            extension=extension,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def delete_caster(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteCasterResponse:
        """该接口用来删除一个导播台的所有信息。

        注意，调用该接口后，所有的导播台信息将被清除，包括正在直播的内容也将直接中断。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 待删除的导播台ID
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterBinded, FailedOperation.CasterNotFound,
            FailedOperation.StopCasterTaskFailed, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.delete_caster import DeleteCasterRequest

        request = DeleteCasterRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_caster_input_info(
        self,
        *,
        caster_id: int,
        input_index: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteCasterInputInfoResponse:
        """该接口用来删除导播台中的输入源信息。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            input_index: 导播台输入Index。
                范围[0,20]
                注：该Index对应的输入源需存在。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterExpired, FailedOperation.CasterNotFound,
            FailedOperation.InputUsedInAutoCast, FailedOperation.InputUsedInLayout,
            FailedOperation.InputUsedInPgm, FailedOperation.InputUsedInPvw, FailedOperation.StartPullFailed,
            FailedOperation.StopPullFailed, InternalError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.delete_caster_input_info import DeleteCasterInputInfoRequest

        request = DeleteCasterInputInfoRequest(caster_id=caster_id, input_index=input_index, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_caster_layout_info(
        self,
        *,
        caster_id: int,
        layout_index: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteCasterLayoutInfoResponse:
        """该接口用来将布局信息从导播台中删除

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            layout_index: 要删除的布局Index。
                注：待删除的Index对应的布局需存在。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.LayoutUsedInAutoCast,
            FailedOperation.LayoutUsedInPgm, FailedOperation.LayoutUsedInPvw, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.delete_caster_layout_info import DeleteCasterLayoutInfoRequest

        request = DeleteCasterLayoutInfoRequest(caster_id=caster_id, layout_index=layout_index, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_caster_mark_pic_info(
        self,
        *,
        caster_id: int,
        mark_pic_index: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteCasterMarkPicInfoResponse:
        """该接口用来删除导播台某个Index对应的水印。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_pic_index: 需要删除的水印Index。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.LayoutUsedInPgm,
            FailedOperation.LayoutUsedInPvw, FailedOperation.MarkPicUsedInAutoCast, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.delete_caster_mark_pic_info import DeleteCasterMarkPicInfoRequest

        request = DeleteCasterMarkPicInfoRequest(
            caster_id=caster_id, mark_pic_index=mark_pic_index, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def delete_caster_mark_word_info(
        self,
        *,
        caster_id: int,
        mark_word_index: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteCasterMarkWordInfoResponse:
        """该接口用来删除导播台的文本配置。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_word_index: 需要删除的文字水印Index。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.LayoutUsedInPgm,
            FailedOperation.LayoutUsedInPvw, FailedOperation.MarkWordUsedInAutoCast, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.delete_caster_mark_word_info import DeleteCasterMarkWordInfoRequest

        request = DeleteCasterMarkWordInfoRequest(
            caster_id=caster_id, mark_word_index=mark_word_index, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def delete_caster_output_info(
        self,
        *,
        caster_id: int,
        output_index: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteCasterOutputInfoResponse:
        """该接口用来删除导播台的推流信息。

        注：若删除推流到腾讯云直播源站配置，即OutputIndex为0，OutputType为1的推流配置，在重新启动主监后，系统会自动重新生成一个推流到腾讯云直播源站配置。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            output_index: 待删除的推流信息Index。
                注：删除时，该Index对应的配置需要存在。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.delete_caster_output_info import DeleteCasterOutputInfoRequest

        request = DeleteCasterOutputInfoRequest(caster_id=caster_id, output_index=output_index, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_lvb_channel(
        self,
        *,
        channel_ids: list[dict[str, Any]],
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLVBChannelResponse:
        """Call DeleteLVBChannel.

        Deprecated: 直播码不需要删除接口。请升级为直播码模式，直播码不需要接口进行删除，直接停止推流即可; the documents name no replacement.

        Args:
            channel_ids: 频道的 ID 值，支持批量，具体用法见示例
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.delete_lvb_channel import DeleteLVBChannelRequest

        deprecated(
            "DeleteLVBChannel",
            None,
            "直播码不需要删除接口。请升级为直播码模式，直播码不需要接口进行删除，直接停止推流即可",
        )
        request = DeleteLVBChannelRequest(channel_ids=channel_ids, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_callback_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveCallbackRuleResponse:
        """删除回调规则。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.delete_live_callback_rule import DeleteLiveCallbackRuleRequest

        request = DeleteLiveCallbackRuleRequest(domain_name=domain_name, app_name=app_name, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_callback_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveCallbackTemplateResponse:
        """删除回调模板。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 ID。
                1. 在创建回调模板接口 CreateLiveCallbackTemplate 调用的返回值中获取模板 ID。
                2. 可以从接口 DescribeLiveCallbackTemplates 查询已经创建的过的模板列表。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InvalidParameter, InvalidParameter.COSCustomFileNameError,
            InvalidParameter.InvalidVodFileName, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_callback_template import DeleteLiveCallbackTemplateRequest

        request = DeleteLiveCallbackTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_domain(
        self,
        *,
        domain_name: str,
        domain_type: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveDomainResponse:
        """删除已添加的直播域名

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 要删除的域名
            domain_type: 类型。0-推流，1-播放
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.DeleteDomainInLockedTime, FailedOperation.JiFeiNoEnoughFund,
            FailedOperation.NotFound, FailedOperation.TagUnbindError, InternalError,
            InternalError.ConnectDbError, InternalError.DBError, InternalError.NetworkError,
            InvalidParameter.DomainAlreadyExist, InvalidParameter.DomainFormatError,
            InvalidParameter.DomainIsLimited, ResourceNotFound.DomainNotExist,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_domain import DeleteLiveDomainRequest

        request = DeleteLiveDomainRequest(domain_name=domain_name, domain_type=domain_type, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_pad_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLivePadRuleResponse:
        """删除直播垫片规则。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 推流域名。
                域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
                行强匹配。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
                域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
                行强匹配。
            stream_name: 流名称。
                域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
                行强匹配。
            template_id: 直播垫片模板id。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.DomainFormatError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_pad_rule import DeleteLivePadRuleRequest

        request = DeleteLivePadRuleRequest(
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
            template_id=template_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def delete_live_pad_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLivePadTemplateResponse:
        """删除直播垫片模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 模板 ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.AiTranscodeOptionFail, FailedOperation.ConfInUsed, FailedOperation.NotFound,
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_pad_template import DeleteLivePadTemplateRequest

        request = DeleteLivePadTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_pull_stream_task(
        self,
        *,
        task_id: str,
        operator: str,
        specify_task_id: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLivePullStreamTaskResponse:
        """删除接口 CreateLivePullStreamTask 创建的拉流任务。

        注意：

        1. 入参中的 TaskId 为 CreateLivePullStreamTask 接口创建时返回的TaskId。

        2. 也可通过 DescribeLivePullStreamTasks 进行查询创建的任务。

        Documented rate limit: 50 requests per second.

        Args:
            task_id: 任务 Id。
            operator: 操作人姓名。
            specify_task_id: 指定任务 ID。注意：用于删除使用自定义任务 ID 创建的任务。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError, InternalError.InvalidInput,
            InvalidParameter.TaskNotExist, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist.
        """
        from .models.delete_live_pull_stream_task import DeleteLivePullStreamTaskRequest

        request = DeleteLivePullStreamTaskRequest(
            task_id=task_id, operator=operator, specify_task_id=specify_task_id, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def delete_live_record(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DeleteLiveRecord.

        删除录制任务(已废弃,请使用新接口)

        The documents describe no parameters; call it with client.call('DeleteLiveRecord', {...}).
        """
        offline("DeleteLiveRecord", None, "listed as offline in the API overview: 删除录制任务(已废弃,请使用新接口)")

    async def delete_live_record_rule(
        self,
        *,
        domain_name: str,
        app_name: str | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveRecordRuleResponse:
        """删除录制规则。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
                域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
                行强匹配。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
                域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
                行强匹配。
            stream_name: 流名称。
                域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
                行强匹配。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.DomainFormatError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_record_rule import DeleteLiveRecordRuleRequest

        request = DeleteLiveRecordRuleRequest(
            domain_name=domain_name, app_name=app_name, stream_name=stream_name, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def delete_live_record_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveRecordTemplateResponse:
        """删除录制模板。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: DescribeRecordTemplates接口获取到的模板 ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_record_template import DeleteLiveRecordTemplateRequest

        request = DeleteLiveRecordTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_snapshot_rule(
        self,
        *,
        domain_name: str,
        app_name: str | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveSnapshotRuleResponse:
        """删除截图规则。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
            stream_name: 流名称。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.DomainFormatError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_snapshot_rule import DeleteLiveSnapshotRuleRequest

        request = DeleteLiveSnapshotRuleRequest(
            domain_name=domain_name, app_name=app_name, stream_name=stream_name, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def delete_live_snapshot_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveSnapshotTemplateResponse:
        """删除截图模板

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 ID。
                1. 在创建截图模板接口 CreateLiveSnapshotTemplate 调用的返回值中获取。
                2. 可以从接口 DescribeLiveSnapshotTemplates 中查询已创建的截图模板列表。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_snapshot_template import DeleteLiveSnapshotTemplateRequest

        request = DeleteLiveSnapshotTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveStreamMonitorResponse:
        """该接口用来删除直播流监播任务。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播任务ID
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, FailedOperation.ConflictAction,
            FailedOperation.DatabaseNotAccessible, FailedOperation.MonitorIsActive,
            FailedOperation.MonitorLimitExceeded, FailedOperation.MonitorNotExist,
            FailedOperation.StartTaskFailed, FailedOperation.StopTaskFailed, InvalidParameter,
            InvalidParameter.NotAllowUseLVB, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_stream_monitor import DeleteLiveStreamMonitorRequest

        request = DeleteLiveStreamMonitorRequest(monitor_id=monitor_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_time_shift_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveTimeShiftRuleResponse:
        """删除直播时移规则。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 推流域名。
                域名+AppName+StreamName唯一标识单个时移规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
                行强匹配。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
                域名+AppName+StreamName唯一标识单个时移规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
                行强匹配。
            stream_name: 流名称。
                域名+AppName+StreamName唯一标识单个时移规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
                行强匹配。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.DomainFormatError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_time_shift_rule import DeleteLiveTimeShiftRuleRequest

        request = DeleteLiveTimeShiftRuleRequest(
            domain_name=domain_name, app_name=app_name, stream_name=stream_name, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def delete_live_time_shift_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveTimeShiftTemplateResponse:
        """删除直播时移模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 模板 ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.AiTranscodeOptionFail, FailedOperation.ConfInUsed, FailedOperation.NotFound,
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_time_shift_template import DeleteLiveTimeShiftTemplateRequest

        request = DeleteLiveTimeShiftTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_transcode_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveTranscodeRuleResponse:
        """删除转码规则。

        DomainName+AppName+StreamName+TemplateId唯一标识单个转码规则，如需删除需要强匹配。其中TemplateId必填，其余参数为空时也需要传空字符串进行强匹配。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 播放域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            stream_name: 流名称。
            template_id: 模板ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.DomainFormatError, InvalidParameter.RuleNotFound,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_transcode_rule import DeleteLiveTranscodeRuleRequest

        request = DeleteLiveTranscodeRuleRequest(
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
            template_id=template_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def delete_live_transcode_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveTranscodeTemplateResponse:
        """删除转码模板。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 ID。
                1. 在创建转码模板接口 CreateLiveTranscodeTemplate 调用的返回值中获取模板 ID。
                2. 可以从接口 DescribeLiveTranscodeTemplates 查询已经创建过的模板列表。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.AiTranscodeOptionFail, FailedOperation.ConfInUsed, FailedOperation.NotFound,
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_transcode_template import DeleteLiveTranscodeTemplateRequest

        request = DeleteLiveTranscodeTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_watermark(
        self,
        *,
        watermark_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveWatermarkResponse:
        """删除水印。

        Documented rate limit: 100 requests per second.

        Args:
            watermark_id: 水印 ID。
                在添加水印接口 AddLiveWatermark 调用返回值中获取水印 ID。
                或DescribeLiveWatermarks接口返回的水印ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError.ConfInUsed, InternalError.DBError, InternalError.GetBizidError,
            InternalError.GetWatermarkError, InternalError.WatermarkNotExist, InvalidParameter.ConfInUsed,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.WatermarkNotExist.
        """
        from .models.delete_live_watermark import DeleteLiveWatermarkRequest

        request = DeleteLiveWatermarkRequest(watermark_id=watermark_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_live_watermark_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteLiveWatermarkRuleResponse:
        """删除水印规则

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径。与推流和播放地址中的 AppName 保持一致，默认为live。
            stream_name: 流名称。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.DomainFormatError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.delete_live_watermark_rule import DeleteLiveWatermarkRuleRequest

        request = DeleteLiveWatermarkRuleRequest(
            domain_name=domain_name, app_name=app_name, stream_name=stream_name, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def delete_pull_stream_config(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DeletePullStreamConfig: use DeleteLivePullStreamTask (client.delete_live_pull_stream_task).

        删除拉流配置(该接口已下线,请使用新接口 DeleteLivePullStreamTask)

        The documents describe no parameters; call it with client.call('DeletePullStreamConfig', {...}).
        """
        offline(
            "DeletePullStreamConfig",
            "DeleteLivePullStreamTask (client.delete_live_pull_stream_task)",
            "listed as offline in the API overview: 删除拉流配置(该接口已下线,请使用新接口 DeleteLivePullStreamTask)",
        )

    async def delete_record(
        self,
        *,
        channel_id: str,
        task_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteRecordResponse:
        """说明:

        DeleteRecord 接口仅用于删除录制任务记录，不具备停止录制的功能，也不能删除正在进行中的录制。如果需要停止录制任务，请使用 终止录制（StopRecord）  接口。

        Deprecated: 请使用新的删除录制任务接口。; use DeleteRecordTask (client.delete_record_task).

        Args:
            channel_id: 频道 ID
            task_id: 任务 ID
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.delete_record import DeleteRecordRequest

        deprecated("DeleteRecord", "DeleteRecordTask (client.delete_record_task)", "请使用新的删除录制任务接口。")
        request = DeleteRecordRequest(channel_id=channel_id, task_id=task_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_record_task(
        self,
        *,
        task_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteRecordTaskResponse:
        """删除录制任务配置。删除操作不影响正在运行当中的任务，仅对删除之后新的推流有效。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务ID，CreateRecordTask返回。删除TaskId指定的录制任务。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceUnavailable.InvalidVodStatus, UnsupportedOperation.
        """
        from .models.delete_record_task import DeleteRecordTaskRequest

        request = DeleteRecordTaskRequest(task_id=task_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def delete_screenshot_task(
        self,
        *,
        task_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DeleteScreenshotTaskResponse:
        """删除截图任务配置。删除操作不影响正在运行当中的任务，仅对删除之后新的推流有效。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务ID，CreateScreenshotTask返回。删除TaskId指定的截图任务。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.delete_screenshot_task import DeleteScreenshotTaskRequest

        request = DeleteScreenshotTaskRequest(task_id=task_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_all_stream_play_info_list(
        self,
        *,
        query_time: str,
        play_domains: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeAllStreamPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        输入某个时间点（1分钟维度），查询该时间点所有流的下行信息。

        Documented rate limit: 20 requests per second.

        Args:
            query_time: 查询时间点，精确到分钟粒度，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明。
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                支持最近1个月的数据查询，数据延迟为5分钟左右，如果要查询实时的数据，建议传递5分钟前的整点时间点。
            play_domains: 播放域名列表，若不填，表示总体数据。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_all_stream_play_info_list import DescribeAllStreamPlayInfoListRequest

        request = DescribeAllStreamPlayInfoListRequest(
            query_time=query_time, play_domains=play_domains, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_area_bill_bandwidth_and_flux_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeAreaBillBandwidthAndFluxListResponse:
        """海外分区直播播放带宽和流量数据查询。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，格式为yyyy-mm-dd HH:MM:SS。
            end_time: 结束时间点，格式为yyyy-mm-dd HH:MM:SS，起始和结束时间跨度不支持超过1天。
            play_domains: 直播播放域名，若不填，表示总体数据。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_area_bill_bandwidth_and_flux_list import DescribeAreaBillBandwidthAndFluxListRequest

        request = DescribeAreaBillBandwidthAndFluxListRequest(
            start_time=start_time, end_time=end_time, play_domains=play_domains, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_backup_stream_list(
        self,
        *,
        stream_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeBackupStreamListResponse:
        """返回正在直播中的流列表。适用于推流成功后查询在线流信息。

        注意：

        1. 该接口仅提供辅助查询在线流列表功能，业务重要场景不可强依赖该接口。

        2. 该接口仅适用于流数少于2万路的情况，对于流数较大用户请联系售后。

        Documented rate limit: 20 requests per second.

        Args:
            stream_name: 流名称，用于精确查询。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CallOtherSvrFailed, InternalError, InternalError.CallOtherSvrError,
            InternalError.ConfigNotExist, InternalError.GetBizidError, InternalError.GetStreamInfoError,
            InternalError.GetUpstreamInfoError, InternalError.NotPermmitOperat,
            InternalError.StreamStatusError, InternalError.UpdateDataError, InvalidParameter,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_backup_stream_list import DescribeBackupStreamListRequest

        request = DescribeBackupStreamListRequest(stream_name=stream_name, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_bill_bandwidth_and_flux_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        granularity: Literal[5, 60, 1440] | Unset = UNSET,
        service_name: str | Unset = UNSET,
        region_names: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeBillBandwidthAndFluxListResponse:
        """直播播放带宽和流量数据查询。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
            end_time: 结束时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                起始和结束时间跨度不支持超过31天。支持最近3年的数据查询
            play_domains: 直播播放域名，若不填，表示总体数据。
            mainland_or_oversea: 可选值：
                Mainland：查询国内数据，
                Oversea：则查询国外数据，
                默认：查询国内+国外的数据。
                注：LEB（快直播）只支持国内+国外数据查询。
            granularity: 数据粒度，支持如下粒度：
                5：5分钟粒度，（跨度不支持超过1天），
                60：1小时粒度（跨度不支持超过一个月），
                1440：天粒度（跨度不支持超过一个月）。
                默认值：5。
            service_name: 服务名称，可选值包括LVB(标准直播)，LEB(快直播)，不填则查LVB+LEB总值。
            region_names: 大区，映射表如下：
                China Mainland 中国大陆
                Asia Pacific I 亚太一区
                Asia Pacific II 亚太二区
                Asia Pacific III 亚太三区
                Europe 欧洲
                North America 北美
                South America 南美
                Middle East 中东
                Africa 非洲。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_bill_bandwidth_and_flux_list import DescribeBillBandwidthAndFluxListRequest

        request = DescribeBillBandwidthAndFluxListRequest(
            start_time=start_time,
            end_time=end_time,
            play_domains=play_domains,
            mainland_or_oversea=mainland_or_oversea,
            granularity=granularity,
            service_name=service_name,
            region_names=region_names,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_callback_records_list(
        self,
        *,
        start_time: str,
        end_time: str,
        stream_name: str,
        page_num: int,
        page_size: int,
        event_type: Literal[0, 1, 100, 200] | Unset = UNSET,
        result_code: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCallbackRecordsListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        用于查询回调事件。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
            end_time: 结束时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                查询的起始和结束时间跨度不支持超过1天。仅支持查询最近14天的数据。
            stream_name: 流名称，精确匹配。
            page_num: 页码。
            page_size: 每页条数。
            event_type: 事件类型。
                0: "断流",
                1: "推流",
                100: "录制"
                200: "截图回调"。
            result_code: 回调结果。
                0为成功，其他为失败。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_callback_records_list import DescribeCallbackRecordsListRequest

        request = DescribeCallbackRecordsListRequest(
            start_time=start_time,
            end_time=end_time,
            stream_name=stream_name,
            page_num=page_num,
            page_size=page_size,
            event_type=event_type,
            result_code=result_code,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_caster(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterResponse:
        """查询导播台信息接口，用来查询导播台状态、描述、输出长、宽等信息

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 需查询的导播台ID
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.OutOfService, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster import DescribeCasterRequest

        request = DescribeCasterRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_caster_display_info(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterDisplayInfoResponse:
        """查询导播台PVW任务和PGM任务的展示信息，包括使用的布局、水印、字幕等信息。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, InternalError, InvalidParameter, ResourceNotFound.CasterNotExists,
            ResourceNotFound.UserNotExist, ResourceUnavailable, UnauthorizedOperation, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_display_info import DescribeCasterDisplayInfoRequest

        request = DescribeCasterDisplayInfoRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_caster_input_infos(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterInputInfosResponse:
        """该接口用来查询导播台的输入源信息列表。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameter.InvalidProtocol,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_input_infos import DescribeCasterInputInfosRequest

        request = DescribeCasterInputInfosRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_caster_layout_infos(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterLayoutInfosResponse:
        """该接口用来查询某个导播台的布局列表

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.LayoutUsedInPgm,
            FailedOperation.LayoutUsedInPvw, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_layout_infos import DescribeCasterLayoutInfosRequest

        request = DescribeCasterLayoutInfosRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_caster_list(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterListResponse:
        """该接口用来查询账号下所有的导播台列表

        Documented rate limit: 200 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure.UnauthorizedOperation, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_list import DescribeCasterListRequest

        request = DescribeCasterListRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_caster_mark_pic_infos(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterMarkPicInfosResponse:
        """该接口用来查询某个导播台的水印列表。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, InternalError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_mark_pic_infos import DescribeCasterMarkPicInfosRequest

        request = DescribeCasterMarkPicInfosRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_caster_mark_word_infos(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterMarkWordInfosResponse:
        """该接口用来查询某个导播台的文本列表。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, InternalError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_mark_word_infos import DescribeCasterMarkWordInfosRequest

        request = DescribeCasterMarkWordInfosRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_caster_output_infos(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterOutputInfosResponse:
        """该接口用来查询某个导播台的推流信息列表。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.LayoutUsedInPgm,
            FailedOperation.LayoutUsedInPvw, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_output_infos import DescribeCasterOutputInfosRequest

        request = DescribeCasterOutputInfosRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_caster_play_url(
        self,
        *,
        caster_id: int,
        play_url_type: Literal[1, 2, 3],
        play_url_index: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterPlayUrlResponse:
        """该接口用来获取导播台视频流的播放url，用来在页面上拉流展示。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            play_url_type: 请求播放url的类型。
                取值范围[1，2，3]
                1：获取输入源的播放url
                2：获取pvw的播放url
                3：获取pgm的播放url
            play_url_index: 仅在PlayUrlType为1时生效，此时该参数表示请求的输入源Index。
                注：对应的输入源必须存在。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.InputIsNotActive,
            InternalError, InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.describe_caster_play_url import DescribeCasterPlayUrlRequest

        request = DescribeCasterPlayUrlRequest(
            caster_id=caster_id, play_url_type=play_url_type, play_url_index=play_url_index, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_caster_transition_types(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterTransitionTypesResponse:
        """该接口用来获取所有的转场名称及其对应的素材url。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_caster_transition_types import DescribeCasterTransitionTypesRequest

        request = DescribeCasterTransitionTypesRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_caster_user_status(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeCasterUserStatusResponse:
        """本接口用来查询当前APPID导播台业务状态

        Documented rate limit: 20 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InvalidParameter, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnauthorizedOperation,
            UnknownParameter, UnsupportedOperation.
        """
        from .models.describe_caster_user_status import DescribeCasterUserStatusRequest

        request = DescribeCasterUserStatusRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_concurrent_record_stream_num(
        self,
        *,
        live_type: str,
        start_time: str,
        end_time: str,
        mainland_or_oversea: str | Unset = UNSET,
        push_domains: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeConcurrentRecordStreamNumResponse:
        """查询并发录制路数，对慢直播和普通直播适用。

        Documented rate limit: 200 requests per second.

        Args:
            live_type: 直播类型，SlowLive：慢直播。
                NormalLive：普通直播。
            start_time: 起始时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                可以查询最近180天的数据。
            end_time: 结束时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                时间跨度最大支持31天。
            mainland_or_oversea: 如果为空，查询所有地区数据；如果为“Mainland”，查询国内数据；如果为“Oversea”，则查询国外数
                据。
            push_domains: 推流域名列表，不填表示总体数据。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_concurrent_record_stream_num import DescribeConcurrentRecordStreamNumRequest

        request = DescribeConcurrentRecordStreamNumRequest(
            live_type=live_type,
            start_time=start_time,
            end_time=end_time,
            mainland_or_oversea=mainland_or_oversea,
            push_domains=push_domains,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_deliver_bandwidth_list(
        self,
        *,
        start_time: str,
        end_time: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeDeliverBandwidthListResponse:
        """查询直播转推计费带宽，查询时间范围最大支持3个月内的数据，时间跨度最长31天。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
            end_time: 结束时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                支持最近三个月的数据查询，时间跨度最大是1个月。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_deliver_bandwidth_list import DescribeDeliverBandwidthListRequest

        request = DescribeDeliverBandwidthListRequest(start_time=start_time, end_time=end_time, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_deliver_log_down_list(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeDeliverLogDownListResponse:
        """批量获取转推日志的URL。

        Documented rate limit: 20 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.InvokeCdnApiFail, InternalError.ConnectDbError,
            InternalError.DBError, InvalidParameter, InvalidParameterValue, ResourceNotFound.CdnLogEmpty,
            ResourceNotFound.CdnThemeEmpty, ResourceNotFound.DomainNotExist, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_deliver_log_down_list import DescribeDeliverLogDownListRequest

        request = DescribeDeliverLogDownListRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_group_pro_isp_play_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | Unset = UNSET,
        province_names: list[str] | Unset = UNSET,
        isp_names: list[str] | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeGroupProIspPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询按省份和运营商分组的下行播放数据。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 起始时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            end_time: 结束时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
                时间跨度在（0,3小时]，支持最近1个月数据查询。
            play_domains: 播放域名，默认为不填，表示求总体数据。
            province_names: 省份列表，默认不填，则返回各省份的数据。
            isp_names: 运营商列表，默认不填，则返回整个运营商的数据。
            mainland_or_oversea: 国内还是国外，如果为空，查询所有地区数据；如果为“Mainland”，查询国内数据；如果
                为“Oversea”，则查询国外数据。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_group_pro_isp_play_info_list import DescribeGroupProIspPlayInfoListRequest

        request = DescribeGroupProIspPlayInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            play_domains=play_domains,
            province_names=province_names,
            isp_names=isp_names,
            mainland_or_oversea=mainland_or_oversea,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_http_status_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeHttpStatusInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询某段时间内5分钟粒度的各播放http状态码的个数。

        备注：数据延迟1小时，如10:00-10:59点的数据12点才能查到。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 起始时间，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            end_time: 结束时间，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            play_domains: 播放域名列表。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_http_status_info_list import DescribeHttpStatusInfoListRequest

        request = DescribeHttpStatusInfoListRequest(
            start_time=start_time, end_time=end_time, play_domains=play_domains, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_lvb_channel(
        self,
        *,
        channel_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLVBChannelResponse:
        """Call DescribeLVBChannel.

        Deprecated: 如需查询直播流的状态，请使用该 API3.0 接口进行查询。; use DescribeLiveStreamState (client.describe_live_stream_state).

        Args:
            channel_id: 频道的 ID 号
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.describe_lvb_channel import DescribeLVBChannelRequest

        deprecated(
            "DescribeLVBChannel",
            "DescribeLiveStreamState (client.describe_live_stream_state)",
            "如需查询直播流的状态，请使用该 API3.0 接口进行查询。",
        )
        request = DescribeLVBChannelRequest(channel_id=channel_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_lvb_channel_list(
        self,
        *,
        channel_status: Literal[0, 1, 2, 3, 4] | Unset = UNSET,
        asc_desc: Literal[0, 1] | Unset = UNSET,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        order_by: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLVBChannelListResponse:
        """获取用户的全部直播频道信息，包括频道的 ID、当前状态、名称和创建时间。

        输入1

        输出1

        Deprecated: 可通过该接口查询所有直播中的流列表。; use DescribeLiveStreamOnlineList (client.describe_live_stream_online_list).

        Args:
            channel_status: 用作频道列表过滤，频道状态（0：无输入流；1：有输入流；2：异常；3：关闭；4：配置不完
                整）
            asc_desc: 结果排序，默认按频道创建时间排序，0：按时间升序，1：按时间降序
            page_no: 分页页号，例如，想查看第3页的列表，将该变量设置为3
            page_size: 每一个分页上显示的频道的个数
            order_by: 默认以频道创建时间来排序
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.describe_lvb_channel_list import DescribeLVBChannelListRequest

        deprecated(
            "DescribeLVBChannelList",
            "DescribeLiveStreamOnlineList (client.describe_live_stream_online_list)",
            "可通过该接口查询所有直播中的流列表。",
        )
        request = DescribeLVBChannelListRequest(
            channel_status=channel_status,
            asc_desc=asc_desc,
            page_no=page_no,
            page_size=page_size,
            order_by=order_by,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_callback_rules(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveCallbackRulesResponse:
        """获取回调规则列表

        Documented rate limit: 500 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_callback_rules import DescribeLiveCallbackRulesRequest

        request = DescribeLiveCallbackRulesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_callback_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveCallbackTemplateResponse:
        """获取单个回调模板。

        Documented rate limit: 500 requests per second.

        Args:
            template_id: 模板 ID。
                1. 在创建回调模板接口 CreateLiveCallbackTemplate 调用的返回值中获取模板 ID。
                2. 可以从接口 DescribeLiveCallbackTemplates 查询已经创建的过的模板列表。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InvalidParameter, InvalidParameter.COSCustomFileNameError,
            InvalidParameter.InvalidVodFileName, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_callback_template import DescribeLiveCallbackTemplateRequest

        request = DescribeLiveCallbackTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_callback_templates(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveCallbackTemplatesResponse:
        """获取回调模板列表

        Documented rate limit: 500 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InvalidParameter, InvalidParameter.COSCustomFileNameError,
            InvalidParameter.InvalidVodFileName, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_callback_templates import DescribeLiveCallbackTemplatesRequest

        request = DescribeLiveCallbackTemplatesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_cert(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribeLiveCert: use ssl.DescribeCertificateDetail.

        获取证书信息(该接口已下线,请使用新接口 ssl.DescribeCertificateDetail)

        The documents describe no parameters; call it with client.call('DescribeLiveCert', {...}).
        """
        offline(
            "DescribeLiveCert",
            "ssl.DescribeCertificateDetail",
            "listed as offline in the API overview: 获取证书信息(该接口已下线,请使用新接口 ssl.DescribeCertificateDetail)",
        )

    async def describe_live_certs(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribeLiveCerts: use DescribeLiveDomainCertBindings (client.describe_live_domain_cert_bindings).

        获取证书信息列表(该接口已下线，请使用新接口 DescribeLiveDomainCertBindings)

        The documents describe no parameters; call it with client.call('DescribeLiveCerts', {...}).
        """
        offline(
            "DescribeLiveCerts",
            "DescribeLiveDomainCertBindings (client.describe_live_domain_cert_bindings)",
            "listed as offline in the API overview: 获取证书信息列表(该接口已下线，请使用新接口 DescribeLiveDomainCertBindings)",
        )

    async def describe_live_delay_info_list(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveDelayInfoListResponse:
        """获取直播延播列表。

        Documented rate limit: 10 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError, InternalError.DBError,
            InvalidParameterValue, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_delay_info_list import DescribeLiveDelayInfoListRequest

        request = DescribeLiveDelayInfoListRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_domain(
        self,
        *,
        domain_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveDomainResponse:
        """查询直播域名信息。

        Documented rate limit: 500 requests per second.

        Args:
            domain_name: 域名。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.DomainNotExist, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.DomainNotExist, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_domain import DescribeLiveDomainRequest

        request = DescribeLiveDomainRequest(domain_name=domain_name, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_domain_cert(
        self,
        *,
        domain_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveDomainCertResponse:
        """获取域名证书信息。

        Documented rate limit: 500 requests per second.

        Args:
            domain_name: 播放域名。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.InvokeVideoApiFail, InternalError, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.CrtDomainNotFound, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_domain_cert import DescribeLiveDomainCertRequest

        request = DescribeLiveDomainCertRequest(domain_name=domain_name, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_domain_cert_bindings(
        self,
        *,
        domain_search: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        length: int | Unset = UNSET,
        domain_name: str | Unset = UNSET,
        order_by: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveDomainCertBindingsResponse:
        """查询绑定证书的域名列表。

        Documented rate limit: 20 requests per second.

        Args:
            domain_search: 要搜索的域名字符串。
            offset: 记录行的位置，从0开始。默认0。
            length: 记录行的最大数目。默认50。
                若不传，则最多返回50条数据。
            domain_name: 要查询的单个域名。
            order_by: 可取值：
                ExpireTimeAsc：证书过期时间升序。
                ExpireTimeDesc：证书过期时间降序。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_domain_cert_bindings import DescribeLiveDomainCertBindingsRequest

        request = DescribeLiveDomainCertBindingsRequest(
            domain_search=domain_search,
            offset=offset,
            length=length,
            domain_name=domain_name,
            order_by=order_by,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_domain_play_info_list(
        self,
        *,
        play_domains: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveDomainPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询实时的域名维度下行播放数据，由于数据处理有耗时，接口默认查询4分钟前的准实时数据。

        Documented rate limit: 100 requests per second.

        Args:
            play_domains: 播放域名列表。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_live_domain_play_info_list import DescribeLiveDomainPlayInfoListRequest

        request = DescribeLiveDomainPlayInfoListRequest(play_domains=play_domains, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_domain_referer(
        self,
        *,
        domain_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveDomainRefererResponse:
        """查询直播域名 Referer 黑白名单配置。

        由于 Referer 信息包含在 http 协议中，在开启配置后，播放协议为 rtmp 或 WebRTC 不会校验 Referer 配置，仍可正常播放。如需配置 Referer 鉴权建议使用 http-flv 或 http-hls 协议播放。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 播放域名。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.DomainNotExist, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.DomainNotExist, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_domain_referer import DescribeLiveDomainRefererRequest

        request = DescribeLiveDomainRefererRequest(domain_name=domain_name, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_domains(
        self,
        *,
        domain_status: int | Unset = UNSET,
        domain_type: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        is_delay_live: int | Unset = UNSET,
        domain_prefix: str | Unset = UNSET,
        play_type: Literal[1, 2, 3] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveDomainsResponse:
        """根据域名状态、类型等信息查询用户的域名信息。

        Documented rate limit: 200 requests per second.

        Args:
            domain_status: 域名状态过滤。0-停用，1-启用。
            domain_type: 域名类型过滤。0-推流，1-播放。
            page_size: 分页大小，范围：10~100。默认10。
            page_num: 取第几页，范围：1~100000。默认1。
            is_delay_live: 0 普通直播 1慢直播 默认0。
            domain_prefix: 域名前缀。
            play_type: 播放区域，只在 DomainType=1 时该参数有意义。
                1: 国内。
                2: 全球。
                3: 海外。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CallOtherSvrFailed, InternalError, InternalError.ConnectDbError,
            InternalError.DBError, InternalError.GetBizidError, ResourceNotFound.EmptyData,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.InvalidUser,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_domains import DescribeLiveDomainsRequest

        request = DescribeLiveDomainsRequest(
            domain_status=domain_status,
            domain_type=domain_type,
            page_size=page_size,
            page_num=page_num,
            is_delay_live=is_delay_live,
            domain_prefix=domain_prefix,
            play_type=play_type,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_enhance_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        granularity: int | Unset = UNSET,
        domain_names: list[str] | Unset = UNSET,
        type_: list[str] | Unset = UNSET,
        resolution: list[str] | Unset = UNSET,
        fps: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveEnhanceInfoListResponse:
        """查询直播增强用量明细信息。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，使用ISO格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见ISO 日期格式说明。
                接口支持最近三个月的查询，开始时间和结束时间查询跨度不能超过三十天。
            end_time: 结束时间点，使用ISO格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见ISO 日期格式说明。
                接口支持最近三个月的查询，开始时间和结束时间查询跨度不能超过三十天。
            granularity: 查询粒度，支持5，60分钟。
            domain_names: 查询域名，如果不填则默认查全部的数据。
            type_: 增强服务类型，如果不填则默认查全部的数据。
            resolution: 分辨率，如果不填则默认查全部的数据。
            fps: 帧率，如果不填则默认查全部的数据。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameter, InvalidParameterValue, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_enhance_info_list import DescribeLiveEnhanceInfoListRequest

        request = DescribeLiveEnhanceInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            granularity=granularity,
            domain_names=domain_names,
            type_=type_,
            resolution=resolution,
            fps=fps,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_package_info(
        self,
        *,
        package_type: Literal[0, 1, 2],
        order_by: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLivePackageInfoResponse:
        """查询用户套餐包总量、使用量、剩余量、包状态、购买时间和过期时间等。

        Documented rate limit: 20 requests per second.

        Args:
            package_type: 包类型，可选值：
                0：流量包
                1：转码包
                2: 连麦包。
            order_by: 排序规则:
                1. BuyTimeDesc： 最新购买的排在最前面
                2. BuyTimeAsc： 最老购买的排在最前面
                3. ExpireTimeDesc： 最后过期的排在最前面
                4. ExpireTimeAsc：最先过期的排在最前面。
                注意：
                1. PackageType 为 2（连麦包） 的时候，不支持 3、4 排序。
            page_num: 取得第几页的数据，和 PageSize 同时传递才会生效。
            page_size: 分页大小，和 PageNum 同时传递才会生效。
                取值：10 ～ 100 之间的任意整数。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InternalError.DBError, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_package_info import DescribeLivePackageInfoRequest

        request = DescribeLivePackageInfoRequest(
            package_type=package_type,
            order_by=order_by,
            page_num=page_num,
            page_size=page_size,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_pad_processor_list(
        self,
        *,
        app_name: str,
        push_domain_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLivePadProcessorListResponse:
        """使用该接口查询垫片流。垫片流状态更新存在一定延迟，可间隔30秒以上查询，避免频繁查询该接口。

        Documented rate limit: 20 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            push_domain_name: 您的推流域名。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.CallOtherSvrError, InternalError.ConfigNotExist, InternalError.GetBizidError,
            InternalError.GetStreamInfoError, InternalError.GetUpstreamInfoError,
            InternalError.NotPermmitOperat, InternalError.StreamStatusError, InternalError.UpdateDataError,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_pad_processor_list import DescribeLivePadProcessorListRequest

        request = DescribeLivePadProcessorListRequest(
            app_name=app_name, push_domain_name=push_domain_name, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_live_pad_rules(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLivePadRulesResponse:
        """获取直播垫片规则列表。

        Documented rate limit: 20 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_pad_rules import DescribeLivePadRulesRequest

        request = DescribeLivePadRulesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_pad_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLivePadTemplateResponse:
        """获取单个直播垫片模板

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 模板id。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.ConfOutLimit,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InternalError.RuleOutLimit,
            InvalidParameter, InvalidParameter.COSCustomFileNameError, InvalidParameter.InvalidVodFileName,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_pad_template import DescribeLivePadTemplateRequest

        request = DescribeLivePadTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_pad_templates(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLivePadTemplatesResponse:
        """获取直播垫片模板。

        Documented rate limit: 20 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.ConfOutLimit,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InternalError.RuleOutLimit,
            InvalidParameter, InvalidParameter.COSCustomFileNameError, InvalidParameter.InvalidVodFileName,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_pad_templates import DescribeLivePadTemplatesRequest

        request = DescribeLivePadTemplatesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_play_auth_key(
        self,
        *,
        domain_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLivePlayAuthKeyResponse:
        """查询播放鉴权key。

        Documented rate limit: 500 requests per second.

        Args:
            domain_name: 域名。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.PlayDomainNoRecord, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.PlayDomainNoRecord, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_play_auth_key import DescribeLivePlayAuthKeyRequest

        request = DescribeLivePlayAuthKeyRequest(domain_name=domain_name, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_pull_stream_task_status(
        self,
        *,
        task_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLivePullStreamTaskStatusResponse:
        """查询直播拉流任务状态信息。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务 ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_pull_stream_task_status import DescribeLivePullStreamTaskStatusRequest

        request = DescribeLivePullStreamTaskStatusRequest(task_id=task_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_pull_stream_tasks(
        self,
        *,
        task_id: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        specify_task_id: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLivePullStreamTasksResponse:
        """查询使用 CreateLivePullStreamTask 接口创建的直播拉流任务。

        排序方式：默认按更新时间 倒序排列。

        Documented rate limit: 30 requests per second.

        Args:
            task_id: 任务 ID。
                来源：调用 CreateLivePullStreamTask 接口时返回。
                不填默认查询所有任务，按更新时间倒序排序。
            page_num: 取得第几页，默认值：1。
            page_size: 分页大小，默认值：10。
                取值范围：1~20 之前的任意整数。
            specify_task_id: 使用指定任务 ID 查询任务信息。
                注意：仅供使用指定 ID 创建的任务查询。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_pull_stream_tasks import DescribeLivePullStreamTasksRequest

        request = DescribeLivePullStreamTasksRequest(
            task_id=task_id,
            page_num=page_num,
            page_size=page_size,
            specify_task_id=specify_task_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_push_auth_key(
        self,
        *,
        domain_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLivePushAuthKeyResponse:
        """查询直播推流鉴权key

        Documented rate limit: 500 requests per second.

        Args:
            domain_name: 推流域名。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.PushDomainNoRecord, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.PushDomainNoRecord, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_push_auth_key import DescribeLivePushAuthKeyRequest

        request = DescribeLivePushAuthKeyRequest(domain_name=domain_name, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_record_rules(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveRecordRulesResponse:
        """获取录制规则列表

        Documented rate limit: 500 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_record_rules import DescribeLiveRecordRulesRequest

        request = DescribeLiveRecordRulesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_record_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveRecordTemplateResponse:
        """获取单个录制模板。

        Documented rate limit: 500 requests per second.

        Args:
            template_id: DescribeLiveRecordTemplates接口获取到的模板 ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_record_template import DescribeLiveRecordTemplateRequest

        request = DescribeLiveRecordTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_record_templates(
        self,
        *,
        is_delay_live: Literal[0, 1] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveRecordTemplatesResponse:
        """获取录制模板列表。

        Documented rate limit: 500 requests per second.

        Args:
            is_delay_live: 是否属于慢直播模板，默认：0。
                0： 标准直播。
                1：慢直播。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_record_templates import DescribeLiveRecordTemplatesRequest

        request = DescribeLiveRecordTemplatesRequest(is_delay_live=is_delay_live, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_snapshot_rules(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveSnapshotRulesResponse:
        """获取截图规则列表

        Documented rate limit: 500 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_snapshot_rules import DescribeLiveSnapshotRulesRequest

        request = DescribeLiveSnapshotRulesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_snapshot_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveSnapshotTemplateResponse:
        """获取单个截图模板。

        Documented rate limit: 500 requests per second.

        Args:
            template_id: 模板 ID。
                调用 CreateLiveSnapshotTemplate 时返回的模板 ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.ConfOutLimit, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InternalError.RuleOutLimit, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_snapshot_template import DescribeLiveSnapshotTemplateRequest

        request = DescribeLiveSnapshotTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_snapshot_templates(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveSnapshotTemplatesResponse:
        """获取截图模板列表。

        Documented rate limit: 500 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_snapshot_templates import DescribeLiveSnapshotTemplatesRequest

        request = DescribeLiveSnapshotTemplatesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_stream_event_list(
        self,
        *,
        start_time: str,
        end_time: str,
        app_name: str | Unset = UNSET,
        domain_name: str | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        is_filter: Literal[0, 1] | Unset = UNSET,
        is_strict: Literal[0, 1] | Unset = UNSET,
        is_asc: Literal[0, 1] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveStreamEventListResponse:
        """用于查询推断流事件。

        注意：

        1. 该接口提供离线推断流记录查询功能，不可作为重要业务场景强依赖接口。

        2. 该接口可通过使用IsFilter进行过滤，返回推流历史记录。

        Documented rate limit: 300 requests per second.

        Args:
            start_time: 起始时间。 UTC 格式，例如：2018-12-29T19:00:00Z。支持查询2个月内的历史记录。
            end_time: 结束时间。UTC 格式，例如：2018-12-29T20:00:00Z。不超过当前时间，且和起始时间相差不得超过1个月。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            domain_name: 推流域名。
            stream_name: 流名称，不支持通配符（*）查询，默认模糊匹配。
                可使用IsStrict字段改为精确查询。
            page_num: 取得第几页。
                默认值：1。
                注： 目前只支持10000条内的查询。
            page_size: 分页大小。
                最大值：100。
                取值范围：1~100 之间的任意整数。
                默认值：10。
                注： 目前只支持10000条内的查询。
            is_filter: 是否过滤，默认不过滤。
                0：不进行任何过滤。
                1：过滤掉开播失败的，只返回开播成功的。
            is_strict: 是否精确查询，默认模糊匹配。
                0：模糊匹配。
                1：精确查询。
                注：使用StreamName时该参数生效。
            is_asc: 是否按结束时间正序显示，默认逆序。
                0：逆序。
                1：正序。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_stream_event_list import DescribeLiveStreamEventListRequest

        request = DescribeLiveStreamEventListRequest(
            start_time=start_time,
            end_time=end_time,
            app_name=app_name,
            domain_name=domain_name,
            stream_name=stream_name,
            page_num=page_num,
            page_size=page_size,
            is_filter=is_filter,
            is_strict=is_strict,
            is_asc=is_asc,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveStreamMonitorResponse:
        """该接口用来查询某个特定监播任务的配置。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播任务ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, FailedOperation.ConflictAction,
            FailedOperation.DatabaseNotAccessible, FailedOperation.MonitorIsActive,
            FailedOperation.MonitorLimitExceeded, FailedOperation.MonitorNotExist,
            FailedOperation.StartTaskFailed, FailedOperation.StopTaskFailed, InvalidParameter,
            InvalidParameter.NotAllowUseLVB, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_stream_monitor import DescribeLiveStreamMonitorRequest

        request = DescribeLiveStreamMonitorRequest(monitor_id=monitor_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_stream_monitor_list(
        self,
        *,
        index: int,
        count: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveStreamMonitorListResponse:
        """该接口用来查询直播流监播任务配置的列表信息。

        Documented rate limit: 20 requests per second.

        Args:
            index: 查询列表时的起始偏移。
            count: 本次查询的记录个数。最小值为1。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.DatabaseNotAccessible, InvalidParameter.NotAllowUseLVB,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_stream_monitor_list import DescribeLiveStreamMonitorListRequest

        request = DescribeLiveStreamMonitorListRequest(index=index, count=count, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_stream_online_list(
        self,
        *,
        domain_name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveStreamOnlineListResponse:
        """返回正在直播中的流列表。适用于推流成功后查询在线流信息。

        注意：

        1. 该接口仅提供辅助查询在线流列表功能，业务重要场景不可强依赖该接口。

        2. 该接口仅适用于流数少于2万路的情况，对于流数较大用户请联系售后。

        Documented rate limit: 80 requests per second.

        Args:
            domain_name: 推流域名。多域名用户需要填写 DomainName。
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。多路径用户需要填写 AppName。
            page_num: 取得第几页，默认1。
            page_size: 每页大小，最大100。
                取值：10~100之间的任意整数。
                默认值：10。
            stream_name: 流名称，用于精确查询。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CallOtherSvrFailed, InternalError, InternalError.CallOtherSvrError,
            InternalError.ConfigNotExist, InternalError.GetBizidError, InternalError.GetStreamInfoError,
            InternalError.GetUpstreamInfoError, InternalError.NotPermmitOperat,
            InternalError.StreamStatusError, InternalError.UpdateDataError, InvalidParameter,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_stream_online_list import DescribeLiveStreamOnlineListRequest

        request = DescribeLiveStreamOnlineListRequest(
            domain_name=domain_name,
            app_name=app_name,
            page_num=page_num,
            page_size=page_size,
            stream_name=stream_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_stream_published_list(
        self,
        *,
        domain_name: str,
        end_time: str,
        start_time: str,
        app_name: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveStreamPublishedListResponse:
        """返回已经推过流的流列表。

        注意：分页最多支持查询1万条记录，可通过调整查询时间范围来获取更多数据。

        Documented rate limit: 300 requests per second.

        Args:
            domain_name: 您的推流域名。
            end_time: 结束时间。UTC 格式，例如：2016-06-30T19:00:00Z。不超过当前时间。注意：EndTime和StartTime相差不可超
                过1个月。
            start_time: 起始时间。 UTC 格式，例如：2016-06-29T19:00:00Z。最长支持查询2个月内数据。
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。不支持模糊匹配。
            page_num: 取得第几页。
                默认值：1。
            page_size: 分页大小。
                最大值：100。
                取值范围：10~100 之前的任意整数。
                默认值：10。
            stream_name: 流名称，支持模糊匹配。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.CallOtherSvrError, InternalError.ConfigNotExist, InternalError.GetBizidError,
            InternalError.GetStreamInfoError, InternalError.GetUpstreamInfoError,
            InternalError.NotPermmitOperat, InternalError.StreamStatusError, InternalError.UpdateDataError,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_stream_published_list import DescribeLiveStreamPublishedListRequest

        request = DescribeLiveStreamPublishedListRequest(
            domain_name=domain_name,
            end_time=end_time,
            start_time=start_time,
            app_name=app_name,
            page_num=page_num,
            page_size=page_size,
            stream_name=stream_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_stream_push_info_list(
        self,
        *,
        push_domain: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveStreamPushInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询所有实时流的推流信息，包括客户端IP，服务端IP，帧率，码率，域名，开始推流时间。

        Documented rate limit: 500 requests per second.

        Args:
            push_domain: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为live。
            page_num: 页数，
                范围[1,10000]，
                默认值：1。
            page_size: 每页个数，
                范围：[1,1000]，
                默认值： 200。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.GetDataFailed, FailedOperation.HasNotLivingStream,
            FailedOperation.QueryUploadInfoFailed, InternalError, InternalError.InvalidRequest,
            InternalError.QueryProIspPlayInfoError, InternalError.QueryUploadInfoFailed,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_stream_push_info_list import DescribeLiveStreamPushInfoListRequest

        request = DescribeLiveStreamPushInfoListRequest(
            push_domain=push_domain, app_name=app_name, page_num=page_num, page_size=page_size, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_live_stream_state(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveStreamStateResponse:
        """返回直播中、无推流或者禁播等状态。

        使用建议：

        该接口提供实时流状态查询功能，鉴于网络抖动等一些不可抗因素，使用该接口作为判断主播是否开播等重要业务场景时，请参考以下使用建议。

        1. 优先使用业务自身的房间开关播逻辑，判断主播是否在线，譬如客户端开播信令和主播在线心跳等。

        2. 对于没有房间管理的直播场景，可以结合以下方案综合判断。

        2.1 根据推断流事件通知 判断主播在线状态。

        2.2 通过定时（间隔>1min）查询直播中的流接口，判断主播是否在线。

        2.3 通过 本接口 查询直播流状态，判断主播是否在线。

        2.4 以上任一方式判断为在线，都认为主播开播中，并且接口查询超时或解析异常时，也默认为在线，减少对业务的影响。

        Documented rate limit: 300 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            domain_name: 您的推流域名。
            stream_name: 流名称。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.CallOtherSvrError, InternalError.ConfigNotExist, InternalError.GetBizidError,
            InternalError.GetStreamInfoError, InternalError.GetUpstreamInfoError,
            InternalError.NotPermmitOperat, InternalError.StreamStatusError, InternalError.UpdateDataError,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_stream_state import DescribeLiveStreamStateRequest

        request = DescribeLiveStreamStateRequest(
            app_name=app_name, domain_name=domain_name, stream_name=stream_name, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_live_time_shift_bill_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        push_domains: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveTimeShiftBillInfoListResponse:
        """提供给客户对账，按天统计，维度：推流域名、时移文件时长（累加）、配置天数（不累加）、时移总时长（累加）。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: UTC开始时间，支持最近三个月的查询，查询时间最长跨度为一天。使用 UTC 格式时间，例如：2019-01-
                08T10:00:00Z。注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说
                明。
            end_time: UTC结束时间，支持最近三个月的查询，查询时间最长跨度为一天。使用 UTC 格式时间，例如：2019-01-
                08T10:00:00Z。注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说
                明。
            push_domains: 推流域名列表，若不传递此参数，则表示查询总体数据。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.NotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_time_shift_bill_info_list import DescribeLiveTimeShiftBillInfoListRequest

        request = DescribeLiveTimeShiftBillInfoListRequest(
            start_time=start_time, end_time=end_time, push_domains=push_domains, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_live_time_shift_rules(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveTimeShiftRulesResponse:
        """获取直播时移规则列表。

        Documented rate limit: 20 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_time_shift_rules import DescribeLiveTimeShiftRulesRequest

        request = DescribeLiveTimeShiftRulesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_time_shift_templates(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveTimeShiftTemplatesResponse:
        """获取直播时移模板。

        Documented rate limit: 20 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.ConfOutLimit,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InternalError.RuleOutLimit,
            InvalidParameter, InvalidParameter.COSCustomFileNameError, InvalidParameter.InvalidVodFileName,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_time_shift_templates import DescribeLiveTimeShiftTemplatesRequest

        request = DescribeLiveTimeShiftTemplatesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_time_shift_write_size_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        domain_names: list[str] | Unset = UNSET,
        dimensions: list[str] | Unset = UNSET,
        storage_days: list[int] | Unset = UNSET,
        granularity: int | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveTimeShiftWriteSizeInfoListResponse:
        """支持直播时移写入量数据查询。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                支持最近六个月的查询，查询开始和结束时间跨度不支持超过31天。
            end_time: 结束时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                支持最近六个月的查询，查询开始和结束时间跨度不支持超过31天。
            domain_names: 域名。
            dimensions: 维度
                Area地区、Domain 域名、StorageDays 时移天数
            storage_days: 时移天数。
            granularity: 时间跨度（分钟）
                默认5，可选 5、60或者1440。
            mainland_or_oversea: 区域
                可选Mainland、Oversea。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_time_shift_write_size_info_list import DescribeLiveTimeShiftWriteSizeInfoListRequest

        request = DescribeLiveTimeShiftWriteSizeInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            domain_names=domain_names,
            dimensions=dimensions,
            storage_days=storage_days,
            granularity=granularity,
            mainland_or_oversea=mainland_or_oversea,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_transcode_detail_info(
        self,
        *,
        push_domain: str | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        day_time: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_day_time: str | Unset = UNSET,
        end_day_time: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveTranscodeDetailInfoResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        支持查询某天或某段时间的转码详细信息。由于转码数据量较大，如果查询时间跨度太长可能会拉不到数据，可以尝试将查询时间范围缩小些再重试。

        Documented rate limit: 200 requests per second.

        Args:
            push_domain: 推流域名。
            stream_name: 流名称。
            day_time: 查询时间，北京时间，
                格式：yyyymmdd。
                注意：支持查询近1个月内某天的详细数据，截止到昨天。
            page_num: 页数，默认1，
                不超过100页。
            page_size: 每页个数，默认20，
                范围：[10,1000]。
            start_day_time: 起始天时间，北京时间，
                格式：yyyymmdd。
                注意：支持查询近1个月内的详细数据。
            end_day_time: 结束天时间，北京时间，
                格式：yyyymmdd。
                注意：支持查询近1个月内的详细数据，截止到昨天，注意DayTime 与（StartDayTime，EndDayTime）必须要传一
                个，如果都传，会以DayTime为准 。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameter, InvalidParameterValue, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_transcode_detail_info import DescribeLiveTranscodeDetailInfoRequest

        request = DescribeLiveTranscodeDetailInfoRequest(
            push_domain=push_domain,
            stream_name=stream_name,
            day_time=day_time,
            page_num=page_num,
            page_size=page_size,
            start_day_time=start_day_time,
            end_day_time=end_day_time,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_transcode_rules(
        self,
        *,
        template_ids: list[int] | Unset = UNSET,
        domain_names: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveTranscodeRulesResponse:
        """获取转码规则列表

        Documented rate limit: 500 requests per second.

        Args:
            template_ids: 要筛选的模板ID数组。
            domain_names: 要筛选的域名数组。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_transcode_rules import DescribeLiveTranscodeRulesRequest

        request = DescribeLiveTranscodeRulesRequest(
            template_ids=template_ids, domain_names=domain_names, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_live_transcode_template(
        self,
        *,
        template_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveTranscodeTemplateResponse:
        """获取单个转码模板。

        Documented rate limit: 500 requests per second.

        Args:
            template_id: 模板 ID。
                注意：在创建转码模板接口 CreateLiveTranscodeTemplate 调用的返回值中获取模板 ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_transcode_template import DescribeLiveTranscodeTemplateRequest

        request = DescribeLiveTranscodeTemplateRequest(template_id=template_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_transcode_templates(
        self,
        *,
        template_type: Literal[0, 1] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveTranscodeTemplatesResponse:
        """获取转码模板列表。

        Documented rate limit: 500 requests per second.

        Args:
            template_type: 转码模板类型，默认0。
                0：普通转码模板。
                1：自适应码率转码模板。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_transcode_templates import DescribeLiveTranscodeTemplatesRequest

        request = DescribeLiveTranscodeTemplatesRequest(template_type=template_type, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_transcode_total_info(
        self,
        *,
        start_time: str,
        end_time: str,
        push_domains: list[str] | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveTranscodeTotalInfoResponse:
        """查询转码总量数据，可查询近三个月内的数据。

        注意：

        如果是查询某一天内，则返回5分钟粒度数据；

        如果是查询跨天或指定域名， 则返回1小时粒度数据。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 开始时间，支持最近三个月的数据查询，起始时间和结束时间跨度不能超过三个月。接口查询支持两种时间格
                式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
            end_time: 结束时间，支持最近三个月的数据查询，起始时间和结束时间跨度不能超过三个月。接口查询支持两种时间格
                式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
            push_domains: 推流域名列表，若不填，表示查询所有域名总体数据。
                指定域名时返回1小时粒度数据。
            mainland_or_oversea: 可选值：
                Mainland：查询中国大陆（境内）数据，
                Oversea：则查询国际/港澳台（境外）数据，
                默认：查询全球地区（境内+境外）的数据。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_live_transcode_total_info import DescribeLiveTranscodeTotalInfoRequest

        request = DescribeLiveTranscodeTotalInfoRequest(
            start_time=start_time,
            end_time=end_time,
            push_domains=push_domains,
            mainland_or_oversea=mainland_or_oversea,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_live_watermark(
        self,
        *,
        watermark_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveWatermarkResponse:
        """获取单个水印信息。

        Documented rate limit: 500 requests per second.

        Args:
            watermark_id: DescribeLiveWatermarks接口返回的水印 ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_watermark import DescribeLiveWatermarkRequest

        request = DescribeLiveWatermarkRequest(watermark_id=watermark_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_watermark_rules(
        self,
        *,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveWatermarkRulesResponse:
        """获取水印规则列表。

        Documented rate limit: 500 requests per second.

        Args:
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_watermark_rules import DescribeLiveWatermarkRulesRequest

        request = DescribeLiveWatermarkRulesRequest(extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_live_watermarks(
        self,
        *,
        name: str | Unset = UNSET,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveWatermarksResponse:
        """查询水印列表。

        Documented rate limit: 500 requests per second.

        Args:
            name: 水印名称
            page_no: 分页的索引参数，从1开始
            page_size: 分页的大小参数，默认值500
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_watermarks import DescribeLiveWatermarksRequest

        request = DescribeLiveWatermarksRequest(
            name=name, page_no=page_no, page_size=page_size, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_live_xp2_p_detail_info_list(
        self,
        *,
        query_time: str | Unset = UNSET,
        type_: list[str] | Unset = UNSET,
        stream_names: list[str] | Unset = UNSET,
        dimension: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLiveXP2PDetailInfoListResponse:
        """P2P流数据查询接口，用来获取流量、卡播和起播信息。

        Documented rate limit: 20 requests per second.

        Args:
            query_time: utc分钟粒度查询时间，查询某一分钟的用量数据，格式为：yyyy-mm-ddTHH:MM:00Z，参考
                https://cloud.tencent.com/document/product/266/11732#I，
                例如：北京时间2019-01-08 10:00:00，对应utc时间为：2019-01-08T10:00:00+08:00。
                支持最近六个月的查询。
            type_: 类型数组，分直播live和点播vod，不传默认查全部。
            stream_names: 查询流数组，不传默认查所有流。
            dimension: 查询维度，不传该参数则默认查询流维度的数据，传递该参数则只查对应维度的数据，和返回值的字段相关，目前支持
                AppId维度查询。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.NotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_xp2_p_detail_info_list import DescribeLiveXP2PDetailInfoListRequest

        request = DescribeLiveXP2PDetailInfoListRequest(
            query_time=query_time, type_=type_, stream_names=stream_names, dimension=dimension, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_log_download_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str],
        is_fast_live: Literal[0, 1] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeLogDownloadListResponse:
        """批量获取日志URL。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 开始时间，北京时间。
                格式：yyyy-mm-dd HH:MM:SS。
                注：此字段为北京时间（UTC+8时区）。
            end_time: 结束时间，北京时间。
                格式：yyyy-mm-dd HH:MM:SS。
                注意：结束时间 - 开始时间 <=7天。
                注：此字段为北京时间（UTC+8时区）。
            play_domains: 域名列表。
            is_fast_live: 快直播还是标准直播，0：标准直播，1：快直播。默认为0。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.InvokeCdnApiFail, InternalError.ConnectDbError,
            InternalError.DBError, InvalidParameter, InvalidParameterValue, ResourceNotFound.CdnLogEmpty,
            ResourceNotFound.CdnThemeEmpty, ResourceNotFound.DomainNotExist, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_log_download_list import DescribeLogDownloadListRequest

        request = DescribeLogDownloadListRequest(
            start_time=start_time,
            end_time=end_time,
            play_domains=play_domains,
            is_fast_live=is_fast_live,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_monitor_report(
        self,
        *,
        monitor_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeMonitorReportResponse:
        """用来查询监播场次7天内的智能识别、断流、低帧率等信息的汇总报告。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播任务ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, FailedOperation.ConflictAction,
            FailedOperation.DatabaseNotAccessible, FailedOperation.MonitorNotExist, InvalidParameter,
            InvalidParameter.NotAllowUseLVB, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_monitor_report import DescribeMonitorReportRequest

        request = DescribeMonitorReportRequest(monitor_id=monitor_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def describe_play_error_code_detail_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        granularity: int,
        stat_type: str,
        play_domains: list[str] | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribePlayErrorCodeDetailInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询下行播放错误码信息，某段时间内1分钟粒度的各http错误码出现的次数，包括4xx，5xx。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            end_time: 结束时间，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
                注：EndTime 和 StartTime 只支持最近1天的数据查询。
            granularity: 查询粒度：
                1-1分钟粒度。
            stat_type: 是，可选值包括”4xx”,”5xx”，支持”4xx,5xx”等这种混合模式。
            play_domains: 播放域名列表。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
                果为“Mainland”，查询中国大陆的数据；如果为“Oversea”，则查询中国大陆以外的数据；如果为China，
                查询中国的数据（包括港澳台）；如果为Foreign，查询国外的数据（不包括港澳台）。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_play_error_code_detail_info_list import DescribePlayErrorCodeDetailInfoListRequest

        request = DescribePlayErrorCodeDetailInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            granularity=granularity,
            stat_type=stat_type,
            play_domains=play_domains,
            mainland_or_oversea=mainland_or_oversea,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_play_error_code_sum_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        group_type: str | Unset = UNSET,
        out_language: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribePlayErrorCodeSumInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询下行播放错误码信息。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 起始时间点，北京时间。
                格式：yyyy-mm-dd HH:MM:SS。
            end_time: 结束时间点，北京时间。
                格式：yyyy-mm-dd HH:MM:SS。
                注：EndTime 和 StartTime 只支持最近1天的数据查询。
            play_domains: 播放域名列表，不填表示总体数据。
            page_num: 页数，范围[1,1000]，默认值是1。
            page_size: 每页个数，范围：[1,1000]，默认值是20。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
                果为“Mainland”，查询中国大陆的数据；如果为“Oversea”，则查询中国大陆以外的数据；如果为China，
                查询中国的数据（包括港澳台）；如果为Foreign，查询国外的数据（不包括港澳台）。
            group_type: 分组参数，可选值：CountryProIsp（默认值），Country（国家），默认是按照国家+省份+运营商来进行分
                组；目前国外的省份和运营商暂时无法识别。
            out_language: 输出字段使用的语言，可选值：Chinese（默认值），English，目前国家，省份和运营商支持多语言。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_play_error_code_sum_info_list import DescribePlayErrorCodeSumInfoListRequest

        request = DescribePlayErrorCodeSumInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            play_domains=play_domains,
            page_num=page_num,
            page_size=page_size,
            mainland_or_oversea=mainland_or_oversea,
            group_type=group_type,
            out_language=out_language,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_pro_isp_play_sum_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        stat_type: str,
        play_domains: list[str] | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        out_language: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeProIspPlaySumInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询某段时间内每个国家地区每个省份每个运营商的平均每秒流量，总流量，总请求数信息。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            end_time: 结束时间，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
                注：EndTime 和 StartTime 只支持最近1天的数据查询。
            stat_type: 统计的类型，可选值：”Province”(省份)，”Isp”(运营商)，“CountryOrArea”(国家或地区)。
            play_domains: 播放域名列表，不填则为全部。
            page_num: 页号，范围是[1,1000]，默认值是1。
            page_size: 每页个数，范围是[1,1000]，默认值是20。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
                果为“Mainland”，查询中国大陆的数据；如果为“Oversea”，则查询中国大陆以外的数据；如果为China，
                查询中国的数据（包括港澳台）；如果为Foreign，查询国外的数据（不包括港澳台）。
            out_language: 输出字段使用的语言，可选值：Chinese（默认值），English；目前国家，省份和运营商支持多语言。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_pro_isp_play_sum_info_list import DescribeProIspPlaySumInfoListRequest

        request = DescribeProIspPlaySumInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            stat_type=stat_type,
            play_domains=play_domains,
            page_num=page_num,
            page_size=page_size,
            mainland_or_oversea=mainland_or_oversea,
            out_language=out_language,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_province_isp_play_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        granularity: int,
        stat_type: Literal["Bandwidth", "FluxPerSecond", "Flux", "Request", "Online"],
        play_domains: list[str] | Unset = UNSET,
        province_names: list[str] | Unset = UNSET,
        isp_names: list[str] | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        ip_type: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeProvinceIspPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询某省份某运营商下行播放数据，包括带宽，流量，请求数，并发连接数信息。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 起始时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            end_time: 结束时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
                注：EndTime 和 StartTime 只支持最近1天的数据查询。
            granularity: 支持如下粒度：
                1：1分钟粒度（跨度不支持超过1天）
            stat_type: 统计指标类型：
                “Bandwidth”：带宽
                “FluxPerSecond”：平均流量
                “Flux”：流量
                “Request”：请求数
                “Online”：并发连接数
            play_domains: 播放域名列表。
            province_names: 要查询的省份（地区）英文名称列表，如 Beijing。
            isp_names: 要查询的运营商英文名称列表，如 China Mobile ，如果为空，查询所有运营商的数据。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
                果为“Mainland”，查询中国大陆的数据；如果为“Oversea”，则查询中国大陆以外的数据；如果为China，
                查询中国的数据（包括港澳台）；如果为Foreign，查询国外的数据（不包括港澳台）。
            ip_type: ip类型：
                “Ipv6”：Ipv6数据
                如果为空，查询总的数据；
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InternalError.HasNotLivingStream, InternalError.InvalidRequest,
            InternalError.QueryProIspPlayInfoError, InternalError.QueryUploadInfoFailed,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_province_isp_play_info_list import DescribeProvinceIspPlayInfoListRequest

        request = DescribeProvinceIspPlayInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            granularity=granularity,
            stat_type=stat_type,
            play_domains=play_domains,
            province_names=province_names,
            isp_names=isp_names,
            mainland_or_oversea=mainland_or_oversea,
            ip_type=ip_type,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_pull_stream_configs(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribePullStreamConfigs: use DescribeLivePullStreamTasks (client.describe_live_pull_stream_tasks).

        查询拉流配置(该接口已下线,请使用新接口 DescribeLivePullStreamTasks)

        The documents describe no parameters; call it with client.call('DescribePullStreamConfigs', {...}).
        """
        offline(
            "DescribePullStreamConfigs",
            "DescribeLivePullStreamTasks (client.describe_live_pull_stream_tasks)",
            "listed as offline in the API overview: 查询拉流配置(该接口已下线,请使用新接口 DescribeLivePullStreamTasks)",
        )

    async def describe_pull_transform_push_info(
        self,
        *,
        start_time: str,
        end_time: str,
        mainland_or_oversea: str | Unset = UNSET,
        source_type: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribePullTransformPushInfoResponse:
        """查询拉流转推任务的时长信息。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
            end_time: 结束时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                支持最近三年的查询，查询开始和结束时间跨度不支持超过31天。
            mainland_or_oversea: 可选值：
                Mainland：查询国内数据，
                Oversea：则查询国外数据，
                默认：查询国内+国外的数据。
            source_type: 可选值： PullLivePushLive：拉流源类型为直播 PullVodPushLive：拉流源类型为点播 PullPicPushLive：拉
                流源类型为图片 默认：查询全部拉流源类型
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_pull_transform_push_info import DescribePullTransformPushInfoRequest

        request = DescribePullTransformPushInfoRequest(
            start_time=start_time,
            end_time=end_time,
            mainland_or_oversea=mainland_or_oversea,
            source_type=source_type,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_push_bandwidth_and_flux_list(
        self,
        *,
        start_time: str,
        end_time: str,
        push_domains: list[str] | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        granularity: Literal[5, 60, 1440] | Unset = UNSET,
        region_names: list[str] | Unset = UNSET,
        country_names: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribePushBandwidthAndFluxListResponse:
        """直播推流带宽和流量数据查询。

        推流计费会先取全球推流用量和全球播放用量进行比较，满足计费条件后再按各地区用量出账。详情参见计费文档。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 查询开始时间点，精确到分钟粒度，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明。
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                支持最近两个月的查询，查询开始和结束时间跨度不支持超过31天。
            end_time: 查询结束时间点，精确到分钟粒度，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明。
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                支持最近两个月的查询，查询开始和结束时间跨度不支持超过31天。
            push_domains: 域名，可以填多个，若不填，表示总体数据。
            mainland_or_oversea: 可选值：
                Mainland：查询中国大陆（境内）数据，
                Oversea：则查询国际/港澳台（境外）数据，
                不填则默认查询全球地区（境内+境外）的数据。
            granularity: 数据粒度，支持如下粒度：
                5：5分钟粒度，（跨度不支持超过1天），
                60：1小时粒度（跨度不支持超过一个月），
                1440：天粒度（跨度不支持超过一个月）。
                默认值：5。
            region_names: 大区，映射表如下：
                China Mainland 中国大陆
                Asia Pacific I 亚太一区
                Asia Pacific II 亚太二区
                Asia Pacific III 亚太三区
                Europe 欧洲
                North America 北美
                South America 南美
                Middle East 中东
                Africa 非洲。
            country_names: 国家，映射表参照如下文档：
                https://cloud.tencent.com/document/product/267/34019。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_push_bandwidth_and_flux_list import DescribePushBandwidthAndFluxListRequest

        request = DescribePushBandwidthAndFluxListRequest(
            start_time=start_time,
            end_time=end_time,
            push_domains=push_domains,
            mainland_or_oversea=mainland_or_oversea,
            granularity=granularity,
            region_names=region_names,
            country_names=country_names,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_record(
        self,
        *,
        channel_id: str,
        task_id: int,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeRecordResponse:
        """说明：

        录制后的文件存放于云点播平台。用户如需使用录制功能，需首先自行开通云点播账号并确保账号可用。录制文件存放后，相关费用（含存储以及下行播放流量）按照云点播平台计费方式收取，请参见 价格总览 。

        Deprecated: 请使用该接口查询对应的录制任务列表信息。; use DescribeRecordTask (client.describe_record_task).

        Args:
            channel_id: 频道 ID
            task_id: 任务 ID
            page_no: 页码，默认为1
            page_size: 分页大小，默认为10
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.describe_record import DescribeRecordRequest

        deprecated(
            "DescribeRecord",
            "DescribeRecordTask (client.describe_record_task)",
            "请使用该接口查询对应的录制任务列表信息。",
        )
        request = DescribeRecordRequest(
            channel_id=channel_id, task_id=task_id, page_no=page_no, page_size=page_size, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_record_list(
        self,
        *,
        channel_id: str,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeRecordListResponse:
        """Call DescribeRecordList.

        Deprecated: 请使用该接口查询指定范围内的录制任务列表信息。; use DescribeRecordTask (client.describe_record_task).

        Args:
            channel_id: 频道 ID
            page_no: 页码，默认为1
            page_size: 分页大小，默认为10
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.describe_record_list import DescribeRecordListRequest

        deprecated(
            "DescribeRecordList",
            "DescribeRecordTask (client.describe_record_task)",
            "请使用该接口查询指定范围内的录制任务列表信息。",
        )
        request = DescribeRecordListRequest(
            channel_id=channel_id, page_no=page_no, page_size=page_size, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_record_task(
        self,
        *,
        start_time: int,
        end_time: int,
        stream_name: str | Unset = UNSET,
        domain_name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        scroll_token: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeRecordTaskResponse:
        """查询指定时间段范围内启动和结束的录制任务列表。

        使用前提

        仅用于查询由 CreateRecordTask 接口创建的录制任务。

        不能查询被 DeleteRecordTask 接口删除以及已过期（平台侧保留3个月）的录制任务。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 查询任务开始时间，Unix 时间戳。设置时间不早于当前时间之前90天的时间，且查询时间跨度不超过一周。
            end_time: 查询任务结束时间，Unix 时间戳。EndTime 必须大于 StartTime，设置时间不早于当前时间之前90天的时间，且查询时
                间跨度不超过一周。（注意：任务开始结束时间必须在查询时间范围内）。
            stream_name: 流名称。
            domain_name: 推流域名。
            app_name: 推流路径。
            scroll_token: 翻页标识，分批拉取时使用：当单次请求无法拉取所有数据，接口将会返回 ScrollToken，下一次请求携带该 Token，将
                会从下一条记录开始获取。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_record_task import DescribeRecordTaskRequest

        request = DescribeRecordTaskRequest(
            start_time=start_time,
            end_time=end_time,
            stream_name=stream_name,
            domain_name=domain_name,
            app_name=app_name,
            scroll_token=scroll_token,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_screen_shot_sheet_num_list(
        self,
        *,
        start_time: str,
        end_time: str,
        zone: str | Unset = UNSET,
        push_domains: list[str] | Unset = UNSET,
        granularity: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeScreenShotSheetNumListResponse:
        """接口用来查询直播增值业务--截图的张数

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
            end_time: 结束时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                支持最近三个月的查询，查询开始和结束时间跨度不支持超过31天。
            zone: 地域信息，可选值包括Mainland，Oversea，前者是查询中国大陆范围内的数据，后者是除中国大陆范围之外的数
                据，若不传该参数，则查询所有地区的数据。
            push_domains: 推流域名（支持查询2019年11 月1日之后的域名维度数据）。
            granularity: 数据维度，数据延迟1个半小时，可选值包括：1、Minute（5分钟粒度，最大支持查询时间范围是31天），2、Day
                （天粒度，默认值，按照北京时间做跨天处理，最大支持查询时间范围是186天当天）。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_screen_shot_sheet_num_list import DescribeScreenShotSheetNumListRequest

        request = DescribeScreenShotSheetNumListRequest(
            start_time=start_time,
            end_time=end_time,
            zone=zone,
            push_domains=push_domains,
            granularity=granularity,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_screenshot_task(
        self,
        *,
        start_time: int,
        end_time: int,
        stream_name: str | Unset = UNSET,
        domain_name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        scroll_token: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeScreenshotTaskResponse:
        """查询指定时间段范围内启动和结束的截图任务列表。

        使用前提

        仅用于查询由 CreateScreenshotTask接口创建的截图任务。

        不能查询被 DeleteScreenshotTask接口删除以及已过期（平台侧保留3个月）的截图任务。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 查询任务开始时间，Unix 时间戳。设置时间不早于当前时间之前90天的时间，且查询时间跨度不超过一周。
            end_time: 查询任务结束时间，Unix 时间戳。EndTime 必须大于 StartTime，设置时间不早于当前时间之前90天的时间，且查询时
                间跨度不超过一周。（注意：任务开始结束时间必须在查询时间范围内）。
            stream_name: 流名称。
            domain_name: 推流域名。
            app_name: 推流路径。
            scroll_token: 翻页标识，分批拉取时使用：当单次请求无法拉取所有数据，接口将会返回 ScrollToken，下一次请求携带该 Token，将
                会从下一条记录开始获取。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_screenshot_task import DescribeScreenshotTaskRequest

        request = DescribeScreenshotTaskRequest(
            start_time=start_time,
            end_time=end_time,
            stream_name=stream_name,
            domain_name=domain_name,
            app_name=app_name,
            scroll_token=scroll_token,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_stream_day_play_info_list(
        self,
        *,
        day_time: str,
        play_domain: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        service_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeStreamDayPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询天维度每条流的播放数据，包括总流量等。

        Documented rate limit: 500 requests per second.

        Args:
            day_time: 日期，格式：YYYY-mm-dd。
                第二天凌晨3点出昨天的数据，建议在这个时间点之后查询最新数据。支持最近3个月的数据查询。
            play_domain: 播放域名。
            page_num: 页号，范围[1,1000]，默认值是1。
            page_size: 每页个数，范围[100,1000]，默认值是1000。
            mainland_or_oversea: 可选值：
                Mainland：查询国内数据，
                Oversea：则查询国外数据，
                默认：查询国内+国外的数据。
            service_name: 服务名称，可选值包括LVB(标准直播)，LEB(快直播)，不填则查LVB+LEB总值。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InvalidParameter, InvalidParameterValue,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_stream_day_play_info_list import DescribeStreamDayPlayInfoListRequest

        request = DescribeStreamDayPlayInfoListRequest(
            day_time=day_time,
            play_domain=play_domain,
            page_num=page_num,
            page_size=page_size,
            mainland_or_oversea=mainland_or_oversea,
            service_name=service_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_stream_play_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domain: str | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        service_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeStreamPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询播放数据，支持按流名称查询详细播放数据，也可按播放域名查询详细总数据，数据延迟4分钟左右。

        Documented rate limit: 500 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）yyyy-MM-dd HH:mm:ss：使用此格式时，默认代表北京时间。
                开始时间和结束时间的格式需要保持一致。
            end_time: 结束时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）yyyy-MM-dd HH:mm:ss：使用此格式时，默认代表北京时间。
                开始时间和结束时间的格式需要保持一致。结束时间和开始时间跨度不支持超过24小时，支持距当前时间一个月内的数据查
                询。
            play_domain: 播放域名，
                若不填，则为查询所有播放域名的在线流数据。
            stream_name: 流名称，精确匹配。
                若不填，则为查询总体播放数据。
            app_name: 推流路径，与播放地址中的AppName保持一致，会精确匹配，在同时传递了StreamName时生效。
                若不填，则为查询总体播放数据。
            service_name: 服务名称，可选值包括LVB(标准直播)，LEB(快直播)，不填则查LVB+LEB总值。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InternalError.DBError, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_stream_play_info_list import DescribeStreamPlayInfoListRequest

        request = DescribeStreamPlayInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            play_domain=play_domain,
            stream_name=stream_name,
            app_name=app_name,
            service_name=service_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_stream_push_info_list(
        self,
        *,
        stream_name: str,
        start_time: str,
        end_time: str,
        push_domain: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeStreamPushInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询流id的上行推流质量数据，包括音视频的帧率，码率，流逝时间，编码格式等。

        Documented rate limit: 40 requests per second.

        Args:
            stream_name: 流名称。
            start_time: 起始时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            end_time: 结束时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
                支持查询最近7天数据，建议查询时间跨度在3小时之内。
            push_domain: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_stream_push_info_list import DescribeStreamPushInfoListRequest

        request = DescribeStreamPushInfoListRequest(
            stream_name=stream_name,
            start_time=start_time,
            end_time=end_time,
            push_domain=push_domain,
            app_name=app_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_time_shift_record_detail(
        self,
        *,
        domain: str,
        app_name: str,
        stream_name: str,
        start_time: int,
        end_time: int,
        domain_group: str | Unset = UNSET,
        trans_code_id: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeTimeShiftRecordDetailResponse:
        """前提调用 DescribeTimeShiftStreamList 获得请求必要参数。查询指定范围内的时移流录制详情，最大支持24小时范围查询。

        Documented rate limit: 20 requests per second.

        Args:
            domain: 推流域名。
            app_name: 推流路径。
            stream_name: 流名称。
            start_time: 查询范围起始时间，Unix 时间戳。
            end_time: 查询范围终止时间，Unix 时间戳。
            domain_group: 推流域名所属组，没有域名组或者域名组为空字符串可不填。
            trans_code_id: 转码模板ID，转码模板ID为0可不填。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_time_shift_record_detail import DescribeTimeShiftRecordDetailRequest

        request = DescribeTimeShiftRecordDetailRequest(
            domain=domain,
            app_name=app_name,
            stream_name=stream_name,
            start_time=start_time,
            end_time=end_time,
            domain_group=domain_group,
            trans_code_id=trans_code_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_time_shift_stream_list(
        self,
        *,
        start_time: int,
        end_time: int,
        stream_name: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        domain_group: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeTimeShiftStreamListResponse:
        """查询某个时间范围内所有时移流列表。最大支持查询24小时内的数据。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 查询范围起始时间，Unix 时间戳。
            end_time: 查询范围结束时间，Unix 时间戳。
            stream_name: 流名称。
            domain: 推流域名。
            domain_group: 推流域名所属域名组。
            page_size: 用户指定要返回的最大结果数，取值范围[0,100]，不指定或者指定为0时，API
                默认值为100。指定超过100时，API 强制使用100。指定值为负数时，接口返回错误。
            page_num: 指定拉取的页码，不传时默认为1。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_time_shift_stream_list import DescribeTimeShiftStreamListRequest

        request = DescribeTimeShiftStreamListRequest(
            start_time=start_time,
            end_time=end_time,
            stream_name=stream_name,
            domain=domain,
            domain_group=domain_group,
            page_size=page_size,
            page_num=page_num,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_top_client_ip_sum_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        order_param: str | Unset = UNSET,
        mainland_or_oversea: str | Unset = UNSET,
        out_language: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeTopClientIpSumInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询某段时间top n客户端ip汇总信息（暂支持top 1000）

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            end_time: 结束时间点，
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
                时间跨度在[0,4小时]，支持最近1天数据查询。
            play_domains: 播放域名，默认为不填，表示求总体数据。
            page_num: 页号，范围是[1,1000]，默认值是1。
            page_size: 每页个数，范围是[1,1000]，默认值是20。
            order_param: 排序指标，可选值包括TotalRequest（默认值），FailedRequest,TotalFlux。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
                果为“Mainland”，查询中国大陆的数据；如果为“Oversea”，则查询中国大陆以外的数据；如果为China，
                查询中国的数据（包括港澳台）；如果为Foreign，查询国外的数据（不包括港澳台）。
            out_language: 输出字段使用的语言，可选值：Chinese（默认值），English；目前国家，省份和运营商支持多语言。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameter, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_top_client_ip_sum_info_list import DescribeTopClientIpSumInfoListRequest

        request = DescribeTopClientIpSumInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            play_domains=play_domains,
            page_num=page_num,
            page_size=page_size,
            order_param=order_param,
            mainland_or_oversea=mainland_or_oversea,
            out_language=out_language,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def describe_transcode_task_num(
        self,
        *,
        start_time: str,
        end_time: str,
        push_domains: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeTranscodeTaskNumResponse:
        """查询转码任务数。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间，格式：yyyy-mm-dd HH:MM:SS。
            end_time: 结束时间，格式：yyyy-mm-dd HH:MM:SS。
            push_domains: 推流域名列表，不填表示总体数据。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_transcode_task_num import DescribeTranscodeTaskNumRequest

        request = DescribeTranscodeTaskNumRequest(
            start_time=start_time, end_time=end_time, push_domains=push_domains, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_upload_stream_nums(
        self,
        *,
        start_time: str,
        end_time: str,
        domains: list[str] | Unset = UNSET,
        granularity: Literal[5, 1440] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeUploadStreamNumsResponse:
        """直播上行路数查询。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
            end_time: 结束时间点，接口查询支持两种时间格式：
                1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
                https://cloud.tencent.com/document/product/266/11732#I
                2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
                起始和结束时间跨度不支持超过31天。支持最近31天的数据查询
            domains: 直播域名，若不填，表示总体数据。
            granularity: 数据粒度，支持如下粒度：
                5：5分钟粒度，（跨度不支持超过1天），
                1440：天粒度（跨度不支持超过一个月）。
                默认值：5。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_upload_stream_nums import DescribeUploadStreamNumsRequest

        request = DescribeUploadStreamNumsRequest(
            start_time=start_time, end_time=end_time, domains=domains, granularity=granularity, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def describe_visit_top_sum_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        top_index: str,
        play_domains: list[str] | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        order_param: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DescribeVisitTopSumInfoListResponse:
        """查询某时间段top n的域名或流id信息（暂支持top 1000）。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间点，格式为yyyy-mm-dd HH:MM:SS。
            end_time: 结束时间点，格式为yyyy-mm-dd HH:MM:SS
                时间跨度在(0,4小时]，支持最近1天数据查询。
            top_index: 峰值指标，可选值包括”Domain”，”StreamId”。
            play_domains: 播放域名，默认为不填，表示求总体数据。
            page_num: 页号，
                范围是[1,1000]，
                默认值是1。
            page_size: 每页个数，范围是[1,1000]，
                默认值是20。
            order_param: 排序指标，可选值包括” AvgFluxPerSecond”，”TotalRequest”（默认）,“TotalFlux”。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_visit_top_sum_info_list import DescribeVisitTopSumInfoListRequest

        request = DescribeVisitTopSumInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            top_index=top_index,
            play_domains=play_domains,
            page_num=page_num,
            page_size=page_size,
            order_param=order_param,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def drop_live_stream(
        self,
        *,
        stream_name: str,
        domain_name: str,
        app_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.DropLiveStreamResponse:
        """断开推流连接，但可以重新推流。

        注：对已经不活跃的流，调用该断流接口时，接口返回成功。

        Documented rate limit: 100 requests per second.

        Args:
            stream_name: 流名称。
            domain_name: 您的推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.CallOtherSvrError, InternalError.ConfigNotExist, InternalError.GetBizidError,
            InternalError.GetStreamInfoError, InternalError.GetUpstreamInfoError,
            InternalError.NotPermmitOperat, InternalError.StreamStatusError, InternalError.UpdateDataError,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.drop_live_stream import DropLiveStreamRequest

        request = DropLiveStreamRequest(
            stream_name=stream_name, domain_name=domain_name, app_name=app_name, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def enable_live_domain(
        self,
        *,
        domain_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.EnableLiveDomainResponse:
        """启用状态为停用的直播域名。

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 待启用的直播域名。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.SdkNoPackage, InternalError, InternalError.ConnectDbError,
            InternalError.DBError, InvalidParameter.CloudDomainIsStop, InvalidParameter.DomainFormatError,
            InvalidParameter.DomainHitBlackList, ResourceNotFound, ResourceNotFound.DomainNoRecord,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.InvalidUser,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.enable_live_domain import EnableLiveDomainRequest

        request = EnableLiveDomainRequest(domain_name=domain_name, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def enable_optimal_switching(
        self,
        *,
        stream_name: str,
        enable_switch: int | Unset = UNSET,
        host_group_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.EnableOptimalSwitchingResponse:
        """启用择优调度。

        注意：流维度的择优调度，当主备流结束后自动失效。

        Documented rate limit: 20 requests per second.

        Args:
            stream_name: 针对该流 ID 启用择优调度。
            enable_switch: 启用开关，默认为启用。
                0 - 禁用。
                1 - 启用。
            host_group_name: 要启用自动择优的流所属的域名分组名称。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.enable_optimal_switching import EnableOptimalSwitchingRequest

        request = EnableOptimalSwitchingRequest(
            stream_name=stream_name,
            enable_switch=enable_switch,
            host_group_name=host_group_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def forbid_live_domain(
        self,
        *,
        domain_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ForbidLiveDomainResponse:
        """停止使用某个直播域名。

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 待停用的直播域名。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError, ResourceNotFound,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.forbid_live_domain import ForbidLiveDomainRequest

        request = ForbidLiveDomainRequest(domain_name=domain_name, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def forbid_live_stream(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        resume_time: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ForbidLiveStreamResponse:
        """禁止某条流的推送，可以预设某个时刻将流恢复。

        注意：

        1. 默认只要流名称正确，禁推就会生效。

        2. 如需要推流域名+推流路径+流名称 强匹配生效禁推，需提单联系售后开启配置。

        3. 如果配置了域名分组，需填写准确推流域名，才可断掉当前推流。

        Documented rate limit: 200 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            domain_name: 您的推流域名。
            stream_name: 流名称。
            resume_time: 恢复流的时间。UTC 格式，例如：2018-11-29T19:00:00Z。
                注意：
                1. 默认禁推7天，且最长支持禁推90天。
                2. 北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
            reason: 禁推原因。
                注明：请务必填写禁推原因，防止误操作。
                长度限制：2048字节。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.CallOtherSvrError, InternalError.ConfigNotExist, InternalError.GetBizidError,
            InternalError.GetStreamInfoError, InternalError.GetUpstreamInfoError,
            InternalError.NotPermmitOperat, InternalError.StreamStatusError, InternalError.UpdateDataError,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.forbid_live_stream import ForbidLiveStreamRequest

        request = ForbidLiveStreamRequest(
            app_name=app_name,
            domain_name=domain_name,
            stream_name=stream_name,
            resume_time=resume_time,
            reason=reason,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def get_vod_record_files(
        self,
        *,
        channel_id: str,
        start_time: str,
        end_time: str | Unset = UNSET,
        page_num: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.GetVodRecordFilesResponse:
        """Call GetVodRecordFiles.

        Deprecated: offline legacy interface at live.api.qcloud.com; the documents name no replacement.

        Args:
            channel_id: 频道的 ID 号
            start_time: 开始时间。中国标准时间，需要 URLEncode。如：2016-01-01 00:00:00，编码为：2016-01-
                01+00%3a00%3a00
            end_time: 结束时间。中国标准时间，需要 URLEncode，默认不限结束时间
            page_num: 页码，默认值1
            page_size: 一页的记录数，默认值20
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.get_vod_record_files import GetVodRecordFilesRequest

        deprecated("GetVodRecordFiles", None, "offline legacy interface at live.api.qcloud.com")
        request = GetVodRecordFilesRequest(
            channel_id=channel_id,
            start_time=start_time,
            end_time=end_time,
            page_num=page_num,
            page_size=page_size,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def get_live_stat(
        self,
        *,
        cmd: str,
        interface: str,
        t: int,
        sign: str,
        param_n_page_no: int | Unset = UNSET,
        param_n_page_size: int | Unset = UNSET,
        param_s_stream_id: str | Unset = UNSET,
        param_s_pull_domain: str | Unset = UNSET,
        param_s_push_domain: str | Unset = UNSET,
        ret: int | Unset = UNSET,
        message: str | Unset = UNSET,
        output: list[dict[str, Any]] | Unset = UNSET,
        stream_count: int | Unset = UNSET,
        stream_info: list[dict[str, Any]] | Unset = UNSET,
        total_bandwidth: float | Unset = UNSET,
        total_online: int | Unset = UNSET,
        stream_name: str | Unset = UNSET,
        bandwidth: float | Unset = UNSET,
        online: int | Unset = UNSET,
        client_ip: dict[str, Any] | Unset = UNSET,
        server_ip: dict[str, Any] | Unset = UNSET,
        fps: int | Unset = UNSET,
        speed: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.GetLiveStatResponse:
        """Get_LivePushStat ：仅返回推流统计信息以提高查询效率。

        Get_LivePlayStat ：仅返回播放统计信息以提高查询效率。

        地址

        API 调用地址为： http://statcgi.video.qcloud.com/common_access 。

        用途

        查询某条直播流的统计信息（如观看人数、带宽、码率、帧率等）。

        查询当前正在直播状态中的若干条直播流的统计信息（建议采用分页查询避免单次回包数据过大）。

        说明

        统计数据均为查询时间点的瞬时统计数据，而并非历史累计数据。

        如果目标流不在直播中，则返回结果中的 output  字段为空。

        推流信息的统计数据每5秒钟更新一次，无需以快于5s的频率进行查询。

        播放信息的统计数据每1分钟更新一次，无需以快于60s的频率进行查询。

        BETA

        统计接口目前尚处于 Beta 阶段，并未全员放开，未开通即调用此接口会收到 cmd is invalid 提示，如您急需请联系我们。

        Args:
            cmd: int 即直播 APPID，用于区分不同客户的身份
            interface: 如：Get_LivePushStat
            t: UNIX 时间戳（十进制）
            sign: MD5(key+t)
            param_n_page_no: 从1开始，默认为1
            param_n_page_size: 1 - 300，默认为300
            param_s_stream_id: 如不设置 stream_id：查询所有正在直播中的流
            param_s_pull_domain: 即播放域名，如果不填则返回所有域名的播放数据
            param_s_push_domain: 推流域名，如果不填，查询所有推流域名下的流列表
            ret: 0：成功；其他值：失败
            message: 错误信息
            output: 详情见下
            stream_count: -
            stream_info: 详情见下
            total_bandwidth: 单位：Mbps
            total_online: 单位：人
                其中 stream_info 的主要内容为：
            stream_name: -
            bandwidth: 单位：Mbps
            online: 单位：人
            client_ip: string -
            server_ip: string -
            fps: -
            speed: bps
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.get_live_stat import GetLiveStatRequest

        request = GetLiveStatRequest(
            cmd=cmd,
            interface=interface,
            t=t,
            sign=sign,
            param_n_page_no=param_n_page_no,
            param_n_page_size=param_n_page_size,
            param_s_stream_id=param_s_stream_id,
            param_s_pull_domain=param_s_pull_domain,
            param_s_push_domain=param_s_push_domain,
            ret=ret,
            message=message,
            output=output,
            stream_count=stream_count,
            stream_info=stream_info,
            total_bandwidth=total_bandwidth,
            total_online=total_online,
            stream_name=stream_name,
            bandwidth=bandwidth,
            online=online,
            client_ip=client_ip,
            server_ip=server_ip,
            fps=fps,
            speed=speed,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def live_channel_get_channel_list(
        self,
        *,
        appid: str,
        ret: int | Unset = UNSET,
        message: str | Unset = UNSET,
        output: list[dict[str, Any]] | Unset = UNSET,
        all_count: int | Unset = UNSET,
        channel_list: list[dict[str, Any]] | Unset = UNSET,
        channel_id: str | Unset = UNSET,
        channel_name: str | Unset = UNSET,
        create_mode: str | Unset = UNSET,
        create_time: str | Unset = UNSET,
        path: list[str] | Unset = UNSET,
        status: Literal[0, 1, 2, 3, 4] | Unset = UNSET,
        watermark_id: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.LiveChannelGetChannelListResponse:
        """地址

        API 调用地址为： http://fcgi.video.qcloud.com/common_access 。

        用途

        在直播码模式下，用于查询当前频道列表。

        说明

        可以查询特定状态的频道列表，如可过滤当前处于开启状态的频道。

        Args:
            appid: int 直播 appid，账户信息中获取
            ret: 0：成功；其他值：失败
            message: 错误描述
            output: -
            all_count: -
            channel_list: -
            channel_id: string -
            channel_name: -
            create_mode: -
            create_time: -
                目标：查询该账号下当开启的频道列表
            path: -
            status: 0：无输入，1：正常，2：服务错误，3：关闭，4：禁止
            watermark_id: String -
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.live_channel_get_channel_list import LiveChannelGetChannelListRequest

        request = LiveChannelGetChannelListRequest(
            appid=appid,
            ret=ret,
            message=message,
            output=output,
            all_count=all_count,
            channel_list=channel_list,
            channel_id=channel_id,
            channel_name=channel_name,
            create_mode=create_mode,
            create_time=create_time,
            path=path,
            status=status,
            watermark_id=watermark_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def live_channel_get_live_channel_list(
        self,
        *,
        appid: str,
        interface: str,
        t: int,
        sign: str,
        ret: int | Unset = UNSET,
        message: str | Unset = UNSET,
        output: list[dict[str, Any]] | Unset = UNSET,
        all_count: int | Unset = UNSET,
        channel_list: list[dict[str, Any]] | Unset = UNSET,
        channel_id: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.LiveChannelGetLiveChannelListResponse:
        """地址

        API 调用地址为： http://fcgi.video.qcloud.com/common_access 。

        用途

        在直播码模式下，用于查询直播中频道列表。

        Args:
            appid: int 即直播 appid，用于区分不同客户的身份，账户信息中获取
            interface: Live_Channel_GetLiveChannelList
            t: -
            sign: md5(key+ 有效截止时间戳)
            ret: 0：成功；其他值：失败
            message: 错误描述
            output: -
            all_count: -
            channel_list: -
            channel_id: string -
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.live_channel_get_live_channel_list import LiveChannelGetLiveChannelListRequest

        request = LiveChannelGetLiveChannelListRequest(
            appid=appid,
            interface=interface,
            t=t,
            sign=sign,
            ret=ret,
            message=message,
            output=output,
            all_count=all_count,
            channel_list=channel_list,
            channel_id=channel_id,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def live_channel_get_status(
        self,
        *,
        appid: str,
        interface: str,
        t: int,
        sign: str,
        param_s_channel_id: str,
        ret: int | Unset = UNSET,
        retcode: int | Unset = UNSET,
        message: str | Unset = UNSET,
        errmsg: str | Unset = UNSET,
        output: list[dict[str, Any]] | Unset = UNSET,
        rate_type: Literal[0, 10, 20] | Unset = UNSET,
        recv_type: Literal[1, 2, 3] | Unset = UNSET,
        status: Literal[0, 1, 3] | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.LiveChannelGetStatusResponse:
        """地址

        API 调用地址为： http://fcgi.video.qcloud.com/common_access 。

        用途

        用于查询某条流是否处于正在直播的状态，其内部原理是基于腾讯云对音视频流的中断检测而实现的，因此实时性上可能不如 App 的主动上报这么快速和准确，但在进行直播流定时清理检查的时候可以作为一种不错的补充手段。

        说明

        如果要查询的推流直播码从来没有推过流，会返回 20601 错误码。

        Args:
            appid: int 即直播 appid，用于区分不同客户的身份
            interface: Live_Channel_GetStatus
            t: UNIX 时间戳
            sign: MD5(key+t)
            param_s_channel_id: 一次只能查询一条直播流
            ret: 0：成功；其他值：失败
            retcode: 同 ret
            message: 错误信息
            errmsg: 同 message
            output: 详情见下
            rate_type: 0：原始码率；10：普清；20：高清
            recv_type: 1：rtmp/flv；2：hls；3：rtmp/flv+hls
            status: 0：无输入；1：直播中；3：禁用
            width: 单位：像素
            height: 单位：像素
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.live_channel_get_status import LiveChannelGetStatusRequest

        request = LiveChannelGetStatusRequest(
            appid=appid,
            interface=interface,
            t=t,
            sign=sign,
            param_s_channel_id=param_s_channel_id,
            ret=ret,
            retcode=retcode,
            message=message,
            errmsg=errmsg,
            output=output,
            rate_type=rate_type,
            recv_type=recv_type,
            status=status,
            width=width,
            height=height,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def live_channel_set_status(
        self,
        *,
        appid: str,
        interface: str,
        t: int,
        sign: str,
        param_s_channel_id: str,
        param_n_status: int,
        param_s_path: str | Unset = UNSET,
        param_s_domain: str | Unset = UNSET,
        ret: int | Unset = UNSET,
        message: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.LiveChannelSetStatusResponse:
        """对一条直播流执行禁用、断流和允许推流操作。 禁用表示不能再继续使用该流 ID 推流；如果正在推流，则推流会被中断，中断后不可再次推流。断流表示中断正在推的流，断流后可以再次推流。允许推流表示启用该流 ID，允许用该流 ID 推流。

        地址

        API 调用地址为： http://fcgi.video.qcloud.com/common_access 。

        用途

        主要用于鉴黄时的禁播场景，例如，您如果在后台发现某个主播有涉黄或者反动内容，可以随时断流或者禁用这条流。

        说明

        一条直播流一旦被设置为禁用状态，推流链路将被腾讯云主动断开，并且后续的推流请求也会被拒绝，一条流最长禁用7天，超过7天，禁用失效。

        Args:
            appid: int 即直播 APPID，用于区分不同客户的身份
            interface: Live_Channel_SetStatus
            t: UNIX 时间戳
            sign: MD5(key+t)
            param_s_channel_id: -
            param_n_status: 0表示禁用，1表示允许推流，2表示断流
            param_s_path: 多路径用户使用
            param_s_domain: 多域名用户使用
            ret: 0：成功；其他值：失败
            message: 错误信息
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.live_channel_set_status import LiveChannelSetStatusRequest

        request = LiveChannelSetStatusRequest(
            appid=appid,
            interface=interface,
            t=t,
            sign=sign,
            param_s_channel_id=param_s_channel_id,
            param_n_status=param_n_status,
            param_s_path=param_s_path,
            param_s_domain=param_s_domain,
            ret=ret,
            message=message,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def live_set_delay(
        self,
        *,
        appid: str,
        interface: str,
        t: int,
        sign: str,
        param_s_channel_id: str,
        param_n_time_length: int,
        ret: int | Unset = UNSET,
        message: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.LiveSetDelayResponse:
        """接口

        Live_Set_Delay：对直播流进行延播设置。

        地址

        API 调用地址： http://fcgi.video.qcloud.com/common_access 。

        用途

        延播功能主要用于直播流的延迟播放。

        说明

        延播上限为10分钟。

        若需取消延播，可设置 time_length=0。

        推流前设置延播，则推流时生效。

        推流中设置延播，则当前流会在 time_length 时间内处于黑屏状态，达到延播时间后恢复播放。

        Args:
            appid: int 即直播 APPID，用于区分不同客户的身份
            interface: Live_Set_Delay
            t: UNIX 时间戳（十进制）
            sign: MD5(key+t)
            param_s_channel_id: 直播码 ID
            param_n_time_length: 单位秒，上限600s
            ret: 0：成功；其他值：失败
            message: 错误信息
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.live_set_delay import LiveSetDelayRequest

        request = LiveSetDelayRequest(
            appid=appid,
            interface=interface,
            t=t,
            sign=sign,
            param_s_channel_id=param_s_channel_id,
            param_n_time_length=param_n_time_length,
            ret=ret,
            message=message,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def live_tape_start(
        self,
        *,
        ret: int | Unset = UNSET,
        message: str | Unset = UNSET,
        output: list[dict[str, Any]] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.LiveTapeStartResponse:
        """地址

        API 调用地址为： http://fcgi.video.qcloud.com/common_access 。

        说明

        录制文件存放于点播平台。用户如需使用录制功能，需首先自行开通点播服务，录制文件存放后相关费用（含存储以及下行播放流量）按照点播平台计费方式收取，具体请参考 计费概述  文档。

        创建录制任务。该接口支持两种录制模式，定时录制任务和实时视频录制模式，定时任务录制由于需要传入任务开始时间导致可能会错过精彩视频的录制，实时视频录制功能则可满足出现精彩视频的瞬间同步录制。调用接口超时设置应大于3秒，小于3秒重试以及频繁调用都有可能产生重复录制任务。

        为避免恶意或非主观的频繁 API 请求，对定时录制模式最大创建任务数做了限制，当天可以创建的最大任务数不超过4000（不含已删除的任务）；当前时刻并发运行的任务数不超过400。有超出此限制的需要 提工单  申请。

        Args:
            ret: 0：成功；其他值：失败
            message: 错误信息
            output: 详情见下
            task_id: int 64位无符整形
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.live_tape_start import LiveTapeStartRequest

        request = LiveTapeStartRequest(
            ret=ret, message=message, output=output, task_id=task_id, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def live_tape_stop(
        self,
        *,
        appid: str,
        interface: str,
        t: int,
        sign: str,
        param_s_channel_id: str,
        param_n_task_id: str,
        param_n_task_sub_type: int | Unset = UNSET,
        ret: int | Unset = UNSET,
        message: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.LiveTapeStopResponse:
        """地址

        API 调用地址为： http://fcgi.video.qcloud.com/common_access 。

        说明

        结束录制任务。

        Args:
            appid: int 直播 appid，用于区分不同客户的身份
            interface: Live_Tape_Stop
            t: UNIX 时间戳
            sign: MD5(key+t)
            param_s_channel_id: string -
            param_n_task_id: int -
            param_n_task_sub_type: 默认为0，1：开启小视频
            ret: 0：成功；其他值：失败
            message: 错误信息
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.live_tape_stop import LiveTapeStopRequest

        request = LiveTapeStopRequest(
            appid=appid,
            interface=interface,
            t=t,
            sign=sign,
            param_s_channel_id=param_s_channel_id,
            param_n_task_id=param_n_task_id,
            param_n_task_sub_type=param_n_task_sub_type,
            ret=ret,
            message=message,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_caster(
        self,
        *,
        caster_id: int,
        caster_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        record_template_id: int | Unset = UNSET,
        record_status: Literal[0, 1] | Unset = UNSET,
        expire_time: int | Unset = UNSET,
        delay_time: int | Unset = UNSET,
        transition_type: str | Unset = UNSET,
        pgm_width: int | Unset = UNSET,
        pgm_height: int | Unset = UNSET,
        pgm_fps: int | Unset = UNSET,
        pgm_bit_rate: int | Unset = UNSET,
        fee_type: int | Unset = UNSET,
        record_task_id: str | Unset = UNSET,
        pgm_audio_bit_rate: Literal[0, 128, 192, 256] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyCasterResponse:
        """该接口用来设置导播台的描述、名称、录制模板id等参数。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            caster_name: 导播台名称
            description: 导播台的描述
                最大允许长度256
            record_template_id: 录制模板id。
                默认为0。
                当使用直播录制功能时，可将使用的录制模版填入。
                该接口仅保存字段，不涉及任何录制功能。
            record_status: 录制状态，当调用录制接口后，可通过该字段保存录制状态。
                0：未录制
                1：录制中
                该接口仅保存字段，不涉及任何录制处理。
            expire_time: 导播台的过期时间戳。值为-1或unix时间戳。
                默认值为-1。
                当值为-1时，表示该导播台永不过期。
                当值为正常unix时间戳时，导播台将在该时间过期。
                导播台过期后，预监与主监画面将自动停止，转推自动停止。
                点播、直播url将停止转拉，推流url需自行停止推流。
            delay_time: 导播台延时播放时间，单位为秒。
                默认为0，最大支持300秒
            transition_type: 导播台转场类型。
                默认为空。
                允许使用通过DescribeCasterTransitionTypes接口中查询到的转场类型。
            pgm_width: 导播台主监输出的宽度，单位为像素。
                默认为1280，最大允许4096。
            pgm_height: 导播台主监输出的高度，单位为像素。
                默认为720，最大允许2160。
            pgm_fps: 导播台主监输出的帧率。
                默认为0，表示随源输出。 最大支持60。
            pgm_bit_rate: 导播台主监输出的码率，单位为kbps。
                默认为0，表示随源的码率输出。
                最大允许10000kbps。
            fee_type: 导播台的计费类型。
                0 通用型
                1 播单型。
                注： 本参数暂无作用。
            record_task_id: 录制接口返回的taskid
                注：该接口只做字段保存，不涉及录制操作。
            pgm_audio_bit_rate: 导播台主监输出的音频码率，单位为kbps。
                可选项：[0, 128, 192, 256]
                默认值为0，表示随源的音频码率输出。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.modify_caster import ModifyCasterRequest

        request = ModifyCasterRequest(
            caster_id=caster_id,
            caster_name=caster_name,
            description=description,
            record_template_id=record_template_id,
            record_status=record_status,
            expire_time=expire_time,
            delay_time=delay_time,
            transition_type=transition_type,
            pgm_width=pgm_width,
            pgm_height=pgm_height,
            pgm_fps=pgm_fps,
            pgm_bit_rate=pgm_bit_rate,
            fee_type=fee_type,
            record_task_id=record_task_id,
            pgm_audio_bit_rate=pgm_audio_bit_rate,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_caster_input_info(
        self,
        *,
        caster_id: int,
        input_info: structures.CasterInputInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyCasterInputInfoResponse:
        """该接口用来修改已经设置过的输入源信息，如源地址，源类型等。

        设置前，需保证待修改的输入源已经存在。若不存在，需使用AddCasterInputInfo接口。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            input_info: 修改的导播台输入源信息
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.InputIsNotActive,
            FailedOperation.InputNotExist, FailedOperation.InputUsedInAutoCast,
            FailedOperation.InputUsedInPgm, FailedOperation.InputUsedInPvw, FailedOperation.LayoutUsedInPgm,
            FailedOperation.LayoutUsedInPvw, FailedOperation.StartPullFailed,
            FailedOperation.StopPullFailed, InternalError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.modify_caster_input_info import ModifyCasterInputInfoRequest

        request = ModifyCasterInputInfoRequest(caster_id=caster_id, input_info=input_info, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def modify_caster_layout_info(
        self,
        *,
        caster_id: int,
        layout_info: structures.CasterLayoutInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyCasterLayoutInfoResponse:
        """该接口用来修改布局参数

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            layout_info: 导播台布局参数信息。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.LayoutNotExist,
            FailedOperation.LayoutUsedInAutoCast, FailedOperation.LayoutUsedInPgm,
            FailedOperation.LayoutUsedInPvw, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.modify_caster_layout_info import ModifyCasterLayoutInfoRequest

        request = ModifyCasterLayoutInfoRequest(caster_id=caster_id, layout_info=layout_info, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def modify_caster_mark_pic_info(
        self,
        *,
        caster_id: int,
        mark_pic_info: structures.CasterMarkPicInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyCasterMarkPicInfoResponse:
        """该接口用来修改导播台水印信息。

        注意，修改的Index对应的水印需已存在

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_pic_info: 新的水印信息。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.MarkPicNotExist, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.modify_caster_mark_pic_info import ModifyCasterMarkPicInfoRequest

        request = ModifyCasterMarkPicInfoRequest(
            caster_id=caster_id, mark_pic_info=mark_pic_info, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def modify_caster_mark_word_info(
        self,
        *,
        caster_id: int,
        mark_word_info: structures.CasterMarkWordInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyCasterMarkWordInfoResponse:
        """该接口用来修改导播台文本配置。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_word_info: 修改的文本配置。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.LayoutUsedInPvw,
            FailedOperation.MarkWordNotExist, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.modify_caster_mark_word_info import ModifyCasterMarkWordInfoRequest

        request = ModifyCasterMarkWordInfoRequest(
            caster_id=caster_id, mark_word_info=mark_word_info, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def modify_caster_output_info(
        self,
        *,
        caster_id: int,
        output_info: structures.CasterOutputInfo,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyCasterOutputInfoResponse:
        """该接口用来修改导播台的推流信息。

        注：只有在主监启动前设置才生效，主监启动后设置，下次推流生效。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            output_info: 导播台推流参数信息。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.OutputIsNotExist,
            InternalError, InvalidParameter, InvalidParameter.InvalidUrl, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.modify_caster_output_info import ModifyCasterOutputInfoRequest

        request = ModifyCasterOutputInfoRequest(caster_id=caster_id, output_info=output_info, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def modify_lvb_channel(
        self,
        *,
        channel_id: int,
        channel_name: str,
        channel_describe: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLVBChannelResponse:
        """Call ModifyLVBChannel.

        Deprecated: offline legacy interface at live.api.qcloud.com; the documents name no replacement.

        Args:
            channel_id: 频道的 ID 号
            channel_name: 直播频道名称
            channel_describe: 直播频道描述
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.modify_lvb_channel import ModifyLVBChannelRequest

        deprecated("ModifyLVBChannel", None, "offline legacy interface at live.api.qcloud.com")
        request = ModifyLVBChannelRequest(
            channel_id=channel_id, channel_name=channel_name, channel_describe=channel_describe, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def modify_live_callback_template(
        self,
        *,
        template_id: int,
        template_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        stream_begin_notify_url: str | Unset = UNSET,
        stream_end_notify_url: str | Unset = UNSET,
        record_notify_url: str | Unset = UNSET,
        record_status_notify_url: str | Unset = UNSET,
        snapshot_notify_url: str | Unset = UNSET,
        porn_censorship_notify_url: str | Unset = UNSET,
        callback_key: str | Unset = UNSET,
        push_exception_notify_url: str | Unset = UNSET,
        audio_audit_notify_url: str | Unset = UNSET,
        record_exception_notify_url: str | Unset = UNSET,
        record_exception_levels: list[str] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLiveCallbackTemplateResponse:
        """修改回调模板。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: DescribeLiveCallbackTemplates接口返回的模板 ID。
            template_name: 模板名称。
            description: 描述信息。
            stream_begin_notify_url: 开播回调 URL。
            stream_end_notify_url: 断流回调 URL。
            record_notify_url: 录制文件回调 URL。
            record_status_notify_url: 录制状态回调 URL 。
            snapshot_notify_url: 截图回调 URL。
            porn_censorship_notify_url: 鉴黄回调 URL。
            callback_key: 回调 Key，回调 URL 公用，回调签名详见事件消息通知文档。
                事件消息通知。
            push_exception_notify_url: 推流异常回调 URL。
            audio_audit_notify_url: 音频审核回调 URL。
            record_exception_notify_url: 录制异常回调 URL。
            record_exception_levels: 录制异常回调级别，可选择：error、warning、info。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.ConfInUsed, FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.InvalidInput,
            InternalError.NotFound, InternalError.RuleAlreadyExist, InternalError.RuleInUsing,
            InternalError.RuleNotFound, InvalidParameter, InvalidParameter.ArgsNotMatch,
            InvalidParameter.COSCustomFileNameError, InvalidParameter.InvalidVodFileName,
            InvalidParameter.UrlNotSafe, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.modify_live_callback_template import ModifyLiveCallbackTemplateRequest

        request = ModifyLiveCallbackTemplateRequest(
            template_id=template_id,
            template_name=template_name,
            description=description,
            stream_begin_notify_url=stream_begin_notify_url,
            stream_end_notify_url=stream_end_notify_url,
            record_notify_url=record_notify_url,
            record_status_notify_url=record_status_notify_url,
            snapshot_notify_url=snapshot_notify_url,
            porn_censorship_notify_url=porn_censorship_notify_url,
            callback_key=callback_key,
            push_exception_notify_url=push_exception_notify_url,
            audio_audit_notify_url=audio_audit_notify_url,
            record_exception_notify_url=record_exception_notify_url,
            record_exception_levels=record_exception_levels,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_domain_cert_bindings(
        self,
        *,
        domain_infos: list[structures.LiveCertDomainInfo],
        cloud_cert_id: str | Unset = UNSET,
        certificate_public_key: str | Unset = UNSET,
        certificate_private_key: str | Unset = UNSET,
        certificate_alias: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLiveDomainCertBindingsResponse:
        """批量绑定证书对应的播放域名，并更新启用状态。

        新建自有证书将自动上传至腾讯云ssl。

        Documented rate limit: 20 requests per second.

        Args:
            domain_infos: 要绑定证书的播放域名/状态 信息列表。
                如果CloudCertId和证书公钥私钥对均不传，且域名列表已有绑定规则，只批量更新域名https规则的
                书上传。
            cloud_cert_id: 腾讯云ssl的证书Id。
                见 https://cloud.tencent.com/document/api/400/41665
            certificate_public_key: 证书公钥。
                CloudCertId和公钥私钥对二选一，若CloudCertId将会舍弃公钥和私钥参数，否则将自动先把公钥私
                回的CloudCertId。
            certificate_private_key: 证书私钥。
                CloudCertId和公钥私钥对二选一，若传CloudCertId将会舍弃公钥和私钥参数，否则将自动先把公钥
                返回的CloudCertId。
            certificate_alias: 上传至ssl证书中心的备注信息，只有新建证书时有效。传CloudCertId时会忽略。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.AuthError, FailedOperation.CannotBeDeletedIssued,
            FailedOperation.CannotBeDeletedWithinHour, FailedOperation.CertificateExists,
            FailedOperation.CertificateInvalid, FailedOperation.CertificateMismatch,
            FailedOperation.CertificateNotFound, FailedOperation.ConfigCDNFailed,
            FailedOperation.ExceedsFreeLimit, FailedOperation.InvalidCertificateStatusCode,
            FailedOperation.InvalidParam, FailedOperation.NetworkError, FailedOperation.NoProjectPermission,
            FailedOperation.NoRealNameAuth, InternalError, InternalError.ConnectDbError,
            InternalError.CrtDateInUsing, InternalError.CrtDateNotFound, InternalError.CrtDateNotLegal,
            InternalError.CrtDateOverdue, InternalError.CrtDomainNotFound, InternalError.CrtKeyNotMatch,
            InternalError.DBError, InternalError.NetworkError, InvalidParameter,
            InvalidParameter.CloudCrtIdError, InvalidParameter.CrtDateInUsing,
            InvalidParameter.CrtDateNotFound, InvalidParameter.CrtDateNotLegal,
            InvalidParameter.CrtDateOverdue, InvalidParameter.CrtDomainNotFound,
            InvalidParameter.CrtKeyNotMatch, InvalidParameter.CrtOrKeyNotExist,
            LimitExceeded.RateLimitExceeded, ResourceNotFound.CrtDateNotFound,
            ResourceNotFound.CrtDomainNotFound, ResourceNotFound.DomainNotExist,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.modify_live_domain_cert_bindings import ModifyLiveDomainCertBindingsRequest

        request = ModifyLiveDomainCertBindingsRequest(
            domain_infos=domain_infos,
            cloud_cert_id=cloud_cert_id,
            certificate_public_key=certificate_public_key,
            certificate_private_key=certificate_private_key,
            certificate_alias=certificate_alias,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_domain_referer(
        self,
        *,
        domain_name: str,
        enable: int,
        type_: Literal[0, 1],
        allow_empty: Literal[0, 1],
        rules: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLiveDomainRefererResponse:
        """设置直播域名 Referer 黑白名单。

        由于 Referer 信息包含在 http 协议中，在开启配置后，播放协议为 rtmp 或 WebRTC 不会校验 Referer 配置，仍可正常播放。如需配置 Referer 鉴权建议使用 http-flv 或 http-hls 协议播放。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 播放域名。
            enable: 是否开启当前域名的 Referer 黑白名单鉴权。
            type_: 名单类型，0：黑名单，1：白名单。
            allow_empty: 是否允许空 Referer，0：不允许，1：允许。
            rules: Referer 名单列表，以;分隔。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.DomainNotExist, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.DomainNotExist, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.modify_live_domain_referer import ModifyLiveDomainRefererRequest

        request = ModifyLiveDomainRefererRequest(
            domain_name=domain_name,
            enable=enable,
            type_=type_,
            allow_empty=allow_empty,
            rules=rules,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_pad_template(
        self,
        *,
        template_id: int,
        url: str,
        wait_duration: int,
        max_duration: int,
        template_name: str,
        description: str | Unset = UNSET,
        type_: Literal[1, 2] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLivePadTemplateResponse:
        """修改直播垫片模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 模板id。
            url: 垫片内容。
            wait_duration: 断流等待时间。
                取值范围：0-30000。
                单位：ms。
            max_duration: 最大垫片时长。
                取值范围：0 - 正无穷。
                单位：ms。
            template_name: 模板名称。
                长度上限：255字节。
                仅支持中文、英文、数字、_、-。
            description: 描述信息。
                长度上限：1024字节。
                仅支持中文、英文、数字、_、-。
            type_: 垫片内容类型： 1：图片，2：视频。 默认值：1。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CallOtherSvrFailed, FailedOperation.NotFound, InternalError,
            InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.ConfOutLimit, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.COSCustomFileNameError, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.modify_live_pad_template import ModifyLivePadTemplateRequest

        request = ModifyLivePadTemplateRequest(
            template_id=template_id,
            url=url,
            wait_duration=wait_duration,
            max_duration=max_duration,
            template_name=template_name,
            description=description,
            type_=type_,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_play_auth_key(
        self,
        *,
        domain_name: str,
        enable: Literal[0, 1] | Unset = UNSET,
        auth_key: str | Unset = UNSET,
        auth_delta: int | Unset = UNSET,
        auth_back_key: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLivePlayAuthKeyResponse:
        """修改播放鉴权key

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 播放域名。
            enable: 是否启用，0：关闭，1：启用。
                不传表示不修改当前值。
            auth_key: 鉴权key。
                不传表示不修改当前值。
            auth_delta: 有效时间，单位：秒。
                不传表示不修改当前值。
            auth_back_key: 鉴权备用key。
                不传表示不修改当前值。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.DBError, InternalError.PlayDomainNoRecord, InvalidParameter,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.PlayDomainNoRecord,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.modify_live_play_auth_key import ModifyLivePlayAuthKeyRequest

        request = ModifyLivePlayAuthKeyRequest(
            domain_name=domain_name,
            enable=enable,
            auth_key=auth_key,
            auth_delta=auth_delta,
            auth_back_key=auth_back_key,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_play_domain(
        self,
        *,
        domain_name: str,
        play_type: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLivePlayDomainResponse:
        """修改播放域名信息。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 播放域名。
            play_type: 拉流域名类型。1-国内；2-全球；3-境外
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.DomainGslbFail, InternalError, InternalError.NetworkError,
            InvalidParameter.DomainHitBlackList, MissingParameter, ResourceInUse, ResourceNotFound,
            ResourceNotFound.DomainNoRecord, ResourceNotFound.DomainNotExist,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.InvalidUser,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.modify_live_play_domain import ModifyLivePlayDomainRequest

        request = ModifyLivePlayDomainRequest(domain_name=domain_name, play_type=play_type, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def modify_live_pull_stream_task(
        self,
        *,
        task_id: str,
        operator: str,
        source_urls: list[str] | Unset = UNSET,
        start_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
        vod_loop_times: int | Unset = UNSET,
        vod_refresh_type: str | Unset = UNSET,
        status: str | Unset = UNSET,
        callback_events: list[str] | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        file_index: int | Unset = UNSET,
        offset_time: int | Unset = UNSET,
        specify_task_id: str | Unset = UNSET,
        to_url: str | Unset = UNSET,
        comment: str | Unset = UNSET,
        backup_source_type: str | Unset = UNSET,
        backup_source_url: str | Unset = UNSET,
        watermark_list: list[structures.PullPushWatermarkInfo] | Unset = UNSET,
        vod_local_mode: int | Unset = UNSET,
        backup_to_url: str | Unset = UNSET,
        backup_vod_url: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLivePullStreamTaskResponse:
        """更新直播拉流任务。

        1. 不支持修改拉流源类型，如需更换，请创建新任务。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务Id。
            operator: 操作人姓名。
            source_urls: 拉流源url列表。
                SourceType为直播（PullLivePushLive）只可以填1个，
                SourceType为点播（PullVodPushLive）可以填多个，上限30个。
            start_time: 开始时间。
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格
                式说明。
            end_time: 结束时间，注意：
                1. 结束时间必须大于开始时间；
                2. 结束时间和开始时间必须大于当前时间；
                3. 结束时间 和 开始时间 间隔必须小于30天。
                使用UTC格式时间，
                例如：2019-01-08T10:00:00Z。
                注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格
                式说明。
            vod_loop_times: 点播拉流转推循环次数。
                -1：无限循环，直到任务结束。
                0：不循环。
                >0：具体循环次数。次数和时间以先结束的为准。
                注意：拉流源为点播，该配置生效。
            vod_refresh_type: 点播更新SourceUrls后的播放方式：
                ImmediateNewSource：立即从更新的拉流源开始播放；
                ContinueBreakPoint：从上次断流url源的断点处继续，结束后再使用新的拉流源。
                注意：拉流源为点播，该配置生效。
            status: 任务状态：
                enable - 启用，
                pause - 暂停。
            callback_events: 选择需要回调的事件（不填则回调全部）：
                TaskStart：任务启动回调，
                TaskExit：任务停止回调，
                VodSourceFileStart：从点播源文件开始拉流回调，
                VodSourceFileFinish：从点播源文件拉流结束回调，
                ResetTaskConfig：任务更新回调。
            callback_url: 自定义回调地址。
                相关事件会回调到该地址。
            file_index: 指定播放文件索引。
                注意： 从1开始，不大于SourceUrls中文件个数。
            offset_time: 指定播放文件偏移。
                注意：
                1. 单位：秒，配合FileIndex使用。
            specify_task_id: 指定任务 ID 修改任务。
                注意：该自定义任务 ID 只有在创建任务时指定了，才可在此处修改时使用。否则请使用系统返
                回的任务 ID。
            to_url: 目标 Url。
                换目标地址，会断流重推到新地址。
            comment: 任务备注。
            backup_source_type: 备源的类型：
                PullLivePushLive -直播，
                PullVodPushLive -点播。
                注意：
                1. 仅当主源类型为直播源时，备源才会生效。
                2. 将该参数置为空，则可将任务去除备源信息。
                3. 主直播源拉流中断时，自动使用备源进行拉流。
                4. 如果备源为点播文件时，则每次轮播完点播文件就检查主源是否恢复，如果主源恢复则自动切
                回到主源，否则继续拉备源。
            backup_source_url: 备源 URL。
                只允许填一个备源 URL
            watermark_list: 水印信息列表。
                注意：
                1. 最多支持4个不同位置的水印。
                2. 水印图片 URL 请使用合法外网可访问地址。
                3. 支持的水印图片格式：png，jpg等。
                4. 轮播任务修改水印后，轮播到下一个文件时新水印生效。
                5. 直播源任务修改水印后，水印立即生效。
                6. 清除水印时，需携带该水印列表参数，内容为空数组。
                7. 暂不支持动图水印。
            vod_local_mode: 点播源是否启用本地推流模式，默认0，不启用。
                0 - 不启用。
                1 - 启用。
                注意：启用本地模式后，会将源列表中的 MP4 文件进行本地下载，优先使用本地已下载文件进
                行推流，提高点播源推流稳定性。使用本地下载文件推流时，会产生增值费用。
            backup_to_url: 新的目标地址。传空值，则取消该地址的推流。
                传入新值，则替换原有地址。
            backup_vod_url: 点播垫片文件地址。注意：用于在主源拉不到时自动兜底到垫片文件，切到垫片文件后，每次播
                完垫片会尝试拉主源，如果主源恢复则自动切回主源。可根据需要的轮询检查时长来传入对应时
                长的垫片文件。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InvalidParameter,
            InvalidParameter.InvalidBackupToUrl, InvalidParameter.InvalidCallbackUrl,
            InvalidParameter.InvalidSourceUrl, InvalidParameter.InvalidTaskTime,
            InvalidParameter.InvalidToUrl, InvalidParameter.InvalidWatermark, InvalidParameter.TaskNotExist,
            InvalidParameter.ToUrlNoPermission, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.modify_live_pull_stream_task import ModifyLivePullStreamTaskRequest

        request = ModifyLivePullStreamTaskRequest(
            task_id=task_id,
            operator=operator,
            source_urls=source_urls,
            start_time=start_time,
            end_time=end_time,
            vod_loop_times=vod_loop_times,
            vod_refresh_type=vod_refresh_type,
            status=status,
            callback_events=callback_events,
            callback_url=callback_url,
            file_index=file_index,
            offset_time=offset_time,
            specify_task_id=specify_task_id,
            to_url=to_url,
            comment=comment,
            backup_source_type=backup_source_type,
            backup_source_url=backup_source_url,
            watermark_list=watermark_list,
            vod_local_mode=vod_local_mode,
            backup_to_url=backup_to_url,
            backup_vod_url=backup_vod_url,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_push_auth_key(
        self,
        *,
        domain_name: str,
        enable: Literal[0, 1] | Unset = UNSET,
        master_auth_key: str | Unset = UNSET,
        backup_auth_key: str | Unset = UNSET,
        auth_delta: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLivePushAuthKeyResponse:
        """修改直播推流鉴权key

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            enable: 是否启用，0：关闭，1：启用。
                不传表示不修改当前值。
            master_auth_key: 主鉴权key。
                不传表示不修改当前值。
            backup_auth_key: 备鉴权key。
                不传表示不修改当前值。
            auth_delta: 有效时间，单位：秒。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.PushDomainNoRecord, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.PushDomainNoRecord, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.modify_live_push_auth_key import ModifyLivePushAuthKeyRequest

        request = ModifyLivePushAuthKeyRequest(
            domain_name=domain_name,
            enable=enable,
            master_auth_key=master_auth_key,
            backup_auth_key=backup_auth_key,
            auth_delta=auth_delta,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_record_template(
        self,
        *,
        template_id: int,
        template_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        flv_param: structures.RecordParam | Unset = UNSET,
        hls_param: structures.RecordParam | Unset = UNSET,
        mp4_param: structures.RecordParam | Unset = UNSET,
        aac_param: structures.RecordParam | Unset = UNSET,
        hls_special_param: structures.HlsSpecialParam | Unset = UNSET,
        mp3_param: structures.RecordParam | Unset = UNSET,
        remove_watermark: bool | Unset = UNSET,
        flv_special_param: structures.FlvSpecialParam | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLiveRecordTemplateResponse:
        """修改录制模板配置。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: DescribeRecordTemplates接口获取到的模板 ID。
            template_name: 模板名称。
            description: 描述信息。
            flv_param: FLV 录制参数，开启 FLV 录制时设置。
            hls_param: HLS 录制参数，开启 HLS 录制时设置。
            mp4_param: MP4 录制参数，开启 MP4 录制时设置。
            aac_param: AAC 录制参数，开启 AAC 录制时设置。
            hls_special_param: HLS 录制定制参数。
            mp3_param: MP3 录制参数，开启 MP3 录制时设置。
            remove_watermark: 是否去除水印，类型为慢直播时此参数无效。
            flv_special_param: FLV 录制定制参数。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.InvalidVodFileName, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.modify_live_record_template import ModifyLiveRecordTemplateRequest

        request = ModifyLiveRecordTemplateRequest(
            template_id=template_id,
            template_name=template_name,
            description=description,
            flv_param=flv_param,
            hls_param=hls_param,
            mp4_param=mp4_param,
            aac_param=aac_param,
            hls_special_param=hls_special_param,
            mp3_param=mp3_param,
            remove_watermark=remove_watermark,
            flv_special_param=flv_special_param,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_snapshot_template(
        self,
        *,
        template_id: int,
        cos_app_id: int,
        cos_bucket: str,
        cos_region: str,
        template_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        snapshot_interval: int | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        porn_flag: Literal[0, 1] | Unset = UNSET,
        cos_prefix: str | Unset = UNSET,
        cos_file_name: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLiveSnapshotTemplateResponse:
        """修改截图模板配置。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 ID。
            cos_app_id: Cos 应用 ID。
                注：此参数现在须必选。
            cos_bucket: Cos Bucket名称。
                注：CosBucket参数值不能包含-[appid] 部分。
                注：此参数现在须必选。
            cos_region: Cos 地域。
                注：此参数现在须必选。
            template_name: 模板名称。
                长度上限：255字节。
            description: 描述信息。
                长度上限：1024字节。
            snapshot_interval: 截图间隔，单位s，默认10s。
                范围： 5s ~ 300s。
            width: 截图宽度。默认：0（原始宽）。
            height: 截图高度。默认：0（原始高）。
            porn_flag: 是否开启鉴黄，默认 0 。
                0：不开启。
                1：开启。
            cos_prefix: Cos Bucket文件夹前缀。
            cos_file_name: Cos 文件名称。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CallOtherSvrFailed, FailedOperation.CosBucketNotExist,
            FailedOperation.CosBucketNotPermission, FailedOperation.CosRoleNotExists,
            FailedOperation.NotFound, InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed,
            InternalError.ConfNotFound, InternalError.InvalidInput, InternalError.NotFound,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.COSCustomFileNameError, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.modify_live_snapshot_template import ModifyLiveSnapshotTemplateRequest

        request = ModifyLiveSnapshotTemplateRequest(
            template_id=template_id,
            cos_app_id=cos_app_id,
            cos_bucket=cos_bucket,
            cos_region=cos_region,
            template_name=template_name,
            description=description,
            snapshot_interval=snapshot_interval,
            width=width,
            height=height,
            porn_flag=porn_flag,
            cos_prefix=cos_prefix,
            cos_file_name=cos_file_name,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        monitor_name: str | Unset = UNSET,
        output_info: structures.LiveStreamMonitorOutputInfo | Unset = UNSET,
        input_list: list[structures.LiveStreamMonitorInputInfo] | Unset = UNSET,
        notify_policy: structures.LiveStreamMonitorNotifyPolicy | Unset = UNSET,
        asr_language: int | Unset = UNSET,
        ocr_language: int | Unset = UNSET,
        ai_asr_input_index_list: list[int] | Unset = UNSET,
        ai_ocr_input_index_list: list[int] | Unset = UNSET,
        check_stream_broken: int | Unset = UNSET,
        check_stream_low_frame_rate: int | Unset = UNSET,
        allow_monitor_report: int | Unset = UNSET,
        ai_format_diagnose: int | Unset = UNSET,
        ai_quality_control: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLiveStreamMonitorResponse:
        """该接口用来修改直播流监播任务的配置。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播任务ID。
            monitor_name: 监播任务的名称。长度128字节以内（一个汉字两个字节）。
            output_info: 监播任务输出信息。
            input_list: 待监播的输入流信息。
            notify_policy: 监播事件通知策略。
            asr_language: 智能语音识别语种：
                0 关闭 1 中文 2 英文 3 日文 4 韩文。
            ocr_language: 智能文字识别语种：
                0 关闭 1 中、英文。
            ai_asr_input_index_list: 语音识别输入流列表，1代表第一条输入流。
            ai_ocr_input_index_list: 文字识别输入流列表，1代表第一条输入流。
            check_stream_broken: 是否开启断流检测。
            check_stream_low_frame_rate: 是否开启低帧率检测。
            allow_monitor_report: 是否存储监播事件到监播报告，以及是否允许查询监播报告。
            ai_format_diagnose: 是否开启格式诊断。
            ai_quality_control: 是否开启内容质检。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, FailedOperation.ConflictAction,
            FailedOperation.DatabaseNotAccessible, FailedOperation.InputStreamMixTypeNotAccessible,
            FailedOperation.MonitorIsActive, FailedOperation.MonitorLimitExceeded,
            FailedOperation.MonitorNotExist, FailedOperation.RelatedRunningMonitorLimitExceeded,
            FailedOperation.StartTaskFailed, FailedOperation.StopTaskFailed, InvalidParameter,
            InvalidParameter.NotAllowUseLVB, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.modify_live_stream_monitor import ModifyLiveStreamMonitorRequest

        request = ModifyLiveStreamMonitorRequest(
            monitor_id=monitor_id,
            monitor_name=monitor_name,
            output_info=output_info,
            input_list=input_list,
            notify_policy=notify_policy,
            asr_language=asr_language,
            ocr_language=ocr_language,
            ai_asr_input_index_list=ai_asr_input_index_list,
            ai_ocr_input_index_list=ai_ocr_input_index_list,
            check_stream_broken=check_stream_broken,
            check_stream_low_frame_rate=check_stream_low_frame_rate,
            allow_monitor_report=allow_monitor_report,
            ai_format_diagnose=ai_format_diagnose,
            ai_quality_control=ai_quality_control,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_time_shift_template(
        self,
        *,
        template_id: int,
        template_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        item_duration: int | Unset = UNSET,
        remove_watermark: bool | Unset = UNSET,
        transcode_template_ids: list[int] | Unset = UNSET,
        area: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLiveTimeShiftTemplateResponse:
        """修改直播时移模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 时移模板id。
            template_name: 模板名称。
                仅支持中文、英文、数字、_、-。
            description: 描述信息。
                长度上限：1024字节。
                仅支持中文、英文、数字、_、-。
            duration: 时移时长。
                单位：s。
            item_duration: 分片时长。
                可取3-10。
                单位：s。
                默认值：5。
            remove_watermark: 是否去除水印。
                传true则将录制原始流。
                默认值：false。
            transcode_template_ids: 转码流id列表。
                此参数仅在 RemoveWatermark为false时生效。
            area: 地域。
                Mainland：中国大陆。
                Overseas：海外及港澳台地区。
                默认值：Mainland。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CallOtherSvrFailed, InternalError, InternalError.ArgsNotMatch,
            InternalError.ConfInUsed, InternalError.ConfNotFound, InternalError.ConfOutLimit,
            InternalError.InvalidInput, InternalError.NotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.modify_live_time_shift_template import ModifyLiveTimeShiftTemplateRequest

        request = ModifyLiveTimeShiftTemplateRequest(
            template_id=template_id,
            template_name=template_name,
            description=description,
            duration=duration,
            item_duration=item_duration,
            remove_watermark=remove_watermark,
            transcode_template_ids=transcode_template_ids,
            area=area,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_live_transcode_template(
        self,
        *,
        template_id: int,
        vcodec: str | Unset = UNSET,
        acodec: str | Unset = UNSET,
        audio_bitrate: int | Unset = UNSET,
        description: str | Unset = UNSET,
        video_bitrate: int | Unset = UNSET,
        width: int | Unset = UNSET,
        need_video: Literal[0, 1] | Unset = UNSET,
        need_audio: Literal[0, 1] | Unset = UNSET,
        height: int | Unset = UNSET,
        fps: int | Unset = UNSET,
        gop: int | Unset = UNSET,
        rotate: Literal[0, 90, 180, 270] | Unset = UNSET,
        profile: str | Unset = UNSET,
        bitrate_to_orig: Literal[0, 1] | Unset = UNSET,
        height_to_orig: Literal[0, 1] | Unset = UNSET,
        fps_to_orig: Literal[0, 1] | Unset = UNSET,
        adapt_bitrate_percent: float | Unset = UNSET,
        short_edge_as_height: Literal[0, 1] | Unset = UNSET,
        drm_type: Literal["fairplay", "normalaes", "widevine", ""] | Unset = UNSET,
        drm_tracks: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ModifyLiveTranscodeTemplateResponse:
        """修改转码模板配置。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 Id。
            vcodec: 视频编码：h264/h265/origin，默认origin。
                origin: 保持原始编码格式
            acodec: 音频编码：aac，默认aac。
                注意：当前该参数未生效，待后续支持！
            audio_bitrate: 音频码率，默认0。
                范围：0-500。
            description: 模板描述。
            video_bitrate: 视频码率。范围：0kbps - 8000kbps。
                0为保持原始码率。
                注: 转码模板有码率唯一要求，最终保存的码率可能与输入码率有所差别。
            width: 宽。0-3000。
                数值必须是2的倍数，0是原始宽度
            need_video: 是否保留视频，0：否，1：是。默认1。
            need_audio: 是否保留音频，0：否，1：是。默认1。
            height: 高。0-3000。
                数值必须是2的倍数，0是原始宽度
            fps: 帧率，默认0。
                范围0-60
            gop: 关键帧间隔，单位：秒。
                范围2-6
            rotate: 旋转角度，默认0。
                可取值：0，90，180，270
            profile: 编码质量：
                baseline/main/high。
            bitrate_to_orig: 当设置的码率>原始码率时，是否以原始码率为准。
                0：否， 1：是
                默认 0。
            height_to_orig: 当设置的高度>原始高度时，是否以原始高度为准。
                0：否， 1：是
                默认 0。
            fps_to_orig: 当设置的帧率>原始帧率时，是否以原始帧率为准。
                0：否， 1：是
                默认 0。
            adapt_bitrate_percent: 极速高清视频码率压缩比。
                极速高清目标码率=VideoBitrate * (1-AdaptBitratePercent)
                取值范围：0.0到0.5
            short_edge_as_height: 是否以短边作为高度，0：否，1：是。默认0。
            drm_type: DRM 加密类型，可选值：fairplay、normalaes、widevine。
                不传递或者为空字符串，清空之前的DRM配置。
            drm_tracks: DRM 加密项，可选值：AUDIO、SD、HD、UHD1、UHD2，后四个为一组，同组中的内容只能选一个。
                不传递或者为空字符串，清空之前的DRM配置。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.AiTranscodeOptionFail, FailedOperation.NotFound, InternalError,
            InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.ProcessorAlreadyExist,
            InternalError.RuleAlreadyExist, InternalError.RuleInUsing, InternalError.RuleNotFound,
            InvalidParameter, InvalidParameter.ArgsNotMatch, InvalidParameter.GopMustEqualAndExists,
            InvalidParameter.ProcessorAlreadyExist, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.modify_live_transcode_template import ModifyLiveTranscodeTemplateRequest

        request = ModifyLiveTranscodeTemplateRequest(
            template_id=template_id,
            vcodec=vcodec,
            acodec=acodec,
            audio_bitrate=audio_bitrate,
            description=description,
            video_bitrate=video_bitrate,
            width=width,
            need_video=need_video,
            need_audio=need_audio,
            height=height,
            fps=fps,
            gop=gop,
            rotate=rotate,
            profile=profile,
            bitrate_to_orig=bitrate_to_orig,
            height_to_orig=height_to_orig,
            fps_to_orig=fps_to_orig,
            adapt_bitrate_percent=adapt_bitrate_percent,
            short_edge_as_height=short_edge_as_height,
            drm_type=drm_type,
            drm_tracks=drm_tracks,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def modify_pull_stream_config(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface ModifyPullStreamConfig: use ModifyLivePullStreamTask (client.modify_live_pull_stream_task).

        更新拉流配置(该接口已下线,请使用新接口 ModifyLivePullStreamTask)

        The documents describe no parameters; call it with client.call('ModifyPullStreamConfig', {...}).
        """
        offline(
            "ModifyPullStreamConfig",
            "ModifyLivePullStreamTask (client.modify_live_pull_stream_task)",
            "listed as offline in the API overview: 更新拉流配置(该接口已下线,请使用新接口 ModifyLivePullStreamTask)",
        )

    async def modify_pull_stream_status(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface ModifyPullStreamStatus: use ModifyLivePullStreamTask (client.modify_live_pull_stream_task).

        修改拉流配置状态(该接口已下线,请使用新接口 ModifyLivePullStreamTask)

        The documents describe no parameters; call it with client.call('ModifyPullStreamStatus', {...}).
        """
        offline(
            "ModifyPullStreamStatus",
            "ModifyLivePullStreamTask (client.modify_live_pull_stream_task)",
            "listed as offline in the API overview: 修改拉流配置状态(该接口已下线,请使用新接口 ModifyLivePullStreamTask)",
        )

    async def release_caster(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ReleaseCasterResponse:
        """调用该接口，释放导播台实例，但保留所有的配置。

        执行该接口，预监与主监画面停止，第三方推流停止。

        点播文件与直播地址将停止展示，客户自行推到导播台的流需要手动停止。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.ReleaseCasterFailed, FailedOperation.StopCasterTaskFailed,
            InternalError, InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.release_caster import ReleaseCasterRequest

        request = ReleaseCasterRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def restart_live_pull_stream_task(
        self,
        *,
        task_id: str,
        operator: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.RestartLivePullStreamTaskResponse:
        """将正在运行的拉流转推任务进行重启。

        注意：

        1. 重启任务会造成推流中断。

        2. 点播源任务的重启，会根据VodRefreshType决定是续播还是从头开始播。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务 Id。
            operator: 操作人备注名称。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InvalidParameter, InvalidParameter.TaskNotExist,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.restart_live_pull_stream_task import RestartLivePullStreamTaskRequest

        request = RestartLivePullStreamTaskRequest(task_id=task_id, operator=operator, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def resume_delay_live_stream(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ResumeDelayLiveStreamResponse:
        """取消直播流设置的延时配置，恢复实时直播画面。

        Documented rate limit: 200 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为live。
            domain_name: 推流域名。
            stream_name: 流名称。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            DryRunOperation, FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.CallOtherSvrError, InternalError.ConfigNotExist, InternalError.GetBizidError,
            InternalError.GetStreamInfoError, InternalError.GetUpstreamInfoError,
            InternalError.NotPermmitOperat, InternalError.StreamStatusError, InternalError.UpdateDataError,
            InvalidParameter, InvalidParameterValue, LimitExceeded, MissingParameter, ResourceInUse,
            ResourceInsufficient, ResourceNotFound, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, ResourceUnavailable,
            UnauthorizedOperation, UnknownParameter, UnsupportedOperation.
        """
        from .models.resume_delay_live_stream import ResumeDelayLiveStreamRequest

        request = ResumeDelayLiveStreamRequest(
            app_name=app_name, domain_name=domain_name, stream_name=stream_name, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def resume_live_stream(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ResumeLiveStreamResponse:
        """恢复某条流的推流。

        Documented rate limit: 100 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            domain_name: 您的推流域名。
            stream_name: 流名称。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.CallOtherSvrError, InternalError.ConfigNotExist, InternalError.GetBizidError,
            InternalError.GetStreamInfoError, InternalError.GetUpstreamInfoError,
            InternalError.NotPermmitOperat, InternalError.StreamStatusError, InternalError.UpdateDataError,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.resume_live_stream import ResumeLiveStreamRequest

        request = ResumeLiveStreamRequest(
            app_name=app_name, domain_name=domain_name, stream_name=stream_name, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def start_lvb_channel(
        self,
        *,
        channel_ids: list[dict[str, Any]],
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StartLVBChannelResponse:
        """输入待启用直播频道的 ID 号（支持批量），启动这些直播频道。

        输入1

        输出1

        频道状态定义：

        接收方类型定义：

        直播流协议定义：

        Deprecated: 可通过该接口对已经禁推的流进行恢复启用。; use ResumeLiveStream (client.resume_live_stream).

        Args:
            channel_ids: 频道的 ID 值，支持批量，具体用法见示例
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.start_lvb_channel import StartLVBChannelRequest

        deprecated(
            "StartLVBChannel",
            "ResumeLiveStream (client.resume_live_stream)",
            "可通过该接口对已经禁推的流进行恢复启用。",
        )
        request = StartLVBChannelRequest(channel_ids=channel_ids, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def start_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        audible_input_index_list: list[int] | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StartLiveStreamMonitorResponse:
        """该接口用来启动直播流监播任务。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播ID。
            audible_input_index_list: 监播画面声音InputIndex,支持多个输入声音。
                取值范围 InputIndex必须已经存在。
                不填默认无声音输出。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, FailedOperation.ConflictAction,
            FailedOperation.DatabaseNotAccessible, FailedOperation.InputStreamMixTypeNotAccessible,
            FailedOperation.MonitorIsActive, FailedOperation.MonitorLimitExceeded,
            FailedOperation.MonitorNotExist, FailedOperation.StartTaskFailed,
            FailedOperation.StopTaskFailed, InvalidParameter, InvalidParameter.NotAllowUseLVB,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.start_live_stream_monitor import StartLiveStreamMonitorRequest

        request = StartLiveStreamMonitorRequest(
            monitor_id=monitor_id, audible_input_index_list=audible_input_index_list, extra=dict(extra or {})
        )
        return await self.send(request, options=options)

    async def stop_caster_pgm(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StopCasterPgmResponse:
        """该接口用来停止导播台的主监输出。

        停止主监后，对应的推流到腾讯云直播源站和推流到其他第三方平台均将会停止。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.StopCasterTaskFailed, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.stop_caster_pgm import StopCasterPgmRequest

        request = StopCasterPgmRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def stop_caster_pvw(
        self,
        *,
        caster_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StopCasterPvwResponse:
        """该接口用来停止导播台的预监任务。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.StopCasterTaskFailed, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.stop_caster_pvw import StopCasterPvwRequest

        request = StopCasterPvwRequest(caster_id=caster_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def stop_lvb_channel(
        self,
        *,
        channel_ids: list[dict[str, Any]],
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StopLVBChannelResponse:
        """Call StopLVBChannel.

        Deprecated: 可通过该接口对直播流进行断流，并指定禁止期限进行禁推。; use ForbidLiveStream (client.forbid_live_stream).

        Args:
            channel_ids: 频道的 ID 值，支持批量，具体用法
                见示例
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.stop_lvb_channel import StopLVBChannelRequest

        deprecated(
            "StopLVBChannel",
            "ForbidLiveStream (client.forbid_live_stream)",
            "可通过该接口对直播流进行断流，并指定禁止期限进行禁推。",
        )
        request = StopLVBChannelRequest(channel_ids=channel_ids, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def stop_live_pad_processor(
        self,
        *,
        app_name: str,
        push_domain_name: str,
        stream_name: str,
        operator: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StopLivePadProcessorResponse:
        """使用该接口停止垫片流。

        Documented rate limit: 20 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            push_domain_name: 您的推流域名。
            stream_name: 流名称。
            operator: 操作人备注信息。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError,
            InternalError.CallOtherSvrError, InternalError.ConfigNotExist, InternalError.GetBizidError,
            InternalError.GetStreamInfoError, InternalError.GetUpstreamInfoError,
            InternalError.NotPermmitOperat, InternalError.StreamStatusError, InternalError.UpdateDataError,
            InvalidParameter, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.stop_live_pad_processor import StopLivePadProcessorRequest

        request = StopLivePadProcessorRequest(
            app_name=app_name,
            push_domain_name=push_domain_name,
            stream_name=stream_name,
            operator=operator,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def stop_live_record(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface StopLiveRecord.

        终止录制任务(已废弃,请使用新接口)

        The documents describe no parameters; call it with client.call('StopLiveRecord', {...}).
        """
        offline("StopLiveRecord", None, "listed as offline in the API overview: 终止录制任务(已废弃,请使用新接口)")

    async def stop_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StopLiveStreamMonitorResponse:
        """该接口用来停止直播流监播任务。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播ID
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, FailedOperation.ConflictAction,
            FailedOperation.DatabaseNotAccessible, FailedOperation.MonitorIsActive,
            FailedOperation.MonitorLimitExceeded, FailedOperation.MonitorNotExist,
            FailedOperation.StartTaskFailed, FailedOperation.StopTaskFailed, InvalidParameter,
            InvalidParameter.NotAllowUseLVB, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.stop_live_stream_monitor import StopLiveStreamMonitorRequest

        request = StopLiveStreamMonitorRequest(monitor_id=monitor_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def stop_record(
        self,
        *,
        channel_id: str,
        task_id: int,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StopRecordResponse:
        """输入1

        输出1

        说明：

        录制后的文件存放于云点播平台。用户如需使用录制功能，需首先自行开通云点播账号并确保账号可用。录制文件存放后，相关费用（含存储以及下行播放流量）按照云点播平台计费方式收取，请参见 价格总览 。

        Deprecated: 请使用该接口对正在录制的任务进行停止。; use StopRecordTask (client.stop_record_task).

        Args:
            channel_id: 频道 ID
            task_id: 任务 ID
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.stop_record import StopRecordRequest

        deprecated("StopRecord", "StopRecordTask (client.stop_record_task)", "请使用该接口对正在录制的任务进行停止。")
        request = StopRecordRequest(channel_id=channel_id, task_id=task_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def stop_record_task(
        self,
        *,
        task_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StopRecordTaskResponse:
        """提前结束录制，中止运行中的录制任务并生成录制文件。任务被成功终止后，本次任务将不再启动。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 录制任务ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError,
            InternalError.SystemError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceUnavailable.InvalidVodStatus, UnsupportedOperation.
        """
        from .models.stop_record_task import StopRecordTaskRequest

        request = StopRecordTaskRequest(task_id=task_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def stop_screenshot_task(
        self,
        *,
        task_id: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.StopScreenshotTaskResponse:
        """提前结束截图，中止运行中的截图任务。任务被成功终止后，本次任务将不再启动。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 截图任务ID。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError,
            InternalError.SystemError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.stop_screenshot_task import StopScreenshotTaskRequest

        request = StopScreenshotTaskRequest(task_id=task_id, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def switch_backup_stream(
        self,
        *,
        push_domain_name: str,
        app_name: str,
        stream_name: str,
        upstream_sequence: str,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.SwitchBackupStreamResponse:
        """调用该接口实现切换当前播放所使用的主备流。

        Documented rate limit: 20 requests per second.

        Args:
            push_domain_name: 推流域名。
            app_name: 应用名称。
            stream_name: 流名称。
            upstream_sequence: 查询接口获取到该流所有在推的上行 Sequence。指定要切到的目标上行 Sequence。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.switch_backup_stream import SwitchBackupStreamRequest

        request = SwitchBackupStreamRequest(
            push_domain_name=push_domain_name,
            app_name=app_name,
            stream_name=stream_name,
            upstream_sequence=upstream_sequence,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def un_bind_live_domain_cert(
        self,
        *,
        domain_name: str,
        type_: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.UnBindLiveDomainCertResponse:
        """解绑域名证书

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 播放域名。
            type_: 枚举值：
                gray: 解绑灰度规则
                formal(默认): 解绑正式规则
                不传则为formal
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.un_bind_live_domain_cert import UnBindLiveDomainCertRequest

        request = UnBindLiveDomainCertRequest(domain_name=domain_name, type_=type_, extra=dict(extra or {}))
        return await self.send(request, options=options)

    async def update_live_watermark(
        self,
        *,
        watermark_id: int,
        picture_url: str,
        x_position: int,
        y_position: int,
        watermark_name: str | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        background_width: int | Unset = UNSET,
        background_height: int | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.UpdateLiveWatermarkResponse:
        """更新水印。

        Documented rate limit: 100 requests per second.

        Args:
            watermark_id: 水印 ID。
                在添加水印接口 AddLiveWatermark 调用返回值中获取水印 ID。
            picture_url: 水印图片 URL。
                URL中禁止包含的字符：
                ;(){}$>`#"'|
            x_position: 显示位置，X轴偏移，单位是百分比，默认 0。
            y_position: 显示位置，Y轴偏移，单位是百分比，默认 0。
            watermark_name: 水印名称。
                最长30字节。
            width: 水印宽度，占直播原始画面宽度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始宽度。
            height: 水印高度，占直播原始画面宽度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始高度。
            background_width: 背景水印宽度。默认宽度1920。
            background_height: 背景水印高度。默认高度1080。
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.DBError, InternalError.GetBizidError,
            InternalError.WatermarkEditError, InternalError.WatermarkNotExist,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.WatermarkNotExist.
        """
        from .models.update_live_watermark import UpdateLiveWatermarkRequest

        request = UpdateLiveWatermarkRequest(
            watermark_id=watermark_id,
            picture_url=picture_url,
            x_position=x_position,
            y_position=y_position,
            watermark_name=watermark_name,
            width=width,
            height=height,
            background_width=background_width,
            background_height=background_height,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)

    async def channel_manager(
        self,
        *,
        appid: str,
        interface: str,
        t: int,
        sign: str,
        param_s_channel_id: str,
        ret: int | Unset = UNSET,
        message: str | Unset = UNSET,
        extra: Mapping[str, Any] | None = None,
        options: CallOptions | None = None,
    ) -> models.ChannelManagerResponse:
        """地址

        API 调用地址为： http://fcgi.video.qcloud.com/common_access 。

        用途

        当某些原因不允许主播推流时，可调用此接口。

        说明

        调用该接口可以暂停推某路流（即禁止推流），如果要恢复主播推流，可再次调用该接口或者设置一个恢复时间，到达指定时间后允许推流，最长禁止推流3个月，即禁止推流截止时间最长为当前时间往后3个月，如果超过3个月，则以3个月为准。

        Args:
            appid: int 即直播 appid，用于区分不同客户的身份
            interface: channel_manager
            t: UNIX 时间戳
            sign: MD5(key+t)
            param_s_channel_id: -
            ret: 0：成功；其他值：失败
            message: 错误信息
            extra: wire fields sent as they are, beside the documented ones.
            options: per-call settings (timeout, retry, headers, validate).
        """
        from .models.channel_manager import ChannelManagerRequest

        request = ChannelManagerRequest(
            appid=appid,
            interface=interface,
            t=t,
            sign=sign,
            param_s_channel_id=param_s_channel_id,
            ret=ret,
            message=message,
            extra=dict(extra or {}),
        )
        return await self.send(request, options=options)
