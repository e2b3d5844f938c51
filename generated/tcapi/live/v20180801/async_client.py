"""AsyncLiveClient: the live 2018-08-01 API, one coroutine per action.

Generated from the documents; each method builds its request model, validates it, and sends it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.client import AsyncBaseClient, CallOptions

from ._settings import ServiceSettings, legacy

if TYPE_CHECKING:
    from tcapi.runtime.modeling import Request, Response
    from .models.add_caster_input_info import AddCasterInputInfoRequest, AddCasterInputInfoResponse
    from .models.add_caster_layout_info import AddCasterLayoutInfoRequest, AddCasterLayoutInfoResponse
    from .models.add_caster_mark_pic_info import AddCasterMarkPicInfoRequest, AddCasterMarkPicInfoResponse
    from .models.add_caster_mark_word_info import AddCasterMarkWordInfoRequest, AddCasterMarkWordInfoResponse
    from .models.add_caster_output_info import AddCasterOutputInfoRequest, AddCasterOutputInfoResponse
    from .models.add_delay_live_stream import AddDelayLiveStreamRequest, AddDelayLiveStreamResponse
    from .models.add_live_domain import AddLiveDomainRequest, AddLiveDomainResponse
    from .models.add_live_watermark import AddLiveWatermarkRequest, AddLiveWatermarkResponse
    from .models.authenticate_domain_owner import AuthenticateDomainOwnerRequest, AuthenticateDomainOwnerResponse
    from .models.cancel_common_mix_stream import CancelCommonMixStreamRequest, CancelCommonMixStreamResponse
    from .models.copy_caster import CopyCasterRequest, CopyCasterResponse
    from .models.create_caster import CreateCasterRequest, CreateCasterResponse
    from .models.create_caster_input_push_url import CreateCasterInputPushUrlRequest, CreateCasterInputPushUrlResponse
    from .models.create_caster_pgm import CreateCasterPgmRequest, CreateCasterPgmResponse
    from .models.create_caster_pgm_from_pvw import CreateCasterPgmFromPvwRequest, CreateCasterPgmFromPvwResponse
    from .models.create_caster_pvw import CreateCasterPvwRequest, CreateCasterPvwResponse
    from .models.create_common_mix_stream import CreateCommonMixStreamRequest, CreateCommonMixStreamResponse
    from .models.create_live_callback_rule import CreateLiveCallbackRuleRequest, CreateLiveCallbackRuleResponse
    from .models.create_live_callback_template import (
        CreateLiveCallbackTemplateRequest,
        CreateLiveCallbackTemplateResponse,
    )
    from .models.create_live_pad_rule import CreateLivePadRuleRequest, CreateLivePadRuleResponse
    from .models.create_live_pad_template import CreateLivePadTemplateRequest, CreateLivePadTemplateResponse
    from .models.create_live_pull_stream_task import CreateLivePullStreamTaskRequest, CreateLivePullStreamTaskResponse
    from .models.create_live_record import CreateLiveRecordRequest, CreateLiveRecordResponse
    from .models.create_live_record_rule import CreateLiveRecordRuleRequest, CreateLiveRecordRuleResponse
    from .models.create_live_record_template import CreateLiveRecordTemplateRequest, CreateLiveRecordTemplateResponse
    from .models.create_live_snapshot_rule import CreateLiveSnapshotRuleRequest, CreateLiveSnapshotRuleResponse
    from .models.create_live_snapshot_template import (
        CreateLiveSnapshotTemplateRequest,
        CreateLiveSnapshotTemplateResponse,
    )
    from .models.create_live_stream_monitor import CreateLiveStreamMonitorRequest, CreateLiveStreamMonitorResponse
    from .models.create_live_time_shift_rule import CreateLiveTimeShiftRuleRequest, CreateLiveTimeShiftRuleResponse
    from .models.create_live_time_shift_template import (
        CreateLiveTimeShiftTemplateRequest,
        CreateLiveTimeShiftTemplateResponse,
    )
    from .models.create_live_transcode_rule import CreateLiveTranscodeRuleRequest, CreateLiveTranscodeRuleResponse
    from .models.create_live_transcode_template import (
        CreateLiveTranscodeTemplateRequest,
        CreateLiveTranscodeTemplateResponse,
    )
    from .models.create_live_watermark_rule import CreateLiveWatermarkRuleRequest, CreateLiveWatermarkRuleResponse
    from .models.create_record_task import CreateRecordTaskRequest, CreateRecordTaskResponse
    from .models.create_screenshot_task import CreateScreenshotTaskRequest, CreateScreenshotTaskResponse
    from .models.delete_caster import DeleteCasterRequest, DeleteCasterResponse
    from .models.delete_caster_input_info import DeleteCasterInputInfoRequest, DeleteCasterInputInfoResponse
    from .models.delete_caster_layout_info import DeleteCasterLayoutInfoRequest, DeleteCasterLayoutInfoResponse
    from .models.delete_caster_mark_pic_info import DeleteCasterMarkPicInfoRequest, DeleteCasterMarkPicInfoResponse
    from .models.delete_caster_mark_word_info import DeleteCasterMarkWordInfoRequest, DeleteCasterMarkWordInfoResponse
    from .models.delete_caster_output_info import DeleteCasterOutputInfoRequest, DeleteCasterOutputInfoResponse
    from .models.delete_live_callback_rule import DeleteLiveCallbackRuleRequest, DeleteLiveCallbackRuleResponse
    from .models.delete_live_callback_template import (
        DeleteLiveCallbackTemplateRequest,
        DeleteLiveCallbackTemplateResponse,
    )
    from .models.delete_live_domain import DeleteLiveDomainRequest, DeleteLiveDomainResponse
    from .models.delete_live_pad_rule import DeleteLivePadRuleRequest, DeleteLivePadRuleResponse
    from .models.delete_live_pad_template import DeleteLivePadTemplateRequest, DeleteLivePadTemplateResponse
    from .models.delete_live_pull_stream_task import DeleteLivePullStreamTaskRequest, DeleteLivePullStreamTaskResponse
    from .models.delete_live_record_rule import DeleteLiveRecordRuleRequest, DeleteLiveRecordRuleResponse
    from .models.delete_live_record_template import DeleteLiveRecordTemplateRequest, DeleteLiveRecordTemplateResponse
    from .models.delete_live_snapshot_rule import DeleteLiveSnapshotRuleRequest, DeleteLiveSnapshotRuleResponse
    from .models.delete_live_snapshot_template import (
        DeleteLiveSnapshotTemplateRequest,
        DeleteLiveSnapshotTemplateResponse,
    )
    from .models.delete_live_stream_monitor import DeleteLiveStreamMonitorRequest, DeleteLiveStreamMonitorResponse
    from .models.delete_live_time_shift_rule import DeleteLiveTimeShiftRuleRequest, DeleteLiveTimeShiftRuleResponse
    from .models.delete_live_time_shift_template import (
        DeleteLiveTimeShiftTemplateRequest,
        DeleteLiveTimeShiftTemplateResponse,
    )
    from .models.delete_live_transcode_rule import DeleteLiveTranscodeRuleRequest, DeleteLiveTranscodeRuleResponse
    from .models.delete_live_transcode_template import (
        DeleteLiveTranscodeTemplateRequest,
        DeleteLiveTranscodeTemplateResponse,
    )
    from .models.delete_live_watermark import DeleteLiveWatermarkRequest, DeleteLiveWatermarkResponse
    from .models.delete_live_watermark_rule import DeleteLiveWatermarkRuleRequest, DeleteLiveWatermarkRuleResponse
    from .models.delete_record_task import DeleteRecordTaskRequest, DeleteRecordTaskResponse
    from .models.delete_screenshot_task import DeleteScreenshotTaskRequest, DeleteScreenshotTaskResponse
    from .models.describe_all_stream_play_info_list import (
        DescribeAllStreamPlayInfoListRequest,
        DescribeAllStreamPlayInfoListResponse,
    )
    from .models.describe_area_bill_bandwidth_and_flux_list import (
        DescribeAreaBillBandwidthAndFluxListRequest,
        DescribeAreaBillBandwidthAndFluxListResponse,
    )
    from .models.describe_backup_stream_list import DescribeBackupStreamListRequest, DescribeBackupStreamListResponse
    from .models.describe_bill_bandwidth_and_flux_list import (
        DescribeBillBandwidthAndFluxListRequest,
        DescribeBillBandwidthAndFluxListResponse,
    )
    from .models.describe_callback_records_list import (
        DescribeCallbackRecordsListRequest,
        DescribeCallbackRecordsListResponse,
    )
    from .models.describe_caster import DescribeCasterRequest, DescribeCasterResponse
    from .models.describe_caster_display_info import DescribeCasterDisplayInfoRequest, DescribeCasterDisplayInfoResponse
    from .models.describe_caster_input_infos import DescribeCasterInputInfosRequest, DescribeCasterInputInfosResponse
    from .models.describe_caster_layout_infos import DescribeCasterLayoutInfosRequest, DescribeCasterLayoutInfosResponse
    from .models.describe_caster_list import DescribeCasterListRequest, DescribeCasterListResponse
    from .models.describe_caster_mark_pic_infos import (
        DescribeCasterMarkPicInfosRequest,
        DescribeCasterMarkPicInfosResponse,
    )
    from .models.describe_caster_mark_word_infos import (
        DescribeCasterMarkWordInfosRequest,
        DescribeCasterMarkWordInfosResponse,
    )
    from .models.describe_caster_output_infos import DescribeCasterOutputInfosRequest, DescribeCasterOutputInfosResponse
    from .models.describe_caster_play_url import DescribeCasterPlayUrlRequest, DescribeCasterPlayUrlResponse
    from .models.describe_caster_transition_types import (
        DescribeCasterTransitionTypesRequest,
        DescribeCasterTransitionTypesResponse,
    )
    from .models.describe_caster_user_status import DescribeCasterUserStatusRequest, DescribeCasterUserStatusResponse
    from .models.describe_concurrent_record_stream_num import (
        DescribeConcurrentRecordStreamNumRequest,
        DescribeConcurrentRecordStreamNumResponse,
    )
    from .models.describe_deliver_bandwidth_list import (
        DescribeDeliverBandwidthListRequest,
        DescribeDeliverBandwidthListResponse,
    )
    from .models.describe_deliver_log_down_list import (
        DescribeDeliverLogDownListRequest,
        DescribeDeliverLogDownListResponse,
    )
    from .models.describe_group_pro_isp_play_info_list import (
        DescribeGroupProIspPlayInfoListRequest,
        DescribeGroupProIspPlayInfoListResponse,
    )
    from .models.describe_http_status_info_list import (
        DescribeHttpStatusInfoListRequest,
        DescribeHttpStatusInfoListResponse,
    )
    from .models.describe_live_callback_rules import DescribeLiveCallbackRulesRequest, DescribeLiveCallbackRulesResponse
    from .models.describe_live_callback_template import (
        DescribeLiveCallbackTemplateRequest,
        DescribeLiveCallbackTemplateResponse,
    )
    from .models.describe_live_callback_templates import (
        DescribeLiveCallbackTemplatesRequest,
        DescribeLiveCallbackTemplatesResponse,
    )
    from .models.describe_live_delay_info_list import (
        DescribeLiveDelayInfoListRequest,
        DescribeLiveDelayInfoListResponse,
    )
    from .models.describe_live_domain import DescribeLiveDomainRequest, DescribeLiveDomainResponse
    from .models.describe_live_domain_cert import DescribeLiveDomainCertRequest, DescribeLiveDomainCertResponse
    from .models.describe_live_domain_cert_bindings import (
        DescribeLiveDomainCertBindingsRequest,
        DescribeLiveDomainCertBindingsResponse,
    )
    from .models.describe_live_domain_play_info_list import (
        DescribeLiveDomainPlayInfoListRequest,
        DescribeLiveDomainPlayInfoListResponse,
    )
    from .models.describe_live_domain_referer import DescribeLiveDomainRefererRequest, DescribeLiveDomainRefererResponse
    from .models.describe_live_domains import DescribeLiveDomainsRequest, DescribeLiveDomainsResponse
    from .models.describe_live_enhance_info_list import (
        DescribeLiveEnhanceInfoListRequest,
        DescribeLiveEnhanceInfoListResponse,
    )
    from .models.describe_live_package_info import DescribeLivePackageInfoRequest, DescribeLivePackageInfoResponse
    from .models.describe_live_pad_processor_list import (
        DescribeLivePadProcessorListRequest,
        DescribeLivePadProcessorListResponse,
    )
    from .models.describe_live_pad_rules import DescribeLivePadRulesRequest, DescribeLivePadRulesResponse
    from .models.describe_live_pad_template import DescribeLivePadTemplateRequest, DescribeLivePadTemplateResponse
    from .models.describe_live_pad_templates import DescribeLivePadTemplatesRequest, DescribeLivePadTemplatesResponse
    from .models.describe_live_play_auth_key import DescribeLivePlayAuthKeyRequest, DescribeLivePlayAuthKeyResponse
    from .models.describe_live_pull_stream_task_status import (
        DescribeLivePullStreamTaskStatusRequest,
        DescribeLivePullStreamTaskStatusResponse,
    )
    from .models.describe_live_pull_stream_tasks import (
        DescribeLivePullStreamTasksRequest,
        DescribeLivePullStreamTasksResponse,
    )
    from .models.describe_live_push_auth_key import DescribeLivePushAuthKeyRequest, DescribeLivePushAuthKeyResponse
    from .models.describe_live_record_rules import DescribeLiveRecordRulesRequest, DescribeLiveRecordRulesResponse
    from .models.describe_live_record_template import (
        DescribeLiveRecordTemplateRequest,
        DescribeLiveRecordTemplateResponse,
    )
    from .models.describe_live_record_templates import (
        DescribeLiveRecordTemplatesRequest,
        DescribeLiveRecordTemplatesResponse,
    )
    from .models.describe_live_snapshot_rules import DescribeLiveSnapshotRulesRequest, DescribeLiveSnapshotRulesResponse
    from .models.describe_live_snapshot_template import (
        DescribeLiveSnapshotTemplateRequest,
        DescribeLiveSnapshotTemplateResponse,
    )
    from .models.describe_live_snapshot_templates import (
        DescribeLiveSnapshotTemplatesRequest,
        DescribeLiveSnapshotTemplatesResponse,
    )
    from .models.describe_live_stream_event_list import (
        DescribeLiveStreamEventListRequest,
        DescribeLiveStreamEventListResponse,
    )
    from .models.describe_live_stream_monitor import DescribeLiveStreamMonitorRequest, DescribeLiveStreamMonitorResponse
    from .models.describe_live_stream_monitor_list import (
        DescribeLiveStreamMonitorListRequest,
        DescribeLiveStreamMonitorListResponse,
    )
    from .models.describe_live_stream_online_list import (
        DescribeLiveStreamOnlineListRequest,
        DescribeLiveStreamOnlineListResponse,
    )
    from .models.describe_live_stream_published_list import (
        DescribeLiveStreamPublishedListRequest,
        DescribeLiveStreamPublishedListResponse,
    )
    from .models.describe_live_stream_push_info_list import (
        DescribeLiveStreamPushInfoListRequest,
        DescribeLiveStreamPushInfoListResponse,
    )
    from .models.describe_live_stream_state import DescribeLiveStreamStateRequest, DescribeLiveStreamStateResponse
    from .models.describe_live_time_shift_bill_info_list import (
        DescribeLiveTimeShiftBillInfoListRequest,
        DescribeLiveTimeShiftBillInfoListResponse,
    )
    from .models.describe_live_time_shift_rules import (
        DescribeLiveTimeShiftRulesRequest,
        DescribeLiveTimeShiftRulesResponse,
    )
    from .models.describe_live_time_shift_templates import (
        DescribeLiveTimeShiftTemplatesRequest,
        DescribeLiveTimeShiftTemplatesResponse,
    )
    from .models.describe_live_time_shift_write_size_info_list import (
        DescribeLiveTimeShiftWriteSizeInfoListRequest,
        DescribeLiveTimeShiftWriteSizeInfoListResponse,
    )
    from .models.describe_live_transcode_detail_info import (
        DescribeLiveTranscodeDetailInfoRequest,
        DescribeLiveTranscodeDetailInfoResponse,
    )
    from .models.describe_live_transcode_rules import (
        DescribeLiveTranscodeRulesRequest,
        DescribeLiveTranscodeRulesResponse,
    )
    from .models.describe_live_transcode_template import (
        DescribeLiveTranscodeTemplateRequest,
        DescribeLiveTranscodeTemplateResponse,
    )
    from .models.describe_live_transcode_templates import (
        DescribeLiveTranscodeTemplatesRequest,
        DescribeLiveTranscodeTemplatesResponse,
    )
    from .models.describe_live_transcode_total_info import (
        DescribeLiveTranscodeTotalInfoRequest,
        DescribeLiveTranscodeTotalInfoResponse,
    )
    from .models.describe_live_watermark import DescribeLiveWatermarkRequest, DescribeLiveWatermarkResponse
    from .models.describe_live_watermark_rules import (
        DescribeLiveWatermarkRulesRequest,
        DescribeLiveWatermarkRulesResponse,
    )
    from .models.describe_live_watermarks import DescribeLiveWatermarksRequest, DescribeLiveWatermarksResponse
    from .models.describe_live_xp2_p_detail_info_list import (
        DescribeLiveXP2PDetailInfoListRequest,
        DescribeLiveXP2PDetailInfoListResponse,
    )
    from .models.describe_log_download_list import DescribeLogDownloadListRequest, DescribeLogDownloadListResponse
    from .models.describe_monitor_report import DescribeMonitorReportRequest, DescribeMonitorReportResponse
    from .models.describe_play_error_code_detail_info_list import (
        DescribePlayErrorCodeDetailInfoListRequest,
        DescribePlayErrorCodeDetailInfoListResponse,
    )
    from .models.describe_play_error_code_sum_info_list import (
        DescribePlayErrorCodeSumInfoListRequest,
        DescribePlayErrorCodeSumInfoListResponse,
    )
    from .models.describe_pro_isp_play_sum_info_list import (
        DescribeProIspPlaySumInfoListRequest,
        DescribeProIspPlaySumInfoListResponse,
    )
    from .models.describe_province_isp_play_info_list import (
        DescribeProvinceIspPlayInfoListRequest,
        DescribeProvinceIspPlayInfoListResponse,
    )
    from .models.describe_pull_transform_push_info import (
        DescribePullTransformPushInfoRequest,
        DescribePullTransformPushInfoResponse,
    )
    from .models.describe_push_bandwidth_and_flux_list import (
        DescribePushBandwidthAndFluxListRequest,
        DescribePushBandwidthAndFluxListResponse,
    )
    from .models.describe_record_task import DescribeRecordTaskRequest, DescribeRecordTaskResponse
    from .models.describe_screen_shot_sheet_num_list import (
        DescribeScreenShotSheetNumListRequest,
        DescribeScreenShotSheetNumListResponse,
    )
    from .models.describe_screenshot_task import DescribeScreenshotTaskRequest, DescribeScreenshotTaskResponse
    from .models.describe_stream_day_play_info_list import (
        DescribeStreamDayPlayInfoListRequest,
        DescribeStreamDayPlayInfoListResponse,
    )
    from .models.describe_stream_play_info_list import (
        DescribeStreamPlayInfoListRequest,
        DescribeStreamPlayInfoListResponse,
    )
    from .models.describe_stream_push_info_list import (
        DescribeStreamPushInfoListRequest,
        DescribeStreamPushInfoListResponse,
    )
    from .models.describe_time_shift_record_detail import (
        DescribeTimeShiftRecordDetailRequest,
        DescribeTimeShiftRecordDetailResponse,
    )
    from .models.describe_time_shift_stream_list import (
        DescribeTimeShiftStreamListRequest,
        DescribeTimeShiftStreamListResponse,
    )
    from .models.describe_top_client_ip_sum_info_list import (
        DescribeTopClientIpSumInfoListRequest,
        DescribeTopClientIpSumInfoListResponse,
    )
    from .models.describe_transcode_task_num import DescribeTranscodeTaskNumRequest, DescribeTranscodeTaskNumResponse
    from .models.describe_upload_stream_nums import DescribeUploadStreamNumsRequest, DescribeUploadStreamNumsResponse
    from .models.describe_visit_top_sum_info_list import (
        DescribeVisitTopSumInfoListRequest,
        DescribeVisitTopSumInfoListResponse,
    )
    from .models.drop_live_stream import DropLiveStreamRequest, DropLiveStreamResponse
    from .models.enable_live_domain import EnableLiveDomainRequest, EnableLiveDomainResponse
    from .models.enable_optimal_switching import EnableOptimalSwitchingRequest, EnableOptimalSwitchingResponse
    from .models.forbid_live_domain import ForbidLiveDomainRequest, ForbidLiveDomainResponse
    from .models.forbid_live_stream import ForbidLiveStreamRequest, ForbidLiveStreamResponse
    from .models.get_live_stat import Get_LiveStatRequest, Get_LiveStatResponse
    from .models.live_channel_get_channel_list import (
        Live_Channel_GetChannelListRequest,
        Live_Channel_GetChannelListResponse,
    )
    from .models.live_channel_get_live_channel_list import (
        Live_Channel_GetLiveChannelListRequest,
        Live_Channel_GetLiveChannelListResponse,
    )
    from .models.live_channel_get_status import Live_Channel_GetStatusRequest, Live_Channel_GetStatusResponse
    from .models.live_channel_set_status import Live_Channel_SetStatusRequest, Live_Channel_SetStatusResponse
    from .models.live_set_delay import Live_Set_DelayRequest, Live_Set_DelayResponse
    from .models.live_tape_start import Live_Tape_StartRequest, Live_Tape_StartResponse
    from .models.live_tape_stop import Live_Tape_StopRequest, Live_Tape_StopResponse
    from .models.modify_caster import ModifyCasterRequest, ModifyCasterResponse
    from .models.modify_caster_input_info import ModifyCasterInputInfoRequest, ModifyCasterInputInfoResponse
    from .models.modify_caster_layout_info import ModifyCasterLayoutInfoRequest, ModifyCasterLayoutInfoResponse
    from .models.modify_caster_mark_pic_info import ModifyCasterMarkPicInfoRequest, ModifyCasterMarkPicInfoResponse
    from .models.modify_caster_mark_word_info import ModifyCasterMarkWordInfoRequest, ModifyCasterMarkWordInfoResponse
    from .models.modify_caster_output_info import ModifyCasterOutputInfoRequest, ModifyCasterOutputInfoResponse
    from .models.modify_live_callback_template import (
        ModifyLiveCallbackTemplateRequest,
        ModifyLiveCallbackTemplateResponse,
    )
    from .models.modify_live_domain_cert_bindings import (
        ModifyLiveDomainCertBindingsRequest,
        ModifyLiveDomainCertBindingsResponse,
    )
    from .models.modify_live_domain_referer import ModifyLiveDomainRefererRequest, ModifyLiveDomainRefererResponse
    from .models.modify_live_pad_template import ModifyLivePadTemplateRequest, ModifyLivePadTemplateResponse
    from .models.modify_live_play_auth_key import ModifyLivePlayAuthKeyRequest, ModifyLivePlayAuthKeyResponse
    from .models.modify_live_play_domain import ModifyLivePlayDomainRequest, ModifyLivePlayDomainResponse
    from .models.modify_live_pull_stream_task import ModifyLivePullStreamTaskRequest, ModifyLivePullStreamTaskResponse
    from .models.modify_live_push_auth_key import ModifyLivePushAuthKeyRequest, ModifyLivePushAuthKeyResponse
    from .models.modify_live_record_template import ModifyLiveRecordTemplateRequest, ModifyLiveRecordTemplateResponse
    from .models.modify_live_snapshot_template import (
        ModifyLiveSnapshotTemplateRequest,
        ModifyLiveSnapshotTemplateResponse,
    )
    from .models.modify_live_stream_monitor import ModifyLiveStreamMonitorRequest, ModifyLiveStreamMonitorResponse
    from .models.modify_live_time_shift_template import (
        ModifyLiveTimeShiftTemplateRequest,
        ModifyLiveTimeShiftTemplateResponse,
    )
    from .models.modify_live_transcode_template import (
        ModifyLiveTranscodeTemplateRequest,
        ModifyLiveTranscodeTemplateResponse,
    )
    from .models.release_caster import ReleaseCasterRequest, ReleaseCasterResponse
    from .models.restart_live_pull_stream_task import (
        RestartLivePullStreamTaskRequest,
        RestartLivePullStreamTaskResponse,
    )
    from .models.resume_delay_live_stream import ResumeDelayLiveStreamRequest, ResumeDelayLiveStreamResponse
    from .models.resume_live_stream import ResumeLiveStreamRequest, ResumeLiveStreamResponse
    from .models.start_live_stream_monitor import StartLiveStreamMonitorRequest, StartLiveStreamMonitorResponse
    from .models.stop_caster_pgm import StopCasterPgmRequest, StopCasterPgmResponse
    from .models.stop_caster_pvw import StopCasterPvwRequest, StopCasterPvwResponse
    from .models.stop_live_pad_processor import StopLivePadProcessorRequest, StopLivePadProcessorResponse
    from .models.stop_live_stream_monitor import StopLiveStreamMonitorRequest, StopLiveStreamMonitorResponse
    from .models.stop_record_task import StopRecordTaskRequest, StopRecordTaskResponse
    from .models.stop_screenshot_task import StopScreenshotTaskRequest, StopScreenshotTaskResponse
    from .models.switch_backup_stream import SwitchBackupStreamRequest, SwitchBackupStreamResponse
    from .models.un_bind_live_domain_cert import UnBindLiveDomainCertRequest, UnBindLiveDomainCertResponse
    from .models.update_live_watermark import UpdateLiveWatermarkRequest, UpdateLiveWatermarkResponse
    from .models.channel_manager import channel_managerRequest, channel_managerResponse
    from .structures.caster_display_info import CasterDisplayInfo
    from .structures.caster_input_info import CasterInputInfo
    from .structures.caster_layout_info import CasterLayoutInfo
    from .structures.caster_mark_pic_info import CasterMarkPicInfo
    from .structures.caster_mark_word_info import CasterMarkWordInfo
    from .structures.caster_output_info import CasterOutputInfo
    from .structures.common_mix_control_params import CommonMixControlParams
    from .structures.common_mix_input_param import CommonMixInputParam
    from .structures.common_mix_output_params import CommonMixOutputParams
    from .structures.flv_special_param import FlvSpecialParam
    from .structures.hls_special_param import HlsSpecialParam
    from .structures.live_cert_domain_info import LiveCertDomainInfo
    from .structures.live_stream_monitor_input_info import LiveStreamMonitorInputInfo
    from .structures.live_stream_monitor_notify_policy import LiveStreamMonitorNotifyPolicy
    from .structures.live_stream_monitor_output_info import LiveStreamMonitorOutputInfo
    from .structures.pull_push_watermark_info import PullPushWatermarkInfo
    from .structures.record_param import RecordParam

    ResponseT = TypeVar("ResponseT", bound=Response)


class AsyncLiveClient(ServiceSettings, AsyncBaseClient):
    """Asynchronous client of live 2018-08-01 (endpoint live.tencentcloudapi.com)."""

    async def send(self, request: Request[ResponseT], *, options: CallOptions | None = None) -> ResponseT:
        """Validate `request`, send it, and parse the answer into its response model."""
        request.validate()
        result = await self._call(request._action, request.to_dict(), options)
        response: ResponseT = request.response_class().from_dict(result.data)
        response.raw_response = result.raw
        return response

    async def add_caster_input_info(
        self,
        *,
        caster_id: int,
        input_info: CasterInputInfo,
        options: CallOptions | None = None,
    ) -> AddCasterInputInfoResponse:
        """该接口用来向导播台中添加一个输入源，该输入源可以是拉流地址、或是一个文件链接

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            input_info: 导播台输入源详细信息。

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

        request = AddCasterInputInfoRequest(
            caster_id=caster_id,
            input_info=input_info,
        )
        return await self.send(request, options=options)

    async def add_caster_layout_info(
        self,
        *,
        caster_id: int,
        layout_info: CasterLayoutInfo,
        options: CallOptions | None = None,
    ) -> AddCasterLayoutInfoResponse:
        """该接口用来增加导播台的布局参数。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            layout_info: 导播台布局参数信息。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.LayoutAlreadyExist,
            FailedOperation.LayoutUsedInPgm, FailedOperation.LayoutUsedInPvw, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.add_caster_layout_info import AddCasterLayoutInfoRequest

        request = AddCasterLayoutInfoRequest(
            caster_id=caster_id,
            layout_info=layout_info,
        )
        return await self.send(request, options=options)

    async def add_caster_mark_pic_info(
        self,
        *,
        caster_id: int,
        mark_pic_info: CasterMarkPicInfo,
        options: CallOptions | None = None,
    ) -> AddCasterMarkPicInfoResponse:
        """该接口用来新增图片水印。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            mark_pic_info: 图片水印详细参数。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.MarkPicAlreadyExist,
            InternalError, InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.add_caster_mark_pic_info import AddCasterMarkPicInfoRequest

        request = AddCasterMarkPicInfoRequest(
            caster_id=caster_id,
            mark_pic_info=mark_pic_info,
        )
        return await self.send(request, options=options)

    async def add_caster_mark_word_info(
        self,
        *,
        caster_id: int,
        mark_word_info: CasterMarkWordInfo,
        options: CallOptions | None = None,
    ) -> AddCasterMarkWordInfoResponse:
        """为导播台添加文本配置。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_word_info: 文本的详细配置。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.MarkWordAlreadyExist,
            InternalError, InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnauthorizedOperation, UnknownParameter, UnsupportedOperation.
        """
        from .models.add_caster_mark_word_info import AddCasterMarkWordInfoRequest

        request = AddCasterMarkWordInfoRequest(
            caster_id=caster_id,
            mark_word_info=mark_word_info,
        )
        return await self.send(request, options=options)

    async def add_caster_output_info(
        self,
        *,
        caster_id: int,
        output_info: CasterOutputInfo,
        options: CallOptions | None = None,
    ) -> AddCasterOutputInfoResponse:
        """该接口用来新增导播台推流信息。导播台主监启动后，将会将主监画面推向该接口设置的地址。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            output_info: 导播台推流参数信息。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.OutputAlreadyExist, InternalError,
            InvalidParameter, InvalidParameter.InvalidUrl, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.add_caster_output_info import AddCasterOutputInfoRequest

        request = AddCasterOutputInfoRequest(
            caster_id=caster_id,
            output_info=output_info,
        )
        return await self.send(request, options=options)

    async def add_delay_live_stream(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        delay_time: int,
        expire_time: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> AddDelayLiveStreamResponse:
        """针对大型活动直播，通过对直播流设置延时来控制现场与观众播放画面的时间间隔，避免突发状况造成影响。

        注意：如果在推流前设置延播，需要提前5分钟设置，目前该接口只支持流粒度。

        Documented rate limit: 200 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
            domain_name: 推流域名。
            stream_name: 流名称。
            delay_time: 延播时间，单位：秒，上限：600秒。
            expire_time: 延播设置的过期时间。UTC 格式，例如：2018-11-29T19:00:00Z。

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
        )
        return await self.send(request, options=options)

    async def add_live_domain(
        self,
        *,
        domain_name: str,
        domain_type: int,
        play_type: int | None | Unset = UNSET,
        is_delay_live: int | None | Unset = UNSET,
        is_mini_program_live: int | None | Unset = UNSET,
        verify_owner_type: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> AddLiveDomainResponse:
        """添加域名，一次只能提交一个域名。域名必须已备案。

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 域名名称。
            domain_type: 域名类型，
            play_type: 拉流域名类型：
            is_delay_live: 是否是慢直播：
            is_mini_program_live: 是否是小程序直播：
            verify_owner_type: 域名归属校验类型。

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
        )
        return await self.send(request, options=options)

    async def add_live_watermark(
        self,
        *,
        picture_url: str,
        watermark_name: str,
        x_position: int | None | Unset = UNSET,
        y_position: int | None | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        background_width: int | None | Unset = UNSET,
        background_height: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> AddLiveWatermarkResponse:
        """添加水印，成功返回水印 ID 后，需要调用CreateLiveWatermarkRule接口将水印 ID 绑定到流使用。 水印数量上限 100，超过后需要先删除，再添加。

        Documented rate limit: 100 requests per second.

        Args:
            picture_url: 水印图片 URL。
            watermark_name: 水印名称。
            x_position: 显示位置，X轴偏移，单位是百分比，默认 0。
            y_position: 显示位置，Y轴偏移，单位是百分比，默认 0。
            width: 水印宽度，占直播原始画面宽度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始宽度。
            height: 水印高度，占直播原始画面高度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始高度。
            background_width: 背景水印宽度。默认宽度1920。
            background_height: 背景水印高度。默认高度1080。

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
        )
        return await self.send(request, options=options)

    async def authenticate_domain_owner(
        self,
        *,
        domain_name: str,
        verify_type: str,
        options: CallOptions | None = None,
    ) -> AuthenticateDomainOwnerResponse:
        """验证用户是否拥有特定直播域名。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 要验证的域名。
            verify_type: 验证类型。可取值：

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameter, InvalidParameter.DomainFormatError.
        """
        from .models.authenticate_domain_owner import AuthenticateDomainOwnerRequest

        request = AuthenticateDomainOwnerRequest(
            domain_name=domain_name,
            verify_type=verify_type,
        )
        return await self.send(request, options=options)

    async def cancel_common_mix_stream(
        self,
        *,
        mix_stream_session_id: str,
        options: CallOptions | None = None,
    ) -> CancelCommonMixStreamResponse:
        """该接口用来取消混流。用法与 mix_streamv2.cancel_mix_stream 基本一致。

        Documented rate limit: 100 requests per second.

        Args:
            mix_stream_session_id: 混流会话（申请混流开始到取消混流结束）标识 ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrError, FailedOperation.CallOtherSvrFailed,
            FailedOperation.CancelSessionNotExist, InternalError, InvalidParameter,
            InvalidParameter.CancelSessionNotExist, InvalidParameter.OtherError,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.cancel_common_mix_stream import CancelCommonMixStreamRequest

        request = CancelCommonMixStreamRequest(
            mix_stream_session_id=mix_stream_session_id,
        )
        return await self.send(request, options=options)

    async def copy_caster(
        self,
        *,
        caster_id: int,
        caster_name: str | None | Unset = UNSET,
        output_stream_id: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CopyCasterResponse:
        """该接口用来复制导播台配置

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 源导播台的ID
            caster_name: 复制产生的新导播台名称
            output_stream_id: 复制产生的导播台推送到云直播的流id

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnauthorizedOperation,
            UnknownParameter, UnsupportedOperation.
        """
        from .models.copy_caster import CopyCasterRequest

        request = CopyCasterRequest(
            caster_id=caster_id,
            caster_name=caster_name,
            output_stream_id=output_stream_id,
        )
        return await self.send(request, options=options)

    async def create_caster(
        self,
        *,
        caster_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        expire_time: int | None | Unset = UNSET,
        delay_time: int | None | Unset = UNSET,
        transition_type: str | None | Unset = UNSET,
        pgm_width: int | None | Unset = UNSET,
        pgm_height: int | None | Unset = UNSET,
        pgm_fps: int | None | Unset = UNSET,
        pgm_bit_rate: int | None | Unset = UNSET,
        fee_type: int | None | Unset = UNSET,
        pgm_audio_bit_rate: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateCasterResponse:
        """该接口用来创建新的导播台

        Documented rate limit: 200 requests per second.

        Args:
            caster_name: 导播台名称
            description: 导播台的描述
            expire_time: 导播台的过期时间戳。值为-1或unix时间戳。
            delay_time: 导播台延时播放时间，单位为秒。
            transition_type: 导播台转场类型。
            pgm_width: 导播台主监输出的宽度，单位为像素。
            pgm_height: 导播台主监输出的高度，单位为像素。
            pgm_fps: 导播台主监输出的帧率。
            pgm_bit_rate: 导播台主监输出的码率，单位为kbps。
            fee_type: 导播台的计费类型。
            pgm_audio_bit_rate: 导播台主监输出的音频码率，单位为kbps。

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
        )
        return await self.send(request, options=options)

    async def create_caster_input_push_url(
        self,
        *,
        caster_id: int,
        input_index: int,
        protocol: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateCasterInputPushUrlResponse:
        """该接口用来生成导播台推流地址

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            input_index: 请求生成推流地址的输入Index。
            protocol: 生成推流地址协议。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameter.InvalidProtocol,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.create_caster_input_push_url import CreateCasterInputPushUrlRequest

        request = CreateCasterInputPushUrlRequest(
            caster_id=caster_id,
            input_index=input_index,
            protocol=protocol,
        )
        return await self.send(request, options=options)

    async def create_caster_pgm(
        self,
        *,
        pgm_display_info: CasterDisplayInfo,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> CreateCasterPgmResponse:
        """该接口用来启动主监任务，并将获取主监画面的播放地址。

        Documented rate limit: 200 requests per second.

        Args:
            pgm_display_info: 导播台展示信息参数。
            caster_id: 导播台ID。

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
            pgm_display_info=pgm_display_info,
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def create_caster_pgm_from_pvw(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> CreateCasterPgmFromPvwResponse:
        """该接口用来将预监画面的布局、水印、字幕等配置，复制到主监画面中。

        该接口使用时，预监任务需处于运行状态。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。

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

        request = CreateCasterPgmFromPvwRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def create_caster_pvw(
        self,
        *,
        pvw_display_info: CasterDisplayInfo,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> CreateCasterPvwResponse:
        """该接口用来启动预监任务，并将获取预监画面的播放地址。

        Documented rate limit: 200 requests per second.

        Args:
            pvw_display_info: 导播台预监展示信息参数
            caster_id: 导播台ID。

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
            pvw_display_info=pvw_display_info,
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def create_common_mix_stream(
        self,
        *,
        mix_stream_session_id: str,
        input_stream_list: list[CommonMixInputParam],
        output_params: CommonMixOutputParams,
        mix_stream_template_id: int | None | Unset = UNSET,
        control_params: CommonMixControlParams | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateCommonMixStreamResponse:
        """该接口用来创建通用混流。用法与旧接口 mix_streamv2.start_mix_stream_advanced 基本一致。

        注意：当前最多支持16路混流。

        最佳实践：https://cloud.tencent.com/document/product/267/45566

        Documented rate limit: 200 requests per second.

        Args:
            mix_stream_session_id: 混流会话（申请混流开始到取消混流结束）标识 ID。80字节以内，仅含字母、数字
            input_stream_list: 混流输入流列表。
            output_params: 混流输出流参数。
            mix_stream_template_id: 输入模板 ID，若设置该参数，将按默认模板布局输出，无需填入自定义位置参数。
            control_params: 混流的特殊控制参数。如无特殊需求，无需填写。

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
        )
        return await self.send(request, options=options)

    async def create_lvb_channel(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface CreateLVBChannel."""
        legacy(
            "CreateLVBChannel",
            None,
            "直播码不需要创建接口。请升级为直播码模式，直播码不需要接口进行创建，直接指定流名称即可推流",
        )

    async def create_live_callback_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        template_id: int,
        options: CallOptions | None = None,
    ) -> CreateLiveCallbackRuleResponse:
        """创建回调规则，需要先调用CreateLiveCallbackTemplate接口创建回调模板，将返回的模板id绑定到域名/路径进行使用。

        回调协议相关文档：事件消息通知。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为live。
            template_id: 模板ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConfNotFound, InvalidParameter, InvalidParameter.ConfNotFound,
            InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.create_live_callback_rule import CreateLiveCallbackRuleRequest

        request = CreateLiveCallbackRuleRequest(
            domain_name=domain_name,
            app_name=app_name,
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def create_live_callback_template(
        self,
        *,
        template_name: str,
        description: str | None | Unset = UNSET,
        stream_begin_notify_url: str | None | Unset = UNSET,
        stream_end_notify_url: str | None | Unset = UNSET,
        record_notify_url: str | None | Unset = UNSET,
        record_status_notify_url: str | None | Unset = UNSET,
        snapshot_notify_url: str | None | Unset = UNSET,
        porn_censorship_notify_url: str | None | Unset = UNSET,
        callback_key: str | None | Unset = UNSET,
        stream_mix_notify_url: str | None | Unset = UNSET,
        push_exception_notify_url: str | None | Unset = UNSET,
        audio_audit_notify_url: str | None | Unset = UNSET,
        record_exception_notify_url: str | None | Unset = UNSET,
        record_exception_levels: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLiveCallbackTemplateResponse:
        """创建回调模板，数量上限：50，成功返回模板id后，需要调用CreateLiveCallbackRule接口将模板 ID 绑定到域名/路径使用。

        回调协议相关文档：事件消息通知。

        注意：至少填写一个回调 URL。

        Documented rate limit: 200 requests per second.

        Args:
            template_name: 模板名称。
            description: 描述信息。
            stream_begin_notify_url: 开播回调 URL，
            stream_end_notify_url: 断流回调 URL，
            record_notify_url: 录制文件回调 URL，
            record_status_notify_url: 录制状态回调 URL ，
            snapshot_notify_url: 截图回调 URL，
            porn_censorship_notify_url: 鉴黄回调 URL ，
            callback_key: 回调 Key，回调 URL 公用，回调签名详见事件消息通知文档。
            stream_mix_notify_url: 参数已弃用。
            push_exception_notify_url: 推流异常回调 URL。
            audio_audit_notify_url: 音频审核回调 URL。
            record_exception_notify_url: 录制异常回调 URL。
            record_exception_levels: 录制异常回调级别，可选择：error、warning、info。

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
        )
        return await self.send(request, options=options)

    async def create_live_pad_rule(
        self,
        *,
        domain_name: str,
        template_id: int,
        app_name: str | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLivePadRuleResponse:
        """创建直播垫片规则。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 推流域名。
            template_id: 模板 ID。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            stream_name: 流名称。

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
        )
        return await self.send(request, options=options)

    async def create_live_pad_template(
        self,
        *,
        template_name: str,
        url: str,
        description: str | None | Unset = UNSET,
        wait_duration: int | None | Unset = UNSET,
        max_duration: int | None | Unset = UNSET,
        type_: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLivePadTemplateResponse:
        """创建直播垫片模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_name: 模板名称。
            url: 垫片内容。
            description: 描述信息。
            wait_duration: 断流等待时间。
            max_duration: 最大垫片时长。
            type_: 垫片内容类型：

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
        push_args: str | None | Unset = UNSET,
        callback_events: list[str] | None | Unset = UNSET,
        vod_loop_times: str | None | Unset = UNSET,
        vod_refresh_type: str | None | Unset = UNSET,
        callback_url: str | None | Unset = UNSET,
        extra_cmd: str | None | Unset = UNSET,
        specify_task_id: str | None | Unset = UNSET,
        comment: str | None | Unset = UNSET,
        to_url: str | None | Unset = UNSET,
        file_index: int | None | Unset = UNSET,
        offset_time: int | None | Unset = UNSET,
        backup_source_type: str | None | Unset = UNSET,
        backup_source_url: str | None | Unset = UNSET,
        watermark_list: list[PullPushWatermarkInfo] | None | Unset = UNSET,
        vod_local_mode: int | None | Unset = UNSET,
        record_template_id: str | None | Unset = UNSET,
        backup_to_url: str | None | Unset = UNSET,
        transcode_template_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLivePullStreamTaskResponse:
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
            source_urls: 拉流源 url 列表。
            domain_name: 推流域名。
            app_name: 推流路径。
            stream_name: 推流名称。
            start_time: 开始时间。
            end_time: 结束时间，注意：1. 结束时间必须大于开始时间；2. 结束时间必须大于当前时间；3. 结
            operator: 任务操作人备注。
            push_args: 推流参数。
            callback_events: 选择需要回调的事件（不填则回调全部）：
            vod_loop_times: 点播拉流转推循环次数。默认：-1。
            vod_refresh_type: 点播更新SourceUrls后的播放方式：
            callback_url: 自定义回调地址。
            extra_cmd: 其他参数。
            specify_task_id: 自定义任务 ID。
            comment: 任务描述，限制 512 字节。
            to_url: 完整目标 URL 地址。
            file_index: 指定播放文件索引。
            offset_time: 指定播放文件偏移。
            backup_source_type: 备源的类型：
            backup_source_url: 备源 URL。
            watermark_list: 水印信息列表。
            vod_local_mode: 点播源是否启用本地推流模式，默认0，不启用。
            record_template_id: 录制模板 ID。
            backup_to_url: 新的目标地址，用于任务同时推两路场景。
            transcode_template_name: 直播转码模板，使用云直播的转码功能进行转码后再转推出去。转码模板需在云直播控制

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
        )
        return await self.send(request, options=options)

    async def create_live_record(
        self,
        *,
        stream_name: str,
        app_name: str | None | Unset = UNSET,
        domain_name: str | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        end_time: str | None | Unset = UNSET,
        record_type: str | None | Unset = UNSET,
        file_format: str | None | Unset = UNSET,
        highlight: int | None | Unset = UNSET,
        mix_stream: int | None | Unset = UNSET,
        stream_param: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLiveRecordResponse:
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

        Documented rate limit: 500 requests per second.

        Args:
            stream_name: Stream name.
            app_name: Push path, which is the same as the AppName in push and playback addresses and is live by default.
            domain_name: Push domain name. This parameter must be set for multi-domain name push.
            start_time: Recording start time, which is China standard time and should be URL-encoded (RFC3986). For example, the encoding of 2017-01-01 10:10:01 is 2017-01-01+10%3a10%3a01.
            end_time: Recording end time, which is China standard time and should be URL-encoded (RFC3986). For example, the encoding of 2017-01-01 10:30:01 is 2017-01-01+10%3a30%3a01.
            record_type: Recording type.
            file_format: Recording file format. Valid values:
            highlight: Mark for enabling real-time video recording mode.
            mix_stream: Flag for enabling A+B=C mixed stream recording.
            stream_param: Recording stream parameter. The following parameters are supported currently:

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
        )
        return await self.send(request, options=options)

    async def create_live_record_rule(
        self,
        *,
        domain_name: str,
        template_id: int,
        app_name: str | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLiveRecordRuleResponse:
        """创建录制规则，需要先调用CreateLiveRecordTemplate接口创建录制模板，将返回的模板id绑定到流使用。

        录制相关文档：直播录制。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            template_id: 模板 ID。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            stream_name: 流名称。

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
        )
        return await self.send(request, options=options)

    async def create_live_record_template(
        self,
        *,
        template_name: str,
        description: str | None | Unset = UNSET,
        flv_param: RecordParam | None | Unset = UNSET,
        hls_param: RecordParam | None | Unset = UNSET,
        mp4_param: RecordParam | None | Unset = UNSET,
        aac_param: RecordParam | None | Unset = UNSET,
        is_delay_live: int | None | Unset = UNSET,
        hls_special_param: HlsSpecialParam | None | Unset = UNSET,
        mp3_param: RecordParam | None | Unset = UNSET,
        cos_store: int | None | Unset = UNSET,
        remove_watermark: bool | None | Unset = UNSET,
        flv_special_param: FlvSpecialParam | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLiveRecordTemplateResponse:
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
            hls_special_param: HLS专属录制参数。
            mp3_param: Mp3录制参数，开启Mp3录制时设置。
            cos_store: 是否存储至 cos，值为 1 时表示存储至 cos。
            remove_watermark: 是否去除水印，类型为慢直播时此参数无效。
            flv_special_param: FLV 录制特殊参数。

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
        )
        return await self.send(request, options=options)

    async def create_live_snapshot_rule(
        self,
        *,
        domain_name: str,
        template_id: int,
        app_name: str | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLiveSnapshotRuleResponse:
        """创建截图规则，需要先调用CreateLiveSnapshotTemplate接口创建截图模板，然后将返回的模板 ID 绑定到流进行使用。

        截图相关文档：直播截图。

        注意：单个域名仅支持关联一个截图模板。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            template_id: 模板 ID。
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
            stream_name: 流名称。

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
        )
        return await self.send(request, options=options)

    async def create_live_snapshot_template(
        self,
        *,
        template_name: str,
        cos_app_id: int,
        cos_bucket: str,
        cos_region: str,
        description: str | None | Unset = UNSET,
        snapshot_interval: int | None | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        porn_flag: int | None | Unset = UNSET,
        cos_prefix: str | None | Unset = UNSET,
        cos_file_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLiveSnapshotTemplateResponse:
        """创建截图模板，数量上限：50，成功返回模板id后，需要调用CreateLiveSnapshotRule接口，将模板id绑定到流使用。

        截图相关文档：直播截图。

        Documented rate limit: 200 requests per second.

        Args:
            template_name: 模板名称。
            cos_app_id: Cos 应用 ID。
            cos_bucket: Cos Bucket名称。
            cos_region: Cos地区。
            description: 描述信息。
            snapshot_interval: 截图间隔，单位s，默认10s。
            width: 截图宽度。默认：0（原始宽）。
            height: 截图高度。默认：0（原始高）。
            porn_flag: 是否开启鉴黄，0：不开启，1：开启。默认：0。
            cos_prefix: Cos Bucket文件夹前缀。
            cos_file_name: Cos 文件名称。

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
        )
        return await self.send(request, options=options)

    async def create_live_stream_monitor(
        self,
        *,
        output_info: LiveStreamMonitorOutputInfo,
        input_list: list[LiveStreamMonitorInputInfo],
        monitor_name: str | None | Unset = UNSET,
        notify_policy: LiveStreamMonitorNotifyPolicy | None | Unset = UNSET,
        asr_language: int | None | Unset = UNSET,
        ocr_language: int | None | Unset = UNSET,
        ai_asr_input_index_list: list[int] | None | Unset = UNSET,
        ai_ocr_input_index_list: list[int] | None | Unset = UNSET,
        check_stream_broken: int | None | Unset = UNSET,
        check_stream_low_frame_rate: int | None | Unset = UNSET,
        allow_monitor_report: int | None | Unset = UNSET,
        ai_format_diagnose: int | None | Unset = UNSET,
        ai_quality_control: int | None | Unset = UNSET,
        caster_id: str | None | Unset = UNSET,
        pull_push_task_id: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLiveStreamMonitorResponse:
        """该接口用来创建直播流监播任务。

        Documented rate limit: 20 requests per second.

        Args:
            output_info: 监播任务的输出信息。
            input_list: 待监播的输入流信息列表。
            monitor_name: 监播任务名称。字段长度小于128字节（一个汉字两个字节）。
            notify_policy: 监播事件通知策略。
            asr_language: 智能语音识别语种设置：
            ocr_language: 智能文字识别语种设置：
            ai_asr_input_index_list: 智能语音识别的输入列表，若开启语音识别则必填。
            ai_ocr_input_index_list: 智能文字识别的输入列表，若开启文字识别则必填。
            check_stream_broken: 是否开启断流检测。
            check_stream_low_frame_rate: 是否开启低帧率检测。
            allow_monitor_report: 是否存储监播事件到监播报告，以及是否允许查询监播报告。
            ai_format_diagnose: 是否开启格式诊断。
            ai_quality_control: 是否开启内容质检。
            caster_id: 导播台监播对应的导播台场次id。
            pull_push_task_id: 拉流转推监播任务对应的拉流转推场次id

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
        )
        return await self.send(request, options=options)

    async def create_live_time_shift_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        options: CallOptions | None = None,
    ) -> CreateLiveTimeShiftRuleResponse:
        """创建直播时移规则，需要先调用CreateLiveTimeShiftTemplate接口创建直播时移模板，将返回的模板id绑定到流使用。

        直播时移相关文档：直播时移。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。注：如果需要对所有AppName生效，可填写“*”。
            stream_name: 流名称。注：如果本参数设置为非空字符串，规则将只对此推流起作用。如果需要对所有StreamName生效，可填
            template_id: 模板 ID。

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
        )
        return await self.send(request, options=options)

    async def create_live_time_shift_template(
        self,
        *,
        template_name: str,
        duration: int,
        description: str | None | Unset = UNSET,
        area: str | None | Unset = UNSET,
        item_duration: int | None | Unset = UNSET,
        remove_watermark: bool | None | Unset = UNSET,
        transcode_template_ids: list[int] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLiveTimeShiftTemplateResponse:
        """创建直播时移模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_name: 模板名称。
            duration: 时移时长。
            description: 描述信息。
            area: 地域。
            item_duration: 分片时长。
            remove_watermark: 是否去除水印。
            transcode_template_ids: 转码流id列表。

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
        )
        return await self.send(request, options=options)

    async def create_live_transcode_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        options: CallOptions | None = None,
    ) -> CreateLiveTranscodeRuleResponse:
        """创建转码规则，数量上限：50，需要先调用CreateLiveTranscodeTemplate接口创建转码模板，将返回的模板id绑定到流使用。

        转码相关文档：直播转封装及转码。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 播放域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致。如果只绑定域名，则此处填""。
            stream_name: 流名称。已废弃该字段，请传入空字符串。
            template_id: 指定已有的模板Id。

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
        )
        return await self.send(request, options=options)

    async def create_live_transcode_template(
        self,
        *,
        template_name: str,
        video_bitrate: int,
        acodec: str | None | Unset = UNSET,
        audio_bitrate: int | None | Unset = UNSET,
        vcodec: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        need_video: int | None | Unset = UNSET,
        width: int | None | Unset = UNSET,
        need_audio: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        fps: int | None | Unset = UNSET,
        gop: int | None | Unset = UNSET,
        rotate: int | None | Unset = UNSET,
        profile: str | None | Unset = UNSET,
        bitrate_to_orig: int | None | Unset = UNSET,
        height_to_orig: int | None | Unset = UNSET,
        fps_to_orig: int | None | Unset = UNSET,
        ai_trans_code: int | None | Unset = UNSET,
        adapt_bitrate_percent: float | None | Unset = UNSET,
        short_edge_as_height: int | None | Unset = UNSET,
        drm_type: str | None | Unset = UNSET,
        drm_tracks: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateLiveTranscodeTemplateResponse:
        """创建转码模板，数量上限：50，成功返回模板id后，需要调用CreateLiveTranscodeRule接口，将返回的模板id绑定到流使用。

        转码相关文档：直播转封装及转码。

        Documented rate limit: 200 requests per second.

        Args:
            template_name: 模板名称，例： 900p 仅支持字母和数字的组合。
            video_bitrate: 视频码率。范围：0kbps - 8000kbps。
            acodec: 音频编码：aac，默认aac。
            audio_bitrate: 音频码率，默认0。
            vcodec: 视频编码：h264/h265/origin，默认origin。
            description: 模板描述。
            need_video: 是否保留视频，0：否，1：是。默认1。
            width: 宽，默认0。
            need_audio: 是否保留音频，0：否，1：是。默认1。
            height: 高，默认0。
            fps: 帧率，默认0。
            gop: 关键帧间隔，单位：秒。
            rotate: 旋转角度，默认0。
            profile: 编码质量：
            bitrate_to_orig: 当设置的码率>原始码率时，是否以原始码率为准。
            height_to_orig: 当设置的高度>原始高度时，是否以原始高度为准。
            fps_to_orig: 当设置的帧率>原始帧率时，是否以原始帧率为准。
            ai_trans_code: 是否是极速高清模板，0：否，1：是。默认0。
            adapt_bitrate_percent: 极速高清视频码率压缩比。
            short_edge_as_height: 是否以短边作为高度，0：否，1：是。默认0。
            drm_type: DRM 加密类型，可选值：fairplay、normalaes、widevine。
            drm_tracks: DRM 加密项，可选值：AUDIO、SD、HD、UHD1、UHD2，后四个为一组，同组中的内容只能选一个。

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
        )
        return await self.send(request, options=options)

    async def create_live_watermark_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        options: CallOptions | None = None,
    ) -> CreateLiveWatermarkRuleResponse:
        """创建水印规则，需要先调用AddLiveWatermark接口添加水印，将返回的水印id绑定到流使用。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为live。
            stream_name: 流名称。
            template_id: 水印Id，即调用AddLiveWatermark接口返回的WatermarkId。

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
        )
        return await self.send(request, options=options)

    async def create_pull_stream_config(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface CreatePullStreamConfig: use CreateLivePullStreamTask (client.create_live_pull_stream_task).

        添加拉流配置(该接口已下线,请使用新接口 CreateLivePullStreamTask)
        """
        legacy(
            "CreatePullStreamConfig",
            "CreateLivePullStreamTask (client.create_live_pull_stream_task)",
            "listed as offline in the API overview: 添加拉流配置(该接口已下线,请使用新接口 CreateLivePullStreamTask)",
        )

    async def create_record(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface CreateRecord: use CreateRecordTask (client.create_record_task).

        说明：

        录制文件存放于云点播平台。用户如需使用录制功能，需首先自行开通云点播服务。录制文件存放后，相关费用（含存储以及下行播放流量）按照云点播平台计费方式收取，请参见 价格总览 。

        注意：

        调用接口超时设置应大于3秒，小于3秒重试以及频繁调用都有可能产生重复录制任务。
        """
        legacy("CreateRecord", "CreateRecordTask (client.create_record_task)", "请使用新的创建录制任务接口。")

    async def create_record_task(
        self,
        *,
        stream_name: str,
        domain_name: str,
        app_name: str,
        end_time: int,
        start_time: int | None | Unset = UNSET,
        stream_type: int | None | Unset = UNSET,
        template_id: int | None | Unset = UNSET,
        extension: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateRecordTaskResponse:
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
            template_id: 录制模板ID，CreateLiveRecordTemplate 返回值。如果不填或者传入错误ID，则默认录制HLS格式、永久存储。
            extension: 扩展字段，暂无定义。默认为空。

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
        start_time: int | None | Unset = UNSET,
        stream_type: int | None | Unset = UNSET,
        extension: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> CreateScreenshotTaskResponse:
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
            extension: 扩展字段，暂无定义。默认为空。

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
        )
        return await self.send(request, options=options)

    async def delete_caster(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> DeleteCasterResponse:
        """该接口用来删除一个导播台的所有信息。

        注意，调用该接口后，所有的导播台信息将被清除，包括正在直播的内容也将直接中断。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 待删除的导播台ID

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterBinded, FailedOperation.CasterNotFound,
            FailedOperation.StopCasterTaskFailed, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.delete_caster import DeleteCasterRequest

        request = DeleteCasterRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def delete_caster_input_info(
        self,
        *,
        caster_id: int,
        input_index: int,
        options: CallOptions | None = None,
    ) -> DeleteCasterInputInfoResponse:
        """该接口用来删除导播台中的输入源信息。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            input_index: 导播台输入Index。

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

        request = DeleteCasterInputInfoRequest(
            caster_id=caster_id,
            input_index=input_index,
        )
        return await self.send(request, options=options)

    async def delete_caster_layout_info(
        self,
        *,
        caster_id: int,
        layout_index: int,
        options: CallOptions | None = None,
    ) -> DeleteCasterLayoutInfoResponse:
        """该接口用来将布局信息从导播台中删除

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            layout_index: 要删除的布局Index。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.LayoutUsedInAutoCast,
            FailedOperation.LayoutUsedInPgm, FailedOperation.LayoutUsedInPvw, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.delete_caster_layout_info import DeleteCasterLayoutInfoRequest

        request = DeleteCasterLayoutInfoRequest(
            caster_id=caster_id,
            layout_index=layout_index,
        )
        return await self.send(request, options=options)

    async def delete_caster_mark_pic_info(
        self,
        *,
        caster_id: int,
        mark_pic_index: int,
        options: CallOptions | None = None,
    ) -> DeleteCasterMarkPicInfoResponse:
        """该接口用来删除导播台某个Index对应的水印。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_pic_index: 需要删除的水印Index。

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
            caster_id=caster_id,
            mark_pic_index=mark_pic_index,
        )
        return await self.send(request, options=options)

    async def delete_caster_mark_word_info(
        self,
        *,
        caster_id: int,
        mark_word_index: int,
        options: CallOptions | None = None,
    ) -> DeleteCasterMarkWordInfoResponse:
        """该接口用来删除导播台的文本配置。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_word_index: 需要删除的文字水印Index。

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
            caster_id=caster_id,
            mark_word_index=mark_word_index,
        )
        return await self.send(request, options=options)

    async def delete_caster_output_info(
        self,
        *,
        caster_id: int,
        output_index: int,
        options: CallOptions | None = None,
    ) -> DeleteCasterOutputInfoResponse:
        """该接口用来删除导播台的推流信息。

        注：若删除推流到腾讯云直播源站配置，即OutputIndex为0，OutputType为1的推流配置，在重新启动主监后，系统会自动重新生成一个推流到腾讯云直播源站配置。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            output_index: 待删除的推流信息Index。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.delete_caster_output_info import DeleteCasterOutputInfoRequest

        request = DeleteCasterOutputInfoRequest(
            caster_id=caster_id,
            output_index=output_index,
        )
        return await self.send(request, options=options)

    async def delete_lvb_channel(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DeleteLVBChannel."""
        legacy(
            "DeleteLVBChannel",
            None,
            "直播码不需要删除接口。请升级为直播码模式，直播码不需要接口进行删除，直接停止推流即可",
        )

    async def delete_live_callback_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        options: CallOptions | None = None,
    ) -> DeleteLiveCallbackRuleResponse:
        """删除回调规则。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.NotFound, InternalError, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.delete_live_callback_rule import DeleteLiveCallbackRuleRequest

        request = DeleteLiveCallbackRuleRequest(
            domain_name=domain_name,
            app_name=app_name,
        )
        return await self.send(request, options=options)

    async def delete_live_callback_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DeleteLiveCallbackTemplateResponse:
        """删除回调模板。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 ID。

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

        request = DeleteLiveCallbackTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def delete_live_domain(
        self,
        *,
        domain_name: str,
        domain_type: int,
        options: CallOptions | None = None,
    ) -> DeleteLiveDomainResponse:
        """删除已添加的直播域名

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 要删除的域名
            domain_type: 类型。0-推流，1-播放

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

        request = DeleteLiveDomainRequest(
            domain_name=domain_name,
            domain_type=domain_type,
        )
        return await self.send(request, options=options)

    async def delete_live_pad_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DeleteLivePadRuleResponse:
        """删除直播垫片规则。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            stream_name: 流名称。
            template_id: 直播垫片模板id。

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
        )
        return await self.send(request, options=options)

    async def delete_live_pad_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DeleteLivePadTemplateResponse:
        """删除直播垫片模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 模板 ID。

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

        request = DeleteLivePadTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def delete_live_pull_stream_task(
        self,
        *,
        task_id: str,
        operator: str,
        specify_task_id: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DeleteLivePullStreamTaskResponse:
        """删除接口 CreateLivePullStreamTask 创建的拉流任务。

        注意：

        1. 入参中的 TaskId 为 CreateLivePullStreamTask 接口创建时返回的TaskId。

        2. 也可通过 DescribeLivePullStreamTasks 进行查询创建的任务。

        Documented rate limit: 50 requests per second.

        Args:
            task_id: 任务 Id。
            operator: 操作人姓名。
            specify_task_id: 指定任务 ID。注意：用于删除使用自定义任务 ID 创建的任务。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError, InternalError.InvalidInput,
            InvalidParameter.TaskNotExist, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist.
        """
        from .models.delete_live_pull_stream_task import DeleteLivePullStreamTaskRequest

        request = DeleteLivePullStreamTaskRequest(
            task_id=task_id,
            operator=operator,
            specify_task_id=specify_task_id,
        )
        return await self.send(request, options=options)

    async def delete_live_record(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DeleteLiveRecord.

        删除录制任务(已废弃,请使用新接口)
        """
        legacy("DeleteLiveRecord", None, "listed as offline in the API overview: 删除录制任务(已废弃,请使用新接口)")

    async def delete_live_record_rule(
        self,
        *,
        domain_name: str,
        app_name: str | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DeleteLiveRecordRuleResponse:
        """删除录制规则。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            stream_name: 流名称。

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
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
        )
        return await self.send(request, options=options)

    async def delete_live_record_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DeleteLiveRecordTemplateResponse:
        """删除录制模板。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: DescribeRecordTemplates接口获取到的模板 ID。

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

        request = DeleteLiveRecordTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def delete_live_snapshot_rule(
        self,
        *,
        domain_name: str,
        app_name: str | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DeleteLiveSnapshotRuleResponse:
        """删除截图规则。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
            stream_name: 流名称。

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
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
        )
        return await self.send(request, options=options)

    async def delete_live_snapshot_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DeleteLiveSnapshotTemplateResponse:
        """删除截图模板

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 ID。

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

        request = DeleteLiveSnapshotTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def delete_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        options: CallOptions | None = None,
    ) -> DeleteLiveStreamMonitorResponse:
        """该接口用来删除直播流监播任务。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播任务ID

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

        request = DeleteLiveStreamMonitorRequest(
            monitor_id=monitor_id,
        )
        return await self.send(request, options=options)

    async def delete_live_time_shift_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        options: CallOptions | None = None,
    ) -> DeleteLiveTimeShiftRuleResponse:
        """删除直播时移规则。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            stream_name: 流名称。

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
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
        )
        return await self.send(request, options=options)

    async def delete_live_time_shift_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DeleteLiveTimeShiftTemplateResponse:
        """删除直播时移模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 模板 ID。

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

        request = DeleteLiveTimeShiftTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def delete_live_transcode_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DeleteLiveTranscodeRuleResponse:
        """删除转码规则。

        DomainName+AppName+StreamName+TemplateId唯一标识单个转码规则，如需删除需要强匹配。其中TemplateId必填，其余参数为空时也需要传空字符串进行强匹配。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 播放域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            stream_name: 流名称。
            template_id: 模板ID。

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
        )
        return await self.send(request, options=options)

    async def delete_live_transcode_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DeleteLiveTranscodeTemplateResponse:
        """删除转码模板。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 ID。

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

        request = DeleteLiveTranscodeTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def delete_live_watermark(
        self,
        *,
        watermark_id: int,
        options: CallOptions | None = None,
    ) -> DeleteLiveWatermarkResponse:
        """删除水印。

        Documented rate limit: 100 requests per second.

        Args:
            watermark_id: 水印 ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError.ConfInUsed, InternalError.DBError, InternalError.GetBizidError,
            InternalError.GetWatermarkError, InternalError.WatermarkNotExist, InvalidParameter.ConfInUsed,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.WatermarkNotExist.
        """
        from .models.delete_live_watermark import DeleteLiveWatermarkRequest

        request = DeleteLiveWatermarkRequest(
            watermark_id=watermark_id,
        )
        return await self.send(request, options=options)

    async def delete_live_watermark_rule(
        self,
        *,
        domain_name: str,
        app_name: str,
        stream_name: str,
        options: CallOptions | None = None,
    ) -> DeleteLiveWatermarkRuleResponse:
        """删除水印规则

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            app_name: 推流路径。与推流和播放地址中的 AppName 保持一致，默认为live。
            stream_name: 流名称。

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
            domain_name=domain_name,
            app_name=app_name,
            stream_name=stream_name,
        )
        return await self.send(request, options=options)

    async def delete_pull_stream_config(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DeletePullStreamConfig: use DeleteLivePullStreamTask (client.delete_live_pull_stream_task).

        删除拉流配置(该接口已下线,请使用新接口 DeleteLivePullStreamTask)
        """
        legacy(
            "DeletePullStreamConfig",
            "DeleteLivePullStreamTask (client.delete_live_pull_stream_task)",
            "listed as offline in the API overview: 删除拉流配置(该接口已下线,请使用新接口 DeleteLivePullStreamTask)",
        )

    async def delete_record(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DeleteRecord: use DeleteRecordTask (client.delete_record_task).

        说明:

        DeleteRecord 接口仅用于删除录制任务记录，不具备停止录制的功能，也不能删除正在进行中的录制。如果需要停止录制任务，请使用 终止录制（StopRecord）  接口。
        """
        legacy("DeleteRecord", "DeleteRecordTask (client.delete_record_task)", "请使用新的删除录制任务接口。")

    async def delete_record_task(
        self,
        *,
        task_id: str,
        options: CallOptions | None = None,
    ) -> DeleteRecordTaskResponse:
        """删除录制任务配置。删除操作不影响正在运行当中的任务，仅对删除之后新的推流有效。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务ID，CreateRecordTask返回。删除TaskId指定的录制任务。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceUnavailable.InvalidVodStatus, UnsupportedOperation.
        """
        from .models.delete_record_task import DeleteRecordTaskRequest

        request = DeleteRecordTaskRequest(
            task_id=task_id,
        )
        return await self.send(request, options=options)

    async def delete_screenshot_task(
        self,
        *,
        task_id: str,
        options: CallOptions | None = None,
    ) -> DeleteScreenshotTaskResponse:
        """删除截图任务配置。删除操作不影响正在运行当中的任务，仅对删除之后新的推流有效。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务ID，CreateScreenshotTask返回。删除TaskId指定的截图任务。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.delete_screenshot_task import DeleteScreenshotTaskRequest

        request = DeleteScreenshotTaskRequest(
            task_id=task_id,
        )
        return await self.send(request, options=options)

    async def describe_all_stream_play_info_list(
        self,
        *,
        query_time: str,
        play_domains: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeAllStreamPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        输入某个时间点（1分钟维度），查询该时间点所有流的下行信息。

        Documented rate limit: 20 requests per second.

        Args:
            query_time: 查询时间点，精确到分钟粒度，接口查询支持两种时间格式：
            play_domains: 播放域名列表，若不填，表示总体数据。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_all_stream_play_info_list import DescribeAllStreamPlayInfoListRequest

        request = DescribeAllStreamPlayInfoListRequest(
            query_time=query_time,
            play_domains=play_domains,
        )
        return await self.send(request, options=options)

    async def describe_area_bill_bandwidth_and_flux_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeAreaBillBandwidthAndFluxListResponse:
        """海外分区直播播放带宽和流量数据查询。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，格式为yyyy-mm-dd HH:MM:SS。
            end_time: 结束时间点，格式为yyyy-mm-dd HH:MM:SS，起始和结束时间跨度不支持超过1天。
            play_domains: 直播播放域名，若不填，表示总体数据。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_area_bill_bandwidth_and_flux_list import DescribeAreaBillBandwidthAndFluxListRequest

        request = DescribeAreaBillBandwidthAndFluxListRequest(
            start_time=start_time,
            end_time=end_time,
            play_domains=play_domains,
        )
        return await self.send(request, options=options)

    async def describe_backup_stream_list(
        self,
        *,
        stream_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeBackupStreamListResponse:
        """返回正在直播中的流列表。适用于推流成功后查询在线流信息。

        注意：

        1. 该接口仅提供辅助查询在线流列表功能，业务重要场景不可强依赖该接口。

        2. 该接口仅适用于流数少于2万路的情况，对于流数较大用户请联系售后。

        Documented rate limit: 20 requests per second.

        Args:
            stream_name: 流名称，用于精确查询。

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

        request = DescribeBackupStreamListRequest(
            stream_name=stream_name,
        )
        return await self.send(request, options=options)

    async def describe_bill_bandwidth_and_flux_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        granularity: int | None | Unset = UNSET,
        service_name: str | None | Unset = UNSET,
        region_names: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeBillBandwidthAndFluxListResponse:
        """直播播放带宽和流量数据查询。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
            end_time: 结束时间点，接口查询支持两种时间格式：
            play_domains: 直播播放域名，若不填，表示总体数据。
            mainland_or_oversea: 可选值：
            granularity: 数据粒度，支持如下粒度：
            service_name: 服务名称，可选值包括LVB(标准直播)，LEB(快直播)，不填则查LVB+LEB总值。
            region_names: 大区，映射表如下：

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
        event_type: int | None | Unset = UNSET,
        result_code: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeCallbackRecordsListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        用于查询回调事件。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
            end_time: 结束时间点，接口查询支持两种时间格式：
            stream_name: 流名称，精确匹配。
            page_num: 页码。
            page_size: 每页条数。
            event_type: 事件类型。
            result_code: 回调结果。

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
        )
        return await self.send(request, options=options)

    async def describe_caster(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> DescribeCasterResponse:
        """查询导播台信息接口，用来查询导播台状态、描述、输出长、宽等信息

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 需查询的导播台ID

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.OutOfService, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster import DescribeCasterRequest

        request = DescribeCasterRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def describe_caster_display_info(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> DescribeCasterDisplayInfoResponse:
        """查询导播台PVW任务和PGM任务的展示信息，包括使用的布局、水印、字幕等信息。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, InternalError, InvalidParameter, ResourceNotFound.CasterNotExists,
            ResourceNotFound.UserNotExist, ResourceUnavailable, UnauthorizedOperation, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_display_info import DescribeCasterDisplayInfoRequest

        request = DescribeCasterDisplayInfoRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def describe_caster_input_infos(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> DescribeCasterInputInfosResponse:
        """该接口用来查询导播台的输入源信息列表。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameter.InvalidProtocol,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_input_infos import DescribeCasterInputInfosRequest

        request = DescribeCasterInputInfosRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def describe_caster_layout_infos(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> DescribeCasterLayoutInfosResponse:
        """该接口用来查询某个导播台的布局列表

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.LayoutUsedInPgm,
            FailedOperation.LayoutUsedInPvw, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_layout_infos import DescribeCasterLayoutInfosRequest

        request = DescribeCasterLayoutInfosRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def describe_caster_list(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeCasterListResponse:
        """该接口用来查询账号下所有的导播台列表

        Documented rate limit: 200 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure.UnauthorizedOperation, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_list import DescribeCasterListRequest

        request = DescribeCasterListRequest()
        return await self.send(request, options=options)

    async def describe_caster_mark_pic_infos(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> DescribeCasterMarkPicInfosResponse:
        """该接口用来查询某个导播台的水印列表。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, InternalError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_mark_pic_infos import DescribeCasterMarkPicInfosRequest

        request = DescribeCasterMarkPicInfosRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def describe_caster_mark_word_infos(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> DescribeCasterMarkWordInfosResponse:
        """该接口用来查询某个导播台的文本列表。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, InternalError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_mark_word_infos import DescribeCasterMarkWordInfosRequest

        request = DescribeCasterMarkWordInfosRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def describe_caster_output_infos(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> DescribeCasterOutputInfosResponse:
        """该接口用来查询某个导播台的推流信息列表。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.LayoutUsedInPgm,
            FailedOperation.LayoutUsedInPvw, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.describe_caster_output_infos import DescribeCasterOutputInfosRequest

        request = DescribeCasterOutputInfosRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def describe_caster_play_url(
        self,
        *,
        caster_id: int,
        play_url_type: int,
        play_url_index: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeCasterPlayUrlResponse:
        """该接口用来获取导播台视频流的播放url，用来在页面上拉流展示。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            play_url_type: 请求播放url的类型。
            play_url_index: 仅在PlayUrlType为1时生效，此时该参数表示请求的输入源Index。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.InputIsNotActive,
            InternalError, InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.describe_caster_play_url import DescribeCasterPlayUrlRequest

        request = DescribeCasterPlayUrlRequest(
            caster_id=caster_id,
            play_url_type=play_url_type,
            play_url_index=play_url_index,
        )
        return await self.send(request, options=options)

    async def describe_caster_transition_types(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> DescribeCasterTransitionTypesResponse:
        """该接口用来获取所有的转场名称及其对应的素材url。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_caster_transition_types import DescribeCasterTransitionTypesRequest

        request = DescribeCasterTransitionTypesRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def describe_caster_user_status(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeCasterUserStatusResponse:
        """本接口用来查询当前APPID导播台业务状态

        Documented rate limit: 20 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InvalidParameter, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnauthorizedOperation,
            UnknownParameter, UnsupportedOperation.
        """
        from .models.describe_caster_user_status import DescribeCasterUserStatusRequest

        request = DescribeCasterUserStatusRequest()
        return await self.send(request, options=options)

    async def describe_concurrent_record_stream_num(
        self,
        *,
        live_type: str,
        start_time: str,
        end_time: str,
        mainland_or_oversea: str | None | Unset = UNSET,
        push_domains: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeConcurrentRecordStreamNumResponse:
        """查询并发录制路数，对慢直播和普通直播适用。

        Documented rate limit: 200 requests per second.

        Args:
            live_type: 直播类型，SlowLive：慢直播。
            start_time: 起始时间点，接口查询支持两种时间格式：
            end_time: 结束时间点，接口查询支持两种时间格式：
            mainland_or_oversea: 如果为空，查询所有地区数据；如果为“Mainland”，查询国内数据；如果为“Oversea”，则查询国外数
            push_domains: 推流域名列表，不填表示总体数据。

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
        )
        return await self.send(request, options=options)

    async def describe_deliver_bandwidth_list(
        self,
        *,
        start_time: str,
        end_time: str,
        options: CallOptions | None = None,
    ) -> DescribeDeliverBandwidthListResponse:
        """查询直播转推计费带宽，查询时间范围最大支持3个月内的数据，时间跨度最长31天。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
            end_time: 结束时间点，接口查询支持两种时间格式：

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_deliver_bandwidth_list import DescribeDeliverBandwidthListRequest

        request = DescribeDeliverBandwidthListRequest(
            start_time=start_time,
            end_time=end_time,
        )
        return await self.send(request, options=options)

    async def describe_deliver_log_down_list(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeDeliverLogDownListResponse:
        """批量获取转推日志的URL。

        Documented rate limit: 20 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.InvokeCdnApiFail, InternalError.ConnectDbError,
            InternalError.DBError, InvalidParameter, InvalidParameterValue, ResourceNotFound.CdnLogEmpty,
            ResourceNotFound.CdnThemeEmpty, ResourceNotFound.DomainNotExist, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_deliver_log_down_list import DescribeDeliverLogDownListRequest

        request = DescribeDeliverLogDownListRequest()
        return await self.send(request, options=options)

    async def describe_group_pro_isp_play_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | None | Unset = UNSET,
        province_names: list[str] | None | Unset = UNSET,
        isp_names: list[str] | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeGroupProIspPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询按省份和运营商分组的下行播放数据。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 起始时间点，
            end_time: 结束时间点，
            play_domains: 播放域名，默认为不填，表示求总体数据。
            province_names: 省份列表，默认不填，则返回各省份的数据。
            isp_names: 运营商列表，默认不填，则返回整个运营商的数据。
            mainland_or_oversea: 国内还是国外，如果为空，查询所有地区数据；如果为“Mainland”，查询国内数据；如果

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
        )
        return await self.send(request, options=options)

    async def describe_http_status_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeHttpStatusInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询某段时间内5分钟粒度的各播放http状态码的个数。

        备注：数据延迟1小时，如10:00-10:59点的数据12点才能查到。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 起始时间，
            end_time: 结束时间，
            play_domains: 播放域名列表。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_http_status_info_list import DescribeHttpStatusInfoListRequest

        request = DescribeHttpStatusInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            play_domains=play_domains,
        )
        return await self.send(request, options=options)

    async def describe_lvb_channel(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribeLVBChannel: use DescribeLiveStreamState (client.describe_live_stream_state)."""
        legacy(
            "DescribeLVBChannel",
            "DescribeLiveStreamState (client.describe_live_stream_state)",
            "如需查询直播流的状态，请使用该 API3.0 接口进行查询。",
        )

    async def describe_lvb_channel_list(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribeLVBChannelList: use DescribeLiveStreamOnlineList (client.describe_live_stream_online_list).

        获取用户的全部直播频道信息，包括频道的 ID、当前状态、名称和创建时间。

        输入1

        输出1
        """
        legacy(
            "DescribeLVBChannelList",
            "DescribeLiveStreamOnlineList (client.describe_live_stream_online_list)",
            "可通过该接口查询所有直播中的流列表。",
        )

    async def describe_live_callback_rules(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLiveCallbackRulesResponse:
        """获取回调规则列表

        Documented rate limit: 500 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_callback_rules import DescribeLiveCallbackRulesRequest

        request = DescribeLiveCallbackRulesRequest()
        return await self.send(request, options=options)

    async def describe_live_callback_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DescribeLiveCallbackTemplateResponse:
        """获取单个回调模板。

        Documented rate limit: 500 requests per second.

        Args:
            template_id: 模板 ID。

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

        request = DescribeLiveCallbackTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def describe_live_callback_templates(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLiveCallbackTemplatesResponse:
        """获取回调模板列表

        Documented rate limit: 500 requests per second.

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

        request = DescribeLiveCallbackTemplatesRequest()
        return await self.send(request, options=options)

    async def describe_live_cert(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribeLiveCert: use ssl.DescribeCertificateDetail.

        获取证书信息(该接口已下线,请使用新接口 ssl.DescribeCertificateDetail)
        """
        legacy(
            "DescribeLiveCert",
            "ssl.DescribeCertificateDetail",
            "listed as offline in the API overview: 获取证书信息(该接口已下线,请使用新接口 ssl.DescribeCertificateDetail)",
        )

    async def describe_live_certs(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribeLiveCerts: use DescribeLiveDomainCertBindings (client.describe_live_domain_cert_bindings).

        获取证书信息列表(该接口已下线，请使用新接口 DescribeLiveDomainCertBindings)
        """
        legacy(
            "DescribeLiveCerts",
            "DescribeLiveDomainCertBindings (client.describe_live_domain_cert_bindings)",
            "listed as offline in the API overview: 获取证书信息列表(该接口已下线，请使用新接口 DescribeLiveDomainCertBindings)",
        )

    async def describe_live_delay_info_list(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLiveDelayInfoListResponse:
        """获取直播延播列表。

        Documented rate limit: 10 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CallOtherSvrFailed, InternalError, InternalError.DBError,
            InvalidParameterValue, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_delay_info_list import DescribeLiveDelayInfoListRequest

        request = DescribeLiveDelayInfoListRequest()
        return await self.send(request, options=options)

    async def describe_live_domain(
        self,
        *,
        domain_name: str,
        options: CallOptions | None = None,
    ) -> DescribeLiveDomainResponse:
        """查询直播域名信息。

        Documented rate limit: 500 requests per second.

        Args:
            domain_name: 域名。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.DomainNotExist, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.DomainNotExist, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_domain import DescribeLiveDomainRequest

        request = DescribeLiveDomainRequest(
            domain_name=domain_name,
        )
        return await self.send(request, options=options)

    async def describe_live_domain_cert(
        self,
        *,
        domain_name: str,
        options: CallOptions | None = None,
    ) -> DescribeLiveDomainCertResponse:
        """获取域名证书信息。

        Documented rate limit: 500 requests per second.

        Args:
            domain_name: 播放域名。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.InvokeVideoApiFail, InternalError, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.CrtDomainNotFound, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_domain_cert import DescribeLiveDomainCertRequest

        request = DescribeLiveDomainCertRequest(
            domain_name=domain_name,
        )
        return await self.send(request, options=options)

    async def describe_live_domain_cert_bindings(
        self,
        *,
        domain_search: str | None | Unset = UNSET,
        offset: int | None | Unset = UNSET,
        length: int | None | Unset = UNSET,
        domain_name: str | None | Unset = UNSET,
        order_by: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveDomainCertBindingsResponse:
        """查询绑定证书的域名列表。

        Documented rate limit: 20 requests per second.

        Args:
            domain_search: 要搜索的域名字符串。
            offset: 记录行的位置，从0开始。默认0。
            length: 记录行的最大数目。默认50。
            domain_name: 要查询的单个域名。
            order_by: 可取值：

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
        )
        return await self.send(request, options=options)

    async def describe_live_domain_play_info_list(
        self,
        *,
        play_domains: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveDomainPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询实时的域名维度下行播放数据，由于数据处理有耗时，接口默认查询4分钟前的准实时数据。

        Documented rate limit: 100 requests per second.

        Args:
            play_domains: 播放域名列表。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.describe_live_domain_play_info_list import DescribeLiveDomainPlayInfoListRequest

        request = DescribeLiveDomainPlayInfoListRequest(
            play_domains=play_domains,
        )
        return await self.send(request, options=options)

    async def describe_live_domain_referer(
        self,
        *,
        domain_name: str,
        options: CallOptions | None = None,
    ) -> DescribeLiveDomainRefererResponse:
        """查询直播域名 Referer 黑白名单配置。

        由于 Referer 信息包含在 http 协议中，在开启配置后，播放协议为 rtmp 或 WebRTC 不会校验 Referer 配置，仍可正常播放。如需配置 Referer 鉴权建议使用 http-flv 或 http-hls 协议播放。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 播放域名。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.DomainNotExist, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.DomainNotExist, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_domain_referer import DescribeLiveDomainRefererRequest

        request = DescribeLiveDomainRefererRequest(
            domain_name=domain_name,
        )
        return await self.send(request, options=options)

    async def describe_live_domains(
        self,
        *,
        domain_status: int | None | Unset = UNSET,
        domain_type: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        is_delay_live: int | None | Unset = UNSET,
        domain_prefix: str | None | Unset = UNSET,
        play_type: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveDomainsResponse:
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
        )
        return await self.send(request, options=options)

    async def describe_live_enhance_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        granularity: int | None | Unset = UNSET,
        domain_names: list[str] | None | Unset = UNSET,
        type_: list[str] | None | Unset = UNSET,
        resolution: list[str] | None | Unset = UNSET,
        fps: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveEnhanceInfoListResponse:
        """查询直播增强用量明细信息。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，使用ISO格式时间，
            end_time: 结束时间点，使用ISO格式时间，
            granularity: 查询粒度，支持5，60分钟。
            domain_names: 查询域名，如果不填则默认查全部的数据。
            type_: 增强服务类型，如果不填则默认查全部的数据。
            resolution: 分辨率，如果不填则默认查全部的数据。
            fps: 帧率，如果不填则默认查全部的数据。

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
        )
        return await self.send(request, options=options)

    async def describe_live_package_info(
        self,
        *,
        package_type: int,
        order_by: str | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLivePackageInfoResponse:
        """查询用户套餐包总量、使用量、剩余量、包状态、购买时间和过期时间等。

        Documented rate limit: 20 requests per second.

        Args:
            package_type: 包类型，可选值：
            order_by: 排序规则:
            page_num: 取得第几页的数据，和 PageSize 同时传递才会生效。
            page_size: 分页大小，和 PageNum 同时传递才会生效。

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
        )
        return await self.send(request, options=options)

    async def describe_live_pad_processor_list(
        self,
        *,
        app_name: str,
        push_domain_name: str,
        options: CallOptions | None = None,
    ) -> DescribeLivePadProcessorListResponse:
        """使用该接口查询垫片流。垫片流状态更新存在一定延迟，可间隔30秒以上查询，避免频繁查询该接口。

        Documented rate limit: 20 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            push_domain_name: 您的推流域名。

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
            app_name=app_name,
            push_domain_name=push_domain_name,
        )
        return await self.send(request, options=options)

    async def describe_live_pad_rules(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLivePadRulesResponse:
        """获取直播垫片规则列表。

        Documented rate limit: 20 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_pad_rules import DescribeLivePadRulesRequest

        request = DescribeLivePadRulesRequest()
        return await self.send(request, options=options)

    async def describe_live_pad_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DescribeLivePadTemplateResponse:
        """获取单个直播垫片模板

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 模板id。

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

        request = DescribeLivePadTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def describe_live_pad_templates(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLivePadTemplatesResponse:
        """获取直播垫片模板。

        Documented rate limit: 20 requests per second.

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

        request = DescribeLivePadTemplatesRequest()
        return await self.send(request, options=options)

    async def describe_live_play_auth_key(
        self,
        *,
        domain_name: str,
        options: CallOptions | None = None,
    ) -> DescribeLivePlayAuthKeyResponse:
        """查询播放鉴权key。

        Documented rate limit: 500 requests per second.

        Args:
            domain_name: 域名。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.PlayDomainNoRecord, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.PlayDomainNoRecord, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_play_auth_key import DescribeLivePlayAuthKeyRequest

        request = DescribeLivePlayAuthKeyRequest(
            domain_name=domain_name,
        )
        return await self.send(request, options=options)

    async def describe_live_pull_stream_task_status(
        self,
        *,
        task_id: str,
        options: CallOptions | None = None,
    ) -> DescribeLivePullStreamTaskStatusResponse:
        """查询直播拉流任务状态信息。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务 ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist.
        """
        from .models.describe_live_pull_stream_task_status import DescribeLivePullStreamTaskStatusRequest

        request = DescribeLivePullStreamTaskStatusRequest(
            task_id=task_id,
        )
        return await self.send(request, options=options)

    async def describe_live_pull_stream_tasks(
        self,
        *,
        task_id: str | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        specify_task_id: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLivePullStreamTasksResponse:
        """查询使用 CreateLivePullStreamTask 接口创建的直播拉流任务。

        排序方式：默认按更新时间 倒序排列。

        Documented rate limit: 30 requests per second.

        Args:
            task_id: 任务 ID。
            page_num: 取得第几页，默认值：1。
            page_size: 分页大小，默认值：10。
            specify_task_id: 使用指定任务 ID 查询任务信息。

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
        )
        return await self.send(request, options=options)

    async def describe_live_push_auth_key(
        self,
        *,
        domain_name: str,
        options: CallOptions | None = None,
    ) -> DescribeLivePushAuthKeyResponse:
        """查询直播推流鉴权key

        Documented rate limit: 500 requests per second.

        Args:
            domain_name: 推流域名。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError,
            InternalError.PushDomainNoRecord, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.PushDomainNoRecord, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_push_auth_key import DescribeLivePushAuthKeyRequest

        request = DescribeLivePushAuthKeyRequest(
            domain_name=domain_name,
        )
        return await self.send(request, options=options)

    async def describe_live_record_rules(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLiveRecordRulesResponse:
        """获取录制规则列表

        Documented rate limit: 500 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_record_rules import DescribeLiveRecordRulesRequest

        request = DescribeLiveRecordRulesRequest()
        return await self.send(request, options=options)

    async def describe_live_record_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DescribeLiveRecordTemplateResponse:
        """获取单个录制模板。

        Documented rate limit: 500 requests per second.

        Args:
            template_id: DescribeLiveRecordTemplates接口获取到的模板 ID。

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

        request = DescribeLiveRecordTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def describe_live_record_templates(
        self,
        *,
        is_delay_live: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveRecordTemplatesResponse:
        """获取录制模板列表。

        Documented rate limit: 500 requests per second.

        Args:
            is_delay_live: 是否属于慢直播模板，默认：0。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_record_templates import DescribeLiveRecordTemplatesRequest

        request = DescribeLiveRecordTemplatesRequest(
            is_delay_live=is_delay_live,
        )
        return await self.send(request, options=options)

    async def describe_live_snapshot_rules(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLiveSnapshotRulesResponse:
        """获取截图规则列表

        Documented rate limit: 500 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_snapshot_rules import DescribeLiveSnapshotRulesRequest

        request = DescribeLiveSnapshotRulesRequest()
        return await self.send(request, options=options)

    async def describe_live_snapshot_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DescribeLiveSnapshotTemplateResponse:
        """获取单个截图模板。

        Documented rate limit: 500 requests per second.

        Args:
            template_id: 模板 ID。

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

        request = DescribeLiveSnapshotTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def describe_live_snapshot_templates(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLiveSnapshotTemplatesResponse:
        """获取截图模板列表。

        Documented rate limit: 500 requests per second.

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

        request = DescribeLiveSnapshotTemplatesRequest()
        return await self.send(request, options=options)

    async def describe_live_stream_event_list(
        self,
        *,
        start_time: str,
        end_time: str,
        app_name: str | None | Unset = UNSET,
        domain_name: str | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        is_filter: int | None | Unset = UNSET,
        is_strict: int | None | Unset = UNSET,
        is_asc: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveStreamEventListResponse:
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
            page_num: 取得第几页。
            page_size: 分页大小。
            is_filter: 是否过滤，默认不过滤。
            is_strict: 是否精确查询，默认模糊匹配。
            is_asc: 是否按结束时间正序显示，默认逆序。

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
        )
        return await self.send(request, options=options)

    async def describe_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        options: CallOptions | None = None,
    ) -> DescribeLiveStreamMonitorResponse:
        """该接口用来查询某个特定监播任务的配置。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播任务ID。

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

        request = DescribeLiveStreamMonitorRequest(
            monitor_id=monitor_id,
        )
        return await self.send(request, options=options)

    async def describe_live_stream_monitor_list(
        self,
        *,
        index: int,
        count: int,
        options: CallOptions | None = None,
    ) -> DescribeLiveStreamMonitorListResponse:
        """该接口用来查询直播流监播任务配置的列表信息。

        Documented rate limit: 20 requests per second.

        Args:
            index: 查询列表时的起始偏移。
            count: 本次查询的记录个数。最小值为1。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.DatabaseNotAccessible, InvalidParameter.NotAllowUseLVB,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_stream_monitor_list import DescribeLiveStreamMonitorListRequest

        request = DescribeLiveStreamMonitorListRequest(
            index=index,
            count=count,
        )
        return await self.send(request, options=options)

    async def describe_live_stream_online_list(
        self,
        *,
        domain_name: str | None | Unset = UNSET,
        app_name: str | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveStreamOnlineListResponse:
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
            stream_name: 流名称，用于精确查询。

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
        )
        return await self.send(request, options=options)

    async def describe_live_stream_published_list(
        self,
        *,
        domain_name: str,
        end_time: str,
        start_time: str,
        app_name: str | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveStreamPublishedListResponse:
        """返回已经推过流的流列表。

        注意：分页最多支持查询1万条记录，可通过调整查询时间范围来获取更多数据。

        Documented rate limit: 300 requests per second.

        Args:
            domain_name: 您的推流域名。
            end_time: 结束时间。UTC 格式，例如：2016-06-30T19:00:00Z。不超过当前时间。注意：EndTime和StartTime相差不可超
            start_time: 起始时间。 UTC 格式，例如：2016-06-29T19:00:00Z。最长支持查询2个月内数据。
            app_name: 推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。不支持模糊匹配。
            page_num: 取得第几页。
            page_size: 分页大小。
            stream_name: 流名称，支持模糊匹配。

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
        )
        return await self.send(request, options=options)

    async def describe_live_stream_push_info_list(
        self,
        *,
        push_domain: str | None | Unset = UNSET,
        app_name: str | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveStreamPushInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询所有实时流的推流信息，包括客户端IP，服务端IP，帧率，码率，域名，开始推流时间。

        Documented rate limit: 500 requests per second.

        Args:
            push_domain: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为live。
            page_num: 页数，
            page_size: 每页个数，

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
            push_domain=push_domain,
            app_name=app_name,
            page_num=page_num,
            page_size=page_size,
        )
        return await self.send(request, options=options)

    async def describe_live_stream_state(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        options: CallOptions | None = None,
    ) -> DescribeLiveStreamStateResponse:
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
            app_name=app_name,
            domain_name=domain_name,
            stream_name=stream_name,
        )
        return await self.send(request, options=options)

    async def describe_live_time_shift_bill_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        push_domains: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveTimeShiftBillInfoListResponse:
        """提供给客户对账，按天统计，维度：推流域名、时移文件时长（累加）、配置天数（不累加）、时移总时长（累加）。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: UTC开始时间，支持最近三个月的查询，查询时间最长跨度为一天。使用 UTC 格式时间，例如：2019-01-
            end_time: UTC结束时间，支持最近三个月的查询，查询时间最长跨度为一天。使用 UTC 格式时间，例如：2019-01-
            push_domains: 推流域名列表，若不传递此参数，则表示查询总体数据。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.NotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_time_shift_bill_info_list import DescribeLiveTimeShiftBillInfoListRequest

        request = DescribeLiveTimeShiftBillInfoListRequest(
            start_time=start_time,
            end_time=end_time,
            push_domains=push_domains,
        )
        return await self.send(request, options=options)

    async def describe_live_time_shift_rules(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLiveTimeShiftRulesResponse:
        """获取直播时移规则列表。

        Documented rate limit: 20 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.NotLVBCodeMode.
        """
        from .models.describe_live_time_shift_rules import DescribeLiveTimeShiftRulesRequest

        request = DescribeLiveTimeShiftRulesRequest()
        return await self.send(request, options=options)

    async def describe_live_time_shift_templates(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLiveTimeShiftTemplatesResponse:
        """获取直播时移模板。

        Documented rate limit: 20 requests per second.

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

        request = DescribeLiveTimeShiftTemplatesRequest()
        return await self.send(request, options=options)

    async def describe_live_time_shift_write_size_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        domain_names: list[str] | None | Unset = UNSET,
        dimensions: list[str] | None | Unset = UNSET,
        storage_days: list[int] | None | Unset = UNSET,
        granularity: int | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveTimeShiftWriteSizeInfoListResponse:
        """支持直播时移写入量数据查询。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，
            end_time: 结束时间点，
            domain_names: 域名。
            dimensions: 维度
            storage_days: 时移天数。
            granularity: 时间跨度（分钟）
            mainland_or_oversea: 区域

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
        )
        return await self.send(request, options=options)

    async def describe_live_transcode_detail_info(
        self,
        *,
        push_domain: str | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        day_time: str | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        start_day_time: str | None | Unset = UNSET,
        end_day_time: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveTranscodeDetailInfoResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        支持查询某天或某段时间的转码详细信息。由于转码数据量较大，如果查询时间跨度太长可能会拉不到数据，可以尝试将查询时间范围缩小些再重试。

        Documented rate limit: 200 requests per second.

        Args:
            push_domain: 推流域名。
            stream_name: 流名称。
            day_time: 查询时间，北京时间，
            page_num: 页数，默认1，
            page_size: 每页个数，默认20，
            start_day_time: 起始天时间，北京时间，
            end_day_time: 结束天时间，北京时间，

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
        )
        return await self.send(request, options=options)

    async def describe_live_transcode_rules(
        self,
        *,
        template_ids: list[int] | None | Unset = UNSET,
        domain_names: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveTranscodeRulesResponse:
        """获取转码规则列表

        Documented rate limit: 500 requests per second.

        Args:
            template_ids: 要筛选的模板ID数组。
            domain_names: 要筛选的域名数组。

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
            template_ids=template_ids,
            domain_names=domain_names,
        )
        return await self.send(request, options=options)

    async def describe_live_transcode_template(
        self,
        *,
        template_id: int,
        options: CallOptions | None = None,
    ) -> DescribeLiveTranscodeTemplateResponse:
        """获取单个转码模板。

        Documented rate limit: 500 requests per second.

        Args:
            template_id: 模板 ID。

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

        request = DescribeLiveTranscodeTemplateRequest(
            template_id=template_id,
        )
        return await self.send(request, options=options)

    async def describe_live_transcode_templates(
        self,
        *,
        template_type: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveTranscodeTemplatesResponse:
        """获取转码模板列表。

        Documented rate limit: 500 requests per second.

        Args:
            template_type: 转码模板类型，默认0。

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

        request = DescribeLiveTranscodeTemplatesRequest(
            template_type=template_type,
        )
        return await self.send(request, options=options)

    async def describe_live_transcode_total_info(
        self,
        *,
        start_time: str,
        end_time: str,
        push_domains: list[str] | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveTranscodeTotalInfoResponse:
        """查询转码总量数据，可查询近三个月内的数据。

        注意：

        如果是查询某一天内，则返回5分钟粒度数据；

        如果是查询跨天或指定域名， 则返回1小时粒度数据。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 开始时间，支持最近三个月的数据查询，起始时间和结束时间跨度不能超过三个月。接口查询支持两种时间格
            end_time: 结束时间，支持最近三个月的数据查询，起始时间和结束时间跨度不能超过三个月。接口查询支持两种时间格
            push_domains: 推流域名列表，若不填，表示查询所有域名总体数据。
            mainland_or_oversea: 可选值：

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
        )
        return await self.send(request, options=options)

    async def describe_live_watermark(
        self,
        *,
        watermark_id: int,
        options: CallOptions | None = None,
    ) -> DescribeLiveWatermarkResponse:
        """获取单个水印信息。

        Documented rate limit: 500 requests per second.

        Args:
            watermark_id: DescribeLiveWatermarks接口返回的水印 ID。

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

        request = DescribeLiveWatermarkRequest(
            watermark_id=watermark_id,
        )
        return await self.send(request, options=options)

    async def describe_live_watermark_rules(
        self,
        *,
        options: CallOptions | None = None,
    ) -> DescribeLiveWatermarkRulesResponse:
        """获取水印规则列表。

        Documented rate limit: 500 requests per second.

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ArgsNotMatch, InternalError.ConfInUsed, InternalError.ConfNotFound,
            InternalError.InvalidInput, InternalError.NotFound, InternalError.RuleAlreadyExist,
            InternalError.RuleInUsing, InternalError.RuleNotFound, InvalidParameter, InvalidParameterValue,
            MissingParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_watermark_rules import DescribeLiveWatermarkRulesRequest

        request = DescribeLiveWatermarkRulesRequest()
        return await self.send(request, options=options)

    async def describe_live_watermarks(
        self,
        *,
        name: str | None | Unset = UNSET,
        page_no: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveWatermarksResponse:
        """查询水印列表。

        Documented rate limit: 500 requests per second.

        Args:
            name: 水印名称
            page_no: 分页的索引参数，从1开始
            page_size: 分页的大小参数，默认值500

        Raises:
            APIError subclasses of errors.py for the documented codes:
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_watermarks import DescribeLiveWatermarksRequest

        request = DescribeLiveWatermarksRequest(
            name=name,
            page_no=page_no,
            page_size=page_size,
        )
        return await self.send(request, options=options)

    async def describe_live_xp2_p_detail_info_list(
        self,
        *,
        query_time: str | None | Unset = UNSET,
        type_: list[str] | None | Unset = UNSET,
        stream_names: list[str] | None | Unset = UNSET,
        dimension: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLiveXP2PDetailInfoListResponse:
        """P2P流数据查询接口，用来获取流量、卡播和起播信息。

        Documented rate limit: 20 requests per second.

        Args:
            query_time: utc分钟粒度查询时间，查询某一分钟的用量数据，格式为：yyyy-mm-ddTHH:MM:00Z，参考
            type_: 类型数组，分直播live和点播vod，不传默认查全部。
            stream_names: 查询流数组，不传默认查所有流。
            dimension: 查询维度，不传该参数则默认查询流维度的数据，传递该参数则只查对应维度的数据，和返回值的字段相关，目前支持

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.NotFound, InternalError, InvalidParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_live_xp2_p_detail_info_list import DescribeLiveXP2PDetailInfoListRequest

        request = DescribeLiveXP2PDetailInfoListRequest(
            query_time=query_time,
            type_=type_,
            stream_names=stream_names,
            dimension=dimension,
        )
        return await self.send(request, options=options)

    async def describe_log_download_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str],
        is_fast_live: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeLogDownloadListResponse:
        """批量获取日志URL。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 开始时间，北京时间。
            end_time: 结束时间，北京时间。
            play_domains: 域名列表。
            is_fast_live: 快直播还是标准直播，0：标准直播，1：快直播。默认为0。

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
        )
        return await self.send(request, options=options)

    async def describe_monitor_report(
        self,
        *,
        monitor_id: str,
        options: CallOptions | None = None,
    ) -> DescribeMonitorReportResponse:
        """用来查询监播场次7天内的智能识别、断流、低帧率等信息的汇总报告。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播任务ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            AuthFailure, FailedOperation, FailedOperation.ConflictAction,
            FailedOperation.DatabaseNotAccessible, FailedOperation.MonitorNotExist, InvalidParameter,
            InvalidParameter.NotAllowUseLVB, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.describe_monitor_report import DescribeMonitorReportRequest

        request = DescribeMonitorReportRequest(
            monitor_id=monitor_id,
        )
        return await self.send(request, options=options)

    async def describe_play_error_code_detail_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        granularity: int,
        stat_type: str,
        play_domains: list[str] | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribePlayErrorCodeDetailInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询下行播放错误码信息，某段时间内1分钟粒度的各http错误码出现的次数，包括4xx，5xx。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间，
            end_time: 结束时间，
            granularity: 查询粒度：
            stat_type: 是，可选值包括”4xx”,”5xx”，支持”4xx,5xx”等这种混合模式。
            play_domains: 播放域名列表。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如

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
        )
        return await self.send(request, options=options)

    async def describe_play_error_code_sum_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        group_type: str | None | Unset = UNSET,
        out_language: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribePlayErrorCodeSumInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询下行播放错误码信息。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 起始时间点，北京时间。
            end_time: 结束时间点，北京时间。
            play_domains: 播放域名列表，不填表示总体数据。
            page_num: 页数，范围[1,1000]，默认值是1。
            page_size: 每页个数，范围：[1,1000]，默认值是20。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
            group_type: 分组参数，可选值：CountryProIsp（默认值），Country（国家），默认是按照国家+省份+运营商来进行分
            out_language: 输出字段使用的语言，可选值：Chinese（默认值），English，目前国家，省份和运营商支持多语言。

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
        )
        return await self.send(request, options=options)

    async def describe_pro_isp_play_sum_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        stat_type: str,
        play_domains: list[str] | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        out_language: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeProIspPlaySumInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询某段时间内每个国家地区每个省份每个运营商的平均每秒流量，总流量，总请求数信息。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间，
            end_time: 结束时间，
            stat_type: 统计的类型，可选值：”Province”(省份)，”Isp”(运营商)，“CountryOrArea”(国家或地区)。
            play_domains: 播放域名列表，不填则为全部。
            page_num: 页号，范围是[1,1000]，默认值是1。
            page_size: 每页个数，范围是[1,1000]，默认值是20。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
            out_language: 输出字段使用的语言，可选值：Chinese（默认值），English；目前国家，省份和运营商支持多语言。

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
        )
        return await self.send(request, options=options)

    async def describe_province_isp_play_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        granularity: int,
        stat_type: str,
        play_domains: list[str] | None | Unset = UNSET,
        province_names: list[str] | None | Unset = UNSET,
        isp_names: list[str] | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        ip_type: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeProvinceIspPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询某省份某运营商下行播放数据，包括带宽，流量，请求数，并发连接数信息。

        Documented rate limit: 200 requests per second.

        Args:
            start_time: 起始时间点，
            end_time: 结束时间点，
            granularity: 支持如下粒度：
            stat_type: 统计指标类型：
            play_domains: 播放域名列表。
            province_names: 要查询的省份（地区）英文名称列表，如 Beijing。
            isp_names: 要查询的运营商英文名称列表，如 China Mobile ，如果为空，查询所有运营商的数据。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
            ip_type: ip类型：

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
        )
        return await self.send(request, options=options)

    async def describe_pull_stream_configs(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribePullStreamConfigs: use DescribeLivePullStreamTasks (client.describe_live_pull_stream_tasks).

        查询拉流配置(该接口已下线,请使用新接口 DescribeLivePullStreamTasks)
        """
        legacy(
            "DescribePullStreamConfigs",
            "DescribeLivePullStreamTasks (client.describe_live_pull_stream_tasks)",
            "listed as offline in the API overview: 查询拉流配置(该接口已下线,请使用新接口 DescribeLivePullStreamTasks)",
        )

    async def describe_pull_transform_push_info(
        self,
        *,
        start_time: str,
        end_time: str,
        mainland_or_oversea: str | None | Unset = UNSET,
        source_type: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribePullTransformPushInfoResponse:
        """查询拉流转推任务的时长信息。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
            end_time: 结束时间点，接口查询支持两种时间格式：
            mainland_or_oversea: 可选值：
            source_type: 可选值： PullLivePushLive：拉流源类型为直播 PullVodPushLive：拉流源类型为点播 PullPicPushLive：拉

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
        )
        return await self.send(request, options=options)

    async def describe_push_bandwidth_and_flux_list(
        self,
        *,
        start_time: str,
        end_time: str,
        push_domains: list[str] | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        granularity: int | None | Unset = UNSET,
        region_names: list[str] | None | Unset = UNSET,
        country_names: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribePushBandwidthAndFluxListResponse:
        """直播推流带宽和流量数据查询。

        推流计费会先取全球推流用量和全球播放用量进行比较，满足计费条件后再按各地区用量出账。详情参见计费文档。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 查询开始时间点，精确到分钟粒度，接口查询支持两种时间格式：
            end_time: 查询结束时间点，精确到分钟粒度，接口查询支持两种时间格式：
            push_domains: 域名，可以填多个，若不填，表示总体数据。
            mainland_or_oversea: 可选值：
            granularity: 数据粒度，支持如下粒度：
            region_names: 大区，映射表如下：
            country_names: 国家，映射表参照如下文档：

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
        )
        return await self.send(request, options=options)

    async def describe_record(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribeRecord: use DescribeRecordTask (client.describe_record_task).

        说明：

        录制后的文件存放于云点播平台。用户如需使用录制功能，需首先自行开通云点播账号并确保账号可用。录制文件存放后，相关费用（含存储以及下行播放流量）按照云点播平台计费方式收取，请参见 价格总览 。
        """
        legacy(
            "DescribeRecord",
            "DescribeRecordTask (client.describe_record_task)",
            "请使用该接口查询对应的录制任务列表信息。",
        )

    async def describe_record_list(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface DescribeRecordList: use DescribeRecordTask (client.describe_record_task)."""
        legacy(
            "DescribeRecordList",
            "DescribeRecordTask (client.describe_record_task)",
            "请使用该接口查询指定范围内的录制任务列表信息。",
        )

    async def describe_record_task(
        self,
        *,
        start_time: int,
        end_time: int,
        stream_name: str | None | Unset = UNSET,
        domain_name: str | None | Unset = UNSET,
        app_name: str | None | Unset = UNSET,
        scroll_token: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeRecordTaskResponse:
        """查询指定时间段范围内启动和结束的录制任务列表。

        使用前提

        仅用于查询由 CreateRecordTask 接口创建的录制任务。

        不能查询被 DeleteRecordTask 接口删除以及已过期（平台侧保留3个月）的录制任务。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 查询任务开始时间，Unix 时间戳。设置时间不早于当前时间之前90天的时间，且查询时间跨度不超过一周。
            end_time: 查询任务结束时间，Unix 时间戳。EndTime 必须大于 StartTime，设置时间不早于当前时间之前90天的时间，且查询时
            stream_name: 流名称。
            domain_name: 推流域名。
            app_name: 推流路径。
            scroll_token: 翻页标识，分批拉取时使用：当单次请求无法拉取所有数据，接口将会返回 ScrollToken，下一次请求携带该 Token，将

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
        )
        return await self.send(request, options=options)

    async def describe_screen_shot_sheet_num_list(
        self,
        *,
        start_time: str,
        end_time: str,
        zone: str | None | Unset = UNSET,
        push_domains: list[str] | None | Unset = UNSET,
        granularity: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeScreenShotSheetNumListResponse:
        """接口用来查询直播增值业务--截图的张数

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
            end_time: 结束时间点，接口查询支持两种时间格式：
            zone: 地域信息，可选值包括Mainland，Oversea，前者是查询中国大陆范围内的数据，后者是除中国大陆范围之外的数
            push_domains: 推流域名（支持查询2019年11 月1日之后的域名维度数据）。
            granularity: 数据维度，数据延迟1个半小时，可选值包括：1、Minute（5分钟粒度，最大支持查询时间范围是31天），2、Day

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
        )
        return await self.send(request, options=options)

    async def describe_screenshot_task(
        self,
        *,
        start_time: int,
        end_time: int,
        stream_name: str | None | Unset = UNSET,
        domain_name: str | None | Unset = UNSET,
        app_name: str | None | Unset = UNSET,
        scroll_token: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeScreenshotTaskResponse:
        """查询指定时间段范围内启动和结束的截图任务列表。

        使用前提

        仅用于查询由 CreateScreenshotTask接口创建的截图任务。

        不能查询被 DeleteScreenshotTask接口删除以及已过期（平台侧保留3个月）的截图任务。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 查询任务开始时间，Unix 时间戳。设置时间不早于当前时间之前90天的时间，且查询时间跨度不超过一周。
            end_time: 查询任务结束时间，Unix 时间戳。EndTime 必须大于 StartTime，设置时间不早于当前时间之前90天的时间，且查询时
            stream_name: 流名称。
            domain_name: 推流域名。
            app_name: 推流路径。
            scroll_token: 翻页标识，分批拉取时使用：当单次请求无法拉取所有数据，接口将会返回 ScrollToken，下一次请求携带该 Token，将

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
        )
        return await self.send(request, options=options)

    async def describe_stream_day_play_info_list(
        self,
        *,
        day_time: str,
        play_domain: str | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        service_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeStreamDayPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询天维度每条流的播放数据，包括总流量等。

        Documented rate limit: 500 requests per second.

        Args:
            day_time: 日期，格式：YYYY-mm-dd。
            play_domain: 播放域名。
            page_num: 页号，范围[1,1000]，默认值是1。
            page_size: 每页个数，范围[100,1000]，默认值是1000。
            mainland_or_oversea: 可选值：
            service_name: 服务名称，可选值包括LVB(标准直播)，LEB(快直播)，不填则查LVB+LEB总值。

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
        )
        return await self.send(request, options=options)

    async def describe_stream_play_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domain: str | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        app_name: str | None | Unset = UNSET,
        service_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeStreamPlayInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询播放数据，支持按流名称查询详细播放数据，也可按播放域名查询详细总数据，数据延迟4分钟左右。

        Documented rate limit: 500 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
            end_time: 结束时间点，接口查询支持两种时间格式：
            play_domain: 播放域名，
            stream_name: 流名称，精确匹配。
            app_name: 推流路径，与播放地址中的AppName保持一致，会精确匹配，在同时传递了StreamName时生效。
            service_name: 服务名称，可选值包括LVB(标准直播)，LEB(快直播)，不填则查LVB+LEB总值。

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
        )
        return await self.send(request, options=options)

    async def describe_stream_push_info_list(
        self,
        *,
        stream_name: str,
        start_time: str,
        end_time: str,
        push_domain: str | None | Unset = UNSET,
        app_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeStreamPushInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询流id的上行推流质量数据，包括音视频的帧率，码率，流逝时间，编码格式等。

        Documented rate limit: 40 requests per second.

        Args:
            stream_name: 流名称。
            start_time: 起始时间点，
            end_time: 结束时间点，
            push_domain: 推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。

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
        domain_group: str | None | Unset = UNSET,
        trans_code_id: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeTimeShiftRecordDetailResponse:
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
        )
        return await self.send(request, options=options)

    async def describe_time_shift_stream_list(
        self,
        *,
        start_time: int,
        end_time: int,
        stream_name: str | None | Unset = UNSET,
        domain: str | None | Unset = UNSET,
        domain_group: str | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeTimeShiftStreamListResponse:
        """查询某个时间范围内所有时移流列表。最大支持查询24小时内的数据。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 查询范围起始时间，Unix 时间戳。
            end_time: 查询范围结束时间，Unix 时间戳。
            stream_name: 流名称。
            domain: 推流域名。
            domain_group: 推流域名所属域名组。
            page_size: 用户指定要返回的最大结果数，取值范围[0,100]，不指定或者指定为0时，API
            page_num: 指定拉取的页码，不传时默认为1。

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
        )
        return await self.send(request, options=options)

    async def describe_top_client_ip_sum_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        play_domains: list[str] | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        order_param: str | None | Unset = UNSET,
        mainland_or_oversea: str | None | Unset = UNSET,
        out_language: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeTopClientIpSumInfoListResponse:
        """该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。

        查询某段时间top n客户端ip汇总信息（暂支持top 1000）

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间点，
            end_time: 结束时间点，
            play_domains: 播放域名，默认为不填，表示求总体数据。
            page_num: 页号，范围是[1,1000]，默认值是1。
            page_size: 每页个数，范围是[1,1000]，默认值是20。
            order_param: 排序指标，可选值包括TotalRequest（默认值），FailedRequest,TotalFlux。
            mainland_or_oversea: 地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
            out_language: 输出字段使用的语言，可选值：Chinese（默认值），English；目前国家，省份和运营商支持多语言。

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
        )
        return await self.send(request, options=options)

    async def describe_transcode_task_num(
        self,
        *,
        start_time: str,
        end_time: str,
        push_domains: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeTranscodeTaskNumResponse:
        """查询转码任务数。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间，格式：yyyy-mm-dd HH:MM:SS。
            end_time: 结束时间，格式：yyyy-mm-dd HH:MM:SS。
            push_domains: 推流域名列表，不填表示总体数据。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_transcode_task_num import DescribeTranscodeTaskNumRequest

        request = DescribeTranscodeTaskNumRequest(
            start_time=start_time,
            end_time=end_time,
            push_domains=push_domains,
        )
        return await self.send(request, options=options)

    async def describe_upload_stream_nums(
        self,
        *,
        start_time: str,
        end_time: str,
        domains: list[str] | None | Unset = UNSET,
        granularity: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeUploadStreamNumsResponse:
        """直播上行路数查询。

        Documented rate limit: 20 requests per second.

        Args:
            start_time: 起始时间点，接口查询支持两种时间格式：
            end_time: 结束时间点，接口查询支持两种时间格式：
            domains: 直播域名，若不填，表示总体数据。
            granularity: 数据粒度，支持如下粒度：

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InvalidParameterValue, MissingParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.describe_upload_stream_nums import DescribeUploadStreamNumsRequest

        request = DescribeUploadStreamNumsRequest(
            start_time=start_time,
            end_time=end_time,
            domains=domains,
            granularity=granularity,
        )
        return await self.send(request, options=options)

    async def describe_visit_top_sum_info_list(
        self,
        *,
        start_time: str,
        end_time: str,
        top_index: str,
        play_domains: list[str] | None | Unset = UNSET,
        page_num: int | None | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        order_param: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> DescribeVisitTopSumInfoListResponse:
        """查询某时间段top n的域名或流id信息（暂支持top 1000）。

        Documented rate limit: 100 requests per second.

        Args:
            start_time: 起始时间点，格式为yyyy-mm-dd HH:MM:SS。
            end_time: 结束时间点，格式为yyyy-mm-dd HH:MM:SS
            top_index: 峰值指标，可选值包括”Domain”，”StreamId”。
            play_domains: 播放域名，默认为不填，表示求总体数据。
            page_num: 页号，
            page_size: 每页个数，范围是[1,1000]，
            order_param: 排序指标，可选值包括” AvgFluxPerSecond”，”TotalRequest”（默认）,“TotalFlux”。

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
        )
        return await self.send(request, options=options)

    async def drop_live_stream(
        self,
        *,
        stream_name: str,
        domain_name: str,
        app_name: str,
        options: CallOptions | None = None,
    ) -> DropLiveStreamResponse:
        """断开推流连接，但可以重新推流。

        注：对已经不活跃的流，调用该断流接口时，接口返回成功。

        Documented rate limit: 100 requests per second.

        Args:
            stream_name: 流名称。
            domain_name: 您的推流域名。
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。

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
            stream_name=stream_name,
            domain_name=domain_name,
            app_name=app_name,
        )
        return await self.send(request, options=options)

    async def enable_live_domain(
        self,
        *,
        domain_name: str,
        options: CallOptions | None = None,
    ) -> EnableLiveDomainResponse:
        """启用状态为停用的直播域名。

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 待启用的直播域名。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.SdkNoPackage, InternalError, InternalError.ConnectDbError,
            InternalError.DBError, InvalidParameter.CloudDomainIsStop, InvalidParameter.DomainFormatError,
            InvalidParameter.DomainHitBlackList, ResourceNotFound, ResourceNotFound.DomainNoRecord,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.InvalidUser,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.enable_live_domain import EnableLiveDomainRequest

        request = EnableLiveDomainRequest(
            domain_name=domain_name,
        )
        return await self.send(request, options=options)

    async def enable_optimal_switching(
        self,
        *,
        stream_name: str,
        enable_switch: int | None | Unset = UNSET,
        host_group_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> EnableOptimalSwitchingResponse:
        """启用择优调度。

        注意：流维度的择优调度，当主备流结束后自动失效。

        Documented rate limit: 20 requests per second.

        Args:
            stream_name: 针对该流 ID 启用择优调度。
            enable_switch: 启用开关，默认为启用。
            host_group_name: 要启用自动择优的流所属的域名分组名称。
        """
        from .models.enable_optimal_switching import EnableOptimalSwitchingRequest

        request = EnableOptimalSwitchingRequest(
            stream_name=stream_name,
            enable_switch=enable_switch,
            host_group_name=host_group_name,
        )
        return await self.send(request, options=options)

    async def forbid_live_domain(
        self,
        *,
        domain_name: str,
        options: CallOptions | None = None,
    ) -> ForbidLiveDomainResponse:
        """停止使用某个直播域名。

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 待停用的直播域名。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.ConnectDbError, InternalError.DBError, ResourceNotFound,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.forbid_live_domain import ForbidLiveDomainRequest

        request = ForbidLiveDomainRequest(
            domain_name=domain_name,
        )
        return await self.send(request, options=options)

    async def forbid_live_stream(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        resume_time: str | None | Unset = UNSET,
        reason: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ForbidLiveStreamResponse:
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
            reason: 禁推原因。

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
        )
        return await self.send(request, options=options)

    async def get_vod_record_files(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface GetVodRecordFiles."""
        legacy("GetVodRecordFiles", None, "offline legacy interface at live.api.qcloud.com")

    async def get_live_stat(
        self,
        *,
        cmd: str,
        interface: str,
        t: int,
        sign: str,
        param_n_page_no: int | None | Unset = UNSET,
        param_n_page_size: int | None | Unset = UNSET,
        param_s_stream_id: str | None | Unset = UNSET,
        param_s_pull_domain: str | None | Unset = UNSET,
        param_s_push_domain: str | None | Unset = UNSET,
        ret: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        output: list[dict[str, Any]] | None | Unset = UNSET,
        stream_count: int | None | Unset = UNSET,
        stream_info: list[dict[str, Any]] | None | Unset = UNSET,
        total_bandwidth: float | None | Unset = UNSET,
        total_online: int | None | Unset = UNSET,
        stream_name: str | None | Unset = UNSET,
        bandwidth: float | None | Unset = UNSET,
        online: int | None | Unset = UNSET,
        client_ip: dict[str, Any] | None | Unset = UNSET,
        server_ip: dict[str, Any] | None | Unset = UNSET,
        fps: int | None | Unset = UNSET,
        speed: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> Get_LiveStatResponse:
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
            stream_name: -
            bandwidth: 单位：Mbps
            online: 单位：人
            client_ip: string -
            server_ip: string -
            fps: -
            speed: bps
        """
        from .models.get_live_stat import Get_LiveStatRequest

        request = Get_LiveStatRequest(
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
        )
        return await self.send(request, options=options)

    async def live_channel_get_channel_list(
        self,
        *,
        appid: str,
        ret: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        output: list[dict[str, Any]] | None | Unset = UNSET,
        all_count: int | None | Unset = UNSET,
        channel_list: list[dict[str, Any]] | None | Unset = UNSET,
        channel_id: str | None | Unset = UNSET,
        channel_name: str | None | Unset = UNSET,
        create_mode: str | None | Unset = UNSET,
        create_time: str | None | Unset = UNSET,
        path: list[str] | None | Unset = UNSET,
        status: int | None | Unset = UNSET,
        watermark_id: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> Live_Channel_GetChannelListResponse:
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
            path: -
            status: 0：无输入，1：正常，2：服务错误，3：关闭，4：禁止
            watermark_id: String -
        """
        from .models.live_channel_get_channel_list import Live_Channel_GetChannelListRequest

        request = Live_Channel_GetChannelListRequest(
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
        )
        return await self.send(request, options=options)

    async def live_channel_get_live_channel_list(
        self,
        *,
        appid: str,
        interface: str,
        t: int,
        sign: str,
        ret: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        output: list[dict[str, Any]] | None | Unset = UNSET,
        all_count: int | None | Unset = UNSET,
        channel_list: list[dict[str, Any]] | None | Unset = UNSET,
        channel_id: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> Live_Channel_GetLiveChannelListResponse:
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
        """
        from .models.live_channel_get_live_channel_list import Live_Channel_GetLiveChannelListRequest

        request = Live_Channel_GetLiveChannelListRequest(
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
        ret: int | None | Unset = UNSET,
        retcode: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        errmsg: str | None | Unset = UNSET,
        output: list[dict[str, Any]] | None | Unset = UNSET,
        rate_type: int | None | Unset = UNSET,
        recv_type: int | None | Unset = UNSET,
        status: int | None | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> Live_Channel_GetStatusResponse:
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
        """
        from .models.live_channel_get_status import Live_Channel_GetStatusRequest

        request = Live_Channel_GetStatusRequest(
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
        param_s_path: str | None | Unset = UNSET,
        param_s_domain: str | None | Unset = UNSET,
        ret: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> Live_Channel_SetStatusResponse:
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
        """
        from .models.live_channel_set_status import Live_Channel_SetStatusRequest

        request = Live_Channel_SetStatusRequest(
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
        ret: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> Live_Set_DelayResponse:
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
        """
        from .models.live_set_delay import Live_Set_DelayRequest

        request = Live_Set_DelayRequest(
            appid=appid,
            interface=interface,
            t=t,
            sign=sign,
            param_s_channel_id=param_s_channel_id,
            param_n_time_length=param_n_time_length,
            ret=ret,
            message=message,
        )
        return await self.send(request, options=options)

    async def live_tape_start(
        self,
        *,
        ret: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        output: list[dict[str, Any]] | None | Unset = UNSET,
        task_id: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> Live_Tape_StartResponse:
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
        """
        from .models.live_tape_start import Live_Tape_StartRequest

        request = Live_Tape_StartRequest(
            ret=ret,
            message=message,
            output=output,
            task_id=task_id,
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
        param_n_task_sub_type: int | None | Unset = UNSET,
        ret: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> Live_Tape_StopResponse:
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
        """
        from .models.live_tape_stop import Live_Tape_StopRequest

        request = Live_Tape_StopRequest(
            appid=appid,
            interface=interface,
            t=t,
            sign=sign,
            param_s_channel_id=param_s_channel_id,
            param_n_task_id=param_n_task_id,
            param_n_task_sub_type=param_n_task_sub_type,
            ret=ret,
            message=message,
        )
        return await self.send(request, options=options)

    async def modify_caster(
        self,
        *,
        caster_id: int,
        caster_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        record_template_id: int | None | Unset = UNSET,
        record_status: int | None | Unset = UNSET,
        expire_time: int | None | Unset = UNSET,
        delay_time: int | None | Unset = UNSET,
        transition_type: str | None | Unset = UNSET,
        pgm_width: int | None | Unset = UNSET,
        pgm_height: int | None | Unset = UNSET,
        pgm_fps: int | None | Unset = UNSET,
        pgm_bit_rate: int | None | Unset = UNSET,
        fee_type: int | None | Unset = UNSET,
        record_task_id: str | None | Unset = UNSET,
        pgm_audio_bit_rate: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyCasterResponse:
        """该接口用来设置导播台的描述、名称、录制模板id等参数。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID
            caster_name: 导播台名称
            description: 导播台的描述
            record_template_id: 录制模板id。
            record_status: 录制状态，当调用录制接口后，可通过该字段保存录制状态。
            expire_time: 导播台的过期时间戳。值为-1或unix时间戳。
            delay_time: 导播台延时播放时间，单位为秒。
            transition_type: 导播台转场类型。
            pgm_width: 导播台主监输出的宽度，单位为像素。
            pgm_height: 导播台主监输出的高度，单位为像素。
            pgm_fps: 导播台主监输出的帧率。
            pgm_bit_rate: 导播台主监输出的码率，单位为kbps。
            fee_type: 导播台的计费类型。
            record_task_id: 录制接口返回的taskid
            pgm_audio_bit_rate: 导播台主监输出的音频码率，单位为kbps。

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
        )
        return await self.send(request, options=options)

    async def modify_caster_input_info(
        self,
        *,
        caster_id: int,
        input_info: CasterInputInfo,
        options: CallOptions | None = None,
    ) -> ModifyCasterInputInfoResponse:
        """该接口用来修改已经设置过的输入源信息，如源地址，源类型等。

        设置前，需保证待修改的输入源已经存在。若不存在，需使用AddCasterInputInfo接口。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            input_info: 修改的导播台输入源信息

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

        request = ModifyCasterInputInfoRequest(
            caster_id=caster_id,
            input_info=input_info,
        )
        return await self.send(request, options=options)

    async def modify_caster_layout_info(
        self,
        *,
        caster_id: int,
        layout_info: CasterLayoutInfo,
        options: CallOptions | None = None,
    ) -> ModifyCasterLayoutInfoResponse:
        """该接口用来修改布局参数

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            layout_info: 导播台布局参数信息。

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

        request = ModifyCasterLayoutInfoRequest(
            caster_id=caster_id,
            layout_info=layout_info,
        )
        return await self.send(request, options=options)

    async def modify_caster_mark_pic_info(
        self,
        *,
        caster_id: int,
        mark_pic_info: CasterMarkPicInfo,
        options: CallOptions | None = None,
    ) -> ModifyCasterMarkPicInfoResponse:
        """该接口用来修改导播台水印信息。

        注意，修改的Index对应的水印需已存在

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_pic_info: 新的水印信息。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.MarkPicNotExist, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.modify_caster_mark_pic_info import ModifyCasterMarkPicInfoRequest

        request = ModifyCasterMarkPicInfoRequest(
            caster_id=caster_id,
            mark_pic_info=mark_pic_info,
        )
        return await self.send(request, options=options)

    async def modify_caster_mark_word_info(
        self,
        *,
        caster_id: int,
        mark_word_info: CasterMarkWordInfo,
        options: CallOptions | None = None,
    ) -> ModifyCasterMarkWordInfoResponse:
        """该接口用来修改导播台文本配置。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            mark_word_info: 修改的文本配置。

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
            caster_id=caster_id,
            mark_word_info=mark_word_info,
        )
        return await self.send(request, options=options)

    async def modify_caster_output_info(
        self,
        *,
        caster_id: int,
        output_info: CasterOutputInfo,
        options: CallOptions | None = None,
    ) -> ModifyCasterOutputInfoResponse:
        """该接口用来修改导播台的推流信息。

        注：只有在主监启动前设置才生效，主监启动后设置，下次推流生效。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。
            output_info: 导播台推流参数信息。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.CasterNotFound, FailedOperation.OutputIsNotExist,
            InternalError, InvalidParameter, InvalidParameter.InvalidUrl, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceNotFound.UserNotExist, UnknownParameter,
            UnsupportedOperation.
        """
        from .models.modify_caster_output_info import ModifyCasterOutputInfoRequest

        request = ModifyCasterOutputInfoRequest(
            caster_id=caster_id,
            output_info=output_info,
        )
        return await self.send(request, options=options)

    async def modify_lvb_channel(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface ModifyLVBChannel."""
        legacy("ModifyLVBChannel", None, "offline legacy interface at live.api.qcloud.com")

    async def modify_live_callback_template(
        self,
        *,
        template_id: int,
        template_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        stream_begin_notify_url: str | None | Unset = UNSET,
        stream_end_notify_url: str | None | Unset = UNSET,
        record_notify_url: str | None | Unset = UNSET,
        record_status_notify_url: str | None | Unset = UNSET,
        snapshot_notify_url: str | None | Unset = UNSET,
        porn_censorship_notify_url: str | None | Unset = UNSET,
        callback_key: str | None | Unset = UNSET,
        push_exception_notify_url: str | None | Unset = UNSET,
        audio_audit_notify_url: str | None | Unset = UNSET,
        record_exception_notify_url: str | None | Unset = UNSET,
        record_exception_levels: list[str] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLiveCallbackTemplateResponse:
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
            push_exception_notify_url: 推流异常回调 URL。
            audio_audit_notify_url: 音频审核回调 URL。
            record_exception_notify_url: 录制异常回调 URL。
            record_exception_levels: 录制异常回调级别，可选择：error、warning、info。

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
        )
        return await self.send(request, options=options)

    async def modify_live_domain_cert_bindings(
        self,
        *,
        domain_infos: list[LiveCertDomainInfo],
        cloud_cert_id: str | None | Unset = UNSET,
        certificate_public_key: str | None | Unset = UNSET,
        certificate_private_key: str | None | Unset = UNSET,
        certificate_alias: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLiveDomainCertBindingsResponse:
        """批量绑定证书对应的播放域名，并更新启用状态。

        新建自有证书将自动上传至腾讯云ssl。

        Documented rate limit: 20 requests per second.

        Args:
            domain_infos: 要绑定证书的播放域名/状态 信息列表。
            cloud_cert_id: 腾讯云ssl的证书Id。
            certificate_public_key: 证书公钥。
            certificate_private_key: 证书私钥。
            certificate_alias: 上传至ssl证书中心的备注信息，只有新建证书时有效。传CloudCertId时会忽略。

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
        )
        return await self.send(request, options=options)

    async def modify_live_domain_referer(
        self,
        *,
        domain_name: str,
        enable: int,
        type_: int,
        allow_empty: int,
        rules: str,
        options: CallOptions | None = None,
    ) -> ModifyLiveDomainRefererResponse:
        """设置直播域名 Referer 黑白名单。

        由于 Referer 信息包含在 http 协议中，在开启配置后，播放协议为 rtmp 或 WebRTC 不会校验 Referer 配置，仍可正常播放。如需配置 Referer 鉴权建议使用 http-flv 或 http-hls 协议播放。

        Documented rate limit: 20 requests per second.

        Args:
            domain_name: 播放域名。
            enable: 是否开启当前域名的 Referer 黑白名单鉴权。
            type_: 名单类型，0：黑名单，1：白名单。
            allow_empty: 是否允许空 Referer，0：不允许，1：允许。
            rules: Referer 名单列表，以;分隔。

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
        description: str | None | Unset = UNSET,
        type_: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLivePadTemplateResponse:
        """修改直播垫片模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 模板id。
            url: 垫片内容。
            wait_duration: 断流等待时间。
            max_duration: 最大垫片时长。
            template_name: 模板名称。
            description: 描述信息。
            type_: 垫片内容类型： 1：图片，2：视频。 默认值：1。

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
        )
        return await self.send(request, options=options)

    async def modify_live_play_auth_key(
        self,
        *,
        domain_name: str,
        enable: int | None | Unset = UNSET,
        auth_key: str | None | Unset = UNSET,
        auth_delta: int | None | Unset = UNSET,
        auth_back_key: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLivePlayAuthKeyResponse:
        """修改播放鉴权key

        Documented rate limit: 100 requests per second.

        Args:
            domain_name: 播放域名。
            enable: 是否启用，0：关闭，1：启用。
            auth_key: 鉴权key。
            auth_delta: 有效时间，单位：秒。
            auth_back_key: 鉴权备用key。

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
        )
        return await self.send(request, options=options)

    async def modify_live_play_domain(
        self,
        *,
        domain_name: str,
        play_type: int,
        options: CallOptions | None = None,
    ) -> ModifyLivePlayDomainResponse:
        """修改播放域名信息。

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 播放域名。
            play_type: 拉流域名类型。1-国内；2-全球；3-境外

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.DomainGslbFail, InternalError, InternalError.NetworkError,
            InvalidParameter.DomainHitBlackList, MissingParameter, ResourceInUse, ResourceNotFound,
            ResourceNotFound.DomainNoRecord, ResourceNotFound.DomainNotExist,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.InvalidUser,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService.
        """
        from .models.modify_live_play_domain import ModifyLivePlayDomainRequest

        request = ModifyLivePlayDomainRequest(
            domain_name=domain_name,
            play_type=play_type,
        )
        return await self.send(request, options=options)

    async def modify_live_pull_stream_task(
        self,
        *,
        task_id: str,
        operator: str,
        source_urls: list[str] | None | Unset = UNSET,
        start_time: str | None | Unset = UNSET,
        end_time: str | None | Unset = UNSET,
        vod_loop_times: int | None | Unset = UNSET,
        vod_refresh_type: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        callback_events: list[str] | None | Unset = UNSET,
        callback_url: str | None | Unset = UNSET,
        file_index: int | None | Unset = UNSET,
        offset_time: int | None | Unset = UNSET,
        specify_task_id: str | None | Unset = UNSET,
        to_url: str | None | Unset = UNSET,
        comment: str | None | Unset = UNSET,
        backup_source_type: str | None | Unset = UNSET,
        backup_source_url: str | None | Unset = UNSET,
        watermark_list: list[PullPushWatermarkInfo] | None | Unset = UNSET,
        vod_local_mode: int | None | Unset = UNSET,
        backup_to_url: str | None | Unset = UNSET,
        backup_vod_url: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLivePullStreamTaskResponse:
        """更新直播拉流任务。

        1. 不支持修改拉流源类型，如需更换，请创建新任务。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务Id。
            operator: 操作人姓名。
            source_urls: 拉流源url列表。
            start_time: 开始时间。
            end_time: 结束时间，注意：
            vod_loop_times: 点播拉流转推循环次数。
            vod_refresh_type: 点播更新SourceUrls后的播放方式：
            status: 任务状态：
            callback_events: 选择需要回调的事件（不填则回调全部）：
            callback_url: 自定义回调地址。
            file_index: 指定播放文件索引。
            offset_time: 指定播放文件偏移。
            specify_task_id: 指定任务 ID 修改任务。
            to_url: 目标 Url。
            comment: 任务备注。
            backup_source_type: 备源的类型：
            backup_source_url: 备源 URL。
            watermark_list: 水印信息列表。
            vod_local_mode: 点播源是否启用本地推流模式，默认0，不启用。
            backup_to_url: 新的目标地址。传空值，则取消该地址的推流。
            backup_vod_url: 点播垫片文件地址。注意：用于在主源拉不到时自动兜底到垫片文件，切到垫片文件后，每次播

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
        )
        return await self.send(request, options=options)

    async def modify_live_push_auth_key(
        self,
        *,
        domain_name: str,
        enable: int | None | Unset = UNSET,
        master_auth_key: str | None | Unset = UNSET,
        backup_auth_key: str | None | Unset = UNSET,
        auth_delta: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLivePushAuthKeyResponse:
        """修改直播推流鉴权key

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 推流域名。
            enable: 是否启用，0：关闭，1：启用。
            master_auth_key: 主鉴权key。
            backup_auth_key: 备鉴权key。
            auth_delta: 有效时间，单位：秒。

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
        )
        return await self.send(request, options=options)

    async def modify_live_record_template(
        self,
        *,
        template_id: int,
        template_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        flv_param: RecordParam | None | Unset = UNSET,
        hls_param: RecordParam | None | Unset = UNSET,
        mp4_param: RecordParam | None | Unset = UNSET,
        aac_param: RecordParam | None | Unset = UNSET,
        hls_special_param: HlsSpecialParam | None | Unset = UNSET,
        mp3_param: RecordParam | None | Unset = UNSET,
        remove_watermark: bool | None | Unset = UNSET,
        flv_special_param: FlvSpecialParam | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLiveRecordTemplateResponse:
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
        )
        return await self.send(request, options=options)

    async def modify_live_snapshot_template(
        self,
        *,
        template_id: int,
        cos_app_id: int,
        cos_bucket: str,
        cos_region: str,
        template_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        snapshot_interval: int | None | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        porn_flag: int | None | Unset = UNSET,
        cos_prefix: str | None | Unset = UNSET,
        cos_file_name: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLiveSnapshotTemplateResponse:
        """修改截图模板配置。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 ID。
            cos_app_id: Cos 应用 ID。
            cos_bucket: Cos Bucket名称。
            cos_region: Cos 地域。
            template_name: 模板名称。
            description: 描述信息。
            snapshot_interval: 截图间隔，单位s，默认10s。
            width: 截图宽度。默认：0（原始宽）。
            height: 截图高度。默认：0（原始高）。
            porn_flag: 是否开启鉴黄，默认 0 。
            cos_prefix: Cos Bucket文件夹前缀。
            cos_file_name: Cos 文件名称。

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
        )
        return await self.send(request, options=options)

    async def modify_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        monitor_name: str | None | Unset = UNSET,
        output_info: LiveStreamMonitorOutputInfo | None | Unset = UNSET,
        input_list: list[LiveStreamMonitorInputInfo] | None | Unset = UNSET,
        notify_policy: LiveStreamMonitorNotifyPolicy | None | Unset = UNSET,
        asr_language: int | None | Unset = UNSET,
        ocr_language: int | None | Unset = UNSET,
        ai_asr_input_index_list: list[int] | None | Unset = UNSET,
        ai_ocr_input_index_list: list[int] | None | Unset = UNSET,
        check_stream_broken: int | None | Unset = UNSET,
        check_stream_low_frame_rate: int | None | Unset = UNSET,
        allow_monitor_report: int | None | Unset = UNSET,
        ai_format_diagnose: int | None | Unset = UNSET,
        ai_quality_control: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLiveStreamMonitorResponse:
        """该接口用来修改直播流监播任务的配置。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播任务ID。
            monitor_name: 监播任务的名称。长度128字节以内（一个汉字两个字节）。
            output_info: 监播任务输出信息。
            input_list: 待监播的输入流信息。
            notify_policy: 监播事件通知策略。
            asr_language: 智能语音识别语种：
            ocr_language: 智能文字识别语种：
            ai_asr_input_index_list: 语音识别输入流列表，1代表第一条输入流。
            ai_ocr_input_index_list: 文字识别输入流列表，1代表第一条输入流。
            check_stream_broken: 是否开启断流检测。
            check_stream_low_frame_rate: 是否开启低帧率检测。
            allow_monitor_report: 是否存储监播事件到监播报告，以及是否允许查询监播报告。
            ai_format_diagnose: 是否开启格式诊断。
            ai_quality_control: 是否开启内容质检。

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
        )
        return await self.send(request, options=options)

    async def modify_live_time_shift_template(
        self,
        *,
        template_id: int,
        template_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        item_duration: int | None | Unset = UNSET,
        remove_watermark: bool | None | Unset = UNSET,
        transcode_template_ids: list[int] | None | Unset = UNSET,
        area: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLiveTimeShiftTemplateResponse:
        """修改直播时移模板。

        Documented rate limit: 20 requests per second.

        Args:
            template_id: 时移模板id。
            template_name: 模板名称。
            description: 描述信息。
            duration: 时移时长。
            item_duration: 分片时长。
            remove_watermark: 是否去除水印。
            transcode_template_ids: 转码流id列表。
            area: 地域。

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
        )
        return await self.send(request, options=options)

    async def modify_live_transcode_template(
        self,
        *,
        template_id: int,
        vcodec: str | None | Unset = UNSET,
        acodec: str | None | Unset = UNSET,
        audio_bitrate: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        video_bitrate: int | None | Unset = UNSET,
        width: int | None | Unset = UNSET,
        need_video: int | None | Unset = UNSET,
        need_audio: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        fps: int | None | Unset = UNSET,
        gop: int | None | Unset = UNSET,
        rotate: int | None | Unset = UNSET,
        profile: str | None | Unset = UNSET,
        bitrate_to_orig: int | None | Unset = UNSET,
        height_to_orig: int | None | Unset = UNSET,
        fps_to_orig: int | None | Unset = UNSET,
        adapt_bitrate_percent: float | None | Unset = UNSET,
        short_edge_as_height: int | None | Unset = UNSET,
        drm_type: str | None | Unset = UNSET,
        drm_tracks: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> ModifyLiveTranscodeTemplateResponse:
        """修改转码模板配置。

        Documented rate limit: 200 requests per second.

        Args:
            template_id: 模板 Id。
            vcodec: 视频编码：h264/h265/origin，默认origin。
            acodec: 音频编码：aac，默认aac。
            audio_bitrate: 音频码率，默认0。
            description: 模板描述。
            video_bitrate: 视频码率。范围：0kbps - 8000kbps。
            width: 宽。0-3000。
            need_video: 是否保留视频，0：否，1：是。默认1。
            need_audio: 是否保留音频，0：否，1：是。默认1。
            height: 高。0-3000。
            fps: 帧率，默认0。
            gop: 关键帧间隔，单位：秒。
            rotate: 旋转角度，默认0。
            profile: 编码质量：
            bitrate_to_orig: 当设置的码率>原始码率时，是否以原始码率为准。
            height_to_orig: 当设置的高度>原始高度时，是否以原始高度为准。
            fps_to_orig: 当设置的帧率>原始帧率时，是否以原始帧率为准。
            adapt_bitrate_percent: 极速高清视频码率压缩比。
            short_edge_as_height: 是否以短边作为高度，0：否，1：是。默认0。
            drm_type: DRM 加密类型，可选值：fairplay、normalaes、widevine。
            drm_tracks: DRM 加密项，可选值：AUDIO、SD、HD、UHD1、UHD2，后四个为一组，同组中的内容只能选一个。

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
        )
        return await self.send(request, options=options)

    async def modify_pull_stream_config(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface ModifyPullStreamConfig: use ModifyLivePullStreamTask (client.modify_live_pull_stream_task).

        更新拉流配置(该接口已下线,请使用新接口 ModifyLivePullStreamTask)
        """
        legacy(
            "ModifyPullStreamConfig",
            "ModifyLivePullStreamTask (client.modify_live_pull_stream_task)",
            "listed as offline in the API overview: 更新拉流配置(该接口已下线,请使用新接口 ModifyLivePullStreamTask)",
        )

    async def modify_pull_stream_status(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface ModifyPullStreamStatus: use ModifyLivePullStreamTask (client.modify_live_pull_stream_task).

        修改拉流配置状态(该接口已下线,请使用新接口 ModifyLivePullStreamTask)
        """
        legacy(
            "ModifyPullStreamStatus",
            "ModifyLivePullStreamTask (client.modify_live_pull_stream_task)",
            "listed as offline in the API overview: 修改拉流配置状态(该接口已下线,请使用新接口 ModifyLivePullStreamTask)",
        )

    async def release_caster(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> ReleaseCasterResponse:
        """调用该接口，释放导播台实例，但保留所有的配置。

        执行该接口，预监与主监画面停止，第三方推流停止。

        点播文件与直播地址将停止展示，客户自行推到导播台的流需要手动停止。

        Documented rate limit: 20 requests per second.

        Args:
            caster_id: 导播台ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, FailedOperation.ReleaseCasterFailed, FailedOperation.StopCasterTaskFailed,
            InternalError, InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.release_caster import ReleaseCasterRequest

        request = ReleaseCasterRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def restart_live_pull_stream_task(
        self,
        *,
        task_id: str,
        operator: str,
        options: CallOptions | None = None,
    ) -> RestartLivePullStreamTaskResponse:
        """将正在运行的拉流转推任务进行重启。

        注意：

        1. 重启任务会造成推流中断。

        2. 点播源任务的重启，会根据VodRefreshType决定是续播还是从头开始播。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 任务 Id。
            operator: 操作人备注名称。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation, InternalError, InvalidParameter, InvalidParameter.TaskNotExist,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.restart_live_pull_stream_task import RestartLivePullStreamTaskRequest

        request = RestartLivePullStreamTaskRequest(
            task_id=task_id,
            operator=operator,
        )
        return await self.send(request, options=options)

    async def resume_delay_live_stream(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        options: CallOptions | None = None,
    ) -> ResumeDelayLiveStreamResponse:
        """取消直播流设置的延时配置，恢复实时直播画面。

        Documented rate limit: 200 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为live。
            domain_name: 推流域名。
            stream_name: 流名称。

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
            app_name=app_name,
            domain_name=domain_name,
            stream_name=stream_name,
        )
        return await self.send(request, options=options)

    async def resume_live_stream(
        self,
        *,
        app_name: str,
        domain_name: str,
        stream_name: str,
        options: CallOptions | None = None,
    ) -> ResumeLiveStreamResponse:
        """恢复某条流的推流。

        Documented rate limit: 100 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            domain_name: 您的推流域名。
            stream_name: 流名称。

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
            app_name=app_name,
            domain_name=domain_name,
            stream_name=stream_name,
        )
        return await self.send(request, options=options)

    async def start_lvb_channel(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface StartLVBChannel: use ResumeLiveStream (client.resume_live_stream).

        输入待启用直播频道的 ID 号（支持批量），启动这些直播频道。

        输入1

        输出1

        频道状态定义：

        接收方类型定义：

        直播流协议定义：
        """
        legacy(
            "StartLVBChannel",
            "ResumeLiveStream (client.resume_live_stream)",
            "可通过该接口对已经禁推的流进行恢复启用。",
        )

    async def start_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        audible_input_index_list: list[int] | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> StartLiveStreamMonitorResponse:
        """该接口用来启动直播流监播任务。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播ID。
            audible_input_index_list: 监播画面声音InputIndex,支持多个输入声音。

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
            monitor_id=monitor_id,
            audible_input_index_list=audible_input_index_list,
        )
        return await self.send(request, options=options)

    async def stop_caster_pgm(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> StopCasterPgmResponse:
        """该接口用来停止导播台的主监输出。

        停止主监后，对应的推流到腾讯云直播源站和推流到其他第三方平台均将会停止。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.StopCasterTaskFailed, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.stop_caster_pgm import StopCasterPgmRequest

        request = StopCasterPgmRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def stop_caster_pvw(
        self,
        *,
        caster_id: int,
        options: CallOptions | None = None,
    ) -> StopCasterPvwResponse:
        """该接口用来停止导播台的预监任务。

        Documented rate limit: 200 requests per second.

        Args:
            caster_id: 导播台ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            FailedOperation.CasterNotFound, FailedOperation.StopCasterTaskFailed, InternalError,
            InvalidParameter, ResourceNotFound.ForbidService, ResourceNotFound.FreezeService,
            ResourceNotFound.StopService, ResourceNotFound.UserDisableService,
            ResourceNotFound.UserNotExist, UnknownParameter, UnsupportedOperation.
        """
        from .models.stop_caster_pvw import StopCasterPvwRequest

        request = StopCasterPvwRequest(
            caster_id=caster_id,
        )
        return await self.send(request, options=options)

    async def stop_lvb_channel(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface StopLVBChannel: use ForbidLiveStream (client.forbid_live_stream)."""
        legacy(
            "StopLVBChannel",
            "ForbidLiveStream (client.forbid_live_stream)",
            "可通过该接口对直播流进行断流，并指定禁止期限进行禁推。",
        )

    async def stop_live_pad_processor(
        self,
        *,
        app_name: str,
        push_domain_name: str,
        stream_name: str,
        operator: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> StopLivePadProcessorResponse:
        """使用该接口停止垫片流。

        Documented rate limit: 20 requests per second.

        Args:
            app_name: 推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
            push_domain_name: 您的推流域名。
            stream_name: 流名称。
            operator: 操作人备注信息。

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
        )
        return await self.send(request, options=options)

    async def stop_live_record(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface StopLiveRecord.

        终止录制任务(已废弃,请使用新接口)
        """
        legacy("StopLiveRecord", None, "listed as offline in the API overview: 终止录制任务(已废弃,请使用新接口)")

    async def stop_live_stream_monitor(
        self,
        *,
        monitor_id: str,
        options: CallOptions | None = None,
    ) -> StopLiveStreamMonitorResponse:
        """该接口用来停止直播流监播任务。

        Documented rate limit: 20 requests per second.

        Args:
            monitor_id: 监播ID

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

        request = StopLiveStreamMonitorRequest(
            monitor_id=monitor_id,
        )
        return await self.send(request, options=options)

    async def stop_record(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Offline interface StopRecord: use StopRecordTask (client.stop_record_task).

        输入1

        输出1

        说明：

        录制后的文件存放于云点播平台。用户如需使用录制功能，需首先自行开通云点播账号并确保账号可用。录制文件存放后，相关费用（含存储以及下行播放流量）按照云点播平台计费方式收取，请参见 价格总览 。
        """
        legacy("StopRecord", "StopRecordTask (client.stop_record_task)", "请使用该接口对正在录制的任务进行停止。")

    async def stop_record_task(
        self,
        *,
        task_id: str,
        options: CallOptions | None = None,
    ) -> StopRecordTaskResponse:
        """提前结束录制，中止运行中的录制任务并生成录制文件。任务被成功终止后，本次任务将不再启动。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 录制任务ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError,
            InternalError.SystemError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, ResourceUnavailable.InvalidVodStatus, UnsupportedOperation.
        """
        from .models.stop_record_task import StopRecordTaskRequest

        request = StopRecordTaskRequest(
            task_id=task_id,
        )
        return await self.send(request, options=options)

    async def stop_screenshot_task(
        self,
        *,
        task_id: str,
        options: CallOptions | None = None,
    ) -> StopScreenshotTaskResponse:
        """提前结束截图，中止运行中的截图任务。任务被成功终止后，本次任务将不再启动。

        Documented rate limit: 20 requests per second.

        Args:
            task_id: 截图任务ID。

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InternalError.GetConfigError, InternalError.NetworkError,
            InternalError.SystemError, InvalidParameter, ResourceNotFound.ForbidService,
            ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService, UnsupportedOperation.
        """
        from .models.stop_screenshot_task import StopScreenshotTaskRequest

        request = StopScreenshotTaskRequest(
            task_id=task_id,
        )
        return await self.send(request, options=options)

    async def switch_backup_stream(
        self,
        *,
        push_domain_name: str,
        app_name: str,
        stream_name: str,
        upstream_sequence: str,
        options: CallOptions | None = None,
    ) -> SwitchBackupStreamResponse:
        """调用该接口实现切换当前播放所使用的主备流。

        Documented rate limit: 20 requests per second.

        Args:
            push_domain_name: 推流域名。
            app_name: 应用名称。
            stream_name: 流名称。
            upstream_sequence: 查询接口获取到该流所有在推的上行 Sequence。指定要切到的目标上行 Sequence。

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
        )
        return await self.send(request, options=options)

    async def un_bind_live_domain_cert(
        self,
        *,
        domain_name: str,
        type_: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> UnBindLiveDomainCertResponse:
        """解绑域名证书

        Documented rate limit: 200 requests per second.

        Args:
            domain_name: 播放域名。
            type_: 枚举值：

        Raises:
            APIError subclasses of errors.py for the documented codes:
            InternalError, InvalidParameter, InvalidParameterValue, MissingParameter,
            ResourceNotFound.ForbidService, ResourceNotFound.FreezeService, ResourceNotFound.StopService,
            ResourceNotFound.UserDisableService.
        """
        from .models.un_bind_live_domain_cert import UnBindLiveDomainCertRequest

        request = UnBindLiveDomainCertRequest(
            domain_name=domain_name,
            type_=type_,
        )
        return await self.send(request, options=options)

    async def update_live_watermark(
        self,
        *,
        watermark_id: int,
        picture_url: str,
        x_position: int,
        y_position: int,
        watermark_name: str | None | Unset = UNSET,
        width: int | None | Unset = UNSET,
        height: int | None | Unset = UNSET,
        background_width: int | None | Unset = UNSET,
        background_height: int | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> UpdateLiveWatermarkResponse:
        """更新水印。

        Documented rate limit: 100 requests per second.

        Args:
            watermark_id: 水印 ID。
            picture_url: 水印图片 URL。
            x_position: 显示位置，X轴偏移，单位是百分比，默认 0。
            y_position: 显示位置，Y轴偏移，单位是百分比，默认 0。
            watermark_name: 水印名称。
            width: 水印宽度，占直播原始画面宽度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始宽度。
            height: 水印高度，占直播原始画面宽度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始高度。
            background_width: 背景水印宽度。默认宽度1920。
            background_height: 背景水印高度。默认高度1080。

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
        ret: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        options: CallOptions | None = None,
    ) -> channel_managerResponse:
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
        """
        from .models.channel_manager import channel_managerRequest

        request = channel_managerRequest(
            appid=appid,
            interface=interface,
            t=t,
            sign=sign,
            param_s_channel_id=param_s_channel_id,
            ret=ret,
            message=message,
        )
        return await self.send(request, options=options)
