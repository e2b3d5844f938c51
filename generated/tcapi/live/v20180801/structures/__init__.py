"""Data structures of live 2018-08-01: each class is imported from its own module on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backup_stream_detail_data import BackupStreamDetailData
    from .backup_stream_group_info import BackupStreamGroupInfo
    from .bandwidth_info import BandwidthInfo
    from .batch_domain_operate_errors import BatchDomainOperateErrors
    from .bill_area_info import BillAreaInfo
    from .bill_country_info import BillCountryInfo
    from .bill_data_info import BillDataInfo
    from .call_back_rule_info import CallBackRuleInfo
    from .call_back_template_info import CallBackTemplateInfo
    from .callback_event_info import CallbackEventInfo
    from .caster_brief_info import CasterBriefInfo
    from .caster_display_info import CasterDisplayInfo
    from .caster_info import CasterInfo
    from .caster_input_info import CasterInputInfo
    from .caster_layout_info import CasterLayoutInfo
    from .caster_layout_param import CasterLayoutParam
    from .caster_mark_pic_info import CasterMarkPicInfo
    from .caster_mark_word_info import CasterMarkWordInfo
    from .caster_output_info import CasterOutputInfo
    from .cdn_play_stat_data import CdnPlayStatData
    from .cert_info import CertInfo
    from .client_ip_play_sum_info import ClientIpPlaySumInfo
    from .common_mix_control_params import CommonMixControlParams
    from .common_mix_crop_params import CommonMixCropParams
    from .common_mix_input_param import CommonMixInputParam
    from .common_mix_layout_params import CommonMixLayoutParams
    from .common_mix_output_params import CommonMixOutputParams
    from .concurrent_record_stream_num import ConcurrentRecordStreamNum
    from .day_stream_play_info import DayStreamPlayInfo
    from .delay_info import DelayInfo
    from .diagnose_result import DiagnoseResult
    from .domain_cert_info import DomainCertInfo
    from .domain_detail_info import DomainDetailInfo
    from .domain_info import DomainInfo
    from .domain_info_list import DomainInfoList
    from .flv_special_param import FlvSpecialParam
    from .forbid_stream_info import ForbidStreamInfo
    from .group_pro_isp_data_info import GroupProIspDataInfo
    from .hls_special_param import HlsSpecialParam
    from .http_code_info import HttpCodeInfo
    from .http_code_value import HttpCodeValue
    from .http_status_data import HttpStatusData
    from .http_status_info import HttpStatusInfo
    from .live_cert_domain_info import LiveCertDomainInfo
    from .live_domain_cert_bindings import LiveDomainCertBindings
    from .live_enhance_info import LiveEnhanceInfo
    from .live_package_info import LivePackageInfo
    from .live_stream_monitor_info import LiveStreamMonitorInfo
    from .live_stream_monitor_input_info import LiveStreamMonitorInputInfo
    from .live_stream_monitor_notify_policy import LiveStreamMonitorNotifyPolicy
    from .live_stream_monitor_output_info import LiveStreamMonitorOutputInfo
    from .log_info import LogInfo
    from .mix_portrait_segment_params import MixPortraitSegmentParams
    from .monitor_stream_play_info import MonitorStreamPlayInfo
    from .mps_result import MPSResult
    from .pad_template import PadTemplate
    from .play_auth_key_info import PlayAuthKeyInfo
    from .play_code_total_info import PlayCodeTotalInfo
    from .play_data_info_by_stream import PlayDataInfoByStream
    from .play_stat_info import PlayStatInfo
    from .play_sum_stat_info import PlaySumStatInfo
    from .pro_isp_play_code_data_info import ProIspPlayCodeDataInfo
    from .pro_isp_play_sum_info import ProIspPlaySumInfo
    from .publish_time import PublishTime
    from .pull_push_watermark_info import PullPushWatermarkInfo
    from .pull_stream_config import PullStreamConfig
    from .pull_stream_task_info import PullStreamTaskInfo
    from .push_auth_key_info import PushAuthKeyInfo
    from .push_data_info import PushDataInfo
    from .push_log_info import PushLogInfo
    from .push_quality_data import PushQualityData
    from .recent_pull_info import RecentPullInfo
    from .record_param import RecordParam
    from .record_task import RecordTask
    from .record_template_info import RecordTemplateInfo
    from .referer_auth_config import RefererAuthConfig
    from .rule_info import RuleInfo
    from .screenshot_task import ScreenshotTask
    from .snapshot_template_info import SnapshotTemplateInfo
    from .stream_event_info import StreamEventInfo
    from .stream_name import StreamName
    from .stream_online_info import StreamOnlineInfo
    from .task_duration_info import TaskDurationInfo
    from .task_status_info import TaskStatusInfo
    from .template_info import TemplateInfo
    from .time_shift_bill_data import TimeShiftBillData
    from .time_shift_record import TimeShiftRecord
    from .time_shift_stream_info import TimeShiftStreamInfo
    from .time_shift_sub_stream import TimeShiftSubStream
    from .time_shift_template import TimeShiftTemplate
    from .time_shift_write_size_data import TimeShiftWriteSizeData
    from .time_value import TimeValue
    from .transcode_detail_info import TranscodeDetailInfo
    from .transcode_task_num import TranscodeTaskNum
    from .transcode_total_info import TranscodeTotalInfo
    from .transition_type_info import TransitionTypeInfo
    from .watermark_info import WatermarkInfo
    from .xp2_p_detail_info import XP2PDetailInfo

_INDEX: dict[str, str] = {
    "BackupStreamDetailData": "backup_stream_detail_data",
    "BackupStreamGroupInfo": "backup_stream_group_info",
    "BandwidthInfo": "bandwidth_info",
    "BatchDomainOperateErrors": "batch_domain_operate_errors",
    "BillAreaInfo": "bill_area_info",
    "BillCountryInfo": "bill_country_info",
    "BillDataInfo": "bill_data_info",
    "CallBackRuleInfo": "call_back_rule_info",
    "CallBackTemplateInfo": "call_back_template_info",
    "CallbackEventInfo": "callback_event_info",
    "CasterBriefInfo": "caster_brief_info",
    "CasterDisplayInfo": "caster_display_info",
    "CasterInfo": "caster_info",
    "CasterInputInfo": "caster_input_info",
    "CasterLayoutInfo": "caster_layout_info",
    "CasterLayoutParam": "caster_layout_param",
    "CasterMarkPicInfo": "caster_mark_pic_info",
    "CasterMarkWordInfo": "caster_mark_word_info",
    "CasterOutputInfo": "caster_output_info",
    "CdnPlayStatData": "cdn_play_stat_data",
    "CertInfo": "cert_info",
    "ClientIpPlaySumInfo": "client_ip_play_sum_info",
    "CommonMixControlParams": "common_mix_control_params",
    "CommonMixCropParams": "common_mix_crop_params",
    "CommonMixInputParam": "common_mix_input_param",
    "CommonMixLayoutParams": "common_mix_layout_params",
    "CommonMixOutputParams": "common_mix_output_params",
    "ConcurrentRecordStreamNum": "concurrent_record_stream_num",
    "DayStreamPlayInfo": "day_stream_play_info",
    "DelayInfo": "delay_info",
    "DiagnoseResult": "diagnose_result",
    "DomainCertInfo": "domain_cert_info",
    "DomainDetailInfo": "domain_detail_info",
    "DomainInfo": "domain_info",
    "DomainInfoList": "domain_info_list",
    "FlvSpecialParam": "flv_special_param",
    "ForbidStreamInfo": "forbid_stream_info",
    "GroupProIspDataInfo": "group_pro_isp_data_info",
    "HlsSpecialParam": "hls_special_param",
    "HttpCodeInfo": "http_code_info",
    "HttpCodeValue": "http_code_value",
    "HttpStatusData": "http_status_data",
    "HttpStatusInfo": "http_status_info",
    "LiveCertDomainInfo": "live_cert_domain_info",
    "LiveDomainCertBindings": "live_domain_cert_bindings",
    "LiveEnhanceInfo": "live_enhance_info",
    "LivePackageInfo": "live_package_info",
    "LiveStreamMonitorInfo": "live_stream_monitor_info",
    "LiveStreamMonitorInputInfo": "live_stream_monitor_input_info",
    "LiveStreamMonitorNotifyPolicy": "live_stream_monitor_notify_policy",
    "LiveStreamMonitorOutputInfo": "live_stream_monitor_output_info",
    "LogInfo": "log_info",
    "MixPortraitSegmentParams": "mix_portrait_segment_params",
    "MonitorStreamPlayInfo": "monitor_stream_play_info",
    "MPSResult": "mps_result",
    "PadTemplate": "pad_template",
    "PlayAuthKeyInfo": "play_auth_key_info",
    "PlayCodeTotalInfo": "play_code_total_info",
    "PlayDataInfoByStream": "play_data_info_by_stream",
    "PlayStatInfo": "play_stat_info",
    "PlaySumStatInfo": "play_sum_stat_info",
    "ProIspPlayCodeDataInfo": "pro_isp_play_code_data_info",
    "ProIspPlaySumInfo": "pro_isp_play_sum_info",
    "PublishTime": "publish_time",
    "PullPushWatermarkInfo": "pull_push_watermark_info",
    "PullStreamConfig": "pull_stream_config",
    "PullStreamTaskInfo": "pull_stream_task_info",
    "PushAuthKeyInfo": "push_auth_key_info",
    "PushDataInfo": "push_data_info",
    "PushLogInfo": "push_log_info",
    "PushQualityData": "push_quality_data",
    "RecentPullInfo": "recent_pull_info",
    "RecordParam": "record_param",
    "RecordTask": "record_task",
    "RecordTemplateInfo": "record_template_info",
    "RefererAuthConfig": "referer_auth_config",
    "RuleInfo": "rule_info",
    "ScreenshotTask": "screenshot_task",
    "SnapshotTemplateInfo": "snapshot_template_info",
    "StreamEventInfo": "stream_event_info",
    "StreamName": "stream_name",
    "StreamOnlineInfo": "stream_online_info",
    "TaskDurationInfo": "task_duration_info",
    "TaskStatusInfo": "task_status_info",
    "TemplateInfo": "template_info",
    "TimeShiftBillData": "time_shift_bill_data",
    "TimeShiftRecord": "time_shift_record",
    "TimeShiftStreamInfo": "time_shift_stream_info",
    "TimeShiftSubStream": "time_shift_sub_stream",
    "TimeShiftTemplate": "time_shift_template",
    "TimeShiftWriteSizeData": "time_shift_write_size_data",
    "TimeValue": "time_value",
    "TranscodeDetailInfo": "transcode_detail_info",
    "TranscodeTaskNum": "transcode_task_num",
    "TranscodeTotalInfo": "transcode_total_info",
    "TransitionTypeInfo": "transition_type_info",
    "WatermarkInfo": "watermark_info",
    "XP2PDetailInfo": "xp2_p_detail_info",
}

__all__ = sorted(_INDEX)


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
