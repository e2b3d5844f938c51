"""The CasterInfo structure (live 2018-08-01), used by DescribeCaster."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CasterInfo"]


@dataclass(kw_only=True)
class CasterInfo(Model):
    """导播台信息"""

    caster_id: int | None | Unset = UNSET
    """导播台ID
    Example: 63501
    """

    caster_name: str | None | Unset = UNSET
    """导播台名称
    Example: example_name
    """

    start_live_time: int | None | Unset = UNSET
    """导播台上一次启动pgm的时间，值为unix时间戳。
    Example: 0
    """

    description: str | None | Unset = UNSET
    """导播台的描述
    Example: example description
    """

    create_time: int | None | Unset = UNSET
    """导播台创建时间，值为unix时间戳。
    Example: 1603158528
    """

    status: int | None | Unset = UNSET
    """导播台状态
    0：停止状态，无预监，无主监
    1：无预监，有主监
    2：有预监，无主监
    3：有预监，有主监
    Example: 0
    """

    expire_time: int | None | Unset = UNSET
    """导播台的过期时间戳。值为-1或unix时间戳。
    默认值为-1。 当值为-1时，表示该导播台永不过期。
    当值为正常unix时间戳时，导播台将在该时间过期。
    导播台过期后，预监与主监画面将自动停止，转推自动停止。
    点播、直播url将停止转拉，推流url需自行停止推流。
    Example: -1
    """

    delay_time: int | None | Unset = UNSET
    """导播台延时播放时间，单位为秒。
    Example: 0
    """

    pgm_width: int | None | Unset = UNSET
    """导播台主监输出的宽度，单位为像素。
    Example: 1280
    """

    pgm_height: int | None | Unset = UNSET
    """导播台主监输出的高度，单位为像素。
    Example: 720
    """

    pgm_fps: int | None | Unset = UNSET
    """导播台主监输出的帧率。
    Example: 25
    """

    pgm_bit_rate: int | None | Unset = UNSET
    """导播台主监输出的码率，单位为kbps
    Example: 2000
    """

    pgm_audio_bit_rate: int | None | Unset = UNSET
    """导播台主监输出的音频码率，单位为kbps。
    Example: 256
    """

    fee_type: int | None | Unset = UNSET
    """导播台的计费类型。
    0 通用型 1 播单型。
    注： 本参数暂无作用。
    Example: 0
    """

    record_template_id: int | None | Unset = UNSET
    """录制模板id。
    Example: 1
    """

    record_status: int | None | Unset = UNSET
    """录制状态。
    0：未录制
    1：录制中
    Example: 0
    """

    record_task_id: str | None | Unset = UNSET
    """录制接口返回的taskid
    Example: UpTbk5RSVhRQFkAAfHwQCCjcRD0lRFcZ0xTSlNTQltlRVRLU1JAWW9EUb
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer"),
        Field("CasterName", "caster_name", "String"),
        Field("StartLiveTime", "start_live_time", "Integer"),
        Field("Description", "description", "String"),
        Field("CreateTime", "create_time", "Integer"),
        Field("Status", "status", "Integer", enum=(0, 1, 2, 3)),
        Field("ExpireTime", "expire_time", "Integer"),
        Field("DelayTime", "delay_time", "Integer"),
        Field("PgmWidth", "pgm_width", "Integer"),
        Field("PgmHeight", "pgm_height", "Integer"),
        Field("PgmFps", "pgm_fps", "Integer"),
        Field("PgmBitRate", "pgm_bit_rate", "Integer"),
        Field("PgmAudioBitRate", "pgm_audio_bit_rate", "Integer"),
        Field("FeeType", "fee_type", "Integer"),
        Field("RecordTemplateId", "record_template_id", "Integer"),
        Field("RecordStatus", "record_status", "Integer", enum=(0, 1)),
        Field("RecordTaskId", "record_task_id", "String"),
    )
