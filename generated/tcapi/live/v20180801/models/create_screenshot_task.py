"""Request and response of CreateScreenshotTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateScreenshotTaskRequest", "CreateScreenshotTaskResponse"]


@dataclass(kw_only=True)
class CreateScreenshotTaskRequest(Request["CreateScreenshotTaskResponse"]):
    """Request of CreateScreenshotTask.

    创建一个在指定时间启动、结束的截图任务，并使用指定截图模板ID对应的配置进行截图。
    """

    stream_name: str
    """流名称。
    Example: livetest
    """

    domain_name: str
    """推流域名。
    Example: 5000.live.push.com
    """

    app_name: str
    """推流路径。
    Example: live
    """

    end_time: int
    """截图任务结束时间，Unix时间戳。设置时间必须大于StartTime及当前时间，且小于当前时间+7天。
    Example: 1589904000
    """

    template_id: int
    """截图模板ID，CreateLiveSnapshotTemplate 返回值。如果传入错误ID，则不拉起截图。
    Example: 0
    """

    start_time: int | Unset = UNSET
    """截图任务开始时间，Unix时间戳。如果不填表示立即启动截图。EndTime - StartTime不能超过24小时。
    Example: 1589889600
    """

    stream_type: int | Unset = UNSET
    """推流类型，默认0。取值：
    0-直播推流。
    1-合成流，即 A+B=C 类型混流。
    Example: 0
    """

    extension: str | Unset = UNSET
    """扩展字段，暂无定义。默认为空。
    Example: extension
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String", required=True),
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("EndTime", "end_time", "Integer", required=True),
        Field("TemplateId", "template_id", "Integer", required=True),
        Field("StartTime", "start_time", "Integer"),
        Field("StreamType", "stream_type", "Integer"),
        Field("Extension", "extension", "String"),
    )

    _action: ClassVar[str] = "CreateScreenshotTask"
    _response: ClassVar[str] = ".create_screenshot_task:CreateScreenshotTaskResponse"


@dataclass(kw_only=True)
class CreateScreenshotTaskResponse(Response):
    """Response of CreateScreenshotTask."""

    task_id: str | None | Unset = UNSET
    """任务ID，全局唯一标识截图任务。返回TaskId字段说明截图任务创建成功。
    Example: UpTbk5RSVhRQFkAAfHwQCCjcRD0lRFcZ0xTSlNTQltlRVRLU1JAWW9EUb
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "String"),
        Field("RequestId", "request_id", "String"),
    )
