"""Request and response of CreateLivePullStreamTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["CreateLivePullStreamTaskRequest", "CreateLivePullStreamTaskResponse"]


@dataclass(kw_only=True)
class CreateLivePullStreamTaskRequest(Request["CreateLivePullStreamTaskResponse"]):
    """Request of CreateLivePullStreamTask.

    创建直播拉流任务。支持将外部已有的点播文件，或者直播源拉取过来转推到指定的目标地址。
    """

    source_type: str
    """拉流源的类型：
    PullLivePushLive -直播，
    PullVodPushLive -点播，
    PullPicPushLive -图片。
    Example: PullLivePushLive
    """

    source_urls: list[str]
    """拉流源 url 列表。
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
    Example: http://5000.liveplay.myqcloud.com/live/testsrc.flv?txSecret=4d8e
    """

    domain_name: str
    """推流域名。
    将拉取过来的流推到该域名。
    注意：如果目标地址为非云直播，且样式不同于云直播，请使用 ToUrl 传入完整推流地
    址，详细用法请参考 ToUrl 参数说明。
    Example: 5000.livepush.myqcloud.com
    """

    app_name: str
    """推流路径。
    将拉取过来的流推到该路径。
    Example: live
    """

    stream_name: str
    """推流名称。
    将拉取过来的流推到该流名称。
    Example: teststream
    """

    start_time: str
    """开始时间。
    使用 UTC 格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时。
    Example: 2021-02-07T08:00:00Z
    """

    end_time: str
    """结束时间，注意：1. 结束时间必须大于开始时间；2. 结束时间必须大于当前时间；3. 结
    束时间 和 开始时间 间隔必须小于30天。使用 UTC 格式时间，例如：2019-01-
    08T10:00:00Z。注意：北京时间值为 UTC 时间值 + 8 小时。
    Example: 2021-02-09T08:00:00Z
    """

    operator: str
    """任务操作人备注。
    Example: admin
    """

    push_args: str | Unset = UNSET
    """推流参数。
    推流时携带自定义参数。
    示例：
    bak=1&test=2 。
    Example: bak=1&room=2
    """

    callback_events: list[str] | Unset = UNSET
    """选择需要回调的事件（不填则回调全部）：
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
    Example: ["PushStreamFailed"]
    """

    vod_loop_times: str | Unset = UNSET
    """点播拉流转推循环次数。默认：-1。
    -1：无限循环，直到任务结束。
    0：不循环。
    >0：具体循环次数。次数和时间以先结束的为准。
    注意：该配置仅对拉流源为点播时生效。
    Example: -1
    """

    vod_refresh_type: str | Unset = UNSET
    """点播更新SourceUrls后的播放方式：
    ImmediateNewSource：立即播放新的拉流源内容；
    ContinueBreakPoint：播放完当前正在播放的点播 url 后再使用新的拉流源播放。
    （旧拉流源未播放的点播 url 不会再播放）
    注意：该配置生效仅对变更前拉流源为点播时生效。
    Example: ContinueBreakPoint
    """

    callback_url: str | Unset = UNSET
    """自定义回调地址。
    拉流转推任务相关事件会回调到该地址。
    回调事件使用方法请查看：
    https://cloud.tencent.com/document/product/267/32744
    https://cloud.tencent.com/document/product/267/56208
    Example: http://my.callback.rcv/lvb/interface.php
    """

    extra_cmd: str | Unset = UNSET
    """其他参数。
    示例: ignore_region 用于忽略传入地域, 内部按负载分配。
    Example: ignore_region
    """

    specify_task_id: str | Unset = UNSET
    """自定义任务 ID。
    注：
    1. 该自定义 ID 为可选参数，如果传入，请确保该账号下传入的 ID 唯一。
    2. 该自定义 ID 用于防止重复发起请求时产生重复任务。后面也可以用 SpecifyTaskId
    来修改或删除任务。
    Example: sfvdfsdfserfsdff
    """

    comment: str | Unset = UNSET
    """任务描述，限制 512 字节。
    Example: 任务描述
    """

    to_url: str | Unset = UNSET
    """完整目标 URL 地址。
    用法注意：如果使用该参数来传完整目标地址，则 DomainName, AppName,
    StreamName 需要传入空字符串，任务将会使用该 ToUrl 参数指定的目标地址。
    使用该方式传入目标地址支持的协议有：
    rtmp、rtmps、rtsp、rtp、srt。
    注意：签名时间需要超过任务结束时间，避免因签名过期造成任务失败。
    Example: rtmp://5000.livepush.myqcloud.com/live/myroom?txSecret=0065e4ef55825ab5883e2771a91017bd&txTime=687bfb41
    """

    file_index: int | Unset = UNSET
    """指定播放文件索引。
    注意： 1. 从1开始，不大于SourceUrls中文件个数。
    2. 该偏移仅在首次轮播时有效。
    3. 提前创建的任务指定的偏移最长有效期为24小时，24小时后未开始的任务偏移失效。
    Example: 0
    """

    offset_time: int | Unset = UNSET
    """指定播放文件偏移。
    注意：
    1. 单位：秒，配合FileIndex使用。
    Example: 0
    """

    backup_source_type: str | Unset = UNSET
    """备源的类型：
    PullLivePushLive -直播，
    PullVodPushLive -点播。
    注意：
    1. 仅当主源类型为直播源时，备源才会生效。
    2. 主直播源拉流中断时，自动使用备源进行拉流。
    3. 如果备源为点播文件时，则每次轮播完点播文件就检查主源是否恢复，如果主源恢复则
    自动切回到主源，否则继续拉备源。
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
    3. 支持的水印图片格式：png，jpg，gif 等。
    """

    vod_local_mode: int | Unset = UNSET
    """点播源是否启用本地推流模式，默认0，不启用。
    0 - 不启用。
    1 - 启用。
    注意：启用本地模式后，会将源列表中的 MP4 文件进行本地下载，优先使用本地已下载
    文件进行推流，提高点播源推流稳定性。使用本地下载文件推流时，会产生增值费用。
    Example: 0
    """

    record_template_id: str | Unset = UNSET
    """录制模板 ID。
    Example: 19342
    """

    backup_to_url: str | Unset = UNSET
    """新的目标地址，用于任务同时推两路场景。
    Example: rtmp://5000.livepush.myqcloud.com/live/mybackroom?txSecret=58deaf30f95a7a134c7f0d8512e90b14&txTime=687bfb1d
    """

    transcode_template_name: str | Unset = UNSET
    """直播转码模板，使用云直播的转码功能进行转码后再转推出去。转码模板需在云直播控制
    台创建。
    Example: hevc720
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("SourceType", "source_type", "String", required=True),
        Field("SourceUrls", "source_urls", "String", array=True, required=True),
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("Operator", "operator", "String", required=True),
        Field("PushArgs", "push_args", "String"),
        Field("CallbackEvents", "callback_events", "String", array=True),
        Field("VodLoopTimes", "vod_loop_times", "String"),
        Field("VodRefreshType", "vod_refresh_type", "String"),
        Field("CallbackUrl", "callback_url", "String"),
        Field("ExtraCmd", "extra_cmd", "String"),
        Field("SpecifyTaskId", "specify_task_id", "String"),
        Field("Comment", "comment", "String"),
        Field("ToUrl", "to_url", "String"),
        Field("FileIndex", "file_index", "Integer"),
        Field("OffsetTime", "offset_time", "Integer"),
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

    _action: ClassVar[str] = "CreateLivePullStreamTask"
    _response: ClassVar[str] = ".create_live_pull_stream_task:CreateLivePullStreamTaskResponse"


@dataclass(kw_only=True)
class CreateLivePullStreamTaskResponse(Response):
    """Response of CreateLivePullStreamTask."""

    task_id: str | None | Unset = UNSET
    """任务 Id 。
    Example: 940323
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "String"),
        Field("RequestId", "request_id", "String"),
    )
