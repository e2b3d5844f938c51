"""Request and response of ModifyLivePullStreamTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["ModifyLivePullStreamTaskRequest", "ModifyLivePullStreamTaskResponse"]


@dataclass(kw_only=True)
class ModifyLivePullStreamTaskRequest(Request["ModifyLivePullStreamTaskResponse"]):
    """Request of ModifyLivePullStreamTask.

    更新直播拉流任务。
    """

    task_id: str
    """任务Id。
    Example: 965454
    """

    operator: str
    """操作人姓名。
    Example: yourname
    """

    source_urls: list[str] | Unset = UNSET
    """拉流源url列表。
    SourceType为直播（PullLivePushLive）只可以填1个，
    SourceType为点播（PullVodPushLive）可以填多个，上限30个。
    Example: ["rtmp://your.domainname.com/live/stream1\\n"]
    """

    start_time: str | Unset = UNSET
    """开始时间。
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格
    式说明。
    Example: 2020-04-16T11:02:00Z
    """

    end_time: str | Unset = UNSET
    """结束时间，注意：
    1. 结束时间必须大于开始时间；
    2. 结束时间和开始时间必须大于当前时间；
    3. 结束时间 和 开始时间 间隔必须小于30天。
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格
    式说明。
    Example: 2020-04-17T12:02:00Z
    """

    vod_loop_times: int | Unset = UNSET
    """点播拉流转推循环次数。
    -1：无限循环，直到任务结束。
    0：不循环。
    >0：具体循环次数。次数和时间以先结束的为准。
    注意：拉流源为点播，该配置生效。
    Example: -1
    """

    vod_refresh_type: str | Unset = UNSET
    """点播更新SourceUrls后的播放方式：
    ImmediateNewSource：立即从更新的拉流源开始播放；
    ContinueBreakPoint：从上次断流url源的断点处继续，结束后再使用新的拉流源。
    注意：拉流源为点播，该配置生效。
    Example: ImmediateNewSource
    """

    status: str | Unset = UNSET
    """任务状态：
    enable - 启用，
    pause - 暂停。
    Example: enable
    """

    callback_events: list[str] | Unset = UNSET
    """选择需要回调的事件（不填则回调全部）：
    TaskStart：任务启动回调，
    TaskExit：任务停止回调，
    VodSourceFileStart：从点播源文件开始拉流回调，
    VodSourceFileFinish：从点播源文件拉流结束回调，
    ResetTaskConfig：任务更新回调。
    Example: ["TaskStart"]
    """

    callback_url: str | Unset = UNSET
    """自定义回调地址。
    相关事件会回调到该地址。
    Example: http://callback.com/interface
    """

    file_index: int | Unset = UNSET
    """指定播放文件索引。
    注意： 从1开始，不大于SourceUrls中文件个数。
    Example: 0
    """

    offset_time: int | Unset = UNSET
    """指定播放文件偏移。
    注意：
    1. 单位：秒，配合FileIndex使用。
    Example: 0
    """

    specify_task_id: str | Unset = UNSET
    """指定任务 ID 修改任务。
    注意：该自定义任务 ID 只有在创建任务时指定了，才可在此处修改时使用。否则请使用系统返
    回的任务 ID。
    Example: 1234567
    """

    to_url: str | Unset = UNSET
    """目标 Url。
    换目标地址，会断流重推到新地址。
    Example: rtmp://5000.livepush.myqcloud.com/live/vin1333?txSecret=6e9797ce
    """

    comment: str | Unset = UNSET
    """任务备注。
    Example: 备注
    """

    backup_source_type: str | Unset = UNSET
    """备源的类型：
    PullLivePushLive -直播，
    PullVodPushLive -点播。
    注意：
    1. 仅当主源类型为直播源时，备源才会生效。
    2. 将该参数置为空，则可将任务去除备源信息。
    3. 主直播源拉流中断时，自动使用备源进行拉流。
    4. 如果备源为点播文件时，则每次轮播完点播文件就检查主源是否恢复，如果主源恢复则自动切
    回到主源，否则继续拉备源。
    Example: PullLivePushLive
    """

    backup_source_url: str | Unset = UNSET
    """备源 URL。
    只允许填一个备源 URL
    Example: http://5000.liveplay.myqcloud.com/live/backup.flv?txSecret=4d8e
    """

    watermark_list: list[structures.PullPushWatermarkInfo] | Unset = UNSET
    """水印信息列表。
    注意：
    1. 最多支持4个不同位置的水印。
    2. 水印图片 URL 请使用合法外网可访问地址。
    3. 支持的水印图片格式：png，jpg等。
    4. 轮播任务修改水印后，轮播到下一个文件时新水印生效。
    5. 直播源任务修改水印后，水印立即生效。
    6. 清除水印时，需携带该水印列表参数，内容为空数组。
    7. 暂不支持动图水印。
    """

    vod_local_mode: int | Unset = UNSET
    """点播源是否启用本地推流模式，默认0，不启用。
    0 - 不启用。
    1 - 启用。
    注意：启用本地模式后，会将源列表中的 MP4 文件进行本地下载，优先使用本地已下载文件进
    行推流，提高点播源推流稳定性。使用本地下载文件推流时，会产生增值费用。
    Example: 0
    """

    backup_to_url: str | Unset = UNSET
    """新的目标地址。传空值，则取消该地址的推流。
    传入新值，则替换原有地址。
    Example: rtmp://5000.livepush.myqcloud.com/live/mybackroom?txSecret=58deaf30f95a7a134c7f0d8512e90b45&txTime=687bfb2d
    """

    backup_vod_url: str | Unset = UNSET
    """点播垫片文件地址。注意：用于在主源拉不到时自动兜底到垫片文件，切到垫片文件后，每次播
    完垫片会尝试拉主源，如果主源恢复则自动切回主源。可根据需要的轮询检查时长来传入对应时
    长的垫片文件。
    Example: http://vod.com/file/pad.mp4
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "String", required=True),
        Field("Operator", "operator", "String", required=True),
        Field("SourceUrls", "source_urls", "String", array=True),
        Field("StartTime", "start_time", "String", format="date-time"),
        Field("EndTime", "end_time", "String", format="date-time"),
        Field("VodLoopTimes", "vod_loop_times", "Integer", minimum=-1),
        Field("VodRefreshType", "vod_refresh_type", "String"),
        Field("Status", "status", "String"),
        Field("CallbackEvents", "callback_events", "String", array=True),
        Field("CallbackUrl", "callback_url", "String"),
        Field("FileIndex", "file_index", "Integer"),
        Field("OffsetTime", "offset_time", "Integer"),
        Field("SpecifyTaskId", "specify_task_id", "String"),
        Field("ToUrl", "to_url", "String"),
        Field("Comment", "comment", "String"),
        Field("BackupSourceType", "backup_source_type", "String"),
        Field("BackupSourceUrl", "backup_source_url", "String"),
        Field(
            "WatermarkList", "watermark_list", "..structures.pull_push_watermark_info:PullPushWatermarkInfo", array=True
        ),
        Field("VodLocalMode", "vod_local_mode", "Integer"),
        Field("BackupToUrl", "backup_to_url", "String"),
        Field("BackupVodUrl", "backup_vod_url", "String"),
    )

    _action: ClassVar[str] = "ModifyLivePullStreamTask"
    _response: ClassVar[str] = ".modify_live_pull_stream_task:ModifyLivePullStreamTaskResponse"


@dataclass(kw_only=True)
class ModifyLivePullStreamTaskResponse(Response):
    """Response of ModifyLivePullStreamTask."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
