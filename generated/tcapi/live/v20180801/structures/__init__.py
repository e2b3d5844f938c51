"""Data structures of live 2018-08-01: each class is imported from its own module on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backup_stream_detail_data import BackupStreamDetailData as BackupStreamDetailData
    from .backup_stream_group_info import BackupStreamGroupInfo as BackupStreamGroupInfo
    from .bandwidth_info import BandwidthInfo as BandwidthInfo
    from .batch_domain_operate_errors import BatchDomainOperateErrors as BatchDomainOperateErrors
    from .bill_area_info import BillAreaInfo as BillAreaInfo
    from .bill_country_info import BillCountryInfo as BillCountryInfo
    from .bill_data_info import BillDataInfo as BillDataInfo
    from .call_back_rule_info import CallBackRuleInfo as CallBackRuleInfo
    from .call_back_template_info import CallBackTemplateInfo as CallBackTemplateInfo
    from .callback_event_info import CallbackEventInfo as CallbackEventInfo
    from .caster_brief_info import CasterBriefInfo as CasterBriefInfo
    from .caster_display_info import CasterDisplayInfo as CasterDisplayInfo
    from .caster_info import CasterInfo as CasterInfo
    from .caster_input_info import CasterInputInfo as CasterInputInfo
    from .caster_layout_info import CasterLayoutInfo as CasterLayoutInfo
    from .caster_layout_param import CasterLayoutParam as CasterLayoutParam
    from .caster_mark_pic_info import CasterMarkPicInfo as CasterMarkPicInfo
    from .caster_mark_word_info import CasterMarkWordInfo as CasterMarkWordInfo
    from .caster_output_info import CasterOutputInfo as CasterOutputInfo
    from .cdn_play_stat_data import CdnPlayStatData as CdnPlayStatData
    from .cert_info import CertInfo as CertInfo
    from .client_ip_play_sum_info import ClientIpPlaySumInfo as ClientIpPlaySumInfo
    from .common_mix_control_params import CommonMixControlParams as CommonMixControlParams
    from .common_mix_crop_params import CommonMixCropParams as CommonMixCropParams
    from .common_mix_input_param import CommonMixInputParam as CommonMixInputParam
    from .common_mix_layout_params import CommonMixLayoutParams as CommonMixLayoutParams
    from .common_mix_output_params import CommonMixOutputParams as CommonMixOutputParams
    from .concurrent_record_stream_num import ConcurrentRecordStreamNum as ConcurrentRecordStreamNum
    from .day_stream_play_info import DayStreamPlayInfo as DayStreamPlayInfo
    from .delay_info import DelayInfo as DelayInfo
    from .diagnose_result import DiagnoseResult as DiagnoseResult
    from .domain_cert_info import DomainCertInfo as DomainCertInfo
    from .domain_detail_info import DomainDetailInfo as DomainDetailInfo
    from .domain_info import DomainInfo as DomainInfo
    from .domain_info_list import DomainInfoList as DomainInfoList
    from .flv_special_param import FlvSpecialParam as FlvSpecialParam
    from .forbid_stream_info import ForbidStreamInfo as ForbidStreamInfo
    from .group_pro_isp_data_info import GroupProIspDataInfo as GroupProIspDataInfo
    from .hls_special_param import HlsSpecialParam as HlsSpecialParam
    from .http_code_info import HttpCodeInfo as HttpCodeInfo
    from .http_code_value import HttpCodeValue as HttpCodeValue
    from .http_status_data import HttpStatusData as HttpStatusData
    from .http_status_info import HttpStatusInfo as HttpStatusInfo
    from .live_cert_domain_info import LiveCertDomainInfo as LiveCertDomainInfo
    from .live_domain_cert_bindings import LiveDomainCertBindings as LiveDomainCertBindings
    from .live_enhance_info import LiveEnhanceInfo as LiveEnhanceInfo
    from .live_package_info import LivePackageInfo as LivePackageInfo
    from .live_stream_monitor_info import LiveStreamMonitorInfo as LiveStreamMonitorInfo
    from .live_stream_monitor_input_info import LiveStreamMonitorInputInfo as LiveStreamMonitorInputInfo
    from .live_stream_monitor_notify_policy import LiveStreamMonitorNotifyPolicy as LiveStreamMonitorNotifyPolicy
    from .live_stream_monitor_output_info import LiveStreamMonitorOutputInfo as LiveStreamMonitorOutputInfo
    from .log_info import LogInfo as LogInfo
    from .mix_portrait_segment_params import MixPortraitSegmentParams as MixPortraitSegmentParams
    from .monitor_stream_play_info import MonitorStreamPlayInfo as MonitorStreamPlayInfo
    from .mps_result import MPSResult as MPSResult
    from .pad_template import PadTemplate as PadTemplate
    from .play_auth_key_info import PlayAuthKeyInfo as PlayAuthKeyInfo
    from .play_code_total_info import PlayCodeTotalInfo as PlayCodeTotalInfo
    from .play_data_info_by_stream import PlayDataInfoByStream as PlayDataInfoByStream
    from .play_stat_info import PlayStatInfo as PlayStatInfo
    from .play_sum_stat_info import PlaySumStatInfo as PlaySumStatInfo
    from .pro_isp_play_code_data_info import ProIspPlayCodeDataInfo as ProIspPlayCodeDataInfo
    from .pro_isp_play_sum_info import ProIspPlaySumInfo as ProIspPlaySumInfo
    from .publish_time import PublishTime as PublishTime
    from .pull_push_watermark_info import PullPushWatermarkInfo as PullPushWatermarkInfo
    from .pull_stream_config import PullStreamConfig as PullStreamConfig
    from .pull_stream_task_info import PullStreamTaskInfo as PullStreamTaskInfo
    from .push_auth_key_info import PushAuthKeyInfo as PushAuthKeyInfo
    from .push_data_info import PushDataInfo as PushDataInfo
    from .push_log_info import PushLogInfo as PushLogInfo
    from .push_quality_data import PushQualityData as PushQualityData
    from .recent_pull_info import RecentPullInfo as RecentPullInfo
    from .record_param import RecordParam as RecordParam
    from .record_task import RecordTask as RecordTask
    from .record_template_info import RecordTemplateInfo as RecordTemplateInfo
    from .referer_auth_config import RefererAuthConfig as RefererAuthConfig
    from .rule_info import RuleInfo as RuleInfo
    from .screenshot_task import ScreenshotTask as ScreenshotTask
    from .snapshot_template_info import SnapshotTemplateInfo as SnapshotTemplateInfo
    from .stream_event_info import StreamEventInfo as StreamEventInfo
    from .stream_name import StreamName as StreamName
    from .stream_online_info import StreamOnlineInfo as StreamOnlineInfo
    from .task_duration_info import TaskDurationInfo as TaskDurationInfo
    from .task_status_info import TaskStatusInfo as TaskStatusInfo
    from .template_info import TemplateInfo as TemplateInfo
    from .time_shift_bill_data import TimeShiftBillData as TimeShiftBillData
    from .time_shift_record import TimeShiftRecord as TimeShiftRecord
    from .time_shift_stream_info import TimeShiftStreamInfo as TimeShiftStreamInfo
    from .time_shift_sub_stream import TimeShiftSubStream as TimeShiftSubStream
    from .time_shift_template import TimeShiftTemplate as TimeShiftTemplate
    from .time_shift_write_size_data import TimeShiftWriteSizeData as TimeShiftWriteSizeData
    from .time_value import TimeValue as TimeValue
    from .transcode_detail_info import TranscodeDetailInfo as TranscodeDetailInfo
    from .transcode_task_num import TranscodeTaskNum as TranscodeTaskNum
    from .transcode_total_info import TranscodeTotalInfo as TranscodeTotalInfo
    from .transition_type_info import TransitionTypeInfo as TransitionTypeInfo
    from .watermark_info import WatermarkInfo as WatermarkInfo
    from .xp2_p_detail_info import XP2PDetailInfo as XP2PDetailInfo

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
