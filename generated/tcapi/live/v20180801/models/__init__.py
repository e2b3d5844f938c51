"""Request and response models of live 2018-08-01: each class is imported from its own module on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_caster_input_info import AddCasterInputInfoRequest
    from .add_caster_input_info import AddCasterInputInfoResponse
    from .add_caster_layout_info import AddCasterLayoutInfoRequest
    from .add_caster_layout_info import AddCasterLayoutInfoResponse
    from .add_caster_mark_pic_info import AddCasterMarkPicInfoRequest
    from .add_caster_mark_pic_info import AddCasterMarkPicInfoResponse
    from .add_caster_mark_word_info import AddCasterMarkWordInfoRequest
    from .add_caster_mark_word_info import AddCasterMarkWordInfoResponse
    from .add_caster_output_info import AddCasterOutputInfoRequest
    from .add_caster_output_info import AddCasterOutputInfoResponse
    from .add_delay_live_stream import AddDelayLiveStreamRequest
    from .add_delay_live_stream import AddDelayLiveStreamResponse
    from .add_live_domain import AddLiveDomainRequest
    from .add_live_domain import AddLiveDomainResponse
    from .add_live_watermark import AddLiveWatermarkRequest
    from .add_live_watermark import AddLiveWatermarkResponse
    from .authenticate_domain_owner import AuthenticateDomainOwnerRequest
    from .authenticate_domain_owner import AuthenticateDomainOwnerResponse
    from .cancel_common_mix_stream import CancelCommonMixStreamRequest
    from .cancel_common_mix_stream import CancelCommonMixStreamResponse
    from .channel_manager import channel_managerRequest
    from .channel_manager import channel_managerResponse
    from .copy_caster import CopyCasterRequest
    from .copy_caster import CopyCasterResponse
    from .create_caster import CreateCasterRequest
    from .create_caster import CreateCasterResponse
    from .create_caster_input_push_url import CreateCasterInputPushUrlRequest
    from .create_caster_input_push_url import CreateCasterInputPushUrlResponse
    from .create_caster_pgm import CreateCasterPgmRequest
    from .create_caster_pgm import CreateCasterPgmResponse
    from .create_caster_pgm_from_pvw import CreateCasterPgmFromPvwRequest
    from .create_caster_pgm_from_pvw import CreateCasterPgmFromPvwResponse
    from .create_caster_pvw import CreateCasterPvwRequest
    from .create_caster_pvw import CreateCasterPvwResponse
    from .create_common_mix_stream import CreateCommonMixStreamRequest
    from .create_common_mix_stream import CreateCommonMixStreamResponse
    from .create_live_callback_rule import CreateLiveCallbackRuleRequest
    from .create_live_callback_rule import CreateLiveCallbackRuleResponse
    from .create_live_callback_template import CreateLiveCallbackTemplateRequest
    from .create_live_callback_template import CreateLiveCallbackTemplateResponse
    from .create_live_pad_rule import CreateLivePadRuleRequest
    from .create_live_pad_rule import CreateLivePadRuleResponse
    from .create_live_pad_template import CreateLivePadTemplateRequest
    from .create_live_pad_template import CreateLivePadTemplateResponse
    from .create_live_pull_stream_task import CreateLivePullStreamTaskRequest
    from .create_live_pull_stream_task import CreateLivePullStreamTaskResponse
    from .create_live_record import CreateLiveRecordRequest
    from .create_live_record import CreateLiveRecordResponse
    from .create_live_record_rule import CreateLiveRecordRuleRequest
    from .create_live_record_rule import CreateLiveRecordRuleResponse
    from .create_live_record_template import CreateLiveRecordTemplateRequest
    from .create_live_record_template import CreateLiveRecordTemplateResponse
    from .create_live_snapshot_rule import CreateLiveSnapshotRuleRequest
    from .create_live_snapshot_rule import CreateLiveSnapshotRuleResponse
    from .create_live_snapshot_template import CreateLiveSnapshotTemplateRequest
    from .create_live_snapshot_template import CreateLiveSnapshotTemplateResponse
    from .create_live_stream_monitor import CreateLiveStreamMonitorRequest
    from .create_live_stream_monitor import CreateLiveStreamMonitorResponse
    from .create_live_time_shift_rule import CreateLiveTimeShiftRuleRequest
    from .create_live_time_shift_rule import CreateLiveTimeShiftRuleResponse
    from .create_live_time_shift_template import CreateLiveTimeShiftTemplateRequest
    from .create_live_time_shift_template import CreateLiveTimeShiftTemplateResponse
    from .create_live_transcode_rule import CreateLiveTranscodeRuleRequest
    from .create_live_transcode_rule import CreateLiveTranscodeRuleResponse
    from .create_live_transcode_template import CreateLiveTranscodeTemplateRequest
    from .create_live_transcode_template import CreateLiveTranscodeTemplateResponse
    from .create_live_watermark_rule import CreateLiveWatermarkRuleRequest
    from .create_live_watermark_rule import CreateLiveWatermarkRuleResponse
    from .create_record_task import CreateRecordTaskRequest
    from .create_record_task import CreateRecordTaskResponse
    from .create_screenshot_task import CreateScreenshotTaskRequest
    from .create_screenshot_task import CreateScreenshotTaskResponse
    from .delete_caster import DeleteCasterRequest
    from .delete_caster import DeleteCasterResponse
    from .delete_caster_input_info import DeleteCasterInputInfoRequest
    from .delete_caster_input_info import DeleteCasterInputInfoResponse
    from .delete_caster_layout_info import DeleteCasterLayoutInfoRequest
    from .delete_caster_layout_info import DeleteCasterLayoutInfoResponse
    from .delete_caster_mark_pic_info import DeleteCasterMarkPicInfoRequest
    from .delete_caster_mark_pic_info import DeleteCasterMarkPicInfoResponse
    from .delete_caster_mark_word_info import DeleteCasterMarkWordInfoRequest
    from .delete_caster_mark_word_info import DeleteCasterMarkWordInfoResponse
    from .delete_caster_output_info import DeleteCasterOutputInfoRequest
    from .delete_caster_output_info import DeleteCasterOutputInfoResponse
    from .delete_live_callback_rule import DeleteLiveCallbackRuleRequest
    from .delete_live_callback_rule import DeleteLiveCallbackRuleResponse
    from .delete_live_callback_template import DeleteLiveCallbackTemplateRequest
    from .delete_live_callback_template import DeleteLiveCallbackTemplateResponse
    from .delete_live_domain import DeleteLiveDomainRequest
    from .delete_live_domain import DeleteLiveDomainResponse
    from .delete_live_pad_rule import DeleteLivePadRuleRequest
    from .delete_live_pad_rule import DeleteLivePadRuleResponse
    from .delete_live_pad_template import DeleteLivePadTemplateRequest
    from .delete_live_pad_template import DeleteLivePadTemplateResponse
    from .delete_live_pull_stream_task import DeleteLivePullStreamTaskRequest
    from .delete_live_pull_stream_task import DeleteLivePullStreamTaskResponse
    from .delete_live_record_rule import DeleteLiveRecordRuleRequest
    from .delete_live_record_rule import DeleteLiveRecordRuleResponse
    from .delete_live_record_template import DeleteLiveRecordTemplateRequest
    from .delete_live_record_template import DeleteLiveRecordTemplateResponse
    from .delete_live_snapshot_rule import DeleteLiveSnapshotRuleRequest
    from .delete_live_snapshot_rule import DeleteLiveSnapshotRuleResponse
    from .delete_live_snapshot_template import DeleteLiveSnapshotTemplateRequest
    from .delete_live_snapshot_template import DeleteLiveSnapshotTemplateResponse
    from .delete_live_stream_monitor import DeleteLiveStreamMonitorRequest
    from .delete_live_stream_monitor import DeleteLiveStreamMonitorResponse
    from .delete_live_time_shift_rule import DeleteLiveTimeShiftRuleRequest
    from .delete_live_time_shift_rule import DeleteLiveTimeShiftRuleResponse
    from .delete_live_time_shift_template import DeleteLiveTimeShiftTemplateRequest
    from .delete_live_time_shift_template import DeleteLiveTimeShiftTemplateResponse
    from .delete_live_transcode_rule import DeleteLiveTranscodeRuleRequest
    from .delete_live_transcode_rule import DeleteLiveTranscodeRuleResponse
    from .delete_live_transcode_template import DeleteLiveTranscodeTemplateRequest
    from .delete_live_transcode_template import DeleteLiveTranscodeTemplateResponse
    from .delete_live_watermark import DeleteLiveWatermarkRequest
    from .delete_live_watermark import DeleteLiveWatermarkResponse
    from .delete_live_watermark_rule import DeleteLiveWatermarkRuleRequest
    from .delete_live_watermark_rule import DeleteLiveWatermarkRuleResponse
    from .delete_record_task import DeleteRecordTaskRequest
    from .delete_record_task import DeleteRecordTaskResponse
    from .delete_screenshot_task import DeleteScreenshotTaskRequest
    from .delete_screenshot_task import DeleteScreenshotTaskResponse
    from .describe_all_stream_play_info_list import DescribeAllStreamPlayInfoListRequest
    from .describe_all_stream_play_info_list import DescribeAllStreamPlayInfoListResponse
    from .describe_area_bill_bandwidth_and_flux_list import DescribeAreaBillBandwidthAndFluxListRequest
    from .describe_area_bill_bandwidth_and_flux_list import DescribeAreaBillBandwidthAndFluxListResponse
    from .describe_backup_stream_list import DescribeBackupStreamListRequest
    from .describe_backup_stream_list import DescribeBackupStreamListResponse
    from .describe_bill_bandwidth_and_flux_list import DescribeBillBandwidthAndFluxListRequest
    from .describe_bill_bandwidth_and_flux_list import DescribeBillBandwidthAndFluxListResponse
    from .describe_callback_records_list import DescribeCallbackRecordsListRequest
    from .describe_callback_records_list import DescribeCallbackRecordsListResponse
    from .describe_caster import DescribeCasterRequest
    from .describe_caster import DescribeCasterResponse
    from .describe_caster_display_info import DescribeCasterDisplayInfoRequest
    from .describe_caster_display_info import DescribeCasterDisplayInfoResponse
    from .describe_caster_input_infos import DescribeCasterInputInfosRequest
    from .describe_caster_input_infos import DescribeCasterInputInfosResponse
    from .describe_caster_layout_infos import DescribeCasterLayoutInfosRequest
    from .describe_caster_layout_infos import DescribeCasterLayoutInfosResponse
    from .describe_caster_list import DescribeCasterListRequest
    from .describe_caster_list import DescribeCasterListResponse
    from .describe_caster_mark_pic_infos import DescribeCasterMarkPicInfosRequest
    from .describe_caster_mark_pic_infos import DescribeCasterMarkPicInfosResponse
    from .describe_caster_mark_word_infos import DescribeCasterMarkWordInfosRequest
    from .describe_caster_mark_word_infos import DescribeCasterMarkWordInfosResponse
    from .describe_caster_output_infos import DescribeCasterOutputInfosRequest
    from .describe_caster_output_infos import DescribeCasterOutputInfosResponse
    from .describe_caster_play_url import DescribeCasterPlayUrlRequest
    from .describe_caster_play_url import DescribeCasterPlayUrlResponse
    from .describe_caster_transition_types import DescribeCasterTransitionTypesRequest
    from .describe_caster_transition_types import DescribeCasterTransitionTypesResponse
    from .describe_caster_user_status import DescribeCasterUserStatusRequest
    from .describe_caster_user_status import DescribeCasterUserStatusResponse
    from .describe_concurrent_record_stream_num import DescribeConcurrentRecordStreamNumRequest
    from .describe_concurrent_record_stream_num import DescribeConcurrentRecordStreamNumResponse
    from .describe_deliver_bandwidth_list import DescribeDeliverBandwidthListRequest
    from .describe_deliver_bandwidth_list import DescribeDeliverBandwidthListResponse
    from .describe_deliver_log_down_list import DescribeDeliverLogDownListRequest
    from .describe_deliver_log_down_list import DescribeDeliverLogDownListResponse
    from .describe_group_pro_isp_play_info_list import DescribeGroupProIspPlayInfoListRequest
    from .describe_group_pro_isp_play_info_list import DescribeGroupProIspPlayInfoListResponse
    from .describe_http_status_info_list import DescribeHttpStatusInfoListRequest
    from .describe_http_status_info_list import DescribeHttpStatusInfoListResponse
    from .describe_live_callback_rules import DescribeLiveCallbackRulesRequest
    from .describe_live_callback_rules import DescribeLiveCallbackRulesResponse
    from .describe_live_callback_template import DescribeLiveCallbackTemplateRequest
    from .describe_live_callback_template import DescribeLiveCallbackTemplateResponse
    from .describe_live_callback_templates import DescribeLiveCallbackTemplatesRequest
    from .describe_live_callback_templates import DescribeLiveCallbackTemplatesResponse
    from .describe_live_delay_info_list import DescribeLiveDelayInfoListRequest
    from .describe_live_delay_info_list import DescribeLiveDelayInfoListResponse
    from .describe_live_domain import DescribeLiveDomainRequest
    from .describe_live_domain import DescribeLiveDomainResponse
    from .describe_live_domain_cert import DescribeLiveDomainCertRequest
    from .describe_live_domain_cert import DescribeLiveDomainCertResponse
    from .describe_live_domain_cert_bindings import DescribeLiveDomainCertBindingsRequest
    from .describe_live_domain_cert_bindings import DescribeLiveDomainCertBindingsResponse
    from .describe_live_domain_play_info_list import DescribeLiveDomainPlayInfoListRequest
    from .describe_live_domain_play_info_list import DescribeLiveDomainPlayInfoListResponse
    from .describe_live_domain_referer import DescribeLiveDomainRefererRequest
    from .describe_live_domain_referer import DescribeLiveDomainRefererResponse
    from .describe_live_domains import DescribeLiveDomainsRequest
    from .describe_live_domains import DescribeLiveDomainsResponse
    from .describe_live_enhance_info_list import DescribeLiveEnhanceInfoListRequest
    from .describe_live_enhance_info_list import DescribeLiveEnhanceInfoListResponse
    from .describe_live_package_info import DescribeLivePackageInfoRequest
    from .describe_live_package_info import DescribeLivePackageInfoResponse
    from .describe_live_pad_processor_list import DescribeLivePadProcessorListRequest
    from .describe_live_pad_processor_list import DescribeLivePadProcessorListResponse
    from .describe_live_pad_rules import DescribeLivePadRulesRequest
    from .describe_live_pad_rules import DescribeLivePadRulesResponse
    from .describe_live_pad_template import DescribeLivePadTemplateRequest
    from .describe_live_pad_template import DescribeLivePadTemplateResponse
    from .describe_live_pad_templates import DescribeLivePadTemplatesRequest
    from .describe_live_pad_templates import DescribeLivePadTemplatesResponse
    from .describe_live_play_auth_key import DescribeLivePlayAuthKeyRequest
    from .describe_live_play_auth_key import DescribeLivePlayAuthKeyResponse
    from .describe_live_pull_stream_task_status import DescribeLivePullStreamTaskStatusRequest
    from .describe_live_pull_stream_task_status import DescribeLivePullStreamTaskStatusResponse
    from .describe_live_pull_stream_tasks import DescribeLivePullStreamTasksRequest
    from .describe_live_pull_stream_tasks import DescribeLivePullStreamTasksResponse
    from .describe_live_push_auth_key import DescribeLivePushAuthKeyRequest
    from .describe_live_push_auth_key import DescribeLivePushAuthKeyResponse
    from .describe_live_record_rules import DescribeLiveRecordRulesRequest
    from .describe_live_record_rules import DescribeLiveRecordRulesResponse
    from .describe_live_record_template import DescribeLiveRecordTemplateRequest
    from .describe_live_record_template import DescribeLiveRecordTemplateResponse
    from .describe_live_record_templates import DescribeLiveRecordTemplatesRequest
    from .describe_live_record_templates import DescribeLiveRecordTemplatesResponse
    from .describe_live_snapshot_rules import DescribeLiveSnapshotRulesRequest
    from .describe_live_snapshot_rules import DescribeLiveSnapshotRulesResponse
    from .describe_live_snapshot_template import DescribeLiveSnapshotTemplateRequest
    from .describe_live_snapshot_template import DescribeLiveSnapshotTemplateResponse
    from .describe_live_snapshot_templates import DescribeLiveSnapshotTemplatesRequest
    from .describe_live_snapshot_templates import DescribeLiveSnapshotTemplatesResponse
    from .describe_live_stream_event_list import DescribeLiveStreamEventListRequest
    from .describe_live_stream_event_list import DescribeLiveStreamEventListResponse
    from .describe_live_stream_monitor import DescribeLiveStreamMonitorRequest
    from .describe_live_stream_monitor import DescribeLiveStreamMonitorResponse
    from .describe_live_stream_monitor_list import DescribeLiveStreamMonitorListRequest
    from .describe_live_stream_monitor_list import DescribeLiveStreamMonitorListResponse
    from .describe_live_stream_online_list import DescribeLiveStreamOnlineListRequest
    from .describe_live_stream_online_list import DescribeLiveStreamOnlineListResponse
    from .describe_live_stream_published_list import DescribeLiveStreamPublishedListRequest
    from .describe_live_stream_published_list import DescribeLiveStreamPublishedListResponse
    from .describe_live_stream_push_info_list import DescribeLiveStreamPushInfoListRequest
    from .describe_live_stream_push_info_list import DescribeLiveStreamPushInfoListResponse
    from .describe_live_stream_state import DescribeLiveStreamStateRequest
    from .describe_live_stream_state import DescribeLiveStreamStateResponse
    from .describe_live_time_shift_bill_info_list import DescribeLiveTimeShiftBillInfoListRequest
    from .describe_live_time_shift_bill_info_list import DescribeLiveTimeShiftBillInfoListResponse
    from .describe_live_time_shift_rules import DescribeLiveTimeShiftRulesRequest
    from .describe_live_time_shift_rules import DescribeLiveTimeShiftRulesResponse
    from .describe_live_time_shift_templates import DescribeLiveTimeShiftTemplatesRequest
    from .describe_live_time_shift_templates import DescribeLiveTimeShiftTemplatesResponse
    from .describe_live_time_shift_write_size_info_list import DescribeLiveTimeShiftWriteSizeInfoListRequest
    from .describe_live_time_shift_write_size_info_list import DescribeLiveTimeShiftWriteSizeInfoListResponse
    from .describe_live_transcode_detail_info import DescribeLiveTranscodeDetailInfoRequest
    from .describe_live_transcode_detail_info import DescribeLiveTranscodeDetailInfoResponse
    from .describe_live_transcode_rules import DescribeLiveTranscodeRulesRequest
    from .describe_live_transcode_rules import DescribeLiveTranscodeRulesResponse
    from .describe_live_transcode_template import DescribeLiveTranscodeTemplateRequest
    from .describe_live_transcode_template import DescribeLiveTranscodeTemplateResponse
    from .describe_live_transcode_templates import DescribeLiveTranscodeTemplatesRequest
    from .describe_live_transcode_templates import DescribeLiveTranscodeTemplatesResponse
    from .describe_live_transcode_total_info import DescribeLiveTranscodeTotalInfoRequest
    from .describe_live_transcode_total_info import DescribeLiveTranscodeTotalInfoResponse
    from .describe_live_watermark import DescribeLiveWatermarkRequest
    from .describe_live_watermark import DescribeLiveWatermarkResponse
    from .describe_live_watermark_rules import DescribeLiveWatermarkRulesRequest
    from .describe_live_watermark_rules import DescribeLiveWatermarkRulesResponse
    from .describe_live_watermarks import DescribeLiveWatermarksRequest
    from .describe_live_watermarks import DescribeLiveWatermarksResponse
    from .describe_live_xp2_p_detail_info_list import DescribeLiveXP2PDetailInfoListRequest
    from .describe_live_xp2_p_detail_info_list import DescribeLiveXP2PDetailInfoListResponse
    from .describe_log_download_list import DescribeLogDownloadListRequest
    from .describe_log_download_list import DescribeLogDownloadListResponse
    from .describe_monitor_report import DescribeMonitorReportRequest
    from .describe_monitor_report import DescribeMonitorReportResponse
    from .describe_play_error_code_detail_info_list import DescribePlayErrorCodeDetailInfoListRequest
    from .describe_play_error_code_detail_info_list import DescribePlayErrorCodeDetailInfoListResponse
    from .describe_play_error_code_sum_info_list import DescribePlayErrorCodeSumInfoListRequest
    from .describe_play_error_code_sum_info_list import DescribePlayErrorCodeSumInfoListResponse
    from .describe_pro_isp_play_sum_info_list import DescribeProIspPlaySumInfoListRequest
    from .describe_pro_isp_play_sum_info_list import DescribeProIspPlaySumInfoListResponse
    from .describe_province_isp_play_info_list import DescribeProvinceIspPlayInfoListRequest
    from .describe_province_isp_play_info_list import DescribeProvinceIspPlayInfoListResponse
    from .describe_pull_transform_push_info import DescribePullTransformPushInfoRequest
    from .describe_pull_transform_push_info import DescribePullTransformPushInfoResponse
    from .describe_push_bandwidth_and_flux_list import DescribePushBandwidthAndFluxListRequest
    from .describe_push_bandwidth_and_flux_list import DescribePushBandwidthAndFluxListResponse
    from .describe_record_task import DescribeRecordTaskRequest
    from .describe_record_task import DescribeRecordTaskResponse
    from .describe_screen_shot_sheet_num_list import DescribeScreenShotSheetNumListRequest
    from .describe_screen_shot_sheet_num_list import DescribeScreenShotSheetNumListResponse
    from .describe_screenshot_task import DescribeScreenshotTaskRequest
    from .describe_screenshot_task import DescribeScreenshotTaskResponse
    from .describe_stream_day_play_info_list import DescribeStreamDayPlayInfoListRequest
    from .describe_stream_day_play_info_list import DescribeStreamDayPlayInfoListResponse
    from .describe_stream_play_info_list import DescribeStreamPlayInfoListRequest
    from .describe_stream_play_info_list import DescribeStreamPlayInfoListResponse
    from .describe_stream_push_info_list import DescribeStreamPushInfoListRequest
    from .describe_stream_push_info_list import DescribeStreamPushInfoListResponse
    from .describe_time_shift_record_detail import DescribeTimeShiftRecordDetailRequest
    from .describe_time_shift_record_detail import DescribeTimeShiftRecordDetailResponse
    from .describe_time_shift_stream_list import DescribeTimeShiftStreamListRequest
    from .describe_time_shift_stream_list import DescribeTimeShiftStreamListResponse
    from .describe_top_client_ip_sum_info_list import DescribeTopClientIpSumInfoListRequest
    from .describe_top_client_ip_sum_info_list import DescribeTopClientIpSumInfoListResponse
    from .describe_transcode_task_num import DescribeTranscodeTaskNumRequest
    from .describe_transcode_task_num import DescribeTranscodeTaskNumResponse
    from .describe_upload_stream_nums import DescribeUploadStreamNumsRequest
    from .describe_upload_stream_nums import DescribeUploadStreamNumsResponse
    from .describe_visit_top_sum_info_list import DescribeVisitTopSumInfoListRequest
    from .describe_visit_top_sum_info_list import DescribeVisitTopSumInfoListResponse
    from .drop_live_stream import DropLiveStreamRequest
    from .drop_live_stream import DropLiveStreamResponse
    from .enable_live_domain import EnableLiveDomainRequest
    from .enable_live_domain import EnableLiveDomainResponse
    from .enable_optimal_switching import EnableOptimalSwitchingRequest
    from .enable_optimal_switching import EnableOptimalSwitchingResponse
    from .forbid_live_domain import ForbidLiveDomainRequest
    from .forbid_live_domain import ForbidLiveDomainResponse
    from .forbid_live_stream import ForbidLiveStreamRequest
    from .forbid_live_stream import ForbidLiveStreamResponse
    from .get_live_stat import Get_LiveStatRequest
    from .get_live_stat import Get_LiveStatResponse
    from .live_channel_get_channel_list import Live_Channel_GetChannelListRequest
    from .live_channel_get_channel_list import Live_Channel_GetChannelListResponse
    from .live_channel_get_live_channel_list import Live_Channel_GetLiveChannelListRequest
    from .live_channel_get_live_channel_list import Live_Channel_GetLiveChannelListResponse
    from .live_channel_get_status import Live_Channel_GetStatusRequest
    from .live_channel_get_status import Live_Channel_GetStatusResponse
    from .live_channel_set_status import Live_Channel_SetStatusRequest
    from .live_channel_set_status import Live_Channel_SetStatusResponse
    from .live_set_delay import Live_Set_DelayRequest
    from .live_set_delay import Live_Set_DelayResponse
    from .live_tape_start import Live_Tape_StartRequest
    from .live_tape_start import Live_Tape_StartResponse
    from .live_tape_stop import Live_Tape_StopRequest
    from .live_tape_stop import Live_Tape_StopResponse
    from .modify_caster import ModifyCasterRequest
    from .modify_caster import ModifyCasterResponse
    from .modify_caster_input_info import ModifyCasterInputInfoRequest
    from .modify_caster_input_info import ModifyCasterInputInfoResponse
    from .modify_caster_layout_info import ModifyCasterLayoutInfoRequest
    from .modify_caster_layout_info import ModifyCasterLayoutInfoResponse
    from .modify_caster_mark_pic_info import ModifyCasterMarkPicInfoRequest
    from .modify_caster_mark_pic_info import ModifyCasterMarkPicInfoResponse
    from .modify_caster_mark_word_info import ModifyCasterMarkWordInfoRequest
    from .modify_caster_mark_word_info import ModifyCasterMarkWordInfoResponse
    from .modify_caster_output_info import ModifyCasterOutputInfoRequest
    from .modify_caster_output_info import ModifyCasterOutputInfoResponse
    from .modify_live_callback_template import ModifyLiveCallbackTemplateRequest
    from .modify_live_callback_template import ModifyLiveCallbackTemplateResponse
    from .modify_live_domain_cert_bindings import ModifyLiveDomainCertBindingsRequest
    from .modify_live_domain_cert_bindings import ModifyLiveDomainCertBindingsResponse
    from .modify_live_domain_referer import ModifyLiveDomainRefererRequest
    from .modify_live_domain_referer import ModifyLiveDomainRefererResponse
    from .modify_live_pad_template import ModifyLivePadTemplateRequest
    from .modify_live_pad_template import ModifyLivePadTemplateResponse
    from .modify_live_play_auth_key import ModifyLivePlayAuthKeyRequest
    from .modify_live_play_auth_key import ModifyLivePlayAuthKeyResponse
    from .modify_live_play_domain import ModifyLivePlayDomainRequest
    from .modify_live_play_domain import ModifyLivePlayDomainResponse
    from .modify_live_pull_stream_task import ModifyLivePullStreamTaskRequest
    from .modify_live_pull_stream_task import ModifyLivePullStreamTaskResponse
    from .modify_live_push_auth_key import ModifyLivePushAuthKeyRequest
    from .modify_live_push_auth_key import ModifyLivePushAuthKeyResponse
    from .modify_live_record_template import ModifyLiveRecordTemplateRequest
    from .modify_live_record_template import ModifyLiveRecordTemplateResponse
    from .modify_live_snapshot_template import ModifyLiveSnapshotTemplateRequest
    from .modify_live_snapshot_template import ModifyLiveSnapshotTemplateResponse
    from .modify_live_stream_monitor import ModifyLiveStreamMonitorRequest
    from .modify_live_stream_monitor import ModifyLiveStreamMonitorResponse
    from .modify_live_time_shift_template import ModifyLiveTimeShiftTemplateRequest
    from .modify_live_time_shift_template import ModifyLiveTimeShiftTemplateResponse
    from .modify_live_transcode_template import ModifyLiveTranscodeTemplateRequest
    from .modify_live_transcode_template import ModifyLiveTranscodeTemplateResponse
    from .release_caster import ReleaseCasterRequest
    from .release_caster import ReleaseCasterResponse
    from .restart_live_pull_stream_task import RestartLivePullStreamTaskRequest
    from .restart_live_pull_stream_task import RestartLivePullStreamTaskResponse
    from .resume_delay_live_stream import ResumeDelayLiveStreamRequest
    from .resume_delay_live_stream import ResumeDelayLiveStreamResponse
    from .resume_live_stream import ResumeLiveStreamRequest
    from .resume_live_stream import ResumeLiveStreamResponse
    from .start_live_stream_monitor import StartLiveStreamMonitorRequest
    from .start_live_stream_monitor import StartLiveStreamMonitorResponse
    from .stop_caster_pgm import StopCasterPgmRequest
    from .stop_caster_pgm import StopCasterPgmResponse
    from .stop_caster_pvw import StopCasterPvwRequest
    from .stop_caster_pvw import StopCasterPvwResponse
    from .stop_live_pad_processor import StopLivePadProcessorRequest
    from .stop_live_pad_processor import StopLivePadProcessorResponse
    from .stop_live_stream_monitor import StopLiveStreamMonitorRequest
    from .stop_live_stream_monitor import StopLiveStreamMonitorResponse
    from .stop_record_task import StopRecordTaskRequest
    from .stop_record_task import StopRecordTaskResponse
    from .stop_screenshot_task import StopScreenshotTaskRequest
    from .stop_screenshot_task import StopScreenshotTaskResponse
    from .switch_backup_stream import SwitchBackupStreamRequest
    from .switch_backup_stream import SwitchBackupStreamResponse
    from .un_bind_live_domain_cert import UnBindLiveDomainCertRequest
    from .un_bind_live_domain_cert import UnBindLiveDomainCertResponse
    from .update_live_watermark import UpdateLiveWatermarkRequest
    from .update_live_watermark import UpdateLiveWatermarkResponse

_INDEX: dict[str, str] = {
    "AddCasterInputInfoRequest": "add_caster_input_info",
    "AddCasterInputInfoResponse": "add_caster_input_info",
    "AddCasterLayoutInfoRequest": "add_caster_layout_info",
    "AddCasterLayoutInfoResponse": "add_caster_layout_info",
    "AddCasterMarkPicInfoRequest": "add_caster_mark_pic_info",
    "AddCasterMarkPicInfoResponse": "add_caster_mark_pic_info",
    "AddCasterMarkWordInfoRequest": "add_caster_mark_word_info",
    "AddCasterMarkWordInfoResponse": "add_caster_mark_word_info",
    "AddCasterOutputInfoRequest": "add_caster_output_info",
    "AddCasterOutputInfoResponse": "add_caster_output_info",
    "AddDelayLiveStreamRequest": "add_delay_live_stream",
    "AddDelayLiveStreamResponse": "add_delay_live_stream",
    "AddLiveDomainRequest": "add_live_domain",
    "AddLiveDomainResponse": "add_live_domain",
    "AddLiveWatermarkRequest": "add_live_watermark",
    "AddLiveWatermarkResponse": "add_live_watermark",
    "AuthenticateDomainOwnerRequest": "authenticate_domain_owner",
    "AuthenticateDomainOwnerResponse": "authenticate_domain_owner",
    "CancelCommonMixStreamRequest": "cancel_common_mix_stream",
    "CancelCommonMixStreamResponse": "cancel_common_mix_stream",
    "channel_managerRequest": "channel_manager",
    "channel_managerResponse": "channel_manager",
    "CopyCasterRequest": "copy_caster",
    "CopyCasterResponse": "copy_caster",
    "CreateCasterRequest": "create_caster",
    "CreateCasterResponse": "create_caster",
    "CreateCasterInputPushUrlRequest": "create_caster_input_push_url",
    "CreateCasterInputPushUrlResponse": "create_caster_input_push_url",
    "CreateCasterPgmRequest": "create_caster_pgm",
    "CreateCasterPgmResponse": "create_caster_pgm",
    "CreateCasterPgmFromPvwRequest": "create_caster_pgm_from_pvw",
    "CreateCasterPgmFromPvwResponse": "create_caster_pgm_from_pvw",
    "CreateCasterPvwRequest": "create_caster_pvw",
    "CreateCasterPvwResponse": "create_caster_pvw",
    "CreateCommonMixStreamRequest": "create_common_mix_stream",
    "CreateCommonMixStreamResponse": "create_common_mix_stream",
    "CreateLiveCallbackRuleRequest": "create_live_callback_rule",
    "CreateLiveCallbackRuleResponse": "create_live_callback_rule",
    "CreateLiveCallbackTemplateRequest": "create_live_callback_template",
    "CreateLiveCallbackTemplateResponse": "create_live_callback_template",
    "CreateLivePadRuleRequest": "create_live_pad_rule",
    "CreateLivePadRuleResponse": "create_live_pad_rule",
    "CreateLivePadTemplateRequest": "create_live_pad_template",
    "CreateLivePadTemplateResponse": "create_live_pad_template",
    "CreateLivePullStreamTaskRequest": "create_live_pull_stream_task",
    "CreateLivePullStreamTaskResponse": "create_live_pull_stream_task",
    "CreateLiveRecordRequest": "create_live_record",
    "CreateLiveRecordResponse": "create_live_record",
    "CreateLiveRecordRuleRequest": "create_live_record_rule",
    "CreateLiveRecordRuleResponse": "create_live_record_rule",
    "CreateLiveRecordTemplateRequest": "create_live_record_template",
    "CreateLiveRecordTemplateResponse": "create_live_record_template",
    "CreateLiveSnapshotRuleRequest": "create_live_snapshot_rule",
    "CreateLiveSnapshotRuleResponse": "create_live_snapshot_rule",
    "CreateLiveSnapshotTemplateRequest": "create_live_snapshot_template",
    "CreateLiveSnapshotTemplateResponse": "create_live_snapshot_template",
    "CreateLiveStreamMonitorRequest": "create_live_stream_monitor",
    "CreateLiveStreamMonitorResponse": "create_live_stream_monitor",
    "CreateLiveTimeShiftRuleRequest": "create_live_time_shift_rule",
    "CreateLiveTimeShiftRuleResponse": "create_live_time_shift_rule",
    "CreateLiveTimeShiftTemplateRequest": "create_live_time_shift_template",
    "CreateLiveTimeShiftTemplateResponse": "create_live_time_shift_template",
    "CreateLiveTranscodeRuleRequest": "create_live_transcode_rule",
    "CreateLiveTranscodeRuleResponse": "create_live_transcode_rule",
    "CreateLiveTranscodeTemplateRequest": "create_live_transcode_template",
    "CreateLiveTranscodeTemplateResponse": "create_live_transcode_template",
    "CreateLiveWatermarkRuleRequest": "create_live_watermark_rule",
    "CreateLiveWatermarkRuleResponse": "create_live_watermark_rule",
    "CreateRecordTaskRequest": "create_record_task",
    "CreateRecordTaskResponse": "create_record_task",
    "CreateScreenshotTaskRequest": "create_screenshot_task",
    "CreateScreenshotTaskResponse": "create_screenshot_task",
    "DeleteCasterRequest": "delete_caster",
    "DeleteCasterResponse": "delete_caster",
    "DeleteCasterInputInfoRequest": "delete_caster_input_info",
    "DeleteCasterInputInfoResponse": "delete_caster_input_info",
    "DeleteCasterLayoutInfoRequest": "delete_caster_layout_info",
    "DeleteCasterLayoutInfoResponse": "delete_caster_layout_info",
    "DeleteCasterMarkPicInfoRequest": "delete_caster_mark_pic_info",
    "DeleteCasterMarkPicInfoResponse": "delete_caster_mark_pic_info",
    "DeleteCasterMarkWordInfoRequest": "delete_caster_mark_word_info",
    "DeleteCasterMarkWordInfoResponse": "delete_caster_mark_word_info",
    "DeleteCasterOutputInfoRequest": "delete_caster_output_info",
    "DeleteCasterOutputInfoResponse": "delete_caster_output_info",
    "DeleteLiveCallbackRuleRequest": "delete_live_callback_rule",
    "DeleteLiveCallbackRuleResponse": "delete_live_callback_rule",
    "DeleteLiveCallbackTemplateRequest": "delete_live_callback_template",
    "DeleteLiveCallbackTemplateResponse": "delete_live_callback_template",
    "DeleteLiveDomainRequest": "delete_live_domain",
    "DeleteLiveDomainResponse": "delete_live_domain",
    "DeleteLivePadRuleRequest": "delete_live_pad_rule",
    "DeleteLivePadRuleResponse": "delete_live_pad_rule",
    "DeleteLivePadTemplateRequest": "delete_live_pad_template",
    "DeleteLivePadTemplateResponse": "delete_live_pad_template",
    "DeleteLivePullStreamTaskRequest": "delete_live_pull_stream_task",
    "DeleteLivePullStreamTaskResponse": "delete_live_pull_stream_task",
    "DeleteLiveRecordRuleRequest": "delete_live_record_rule",
    "DeleteLiveRecordRuleResponse": "delete_live_record_rule",
    "DeleteLiveRecordTemplateRequest": "delete_live_record_template",
    "DeleteLiveRecordTemplateResponse": "delete_live_record_template",
    "DeleteLiveSnapshotRuleRequest": "delete_live_snapshot_rule",
    "DeleteLiveSnapshotRuleResponse": "delete_live_snapshot_rule",
    "DeleteLiveSnapshotTemplateRequest": "delete_live_snapshot_template",
    "DeleteLiveSnapshotTemplateResponse": "delete_live_snapshot_template",
    "DeleteLiveStreamMonitorRequest": "delete_live_stream_monitor",
    "DeleteLiveStreamMonitorResponse": "delete_live_stream_monitor",
    "DeleteLiveTimeShiftRuleRequest": "delete_live_time_shift_rule",
    "DeleteLiveTimeShiftRuleResponse": "delete_live_time_shift_rule",
    "DeleteLiveTimeShiftTemplateRequest": "delete_live_time_shift_template",
    "DeleteLiveTimeShiftTemplateResponse": "delete_live_time_shift_template",
    "DeleteLiveTranscodeRuleRequest": "delete_live_transcode_rule",
    "DeleteLiveTranscodeRuleResponse": "delete_live_transcode_rule",
    "DeleteLiveTranscodeTemplateRequest": "delete_live_transcode_template",
    "DeleteLiveTranscodeTemplateResponse": "delete_live_transcode_template",
    "DeleteLiveWatermarkRequest": "delete_live_watermark",
    "DeleteLiveWatermarkResponse": "delete_live_watermark",
    "DeleteLiveWatermarkRuleRequest": "delete_live_watermark_rule",
    "DeleteLiveWatermarkRuleResponse": "delete_live_watermark_rule",
    "DeleteRecordTaskRequest": "delete_record_task",
    "DeleteRecordTaskResponse": "delete_record_task",
    "DeleteScreenshotTaskRequest": "delete_screenshot_task",
    "DeleteScreenshotTaskResponse": "delete_screenshot_task",
    "DescribeAllStreamPlayInfoListRequest": "describe_all_stream_play_info_list",
    "DescribeAllStreamPlayInfoListResponse": "describe_all_stream_play_info_list",
    "DescribeAreaBillBandwidthAndFluxListRequest": "describe_area_bill_bandwidth_and_flux_list",
    "DescribeAreaBillBandwidthAndFluxListResponse": "describe_area_bill_bandwidth_and_flux_list",
    "DescribeBackupStreamListRequest": "describe_backup_stream_list",
    "DescribeBackupStreamListResponse": "describe_backup_stream_list",
    "DescribeBillBandwidthAndFluxListRequest": "describe_bill_bandwidth_and_flux_list",
    "DescribeBillBandwidthAndFluxListResponse": "describe_bill_bandwidth_and_flux_list",
    "DescribeCallbackRecordsListRequest": "describe_callback_records_list",
    "DescribeCallbackRecordsListResponse": "describe_callback_records_list",
    "DescribeCasterRequest": "describe_caster",
    "DescribeCasterResponse": "describe_caster",
    "DescribeCasterDisplayInfoRequest": "describe_caster_display_info",
    "DescribeCasterDisplayInfoResponse": "describe_caster_display_info",
    "DescribeCasterInputInfosRequest": "describe_caster_input_infos",
    "DescribeCasterInputInfosResponse": "describe_caster_input_infos",
    "DescribeCasterLayoutInfosRequest": "describe_caster_layout_infos",
    "DescribeCasterLayoutInfosResponse": "describe_caster_layout_infos",
    "DescribeCasterListRequest": "describe_caster_list",
    "DescribeCasterListResponse": "describe_caster_list",
    "DescribeCasterMarkPicInfosRequest": "describe_caster_mark_pic_infos",
    "DescribeCasterMarkPicInfosResponse": "describe_caster_mark_pic_infos",
    "DescribeCasterMarkWordInfosRequest": "describe_caster_mark_word_infos",
    "DescribeCasterMarkWordInfosResponse": "describe_caster_mark_word_infos",
    "DescribeCasterOutputInfosRequest": "describe_caster_output_infos",
    "DescribeCasterOutputInfosResponse": "describe_caster_output_infos",
    "DescribeCasterPlayUrlRequest": "describe_caster_play_url",
    "DescribeCasterPlayUrlResponse": "describe_caster_play_url",
    "DescribeCasterTransitionTypesRequest": "describe_caster_transition_types",
    "DescribeCasterTransitionTypesResponse": "describe_caster_transition_types",
    "DescribeCasterUserStatusRequest": "describe_caster_user_status",
    "DescribeCasterUserStatusResponse": "describe_caster_user_status",
    "DescribeConcurrentRecordStreamNumRequest": "describe_concurrent_record_stream_num",
    "DescribeConcurrentRecordStreamNumResponse": "describe_concurrent_record_stream_num",
    "DescribeDeliverBandwidthListRequest": "describe_deliver_bandwidth_list",
    "DescribeDeliverBandwidthListResponse": "describe_deliver_bandwidth_list",
    "DescribeDeliverLogDownListRequest": "describe_deliver_log_down_list",
    "DescribeDeliverLogDownListResponse": "describe_deliver_log_down_list",
    "DescribeGroupProIspPlayInfoListRequest": "describe_group_pro_isp_play_info_list",
    "DescribeGroupProIspPlayInfoListResponse": "describe_group_pro_isp_play_info_list",
    "DescribeHttpStatusInfoListRequest": "describe_http_status_info_list",
    "DescribeHttpStatusInfoListResponse": "describe_http_status_info_list",
    "DescribeLiveCallbackRulesRequest": "describe_live_callback_rules",
    "DescribeLiveCallbackRulesResponse": "describe_live_callback_rules",
    "DescribeLiveCallbackTemplateRequest": "describe_live_callback_template",
    "DescribeLiveCallbackTemplateResponse": "describe_live_callback_template",
    "DescribeLiveCallbackTemplatesRequest": "describe_live_callback_templates",
    "DescribeLiveCallbackTemplatesResponse": "describe_live_callback_templates",
    "DescribeLiveDelayInfoListRequest": "describe_live_delay_info_list",
    "DescribeLiveDelayInfoListResponse": "describe_live_delay_info_list",
    "DescribeLiveDomainRequest": "describe_live_domain",
    "DescribeLiveDomainResponse": "describe_live_domain",
    "DescribeLiveDomainCertRequest": "describe_live_domain_cert",
    "DescribeLiveDomainCertResponse": "describe_live_domain_cert",
    "DescribeLiveDomainCertBindingsRequest": "describe_live_domain_cert_bindings",
    "DescribeLiveDomainCertBindingsResponse": "describe_live_domain_cert_bindings",
    "DescribeLiveDomainPlayInfoListRequest": "describe_live_domain_play_info_list",
    "DescribeLiveDomainPlayInfoListResponse": "describe_live_domain_play_info_list",
    "DescribeLiveDomainRefererRequest": "describe_live_domain_referer",
    "DescribeLiveDomainRefererResponse": "describe_live_domain_referer",
    "DescribeLiveDomainsRequest": "describe_live_domains",
    "DescribeLiveDomainsResponse": "describe_live_domains",
    "DescribeLiveEnhanceInfoListRequest": "describe_live_enhance_info_list",
    "DescribeLiveEnhanceInfoListResponse": "describe_live_enhance_info_list",
    "DescribeLivePackageInfoRequest": "describe_live_package_info",
    "DescribeLivePackageInfoResponse": "describe_live_package_info",
    "DescribeLivePadProcessorListRequest": "describe_live_pad_processor_list",
    "DescribeLivePadProcessorListResponse": "describe_live_pad_processor_list",
    "DescribeLivePadRulesRequest": "describe_live_pad_rules",
    "DescribeLivePadRulesResponse": "describe_live_pad_rules",
    "DescribeLivePadTemplateRequest": "describe_live_pad_template",
    "DescribeLivePadTemplateResponse": "describe_live_pad_template",
    "DescribeLivePadTemplatesRequest": "describe_live_pad_templates",
    "DescribeLivePadTemplatesResponse": "describe_live_pad_templates",
    "DescribeLivePlayAuthKeyRequest": "describe_live_play_auth_key",
    "DescribeLivePlayAuthKeyResponse": "describe_live_play_auth_key",
    "DescribeLivePullStreamTaskStatusRequest": "describe_live_pull_stream_task_status",
    "DescribeLivePullStreamTaskStatusResponse": "describe_live_pull_stream_task_status",
    "DescribeLivePullStreamTasksRequest": "describe_live_pull_stream_tasks",
    "DescribeLivePullStreamTasksResponse": "describe_live_pull_stream_tasks",
    "DescribeLivePushAuthKeyRequest": "describe_live_push_auth_key",
    "DescribeLivePushAuthKeyResponse": "describe_live_push_auth_key",
    "DescribeLiveRecordRulesRequest": "describe_live_record_rules",
    "DescribeLiveRecordRulesResponse": "describe_live_record_rules",
    "DescribeLiveRecordTemplateRequest": "describe_live_record_template",
    "DescribeLiveRecordTemplateResponse": "describe_live_record_template",
    "DescribeLiveRecordTemplatesRequest": "describe_live_record_templates",
    "DescribeLiveRecordTemplatesResponse": "describe_live_record_templates",
    "DescribeLiveSnapshotRulesRequest": "describe_live_snapshot_rules",
    "DescribeLiveSnapshotRulesResponse": "describe_live_snapshot_rules",
    "DescribeLiveSnapshotTemplateRequest": "describe_live_snapshot_template",
    "DescribeLiveSnapshotTemplateResponse": "describe_live_snapshot_template",
    "DescribeLiveSnapshotTemplatesRequest": "describe_live_snapshot_templates",
    "DescribeLiveSnapshotTemplatesResponse": "describe_live_snapshot_templates",
    "DescribeLiveStreamEventListRequest": "describe_live_stream_event_list",
    "DescribeLiveStreamEventListResponse": "describe_live_stream_event_list",
    "DescribeLiveStreamMonitorRequest": "describe_live_stream_monitor",
    "DescribeLiveStreamMonitorResponse": "describe_live_stream_monitor",
    "DescribeLiveStreamMonitorListRequest": "describe_live_stream_monitor_list",
    "DescribeLiveStreamMonitorListResponse": "describe_live_stream_monitor_list",
    "DescribeLiveStreamOnlineListRequest": "describe_live_stream_online_list",
    "DescribeLiveStreamOnlineListResponse": "describe_live_stream_online_list",
    "DescribeLiveStreamPublishedListRequest": "describe_live_stream_published_list",
    "DescribeLiveStreamPublishedListResponse": "describe_live_stream_published_list",
    "DescribeLiveStreamPushInfoListRequest": "describe_live_stream_push_info_list",
    "DescribeLiveStreamPushInfoListResponse": "describe_live_stream_push_info_list",
    "DescribeLiveStreamStateRequest": "describe_live_stream_state",
    "DescribeLiveStreamStateResponse": "describe_live_stream_state",
    "DescribeLiveTimeShiftBillInfoListRequest": "describe_live_time_shift_bill_info_list",
    "DescribeLiveTimeShiftBillInfoListResponse": "describe_live_time_shift_bill_info_list",
    "DescribeLiveTimeShiftRulesRequest": "describe_live_time_shift_rules",
    "DescribeLiveTimeShiftRulesResponse": "describe_live_time_shift_rules",
    "DescribeLiveTimeShiftTemplatesRequest": "describe_live_time_shift_templates",
    "DescribeLiveTimeShiftTemplatesResponse": "describe_live_time_shift_templates",
    "DescribeLiveTimeShiftWriteSizeInfoListRequest": "describe_live_time_shift_write_size_info_list",
    "DescribeLiveTimeShiftWriteSizeInfoListResponse": "describe_live_time_shift_write_size_info_list",
    "DescribeLiveTranscodeDetailInfoRequest": "describe_live_transcode_detail_info",
    "DescribeLiveTranscodeDetailInfoResponse": "describe_live_transcode_detail_info",
    "DescribeLiveTranscodeRulesRequest": "describe_live_transcode_rules",
    "DescribeLiveTranscodeRulesResponse": "describe_live_transcode_rules",
    "DescribeLiveTranscodeTemplateRequest": "describe_live_transcode_template",
    "DescribeLiveTranscodeTemplateResponse": "describe_live_transcode_template",
    "DescribeLiveTranscodeTemplatesRequest": "describe_live_transcode_templates",
    "DescribeLiveTranscodeTemplatesResponse": "describe_live_transcode_templates",
    "DescribeLiveTranscodeTotalInfoRequest": "describe_live_transcode_total_info",
    "DescribeLiveTranscodeTotalInfoResponse": "describe_live_transcode_total_info",
    "DescribeLiveWatermarkRequest": "describe_live_watermark",
    "DescribeLiveWatermarkResponse": "describe_live_watermark",
    "DescribeLiveWatermarkRulesRequest": "describe_live_watermark_rules",
    "DescribeLiveWatermarkRulesResponse": "describe_live_watermark_rules",
    "DescribeLiveWatermarksRequest": "describe_live_watermarks",
    "DescribeLiveWatermarksResponse": "describe_live_watermarks",
    "DescribeLiveXP2PDetailInfoListRequest": "describe_live_xp2_p_detail_info_list",
    "DescribeLiveXP2PDetailInfoListResponse": "describe_live_xp2_p_detail_info_list",
    "DescribeLogDownloadListRequest": "describe_log_download_list",
    "DescribeLogDownloadListResponse": "describe_log_download_list",
    "DescribeMonitorReportRequest": "describe_monitor_report",
    "DescribeMonitorReportResponse": "describe_monitor_report",
    "DescribePlayErrorCodeDetailInfoListRequest": "describe_play_error_code_detail_info_list",
    "DescribePlayErrorCodeDetailInfoListResponse": "describe_play_error_code_detail_info_list",
    "DescribePlayErrorCodeSumInfoListRequest": "describe_play_error_code_sum_info_list",
    "DescribePlayErrorCodeSumInfoListResponse": "describe_play_error_code_sum_info_list",
    "DescribeProIspPlaySumInfoListRequest": "describe_pro_isp_play_sum_info_list",
    "DescribeProIspPlaySumInfoListResponse": "describe_pro_isp_play_sum_info_list",
    "DescribeProvinceIspPlayInfoListRequest": "describe_province_isp_play_info_list",
    "DescribeProvinceIspPlayInfoListResponse": "describe_province_isp_play_info_list",
    "DescribePullTransformPushInfoRequest": "describe_pull_transform_push_info",
    "DescribePullTransformPushInfoResponse": "describe_pull_transform_push_info",
    "DescribePushBandwidthAndFluxListRequest": "describe_push_bandwidth_and_flux_list",
    "DescribePushBandwidthAndFluxListResponse": "describe_push_bandwidth_and_flux_list",
    "DescribeRecordTaskRequest": "describe_record_task",
    "DescribeRecordTaskResponse": "describe_record_task",
    "DescribeScreenShotSheetNumListRequest": "describe_screen_shot_sheet_num_list",
    "DescribeScreenShotSheetNumListResponse": "describe_screen_shot_sheet_num_list",
    "DescribeScreenshotTaskRequest": "describe_screenshot_task",
    "DescribeScreenshotTaskResponse": "describe_screenshot_task",
    "DescribeStreamDayPlayInfoListRequest": "describe_stream_day_play_info_list",
    "DescribeStreamDayPlayInfoListResponse": "describe_stream_day_play_info_list",
    "DescribeStreamPlayInfoListRequest": "describe_stream_play_info_list",
    "DescribeStreamPlayInfoListResponse": "describe_stream_play_info_list",
    "DescribeStreamPushInfoListRequest": "describe_stream_push_info_list",
    "DescribeStreamPushInfoListResponse": "describe_stream_push_info_list",
    "DescribeTimeShiftRecordDetailRequest": "describe_time_shift_record_detail",
    "DescribeTimeShiftRecordDetailResponse": "describe_time_shift_record_detail",
    "DescribeTimeShiftStreamListRequest": "describe_time_shift_stream_list",
    "DescribeTimeShiftStreamListResponse": "describe_time_shift_stream_list",
    "DescribeTopClientIpSumInfoListRequest": "describe_top_client_ip_sum_info_list",
    "DescribeTopClientIpSumInfoListResponse": "describe_top_client_ip_sum_info_list",
    "DescribeTranscodeTaskNumRequest": "describe_transcode_task_num",
    "DescribeTranscodeTaskNumResponse": "describe_transcode_task_num",
    "DescribeUploadStreamNumsRequest": "describe_upload_stream_nums",
    "DescribeUploadStreamNumsResponse": "describe_upload_stream_nums",
    "DescribeVisitTopSumInfoListRequest": "describe_visit_top_sum_info_list",
    "DescribeVisitTopSumInfoListResponse": "describe_visit_top_sum_info_list",
    "DropLiveStreamRequest": "drop_live_stream",
    "DropLiveStreamResponse": "drop_live_stream",
    "EnableLiveDomainRequest": "enable_live_domain",
    "EnableLiveDomainResponse": "enable_live_domain",
    "EnableOptimalSwitchingRequest": "enable_optimal_switching",
    "EnableOptimalSwitchingResponse": "enable_optimal_switching",
    "ForbidLiveDomainRequest": "forbid_live_domain",
    "ForbidLiveDomainResponse": "forbid_live_domain",
    "ForbidLiveStreamRequest": "forbid_live_stream",
    "ForbidLiveStreamResponse": "forbid_live_stream",
    "Get_LiveStatRequest": "get_live_stat",
    "Get_LiveStatResponse": "get_live_stat",
    "Live_Channel_GetChannelListRequest": "live_channel_get_channel_list",
    "Live_Channel_GetChannelListResponse": "live_channel_get_channel_list",
    "Live_Channel_GetLiveChannelListRequest": "live_channel_get_live_channel_list",
    "Live_Channel_GetLiveChannelListResponse": "live_channel_get_live_channel_list",
    "Live_Channel_GetStatusRequest": "live_channel_get_status",
    "Live_Channel_GetStatusResponse": "live_channel_get_status",
    "Live_Channel_SetStatusRequest": "live_channel_set_status",
    "Live_Channel_SetStatusResponse": "live_channel_set_status",
    "Live_Set_DelayRequest": "live_set_delay",
    "Live_Set_DelayResponse": "live_set_delay",
    "Live_Tape_StartRequest": "live_tape_start",
    "Live_Tape_StartResponse": "live_tape_start",
    "Live_Tape_StopRequest": "live_tape_stop",
    "Live_Tape_StopResponse": "live_tape_stop",
    "ModifyCasterRequest": "modify_caster",
    "ModifyCasterResponse": "modify_caster",
    "ModifyCasterInputInfoRequest": "modify_caster_input_info",
    "ModifyCasterInputInfoResponse": "modify_caster_input_info",
    "ModifyCasterLayoutInfoRequest": "modify_caster_layout_info",
    "ModifyCasterLayoutInfoResponse": "modify_caster_layout_info",
    "ModifyCasterMarkPicInfoRequest": "modify_caster_mark_pic_info",
    "ModifyCasterMarkPicInfoResponse": "modify_caster_mark_pic_info",
    "ModifyCasterMarkWordInfoRequest": "modify_caster_mark_word_info",
    "ModifyCasterMarkWordInfoResponse": "modify_caster_mark_word_info",
    "ModifyCasterOutputInfoRequest": "modify_caster_output_info",
    "ModifyCasterOutputInfoResponse": "modify_caster_output_info",
    "ModifyLiveCallbackTemplateRequest": "modify_live_callback_template",
    "ModifyLiveCallbackTemplateResponse": "modify_live_callback_template",
    "ModifyLiveDomainCertBindingsRequest": "modify_live_domain_cert_bindings",
    "ModifyLiveDomainCertBindingsResponse": "modify_live_domain_cert_bindings",
    "ModifyLiveDomainRefererRequest": "modify_live_domain_referer",
    "ModifyLiveDomainRefererResponse": "modify_live_domain_referer",
    "ModifyLivePadTemplateRequest": "modify_live_pad_template",
    "ModifyLivePadTemplateResponse": "modify_live_pad_template",
    "ModifyLivePlayAuthKeyRequest": "modify_live_play_auth_key",
    "ModifyLivePlayAuthKeyResponse": "modify_live_play_auth_key",
    "ModifyLivePlayDomainRequest": "modify_live_play_domain",
    "ModifyLivePlayDomainResponse": "modify_live_play_domain",
    "ModifyLivePullStreamTaskRequest": "modify_live_pull_stream_task",
    "ModifyLivePullStreamTaskResponse": "modify_live_pull_stream_task",
    "ModifyLivePushAuthKeyRequest": "modify_live_push_auth_key",
    "ModifyLivePushAuthKeyResponse": "modify_live_push_auth_key",
    "ModifyLiveRecordTemplateRequest": "modify_live_record_template",
    "ModifyLiveRecordTemplateResponse": "modify_live_record_template",
    "ModifyLiveSnapshotTemplateRequest": "modify_live_snapshot_template",
    "ModifyLiveSnapshotTemplateResponse": "modify_live_snapshot_template",
    "ModifyLiveStreamMonitorRequest": "modify_live_stream_monitor",
    "ModifyLiveStreamMonitorResponse": "modify_live_stream_monitor",
    "ModifyLiveTimeShiftTemplateRequest": "modify_live_time_shift_template",
    "ModifyLiveTimeShiftTemplateResponse": "modify_live_time_shift_template",
    "ModifyLiveTranscodeTemplateRequest": "modify_live_transcode_template",
    "ModifyLiveTranscodeTemplateResponse": "modify_live_transcode_template",
    "ReleaseCasterRequest": "release_caster",
    "ReleaseCasterResponse": "release_caster",
    "RestartLivePullStreamTaskRequest": "restart_live_pull_stream_task",
    "RestartLivePullStreamTaskResponse": "restart_live_pull_stream_task",
    "ResumeDelayLiveStreamRequest": "resume_delay_live_stream",
    "ResumeDelayLiveStreamResponse": "resume_delay_live_stream",
    "ResumeLiveStreamRequest": "resume_live_stream",
    "ResumeLiveStreamResponse": "resume_live_stream",
    "StartLiveStreamMonitorRequest": "start_live_stream_monitor",
    "StartLiveStreamMonitorResponse": "start_live_stream_monitor",
    "StopCasterPgmRequest": "stop_caster_pgm",
    "StopCasterPgmResponse": "stop_caster_pgm",
    "StopCasterPvwRequest": "stop_caster_pvw",
    "StopCasterPvwResponse": "stop_caster_pvw",
    "StopLivePadProcessorRequest": "stop_live_pad_processor",
    "StopLivePadProcessorResponse": "stop_live_pad_processor",
    "StopLiveStreamMonitorRequest": "stop_live_stream_monitor",
    "StopLiveStreamMonitorResponse": "stop_live_stream_monitor",
    "StopRecordTaskRequest": "stop_record_task",
    "StopRecordTaskResponse": "stop_record_task",
    "StopScreenshotTaskRequest": "stop_screenshot_task",
    "StopScreenshotTaskResponse": "stop_screenshot_task",
    "SwitchBackupStreamRequest": "switch_backup_stream",
    "SwitchBackupStreamResponse": "switch_backup_stream",
    "UnBindLiveDomainCertRequest": "un_bind_live_domain_cert",
    "UnBindLiveDomainCertResponse": "un_bind_live_domain_cert",
    "UpdateLiveWatermarkRequest": "update_live_watermark",
    "UpdateLiveWatermarkResponse": "update_live_watermark",
}

__all__ = sorted(_INDEX)


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
