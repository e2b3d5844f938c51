"""Request and response models of live 2018-08-01: each class is imported from its own module on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_caster_input_info import AddCasterInputInfoRequest as AddCasterInputInfoRequest
    from .add_caster_input_info import AddCasterInputInfoResponse as AddCasterInputInfoResponse
    from .add_caster_layout_info import AddCasterLayoutInfoRequest as AddCasterLayoutInfoRequest
    from .add_caster_layout_info import AddCasterLayoutInfoResponse as AddCasterLayoutInfoResponse
    from .add_caster_mark_pic_info import AddCasterMarkPicInfoRequest as AddCasterMarkPicInfoRequest
    from .add_caster_mark_pic_info import AddCasterMarkPicInfoResponse as AddCasterMarkPicInfoResponse
    from .add_caster_mark_word_info import AddCasterMarkWordInfoRequest as AddCasterMarkWordInfoRequest
    from .add_caster_mark_word_info import AddCasterMarkWordInfoResponse as AddCasterMarkWordInfoResponse
    from .add_caster_output_info import AddCasterOutputInfoRequest as AddCasterOutputInfoRequest
    from .add_caster_output_info import AddCasterOutputInfoResponse as AddCasterOutputInfoResponse
    from .add_delay_live_stream import AddDelayLiveStreamRequest as AddDelayLiveStreamRequest
    from .add_delay_live_stream import AddDelayLiveStreamResponse as AddDelayLiveStreamResponse
    from .add_live_domain import AddLiveDomainRequest as AddLiveDomainRequest
    from .add_live_domain import AddLiveDomainResponse as AddLiveDomainResponse
    from .add_live_watermark import AddLiveWatermarkRequest as AddLiveWatermarkRequest
    from .add_live_watermark import AddLiveWatermarkResponse as AddLiveWatermarkResponse
    from .authenticate_domain_owner import AuthenticateDomainOwnerRequest as AuthenticateDomainOwnerRequest
    from .authenticate_domain_owner import AuthenticateDomainOwnerResponse as AuthenticateDomainOwnerResponse
    from .cancel_common_mix_stream import CancelCommonMixStreamRequest as CancelCommonMixStreamRequest
    from .cancel_common_mix_stream import CancelCommonMixStreamResponse as CancelCommonMixStreamResponse
    from .channel_manager import ChannelManagerRequest as ChannelManagerRequest
    from .channel_manager import ChannelManagerResponse as ChannelManagerResponse
    from .copy_caster import CopyCasterRequest as CopyCasterRequest
    from .copy_caster import CopyCasterResponse as CopyCasterResponse
    from .create_caster import CreateCasterRequest as CreateCasterRequest
    from .create_caster import CreateCasterResponse as CreateCasterResponse
    from .create_caster_input_push_url import CreateCasterInputPushUrlRequest as CreateCasterInputPushUrlRequest
    from .create_caster_input_push_url import CreateCasterInputPushUrlResponse as CreateCasterInputPushUrlResponse
    from .create_caster_pgm import CreateCasterPgmRequest as CreateCasterPgmRequest
    from .create_caster_pgm import CreateCasterPgmResponse as CreateCasterPgmResponse
    from .create_caster_pgm_from_pvw import CreateCasterPgmFromPvwRequest as CreateCasterPgmFromPvwRequest
    from .create_caster_pgm_from_pvw import CreateCasterPgmFromPvwResponse as CreateCasterPgmFromPvwResponse
    from .create_caster_pvw import CreateCasterPvwRequest as CreateCasterPvwRequest
    from .create_caster_pvw import CreateCasterPvwResponse as CreateCasterPvwResponse
    from .create_common_mix_stream import CreateCommonMixStreamRequest as CreateCommonMixStreamRequest
    from .create_common_mix_stream import CreateCommonMixStreamResponse as CreateCommonMixStreamResponse
    from .create_live_callback_rule import CreateLiveCallbackRuleRequest as CreateLiveCallbackRuleRequest
    from .create_live_callback_rule import CreateLiveCallbackRuleResponse as CreateLiveCallbackRuleResponse
    from .create_live_callback_template import CreateLiveCallbackTemplateRequest as CreateLiveCallbackTemplateRequest
    from .create_live_callback_template import CreateLiveCallbackTemplateResponse as CreateLiveCallbackTemplateResponse
    from .create_live_pad_rule import CreateLivePadRuleRequest as CreateLivePadRuleRequest
    from .create_live_pad_rule import CreateLivePadRuleResponse as CreateLivePadRuleResponse
    from .create_live_pad_template import CreateLivePadTemplateRequest as CreateLivePadTemplateRequest
    from .create_live_pad_template import CreateLivePadTemplateResponse as CreateLivePadTemplateResponse
    from .create_live_pull_stream_task import CreateLivePullStreamTaskRequest as CreateLivePullStreamTaskRequest
    from .create_live_pull_stream_task import CreateLivePullStreamTaskResponse as CreateLivePullStreamTaskResponse
    from .create_live_record import CreateLiveRecordRequest as CreateLiveRecordRequest
    from .create_live_record import CreateLiveRecordResponse as CreateLiveRecordResponse
    from .create_live_record_rule import CreateLiveRecordRuleRequest as CreateLiveRecordRuleRequest
    from .create_live_record_rule import CreateLiveRecordRuleResponse as CreateLiveRecordRuleResponse
    from .create_live_record_template import CreateLiveRecordTemplateRequest as CreateLiveRecordTemplateRequest
    from .create_live_record_template import CreateLiveRecordTemplateResponse as CreateLiveRecordTemplateResponse
    from .create_live_snapshot_rule import CreateLiveSnapshotRuleRequest as CreateLiveSnapshotRuleRequest
    from .create_live_snapshot_rule import CreateLiveSnapshotRuleResponse as CreateLiveSnapshotRuleResponse
    from .create_live_snapshot_template import CreateLiveSnapshotTemplateRequest as CreateLiveSnapshotTemplateRequest
    from .create_live_snapshot_template import CreateLiveSnapshotTemplateResponse as CreateLiveSnapshotTemplateResponse
    from .create_live_stream_monitor import CreateLiveStreamMonitorRequest as CreateLiveStreamMonitorRequest
    from .create_live_stream_monitor import CreateLiveStreamMonitorResponse as CreateLiveStreamMonitorResponse
    from .create_live_time_shift_rule import CreateLiveTimeShiftRuleRequest as CreateLiveTimeShiftRuleRequest
    from .create_live_time_shift_rule import CreateLiveTimeShiftRuleResponse as CreateLiveTimeShiftRuleResponse
    from .create_live_time_shift_template import (
        CreateLiveTimeShiftTemplateRequest as CreateLiveTimeShiftTemplateRequest,
    )
    from .create_live_time_shift_template import (
        CreateLiveTimeShiftTemplateResponse as CreateLiveTimeShiftTemplateResponse,
    )
    from .create_live_transcode_rule import CreateLiveTranscodeRuleRequest as CreateLiveTranscodeRuleRequest
    from .create_live_transcode_rule import CreateLiveTranscodeRuleResponse as CreateLiveTranscodeRuleResponse
    from .create_live_transcode_template import CreateLiveTranscodeTemplateRequest as CreateLiveTranscodeTemplateRequest
    from .create_live_transcode_template import (
        CreateLiveTranscodeTemplateResponse as CreateLiveTranscodeTemplateResponse,
    )
    from .create_live_watermark_rule import CreateLiveWatermarkRuleRequest as CreateLiveWatermarkRuleRequest
    from .create_live_watermark_rule import CreateLiveWatermarkRuleResponse as CreateLiveWatermarkRuleResponse
    from .create_lvb_channel import CreateLVBChannelRequest as CreateLVBChannelRequest
    from .create_lvb_channel import CreateLVBChannelResponse as CreateLVBChannelResponse
    from .create_record import CreateRecordRequest as CreateRecordRequest
    from .create_record import CreateRecordResponse as CreateRecordResponse
    from .create_record_task import CreateRecordTaskRequest as CreateRecordTaskRequest
    from .create_record_task import CreateRecordTaskResponse as CreateRecordTaskResponse
    from .create_screenshot_task import CreateScreenshotTaskRequest as CreateScreenshotTaskRequest
    from .create_screenshot_task import CreateScreenshotTaskResponse as CreateScreenshotTaskResponse
    from .delete_caster import DeleteCasterRequest as DeleteCasterRequest
    from .delete_caster import DeleteCasterResponse as DeleteCasterResponse
    from .delete_caster_input_info import DeleteCasterInputInfoRequest as DeleteCasterInputInfoRequest
    from .delete_caster_input_info import DeleteCasterInputInfoResponse as DeleteCasterInputInfoResponse
    from .delete_caster_layout_info import DeleteCasterLayoutInfoRequest as DeleteCasterLayoutInfoRequest
    from .delete_caster_layout_info import DeleteCasterLayoutInfoResponse as DeleteCasterLayoutInfoResponse
    from .delete_caster_mark_pic_info import DeleteCasterMarkPicInfoRequest as DeleteCasterMarkPicInfoRequest
    from .delete_caster_mark_pic_info import DeleteCasterMarkPicInfoResponse as DeleteCasterMarkPicInfoResponse
    from .delete_caster_mark_word_info import DeleteCasterMarkWordInfoRequest as DeleteCasterMarkWordInfoRequest
    from .delete_caster_mark_word_info import DeleteCasterMarkWordInfoResponse as DeleteCasterMarkWordInfoResponse
    from .delete_caster_output_info import DeleteCasterOutputInfoRequest as DeleteCasterOutputInfoRequest
    from .delete_caster_output_info import DeleteCasterOutputInfoResponse as DeleteCasterOutputInfoResponse
    from .delete_live_callback_rule import DeleteLiveCallbackRuleRequest as DeleteLiveCallbackRuleRequest
    from .delete_live_callback_rule import DeleteLiveCallbackRuleResponse as DeleteLiveCallbackRuleResponse
    from .delete_live_callback_template import DeleteLiveCallbackTemplateRequest as DeleteLiveCallbackTemplateRequest
    from .delete_live_callback_template import DeleteLiveCallbackTemplateResponse as DeleteLiveCallbackTemplateResponse
    from .delete_live_domain import DeleteLiveDomainRequest as DeleteLiveDomainRequest
    from .delete_live_domain import DeleteLiveDomainResponse as DeleteLiveDomainResponse
    from .delete_live_pad_rule import DeleteLivePadRuleRequest as DeleteLivePadRuleRequest
    from .delete_live_pad_rule import DeleteLivePadRuleResponse as DeleteLivePadRuleResponse
    from .delete_live_pad_template import DeleteLivePadTemplateRequest as DeleteLivePadTemplateRequest
    from .delete_live_pad_template import DeleteLivePadTemplateResponse as DeleteLivePadTemplateResponse
    from .delete_live_pull_stream_task import DeleteLivePullStreamTaskRequest as DeleteLivePullStreamTaskRequest
    from .delete_live_pull_stream_task import DeleteLivePullStreamTaskResponse as DeleteLivePullStreamTaskResponse
    from .delete_live_record_rule import DeleteLiveRecordRuleRequest as DeleteLiveRecordRuleRequest
    from .delete_live_record_rule import DeleteLiveRecordRuleResponse as DeleteLiveRecordRuleResponse
    from .delete_live_record_template import DeleteLiveRecordTemplateRequest as DeleteLiveRecordTemplateRequest
    from .delete_live_record_template import DeleteLiveRecordTemplateResponse as DeleteLiveRecordTemplateResponse
    from .delete_live_snapshot_rule import DeleteLiveSnapshotRuleRequest as DeleteLiveSnapshotRuleRequest
    from .delete_live_snapshot_rule import DeleteLiveSnapshotRuleResponse as DeleteLiveSnapshotRuleResponse
    from .delete_live_snapshot_template import DeleteLiveSnapshotTemplateRequest as DeleteLiveSnapshotTemplateRequest
    from .delete_live_snapshot_template import DeleteLiveSnapshotTemplateResponse as DeleteLiveSnapshotTemplateResponse
    from .delete_live_stream_monitor import DeleteLiveStreamMonitorRequest as DeleteLiveStreamMonitorRequest
    from .delete_live_stream_monitor import DeleteLiveStreamMonitorResponse as DeleteLiveStreamMonitorResponse
    from .delete_live_time_shift_rule import DeleteLiveTimeShiftRuleRequest as DeleteLiveTimeShiftRuleRequest
    from .delete_live_time_shift_rule import DeleteLiveTimeShiftRuleResponse as DeleteLiveTimeShiftRuleResponse
    from .delete_live_time_shift_template import (
        DeleteLiveTimeShiftTemplateRequest as DeleteLiveTimeShiftTemplateRequest,
    )
    from .delete_live_time_shift_template import (
        DeleteLiveTimeShiftTemplateResponse as DeleteLiveTimeShiftTemplateResponse,
    )
    from .delete_live_transcode_rule import DeleteLiveTranscodeRuleRequest as DeleteLiveTranscodeRuleRequest
    from .delete_live_transcode_rule import DeleteLiveTranscodeRuleResponse as DeleteLiveTranscodeRuleResponse
    from .delete_live_transcode_template import DeleteLiveTranscodeTemplateRequest as DeleteLiveTranscodeTemplateRequest
    from .delete_live_transcode_template import (
        DeleteLiveTranscodeTemplateResponse as DeleteLiveTranscodeTemplateResponse,
    )
    from .delete_live_watermark import DeleteLiveWatermarkRequest as DeleteLiveWatermarkRequest
    from .delete_live_watermark import DeleteLiveWatermarkResponse as DeleteLiveWatermarkResponse
    from .delete_live_watermark_rule import DeleteLiveWatermarkRuleRequest as DeleteLiveWatermarkRuleRequest
    from .delete_live_watermark_rule import DeleteLiveWatermarkRuleResponse as DeleteLiveWatermarkRuleResponse
    from .delete_lvb_channel import DeleteLVBChannelRequest as DeleteLVBChannelRequest
    from .delete_lvb_channel import DeleteLVBChannelResponse as DeleteLVBChannelResponse
    from .delete_record import DeleteRecordRequest as DeleteRecordRequest
    from .delete_record import DeleteRecordResponse as DeleteRecordResponse
    from .delete_record_task import DeleteRecordTaskRequest as DeleteRecordTaskRequest
    from .delete_record_task import DeleteRecordTaskResponse as DeleteRecordTaskResponse
    from .delete_screenshot_task import DeleteScreenshotTaskRequest as DeleteScreenshotTaskRequest
    from .delete_screenshot_task import DeleteScreenshotTaskResponse as DeleteScreenshotTaskResponse
    from .describe_all_stream_play_info_list import (
        DescribeAllStreamPlayInfoListRequest as DescribeAllStreamPlayInfoListRequest,
    )
    from .describe_all_stream_play_info_list import (
        DescribeAllStreamPlayInfoListResponse as DescribeAllStreamPlayInfoListResponse,
    )
    from .describe_area_bill_bandwidth_and_flux_list import (
        DescribeAreaBillBandwidthAndFluxListRequest as DescribeAreaBillBandwidthAndFluxListRequest,
    )
    from .describe_area_bill_bandwidth_and_flux_list import (
        DescribeAreaBillBandwidthAndFluxListResponse as DescribeAreaBillBandwidthAndFluxListResponse,
    )
    from .describe_backup_stream_list import DescribeBackupStreamListRequest as DescribeBackupStreamListRequest
    from .describe_backup_stream_list import DescribeBackupStreamListResponse as DescribeBackupStreamListResponse
    from .describe_bill_bandwidth_and_flux_list import (
        DescribeBillBandwidthAndFluxListRequest as DescribeBillBandwidthAndFluxListRequest,
    )
    from .describe_bill_bandwidth_and_flux_list import (
        DescribeBillBandwidthAndFluxListResponse as DescribeBillBandwidthAndFluxListResponse,
    )
    from .describe_callback_records_list import DescribeCallbackRecordsListRequest as DescribeCallbackRecordsListRequest
    from .describe_callback_records_list import (
        DescribeCallbackRecordsListResponse as DescribeCallbackRecordsListResponse,
    )
    from .describe_caster import DescribeCasterRequest as DescribeCasterRequest
    from .describe_caster import DescribeCasterResponse as DescribeCasterResponse
    from .describe_caster_display_info import DescribeCasterDisplayInfoRequest as DescribeCasterDisplayInfoRequest
    from .describe_caster_display_info import DescribeCasterDisplayInfoResponse as DescribeCasterDisplayInfoResponse
    from .describe_caster_input_infos import DescribeCasterInputInfosRequest as DescribeCasterInputInfosRequest
    from .describe_caster_input_infos import DescribeCasterInputInfosResponse as DescribeCasterInputInfosResponse
    from .describe_caster_layout_infos import DescribeCasterLayoutInfosRequest as DescribeCasterLayoutInfosRequest
    from .describe_caster_layout_infos import DescribeCasterLayoutInfosResponse as DescribeCasterLayoutInfosResponse
    from .describe_caster_list import DescribeCasterListRequest as DescribeCasterListRequest
    from .describe_caster_list import DescribeCasterListResponse as DescribeCasterListResponse
    from .describe_caster_mark_pic_infos import DescribeCasterMarkPicInfosRequest as DescribeCasterMarkPicInfosRequest
    from .describe_caster_mark_pic_infos import DescribeCasterMarkPicInfosResponse as DescribeCasterMarkPicInfosResponse
    from .describe_caster_mark_word_infos import (
        DescribeCasterMarkWordInfosRequest as DescribeCasterMarkWordInfosRequest,
    )
    from .describe_caster_mark_word_infos import (
        DescribeCasterMarkWordInfosResponse as DescribeCasterMarkWordInfosResponse,
    )
    from .describe_caster_output_infos import DescribeCasterOutputInfosRequest as DescribeCasterOutputInfosRequest
    from .describe_caster_output_infos import DescribeCasterOutputInfosResponse as DescribeCasterOutputInfosResponse
    from .describe_caster_play_url import DescribeCasterPlayUrlRequest as DescribeCasterPlayUrlRequest
    from .describe_caster_play_url import DescribeCasterPlayUrlResponse as DescribeCasterPlayUrlResponse
    from .describe_caster_transition_types import (
        DescribeCasterTransitionTypesRequest as DescribeCasterTransitionTypesRequest,
    )
    from .describe_caster_transition_types import (
        DescribeCasterTransitionTypesResponse as DescribeCasterTransitionTypesResponse,
    )
    from .describe_caster_user_status import DescribeCasterUserStatusRequest as DescribeCasterUserStatusRequest
    from .describe_caster_user_status import DescribeCasterUserStatusResponse as DescribeCasterUserStatusResponse
    from .describe_concurrent_record_stream_num import (
        DescribeConcurrentRecordStreamNumRequest as DescribeConcurrentRecordStreamNumRequest,
    )
    from .describe_concurrent_record_stream_num import (
        DescribeConcurrentRecordStreamNumResponse as DescribeConcurrentRecordStreamNumResponse,
    )
    from .describe_deliver_bandwidth_list import (
        DescribeDeliverBandwidthListRequest as DescribeDeliverBandwidthListRequest,
    )
    from .describe_deliver_bandwidth_list import (
        DescribeDeliverBandwidthListResponse as DescribeDeliverBandwidthListResponse,
    )
    from .describe_deliver_log_down_list import DescribeDeliverLogDownListRequest as DescribeDeliverLogDownListRequest
    from .describe_deliver_log_down_list import DescribeDeliverLogDownListResponse as DescribeDeliverLogDownListResponse
    from .describe_group_pro_isp_play_info_list import (
        DescribeGroupProIspPlayInfoListRequest as DescribeGroupProIspPlayInfoListRequest,
    )
    from .describe_group_pro_isp_play_info_list import (
        DescribeGroupProIspPlayInfoListResponse as DescribeGroupProIspPlayInfoListResponse,
    )
    from .describe_http_status_info_list import DescribeHttpStatusInfoListRequest as DescribeHttpStatusInfoListRequest
    from .describe_http_status_info_list import DescribeHttpStatusInfoListResponse as DescribeHttpStatusInfoListResponse
    from .describe_live_callback_rules import DescribeLiveCallbackRulesRequest as DescribeLiveCallbackRulesRequest
    from .describe_live_callback_rules import DescribeLiveCallbackRulesResponse as DescribeLiveCallbackRulesResponse
    from .describe_live_callback_template import (
        DescribeLiveCallbackTemplateRequest as DescribeLiveCallbackTemplateRequest,
    )
    from .describe_live_callback_template import (
        DescribeLiveCallbackTemplateResponse as DescribeLiveCallbackTemplateResponse,
    )
    from .describe_live_callback_templates import (
        DescribeLiveCallbackTemplatesRequest as DescribeLiveCallbackTemplatesRequest,
    )
    from .describe_live_callback_templates import (
        DescribeLiveCallbackTemplatesResponse as DescribeLiveCallbackTemplatesResponse,
    )
    from .describe_live_delay_info_list import DescribeLiveDelayInfoListRequest as DescribeLiveDelayInfoListRequest
    from .describe_live_delay_info_list import DescribeLiveDelayInfoListResponse as DescribeLiveDelayInfoListResponse
    from .describe_live_domain import DescribeLiveDomainRequest as DescribeLiveDomainRequest
    from .describe_live_domain import DescribeLiveDomainResponse as DescribeLiveDomainResponse
    from .describe_live_domain_cert import DescribeLiveDomainCertRequest as DescribeLiveDomainCertRequest
    from .describe_live_domain_cert import DescribeLiveDomainCertResponse as DescribeLiveDomainCertResponse
    from .describe_live_domain_cert_bindings import (
        DescribeLiveDomainCertBindingsRequest as DescribeLiveDomainCertBindingsRequest,
    )
    from .describe_live_domain_cert_bindings import (
        DescribeLiveDomainCertBindingsResponse as DescribeLiveDomainCertBindingsResponse,
    )
    from .describe_live_domain_play_info_list import (
        DescribeLiveDomainPlayInfoListRequest as DescribeLiveDomainPlayInfoListRequest,
    )
    from .describe_live_domain_play_info_list import (
        DescribeLiveDomainPlayInfoListResponse as DescribeLiveDomainPlayInfoListResponse,
    )
    from .describe_live_domain_referer import DescribeLiveDomainRefererRequest as DescribeLiveDomainRefererRequest
    from .describe_live_domain_referer import DescribeLiveDomainRefererResponse as DescribeLiveDomainRefererResponse
    from .describe_live_domains import DescribeLiveDomainsRequest as DescribeLiveDomainsRequest
    from .describe_live_domains import DescribeLiveDomainsResponse as DescribeLiveDomainsResponse
    from .describe_live_enhance_info_list import (
        DescribeLiveEnhanceInfoListRequest as DescribeLiveEnhanceInfoListRequest,
    )
    from .describe_live_enhance_info_list import (
        DescribeLiveEnhanceInfoListResponse as DescribeLiveEnhanceInfoListResponse,
    )
    from .describe_live_package_info import DescribeLivePackageInfoRequest as DescribeLivePackageInfoRequest
    from .describe_live_package_info import DescribeLivePackageInfoResponse as DescribeLivePackageInfoResponse
    from .describe_live_pad_processor_list import (
        DescribeLivePadProcessorListRequest as DescribeLivePadProcessorListRequest,
    )
    from .describe_live_pad_processor_list import (
        DescribeLivePadProcessorListResponse as DescribeLivePadProcessorListResponse,
    )
    from .describe_live_pad_rules import DescribeLivePadRulesRequest as DescribeLivePadRulesRequest
    from .describe_live_pad_rules import DescribeLivePadRulesResponse as DescribeLivePadRulesResponse
    from .describe_live_pad_template import DescribeLivePadTemplateRequest as DescribeLivePadTemplateRequest
    from .describe_live_pad_template import DescribeLivePadTemplateResponse as DescribeLivePadTemplateResponse
    from .describe_live_pad_templates import DescribeLivePadTemplatesRequest as DescribeLivePadTemplatesRequest
    from .describe_live_pad_templates import DescribeLivePadTemplatesResponse as DescribeLivePadTemplatesResponse
    from .describe_live_play_auth_key import DescribeLivePlayAuthKeyRequest as DescribeLivePlayAuthKeyRequest
    from .describe_live_play_auth_key import DescribeLivePlayAuthKeyResponse as DescribeLivePlayAuthKeyResponse
    from .describe_live_pull_stream_task_status import (
        DescribeLivePullStreamTaskStatusRequest as DescribeLivePullStreamTaskStatusRequest,
    )
    from .describe_live_pull_stream_task_status import (
        DescribeLivePullStreamTaskStatusResponse as DescribeLivePullStreamTaskStatusResponse,
    )
    from .describe_live_pull_stream_tasks import (
        DescribeLivePullStreamTasksRequest as DescribeLivePullStreamTasksRequest,
    )
    from .describe_live_pull_stream_tasks import (
        DescribeLivePullStreamTasksResponse as DescribeLivePullStreamTasksResponse,
    )
    from .describe_live_push_auth_key import DescribeLivePushAuthKeyRequest as DescribeLivePushAuthKeyRequest
    from .describe_live_push_auth_key import DescribeLivePushAuthKeyResponse as DescribeLivePushAuthKeyResponse
    from .describe_live_record_rules import DescribeLiveRecordRulesRequest as DescribeLiveRecordRulesRequest
    from .describe_live_record_rules import DescribeLiveRecordRulesResponse as DescribeLiveRecordRulesResponse
    from .describe_live_record_template import DescribeLiveRecordTemplateRequest as DescribeLiveRecordTemplateRequest
    from .describe_live_record_template import DescribeLiveRecordTemplateResponse as DescribeLiveRecordTemplateResponse
    from .describe_live_record_templates import DescribeLiveRecordTemplatesRequest as DescribeLiveRecordTemplatesRequest
    from .describe_live_record_templates import (
        DescribeLiveRecordTemplatesResponse as DescribeLiveRecordTemplatesResponse,
    )
    from .describe_live_snapshot_rules import DescribeLiveSnapshotRulesRequest as DescribeLiveSnapshotRulesRequest
    from .describe_live_snapshot_rules import DescribeLiveSnapshotRulesResponse as DescribeLiveSnapshotRulesResponse
    from .describe_live_snapshot_template import (
        DescribeLiveSnapshotTemplateRequest as DescribeLiveSnapshotTemplateRequest,
    )
    from .describe_live_snapshot_template import (
        DescribeLiveSnapshotTemplateResponse as DescribeLiveSnapshotTemplateResponse,
    )
    from .describe_live_snapshot_templates import (
        DescribeLiveSnapshotTemplatesRequest as DescribeLiveSnapshotTemplatesRequest,
    )
    from .describe_live_snapshot_templates import (
        DescribeLiveSnapshotTemplatesResponse as DescribeLiveSnapshotTemplatesResponse,
    )
    from .describe_live_stream_event_list import (
        DescribeLiveStreamEventListRequest as DescribeLiveStreamEventListRequest,
    )
    from .describe_live_stream_event_list import (
        DescribeLiveStreamEventListResponse as DescribeLiveStreamEventListResponse,
    )
    from .describe_live_stream_monitor import DescribeLiveStreamMonitorRequest as DescribeLiveStreamMonitorRequest
    from .describe_live_stream_monitor import DescribeLiveStreamMonitorResponse as DescribeLiveStreamMonitorResponse
    from .describe_live_stream_monitor_list import (
        DescribeLiveStreamMonitorListRequest as DescribeLiveStreamMonitorListRequest,
    )
    from .describe_live_stream_monitor_list import (
        DescribeLiveStreamMonitorListResponse as DescribeLiveStreamMonitorListResponse,
    )
    from .describe_live_stream_online_list import (
        DescribeLiveStreamOnlineListRequest as DescribeLiveStreamOnlineListRequest,
    )
    from .describe_live_stream_online_list import (
        DescribeLiveStreamOnlineListResponse as DescribeLiveStreamOnlineListResponse,
    )
    from .describe_live_stream_published_list import (
        DescribeLiveStreamPublishedListRequest as DescribeLiveStreamPublishedListRequest,
    )
    from .describe_live_stream_published_list import (
        DescribeLiveStreamPublishedListResponse as DescribeLiveStreamPublishedListResponse,
    )
    from .describe_live_stream_push_info_list import (
        DescribeLiveStreamPushInfoListRequest as DescribeLiveStreamPushInfoListRequest,
    )
    from .describe_live_stream_push_info_list import (
        DescribeLiveStreamPushInfoListResponse as DescribeLiveStreamPushInfoListResponse,
    )
    from .describe_live_stream_state import DescribeLiveStreamStateRequest as DescribeLiveStreamStateRequest
    from .describe_live_stream_state import DescribeLiveStreamStateResponse as DescribeLiveStreamStateResponse
    from .describe_live_time_shift_bill_info_list import (
        DescribeLiveTimeShiftBillInfoListRequest as DescribeLiveTimeShiftBillInfoListRequest,
    )
    from .describe_live_time_shift_bill_info_list import (
        DescribeLiveTimeShiftBillInfoListResponse as DescribeLiveTimeShiftBillInfoListResponse,
    )
    from .describe_live_time_shift_rules import DescribeLiveTimeShiftRulesRequest as DescribeLiveTimeShiftRulesRequest
    from .describe_live_time_shift_rules import DescribeLiveTimeShiftRulesResponse as DescribeLiveTimeShiftRulesResponse
    from .describe_live_time_shift_templates import (
        DescribeLiveTimeShiftTemplatesRequest as DescribeLiveTimeShiftTemplatesRequest,
    )
    from .describe_live_time_shift_templates import (
        DescribeLiveTimeShiftTemplatesResponse as DescribeLiveTimeShiftTemplatesResponse,
    )
    from .describe_live_time_shift_write_size_info_list import (
        DescribeLiveTimeShiftWriteSizeInfoListRequest as DescribeLiveTimeShiftWriteSizeInfoListRequest,
    )
    from .describe_live_time_shift_write_size_info_list import (
        DescribeLiveTimeShiftWriteSizeInfoListResponse as DescribeLiveTimeShiftWriteSizeInfoListResponse,
    )
    from .describe_live_transcode_detail_info import (
        DescribeLiveTranscodeDetailInfoRequest as DescribeLiveTranscodeDetailInfoRequest,
    )
    from .describe_live_transcode_detail_info import (
        DescribeLiveTranscodeDetailInfoResponse as DescribeLiveTranscodeDetailInfoResponse,
    )
    from .describe_live_transcode_rules import DescribeLiveTranscodeRulesRequest as DescribeLiveTranscodeRulesRequest
    from .describe_live_transcode_rules import DescribeLiveTranscodeRulesResponse as DescribeLiveTranscodeRulesResponse
    from .describe_live_transcode_template import (
        DescribeLiveTranscodeTemplateRequest as DescribeLiveTranscodeTemplateRequest,
    )
    from .describe_live_transcode_template import (
        DescribeLiveTranscodeTemplateResponse as DescribeLiveTranscodeTemplateResponse,
    )
    from .describe_live_transcode_templates import (
        DescribeLiveTranscodeTemplatesRequest as DescribeLiveTranscodeTemplatesRequest,
    )
    from .describe_live_transcode_templates import (
        DescribeLiveTranscodeTemplatesResponse as DescribeLiveTranscodeTemplatesResponse,
    )
    from .describe_live_transcode_total_info import (
        DescribeLiveTranscodeTotalInfoRequest as DescribeLiveTranscodeTotalInfoRequest,
    )
    from .describe_live_transcode_total_info import (
        DescribeLiveTranscodeTotalInfoResponse as DescribeLiveTranscodeTotalInfoResponse,
    )
    from .describe_live_watermark import DescribeLiveWatermarkRequest as DescribeLiveWatermarkRequest
    from .describe_live_watermark import DescribeLiveWatermarkResponse as DescribeLiveWatermarkResponse
    from .describe_live_watermark_rules import DescribeLiveWatermarkRulesRequest as DescribeLiveWatermarkRulesRequest
    from .describe_live_watermark_rules import DescribeLiveWatermarkRulesResponse as DescribeLiveWatermarkRulesResponse
    from .describe_live_watermarks import DescribeLiveWatermarksRequest as DescribeLiveWatermarksRequest
    from .describe_live_watermarks import DescribeLiveWatermarksResponse as DescribeLiveWatermarksResponse
    from .describe_live_xp2_p_detail_info_list import (
        DescribeLiveXP2PDetailInfoListRequest as DescribeLiveXP2PDetailInfoListRequest,
    )
    from .describe_live_xp2_p_detail_info_list import (
        DescribeLiveXP2PDetailInfoListResponse as DescribeLiveXP2PDetailInfoListResponse,
    )
    from .describe_log_download_list import DescribeLogDownloadListRequest as DescribeLogDownloadListRequest
    from .describe_log_download_list import DescribeLogDownloadListResponse as DescribeLogDownloadListResponse
    from .describe_lvb_channel import DescribeLVBChannelRequest as DescribeLVBChannelRequest
    from .describe_lvb_channel import DescribeLVBChannelResponse as DescribeLVBChannelResponse
    from .describe_lvb_channel_list import DescribeLVBChannelListRequest as DescribeLVBChannelListRequest
    from .describe_lvb_channel_list import DescribeLVBChannelListResponse as DescribeLVBChannelListResponse
    from .describe_monitor_report import DescribeMonitorReportRequest as DescribeMonitorReportRequest
    from .describe_monitor_report import DescribeMonitorReportResponse as DescribeMonitorReportResponse
    from .describe_play_error_code_detail_info_list import (
        DescribePlayErrorCodeDetailInfoListRequest as DescribePlayErrorCodeDetailInfoListRequest,
    )
    from .describe_play_error_code_detail_info_list import (
        DescribePlayErrorCodeDetailInfoListResponse as DescribePlayErrorCodeDetailInfoListResponse,
    )
    from .describe_play_error_code_sum_info_list import (
        DescribePlayErrorCodeSumInfoListRequest as DescribePlayErrorCodeSumInfoListRequest,
    )
    from .describe_play_error_code_sum_info_list import (
        DescribePlayErrorCodeSumInfoListResponse as DescribePlayErrorCodeSumInfoListResponse,
    )
    from .describe_pro_isp_play_sum_info_list import (
        DescribeProIspPlaySumInfoListRequest as DescribeProIspPlaySumInfoListRequest,
    )
    from .describe_pro_isp_play_sum_info_list import (
        DescribeProIspPlaySumInfoListResponse as DescribeProIspPlaySumInfoListResponse,
    )
    from .describe_province_isp_play_info_list import (
        DescribeProvinceIspPlayInfoListRequest as DescribeProvinceIspPlayInfoListRequest,
    )
    from .describe_province_isp_play_info_list import (
        DescribeProvinceIspPlayInfoListResponse as DescribeProvinceIspPlayInfoListResponse,
    )
    from .describe_pull_transform_push_info import (
        DescribePullTransformPushInfoRequest as DescribePullTransformPushInfoRequest,
    )
    from .describe_pull_transform_push_info import (
        DescribePullTransformPushInfoResponse as DescribePullTransformPushInfoResponse,
    )
    from .describe_push_bandwidth_and_flux_list import (
        DescribePushBandwidthAndFluxListRequest as DescribePushBandwidthAndFluxListRequest,
    )
    from .describe_push_bandwidth_and_flux_list import (
        DescribePushBandwidthAndFluxListResponse as DescribePushBandwidthAndFluxListResponse,
    )
    from .describe_record import DescribeRecordRequest as DescribeRecordRequest
    from .describe_record import DescribeRecordResponse as DescribeRecordResponse
    from .describe_record_list import DescribeRecordListRequest as DescribeRecordListRequest
    from .describe_record_list import DescribeRecordListResponse as DescribeRecordListResponse
    from .describe_record_task import DescribeRecordTaskRequest as DescribeRecordTaskRequest
    from .describe_record_task import DescribeRecordTaskResponse as DescribeRecordTaskResponse
    from .describe_screen_shot_sheet_num_list import (
        DescribeScreenShotSheetNumListRequest as DescribeScreenShotSheetNumListRequest,
    )
    from .describe_screen_shot_sheet_num_list import (
        DescribeScreenShotSheetNumListResponse as DescribeScreenShotSheetNumListResponse,
    )
    from .describe_screenshot_task import DescribeScreenshotTaskRequest as DescribeScreenshotTaskRequest
    from .describe_screenshot_task import DescribeScreenshotTaskResponse as DescribeScreenshotTaskResponse
    from .describe_stream_day_play_info_list import (
        DescribeStreamDayPlayInfoListRequest as DescribeStreamDayPlayInfoListRequest,
    )
    from .describe_stream_day_play_info_list import (
        DescribeStreamDayPlayInfoListResponse as DescribeStreamDayPlayInfoListResponse,
    )
    from .describe_stream_play_info_list import DescribeStreamPlayInfoListRequest as DescribeStreamPlayInfoListRequest
    from .describe_stream_play_info_list import DescribeStreamPlayInfoListResponse as DescribeStreamPlayInfoListResponse
    from .describe_stream_push_info_list import DescribeStreamPushInfoListRequest as DescribeStreamPushInfoListRequest
    from .describe_stream_push_info_list import DescribeStreamPushInfoListResponse as DescribeStreamPushInfoListResponse
    from .describe_time_shift_record_detail import (
        DescribeTimeShiftRecordDetailRequest as DescribeTimeShiftRecordDetailRequest,
    )
    from .describe_time_shift_record_detail import (
        DescribeTimeShiftRecordDetailResponse as DescribeTimeShiftRecordDetailResponse,
    )
    from .describe_time_shift_stream_list import (
        DescribeTimeShiftStreamListRequest as DescribeTimeShiftStreamListRequest,
    )
    from .describe_time_shift_stream_list import (
        DescribeTimeShiftStreamListResponse as DescribeTimeShiftStreamListResponse,
    )
    from .describe_top_client_ip_sum_info_list import (
        DescribeTopClientIpSumInfoListRequest as DescribeTopClientIpSumInfoListRequest,
    )
    from .describe_top_client_ip_sum_info_list import (
        DescribeTopClientIpSumInfoListResponse as DescribeTopClientIpSumInfoListResponse,
    )
    from .describe_transcode_task_num import DescribeTranscodeTaskNumRequest as DescribeTranscodeTaskNumRequest
    from .describe_transcode_task_num import DescribeTranscodeTaskNumResponse as DescribeTranscodeTaskNumResponse
    from .describe_upload_stream_nums import DescribeUploadStreamNumsRequest as DescribeUploadStreamNumsRequest
    from .describe_upload_stream_nums import DescribeUploadStreamNumsResponse as DescribeUploadStreamNumsResponse
    from .describe_visit_top_sum_info_list import (
        DescribeVisitTopSumInfoListRequest as DescribeVisitTopSumInfoListRequest,
    )
    from .describe_visit_top_sum_info_list import (
        DescribeVisitTopSumInfoListResponse as DescribeVisitTopSumInfoListResponse,
    )
    from .drop_live_stream import DropLiveStreamRequest as DropLiveStreamRequest
    from .drop_live_stream import DropLiveStreamResponse as DropLiveStreamResponse
    from .enable_live_domain import EnableLiveDomainRequest as EnableLiveDomainRequest
    from .enable_live_domain import EnableLiveDomainResponse as EnableLiveDomainResponse
    from .enable_optimal_switching import EnableOptimalSwitchingRequest as EnableOptimalSwitchingRequest
    from .enable_optimal_switching import EnableOptimalSwitchingResponse as EnableOptimalSwitchingResponse
    from .forbid_live_domain import ForbidLiveDomainRequest as ForbidLiveDomainRequest
    from .forbid_live_domain import ForbidLiveDomainResponse as ForbidLiveDomainResponse
    from .forbid_live_stream import ForbidLiveStreamRequest as ForbidLiveStreamRequest
    from .forbid_live_stream import ForbidLiveStreamResponse as ForbidLiveStreamResponse
    from .get_live_stat import GetLiveStatRequest as GetLiveStatRequest
    from .get_live_stat import GetLiveStatResponse as GetLiveStatResponse
    from .get_vod_record_files import GetVodRecordFilesRequest as GetVodRecordFilesRequest
    from .get_vod_record_files import GetVodRecordFilesResponse as GetVodRecordFilesResponse
    from .live_channel_get_channel_list import LiveChannelGetChannelListRequest as LiveChannelGetChannelListRequest
    from .live_channel_get_channel_list import LiveChannelGetChannelListResponse as LiveChannelGetChannelListResponse
    from .live_channel_get_live_channel_list import (
        LiveChannelGetLiveChannelListRequest as LiveChannelGetLiveChannelListRequest,
    )
    from .live_channel_get_live_channel_list import (
        LiveChannelGetLiveChannelListResponse as LiveChannelGetLiveChannelListResponse,
    )
    from .live_channel_get_status import LiveChannelGetStatusRequest as LiveChannelGetStatusRequest
    from .live_channel_get_status import LiveChannelGetStatusResponse as LiveChannelGetStatusResponse
    from .live_channel_set_status import LiveChannelSetStatusRequest as LiveChannelSetStatusRequest
    from .live_channel_set_status import LiveChannelSetStatusResponse as LiveChannelSetStatusResponse
    from .live_set_delay import LiveSetDelayRequest as LiveSetDelayRequest
    from .live_set_delay import LiveSetDelayResponse as LiveSetDelayResponse
    from .live_tape_start import LiveTapeStartRequest as LiveTapeStartRequest
    from .live_tape_start import LiveTapeStartResponse as LiveTapeStartResponse
    from .live_tape_stop import LiveTapeStopRequest as LiveTapeStopRequest
    from .live_tape_stop import LiveTapeStopResponse as LiveTapeStopResponse
    from .modify_caster import ModifyCasterRequest as ModifyCasterRequest
    from .modify_caster import ModifyCasterResponse as ModifyCasterResponse
    from .modify_caster_input_info import ModifyCasterInputInfoRequest as ModifyCasterInputInfoRequest
    from .modify_caster_input_info import ModifyCasterInputInfoResponse as ModifyCasterInputInfoResponse
    from .modify_caster_layout_info import ModifyCasterLayoutInfoRequest as ModifyCasterLayoutInfoRequest
    from .modify_caster_layout_info import ModifyCasterLayoutInfoResponse as ModifyCasterLayoutInfoResponse
    from .modify_caster_mark_pic_info import ModifyCasterMarkPicInfoRequest as ModifyCasterMarkPicInfoRequest
    from .modify_caster_mark_pic_info import ModifyCasterMarkPicInfoResponse as ModifyCasterMarkPicInfoResponse
    from .modify_caster_mark_word_info import ModifyCasterMarkWordInfoRequest as ModifyCasterMarkWordInfoRequest
    from .modify_caster_mark_word_info import ModifyCasterMarkWordInfoResponse as ModifyCasterMarkWordInfoResponse
    from .modify_caster_output_info import ModifyCasterOutputInfoRequest as ModifyCasterOutputInfoRequest
    from .modify_caster_output_info import ModifyCasterOutputInfoResponse as ModifyCasterOutputInfoResponse
    from .modify_live_callback_template import ModifyLiveCallbackTemplateRequest as ModifyLiveCallbackTemplateRequest
    from .modify_live_callback_template import ModifyLiveCallbackTemplateResponse as ModifyLiveCallbackTemplateResponse
    from .modify_live_domain_cert_bindings import (
        ModifyLiveDomainCertBindingsRequest as ModifyLiveDomainCertBindingsRequest,
    )
    from .modify_live_domain_cert_bindings import (
        ModifyLiveDomainCertBindingsResponse as ModifyLiveDomainCertBindingsResponse,
    )
    from .modify_live_domain_referer import ModifyLiveDomainRefererRequest as ModifyLiveDomainRefererRequest
    from .modify_live_domain_referer import ModifyLiveDomainRefererResponse as ModifyLiveDomainRefererResponse
    from .modify_live_pad_template import ModifyLivePadTemplateRequest as ModifyLivePadTemplateRequest
    from .modify_live_pad_template import ModifyLivePadTemplateResponse as ModifyLivePadTemplateResponse
    from .modify_live_play_auth_key import ModifyLivePlayAuthKeyRequest as ModifyLivePlayAuthKeyRequest
    from .modify_live_play_auth_key import ModifyLivePlayAuthKeyResponse as ModifyLivePlayAuthKeyResponse
    from .modify_live_play_domain import ModifyLivePlayDomainRequest as ModifyLivePlayDomainRequest
    from .modify_live_play_domain import ModifyLivePlayDomainResponse as ModifyLivePlayDomainResponse
    from .modify_live_pull_stream_task import ModifyLivePullStreamTaskRequest as ModifyLivePullStreamTaskRequest
    from .modify_live_pull_stream_task import ModifyLivePullStreamTaskResponse as ModifyLivePullStreamTaskResponse
    from .modify_live_push_auth_key import ModifyLivePushAuthKeyRequest as ModifyLivePushAuthKeyRequest
    from .modify_live_push_auth_key import ModifyLivePushAuthKeyResponse as ModifyLivePushAuthKeyResponse
    from .modify_live_record_template import ModifyLiveRecordTemplateRequest as ModifyLiveRecordTemplateRequest
    from .modify_live_record_template import ModifyLiveRecordTemplateResponse as ModifyLiveRecordTemplateResponse
    from .modify_live_snapshot_template import ModifyLiveSnapshotTemplateRequest as ModifyLiveSnapshotTemplateRequest
    from .modify_live_snapshot_template import ModifyLiveSnapshotTemplateResponse as ModifyLiveSnapshotTemplateResponse
    from .modify_live_stream_monitor import ModifyLiveStreamMonitorRequest as ModifyLiveStreamMonitorRequest
    from .modify_live_stream_monitor import ModifyLiveStreamMonitorResponse as ModifyLiveStreamMonitorResponse
    from .modify_live_time_shift_template import (
        ModifyLiveTimeShiftTemplateRequest as ModifyLiveTimeShiftTemplateRequest,
    )
    from .modify_live_time_shift_template import (
        ModifyLiveTimeShiftTemplateResponse as ModifyLiveTimeShiftTemplateResponse,
    )
    from .modify_live_transcode_template import ModifyLiveTranscodeTemplateRequest as ModifyLiveTranscodeTemplateRequest
    from .modify_live_transcode_template import (
        ModifyLiveTranscodeTemplateResponse as ModifyLiveTranscodeTemplateResponse,
    )
    from .modify_lvb_channel import ModifyLVBChannelRequest as ModifyLVBChannelRequest
    from .modify_lvb_channel import ModifyLVBChannelResponse as ModifyLVBChannelResponse
    from .release_caster import ReleaseCasterRequest as ReleaseCasterRequest
    from .release_caster import ReleaseCasterResponse as ReleaseCasterResponse
    from .restart_live_pull_stream_task import RestartLivePullStreamTaskRequest as RestartLivePullStreamTaskRequest
    from .restart_live_pull_stream_task import RestartLivePullStreamTaskResponse as RestartLivePullStreamTaskResponse
    from .resume_delay_live_stream import ResumeDelayLiveStreamRequest as ResumeDelayLiveStreamRequest
    from .resume_delay_live_stream import ResumeDelayLiveStreamResponse as ResumeDelayLiveStreamResponse
    from .resume_live_stream import ResumeLiveStreamRequest as ResumeLiveStreamRequest
    from .resume_live_stream import ResumeLiveStreamResponse as ResumeLiveStreamResponse
    from .start_live_stream_monitor import StartLiveStreamMonitorRequest as StartLiveStreamMonitorRequest
    from .start_live_stream_monitor import StartLiveStreamMonitorResponse as StartLiveStreamMonitorResponse
    from .start_lvb_channel import StartLVBChannelRequest as StartLVBChannelRequest
    from .start_lvb_channel import StartLVBChannelResponse as StartLVBChannelResponse
    from .stop_caster_pgm import StopCasterPgmRequest as StopCasterPgmRequest
    from .stop_caster_pgm import StopCasterPgmResponse as StopCasterPgmResponse
    from .stop_caster_pvw import StopCasterPvwRequest as StopCasterPvwRequest
    from .stop_caster_pvw import StopCasterPvwResponse as StopCasterPvwResponse
    from .stop_live_pad_processor import StopLivePadProcessorRequest as StopLivePadProcessorRequest
    from .stop_live_pad_processor import StopLivePadProcessorResponse as StopLivePadProcessorResponse
    from .stop_live_stream_monitor import StopLiveStreamMonitorRequest as StopLiveStreamMonitorRequest
    from .stop_live_stream_monitor import StopLiveStreamMonitorResponse as StopLiveStreamMonitorResponse
    from .stop_lvb_channel import StopLVBChannelRequest as StopLVBChannelRequest
    from .stop_lvb_channel import StopLVBChannelResponse as StopLVBChannelResponse
    from .stop_record import StopRecordRequest as StopRecordRequest
    from .stop_record import StopRecordResponse as StopRecordResponse
    from .stop_record_task import StopRecordTaskRequest as StopRecordTaskRequest
    from .stop_record_task import StopRecordTaskResponse as StopRecordTaskResponse
    from .stop_screenshot_task import StopScreenshotTaskRequest as StopScreenshotTaskRequest
    from .stop_screenshot_task import StopScreenshotTaskResponse as StopScreenshotTaskResponse
    from .switch_backup_stream import SwitchBackupStreamRequest as SwitchBackupStreamRequest
    from .switch_backup_stream import SwitchBackupStreamResponse as SwitchBackupStreamResponse
    from .un_bind_live_domain_cert import UnBindLiveDomainCertRequest as UnBindLiveDomainCertRequest
    from .un_bind_live_domain_cert import UnBindLiveDomainCertResponse as UnBindLiveDomainCertResponse
    from .update_live_watermark import UpdateLiveWatermarkRequest as UpdateLiveWatermarkRequest
    from .update_live_watermark import UpdateLiveWatermarkResponse as UpdateLiveWatermarkResponse

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
    "ChannelManagerRequest": "channel_manager",
    "ChannelManagerResponse": "channel_manager",
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
    "CreateLVBChannelRequest": "create_lvb_channel",
    "CreateLVBChannelResponse": "create_lvb_channel",
    "CreateRecordRequest": "create_record",
    "CreateRecordResponse": "create_record",
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
    "DeleteLVBChannelRequest": "delete_lvb_channel",
    "DeleteLVBChannelResponse": "delete_lvb_channel",
    "DeleteRecordRequest": "delete_record",
    "DeleteRecordResponse": "delete_record",
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
    "DescribeLVBChannelRequest": "describe_lvb_channel",
    "DescribeLVBChannelResponse": "describe_lvb_channel",
    "DescribeLVBChannelListRequest": "describe_lvb_channel_list",
    "DescribeLVBChannelListResponse": "describe_lvb_channel_list",
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
    "DescribeRecordRequest": "describe_record",
    "DescribeRecordResponse": "describe_record",
    "DescribeRecordListRequest": "describe_record_list",
    "DescribeRecordListResponse": "describe_record_list",
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
    "GetLiveStatRequest": "get_live_stat",
    "GetLiveStatResponse": "get_live_stat",
    "GetVodRecordFilesRequest": "get_vod_record_files",
    "GetVodRecordFilesResponse": "get_vod_record_files",
    "LiveChannelGetChannelListRequest": "live_channel_get_channel_list",
    "LiveChannelGetChannelListResponse": "live_channel_get_channel_list",
    "LiveChannelGetLiveChannelListRequest": "live_channel_get_live_channel_list",
    "LiveChannelGetLiveChannelListResponse": "live_channel_get_live_channel_list",
    "LiveChannelGetStatusRequest": "live_channel_get_status",
    "LiveChannelGetStatusResponse": "live_channel_get_status",
    "LiveChannelSetStatusRequest": "live_channel_set_status",
    "LiveChannelSetStatusResponse": "live_channel_set_status",
    "LiveSetDelayRequest": "live_set_delay",
    "LiveSetDelayResponse": "live_set_delay",
    "LiveTapeStartRequest": "live_tape_start",
    "LiveTapeStartResponse": "live_tape_start",
    "LiveTapeStopRequest": "live_tape_stop",
    "LiveTapeStopResponse": "live_tape_stop",
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
    "ModifyLVBChannelRequest": "modify_lvb_channel",
    "ModifyLVBChannelResponse": "modify_lvb_channel",
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
    "StartLVBChannelRequest": "start_lvb_channel",
    "StartLVBChannelResponse": "start_lvb_channel",
    "StopCasterPgmRequest": "stop_caster_pgm",
    "StopCasterPgmResponse": "stop_caster_pgm",
    "StopCasterPvwRequest": "stop_caster_pvw",
    "StopCasterPvwResponse": "stop_caster_pvw",
    "StopLivePadProcessorRequest": "stop_live_pad_processor",
    "StopLivePadProcessorResponse": "stop_live_pad_processor",
    "StopLiveStreamMonitorRequest": "stop_live_stream_monitor",
    "StopLiveStreamMonitorResponse": "stop_live_stream_monitor",
    "StopLVBChannelRequest": "stop_lvb_channel",
    "StopLVBChannelResponse": "stop_lvb_channel",
    "StopRecordRequest": "stop_record",
    "StopRecordResponse": "stop_record",
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
