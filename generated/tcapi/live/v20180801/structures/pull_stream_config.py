"""The PullStreamConfig structure (live 2018-08-01), used by DescribePullStreamConfigs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PullStreamConfig"]


@dataclass(kw_only=True)
class PullStreamConfig(Model):
    """拉流配置。"""

    config_id: str | None | Unset = UNSET
    """拉流配置 ID。
    Example: 5674
    """

    from_url: str | None | Unset = UNSET
    """源 URL。
    Example: rtmp://5000.liveplay.myqcloud.com/txlive
    """

    to_url: str | None | Unset = UNSET
    """目的 URL。
    Example: rtmp://5000.livepush2.myqcloud.com/live/3954_462724865?&txSecret=xx
    """

    area_name: str | None | Unset = UNSET
    """区域名。
    Example: 深圳
    """

    isp_name: str | None | Unset = UNSET
    """运营商名。
    Example: 电信
    """

    start_time: str | None | Unset = UNSET
    """开始时间。
    UTC格式时间，例如: 2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2018-07-06T14:40:23Z
    """

    end_time: str | None | Unset = UNSET
    """结束时间。
    UTC格式时间，例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2018-07-06T18:05:23Z
    """

    status: str | None | Unset = UNSET
    """状态:
    0: 无效。
    1: 初始状态。
    2: 正在运行。
    3: 拉起失败。
    4: 暂停。
    Example: 2
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ConfigId", "config_id", "String"),
        Field("FromUrl", "from_url", "String"),
        Field("ToUrl", "to_url", "String"),
        Field("AreaName", "area_name", "String"),
        Field("IspName", "isp_name", "String"),
        Field("StartTime", "start_time", "String", format="date-time"),
        Field("EndTime", "end_time", "String", format="date-time"),
        Field("Status", "status", "String", enum=("0", "1", "2", "3", "4")),
    )
