"""Request and response of Get_LiveStat (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["GetLiveStatRequest", "GetLiveStatResponse"]


@dataclass(kw_only=True)
class GetLiveStatRequest(Request["GetLiveStatResponse"]):
    """Request of Get_LiveStat.

    Get_LivePushStat ：仅返回推流统计信息以提高查询效率。
    """

    cmd: str
    """int 即直播 APPID，用于区分不同客户的身份"""

    interface: str
    """如：Get_LivePushStat"""

    t: int
    """UNIX 时间戳（十进制）"""

    sign: str
    """MD5(key+t)"""

    param_n_page_no: int | Unset = UNSET
    """从1开始，默认为1"""

    param_n_page_size: int | Unset = UNSET
    """1 - 300，默认为300"""

    param_s_stream_id: str | Unset = UNSET
    """如不设置 stream_id：查询所有正在直播中的流"""

    param_s_pull_domain: str | Unset = UNSET
    """即播放域名，如果不填则返回所有域名的播放数据"""

    param_s_push_domain: str | Unset = UNSET
    """推流域名，如果不填，查询所有推流域名下的流列表"""

    ret: int | Unset = UNSET
    """0：成功；其他值：失败"""

    message: str | Unset = UNSET
    """错误信息"""

    output: list[dict[str, Any]] | Unset = UNSET
    """详情见下"""

    stream_count: int | Unset = UNSET
    """-"""

    stream_info: list[dict[str, Any]] | Unset = UNSET
    """详情见下"""

    total_bandwidth: float | Unset = UNSET
    """单位：Mbps"""

    total_online: int | Unset = UNSET
    """单位：人
    其中 stream_info 的主要内容为：
    """

    stream_name: str | Unset = UNSET
    """-"""

    bandwidth: float | Unset = UNSET
    """单位：Mbps"""

    online: int | Unset = UNSET
    """单位：人"""

    client_ip: dict[str, Any] | Unset = UNSET
    """string -"""

    server_ip: dict[str, Any] | Unset = UNSET
    """string -"""

    fps: int | Unset = UNSET
    """-"""

    speed: int | Unset = UNSET
    """bps"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("cmd", "cmd", "String", required=True),
        Field("interface", "interface", "String", required=True),
        Field("t", "t", "Integer", required=True),
        Field("sign", "sign", "String", required=True),
        Field("Param.n.page_no", "param_n_page_no", "Integer"),
        Field("Param.n.page_size", "param_n_page_size", "Integer"),
        Field("Param.s.stream_id", "param_s_stream_id", "String"),
        Field("Param.s.pull_domain", "param_s_pull_domain", "String"),
        Field("Param.s.push_domain", "param_s_push_domain", "String"),
        Field("ret", "ret", "Integer"),
        Field("message", "message", "String"),
        Field("output", "output", "Object", array=True),
        Field("stream_count", "stream_count", "Integer"),
        Field("stream_info", "stream_info", "Object", array=True),
        Field("total_bandwidth", "total_bandwidth", "Float"),
        Field("total_online", "total_online", "Integer"),
        Field("stream_name", "stream_name", "String"),
        Field("bandwidth", "bandwidth", "Float"),
        Field("online", "online", "Integer"),
        Field("client_ip", "client_ip", "Object"),
        Field("server_ip", "server_ip", "Object"),
        Field("fps", "fps", "Integer"),
        Field("speed", "speed", "Integer"),
    )

    _action: ClassVar[str] = "Get_LiveStat"
    _response: ClassVar[str] = ".get_live_stat:GetLiveStatResponse"


@dataclass(kw_only=True)
class GetLiveStatResponse(Response):
    """Response of Get_LiveStat."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
