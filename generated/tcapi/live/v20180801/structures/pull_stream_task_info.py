"""The PullStreamTaskInfo structure (live 2018-08-01), used by DescribeLivePullStreamTasks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["PullStreamTaskInfo"]


@dataclass(kw_only=True)
class PullStreamTaskInfo(Model):
    """直播拉流任务信息。"""

    task_id: str | None | Unset = UNSET
    """拉流任务Id。
    Example: 564214
    """

    source_type: str | None | Unset = UNSET
    """拉流源的类型：
    PullLivePushLive -直播，
    PullVodPushLive -点播，
    PullPicPushLive -图片。
    Example: PullLivePushLive
    """

    source_urls: list[str] | None | Unset = UNSET
    """拉流源url列表。
    SourceType为直播（PullLiveToLive）只可以填1个，
    SourceType为点播（PullVodToLive）可以填多个，上限10个。
    Example: http://test.domain/live/test.flv?txSecret=xx&txTime=xxx
    """

    domain_name: str | None | Unset = UNSET
    """推流域名。
    将拉到的源推到该域名。
    Example: 5000.livepush.qcloud.com
    """

    app_name: str | None | Unset = UNSET
    """推流路径。
    将拉到的源推到该路径。
    Example: live
    """

    stream_name: str | None | Unset = UNSET
    """流名称。
    将拉到的源推到该流名称。
    Example: teststream
    """

    push_args: str | None | Unset = UNSET
    """推流参数。
    推流携带的自定义参数。
    Example: secret=abc&time=F7F78AE7
    """

    start_time: str | None | Unset = UNSET
    """开始时间。
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日
    期格式说明。
    Example: 2021-02-24T00:00:00Z
    """

    end_time: str | None | Unset = UNSET
    """结束时间，注意：
    1. 结束时间必须大于开始时间；
    2. 结束时间和开始时间必须大于当前时间；
    3. 结束时间 和 开始时间 间隔必须小于七天。
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日
    期格式说明。
    Example: 2021-02-28T00:00:00Z
    """

    region: str | None | Unset = UNSET
    """任务创建所在地域：
    ap-beijing - 华北地区(北京)，
    ap-shanghai -华东地区(上海)，
    ap-guangzhou -华南地区(广州)，
    ap-mumbai - 印度，
    ap-hongkong - 香港，
    eu-frankfurt - 德国，
    ap-seoul - 韩国，
    ap-bangkok - 泰国，
    ap-singapore - 新加坡，
    na-siliconvalley - 美西，
    na-ashburn - 美东，
    ap-tokyo - 日本。
    Example: ap-guangzhou
    """

    vod_loop_times: int | None | Unset = UNSET
    """点播拉流转推循环次数。
    -1：无限循环，直到任务结束。
    0：不循环。
    >0：具体循环次数。次数和时间以先结束的为准。
    注意：拉流源为点播，该配置生效。
    Example: -1
    """

    vod_refresh_type: str | None | Unset = UNSET
    """点播更新SourceUrls后的播放方式：
    ImmediateNewSource：立即从更新的拉流源开始播放；
    ContinueBreakPoint：从上次断流url源的断点处继续，结束后再使用新的拉流源。
    注意：拉流源为点播，该配置生效。
    Example: ImmediateNewSource
    """

    create_time: str | None | Unset = UNSET
    """任务创建时间。
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日
    期格式说明。
    Example: 2021-02-23T00:00:00Z
    """

    update_time: str | None | Unset = UNSET
    """任务更新时间。
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日
    期格式说明。
    Example: 2021-02-24T10:00:00Z
    """

    create_by: str | None | Unset = UNSET
    """创建任务的操作者。
    Example: admin
    """

    update_by: str | None | Unset = UNSET
    """最后更新任务的操作者。
    Example: admin
    """

    callback_url: str | None | Unset = UNSET
    """回调地址。
    Example: http://you.callback.url
    """

    callback_events: list[str] | None | Unset = UNSET
    """选择需要回调的事件：
    TaskStart：任务启动回调，
    TaskExit：任务停止回调，
    VodSourceFileStart：从点播源文件开始拉流回调，
    VodSourceFileFinish：从点播源文件拉流结束回调，
    ResetTaskConfig：任务更新回调。
    Example: ["TaskStart"]
    """

    callback_info: str | None | Unset = UNSET
    """注意：该信息暂不返回。
    最后一次回调信息。
    Example: null
    """

    error_info: str | None | Unset = UNSET
    """注意：该信息暂不返回。
    错误信息。
    Example: null
    """

    status: str | None | Unset = UNSET
    """状态。
    enable：生效中。
    pause：暂停中。
    Example: enable
    """

    recent_pull_info: structures.RecentPullInfo | None | Unset = UNSET
    """注意：该信息仅在查询单个任务时返回。
    任务最新拉流信息。
    包含：源 url，偏移时间，上报时间。
    """

    comment: str | None | Unset = UNSET
    """任务备注信息。
    Example: 直播活动任务
    """

    backup_source_type: str | None | Unset = UNSET
    """备源类型：
    PullLivePushLive -直播，
    PullVodPushLive -点播。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: PullLivePushLive
    """

    backup_source_url: str | None | Unset = UNSET
    """备源URL。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: http://test.domain/live/test.flv?txSecret=xx&txTime=xxx
    """

    watermark_list: list[structures.PullPushWatermarkInfo] | None | Unset = UNSET
    """水印信息列表。
    注意：此字段可能返回 null，表示取不到有效值。
    """

    vod_local_mode: int | None | Unset = UNSET
    """点播源是否启用本地推流模式，默认0，不启用。
    0 - 不启用。
    1 - 启用。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 0
    """

    record_template_id: str | None | Unset = UNSET
    """录制模板 ID。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 8452
    """

    backup_to_url: str | None | Unset = UNSET
    """新增的推流地址。用于单任务推两路场景。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: rtmp://5000.livepush.myqcloud.com/live/vinback?txSecret=6e9797ce
    """

    transcode_template_name: str | None | Unset = UNSET
    """直播转码模板。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: hevc760
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "String"),
        Field("SourceType", "source_type", "String"),
        Field("SourceUrls", "source_urls", "String", array=True),
        Field("DomainName", "domain_name", "String"),
        Field("AppName", "app_name", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("PushArgs", "push_args", "String"),
        Field("StartTime", "start_time", "String", format="date-time"),
        Field("EndTime", "end_time", "String", format="date-time"),
        Field("Region", "region", "String"),
        Field("VodLoopTimes", "vod_loop_times", "Integer", minimum=-1),
        Field("VodRefreshType", "vod_refresh_type", "String"),
        Field("CreateTime", "create_time", "String", format="date-time"),
        Field("UpdateTime", "update_time", "String", format="date-time"),
        Field("CreateBy", "create_by", "String"),
        Field("UpdateBy", "update_by", "String"),
        Field("CallbackUrl", "callback_url", "String"),
        Field("CallbackEvents", "callback_events", "String", array=True),
        Field("CallbackInfo", "callback_info", "String"),
        Field("ErrorInfo", "error_info", "String"),
        Field("Status", "status", "String"),
        Field("RecentPullInfo", "recent_pull_info", "..structures.recent_pull_info:RecentPullInfo"),
        Field("Comment", "comment", "String"),
        Field("BackupSourceType", "backup_source_type", "String"),
        Field("BackupSourceUrl", "backup_source_url", "String"),
        Field(
            "WatermarkList", "watermark_list", "..structures.pull_push_watermark_info:PullPushWatermarkInfo", array=True
        ),
        Field("VodLocalMode", "vod_local_mode", "Integer"),
        Field("RecordTemplateId", "record_template_id", "String"),
        Field("BackupToUrl", "backup_to_url", "String"),
        Field("TranscodeTemplateName", "transcode_template_name", "String"),
    )
