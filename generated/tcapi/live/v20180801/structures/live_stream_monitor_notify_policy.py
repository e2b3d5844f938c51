"""The LiveStreamMonitorNotifyPolicy structure (live 2018-08-01), used by CreateLiveStreamMonitor, DescribeLiveStreamMonitor, DescribeLiveStreamMonitorList, LiveStreamMonitorInfo,...."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["LiveStreamMonitorNotifyPolicy"]


@dataclass(kw_only=True)
class LiveStreamMonitorNotifyPolicy(Model):
    """直播流监播通知策略"""

    notify_policy_type: int | None | Unset = UNSET
    """通知策略类型：范围[0,1]
    0:代表不使用任何通知策略
    1:代表使用全局回调策略，所有事件通知到CallbackUrl。
    Example: 0
    """

    callback_url: str | None | Unset = UNSET
    """回调URL：长度[0,512]
    只支持http和https类型的url。
    Example: http://notify.example.com/notify
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("NotifyPolicyType", "notify_policy_type", "Integer", enum=(0, 1), minimum=0, maximum=1),
        Field("CallbackUrl", "callback_url", "String"),
    )
