"""Request and response of ModifyCaster (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ModifyCasterRequest", "ModifyCasterResponse"]


@dataclass(kw_only=True)
class ModifyCasterRequest(Request["ModifyCasterResponse"]):
    """Request of ModifyCaster.

    该接口用来设置导播台的描述、名称、录制模板id等参数。
    """

    caster_id: int
    """导播台ID
    Example: 63501
    """

    caster_name: str | Unset = UNSET
    """导播台名称
    Example: example
    """

    description: str | Unset = UNSET
    """导播台的描述
    最大允许长度256
    Example: example caster
    """

    record_template_id: int | Unset = UNSET
    """录制模板id。
    默认为0。
    当使用直播录制功能时，可将使用的录制模版填入。
    该接口仅保存字段，不涉及任何录制功能。
    Example: 1
    """

    record_status: Literal[0, 1] | Unset = UNSET
    """录制状态，当调用录制接口后，可通过该字段保存录制状态。
    0：未录制
    1：录制中
    该接口仅保存字段，不涉及任何录制处理。
    Example: 1
    """

    expire_time: int | Unset = UNSET
    """导播台的过期时间戳。值为-1或unix时间戳。
    默认值为-1。
    当值为-1时，表示该导播台永不过期。
    当值为正常unix时间戳时，导播台将在该时间过期。
    导播台过期后，预监与主监画面将自动停止，转推自动停止。
    点播、直播url将停止转拉，推流url需自行停止推流。
    Example: -1
    """

    delay_time: int | Unset = UNSET
    """导播台延时播放时间，单位为秒。
    默认为0，最大支持300秒
    Example: 0
    """

    transition_type: str | Unset = UNSET
    """导播台转场类型。
    默认为空。
    允许使用通过DescribeCasterTransitionTypes接口中查询到的转场类型。
    Example: heart
    """

    pgm_width: int | Unset = UNSET
    """导播台主监输出的宽度，单位为像素。
    默认为1280，最大允许4096。
    Example: 1280
    """

    pgm_height: int | Unset = UNSET
    """导播台主监输出的高度，单位为像素。
    默认为720，最大允许2160。
    Example: 720
    """

    pgm_fps: int | Unset = UNSET
    """导播台主监输出的帧率。
    默认为0，表示随源输出。 最大支持60。
    Example: 0
    """

    pgm_bit_rate: int | Unset = UNSET
    """导播台主监输出的码率，单位为kbps。
    默认为0，表示随源的码率输出。
    最大允许10000kbps。
    Example: 0
    """

    fee_type: int | Unset = UNSET
    """导播台的计费类型。
    0 通用型
    1 播单型。
    注： 本参数暂无作用。
    Example: 0
    """

    record_task_id: str | Unset = UNSET
    """录制接口返回的taskid
    注：该接口只做字段保存，不涉及录制操作。
    Example: UpTbk5RSVhRQFkAAfHwQCCjcRD0lRFcZ0xTSlNTQltlRVRLU1JAWW9EUb
    """

    pgm_audio_bit_rate: Literal[0, 128, 192, 256] | Unset = UNSET
    """导播台主监输出的音频码率，单位为kbps。
    可选项：[0, 128, 192, 256]
    默认值为0，表示随源的音频码率输出。
    Example: 128
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("CasterName", "caster_name", "String"),
        Field("Description", "description", "String"),
        Field("RecordTemplateId", "record_template_id", "Integer"),
        Field("RecordStatus", "record_status", "Integer", enum=(0, 1)),
        Field("ExpireTime", "expire_time", "Integer"),
        Field("DelayTime", "delay_time", "Integer"),
        Field("TransitionType", "transition_type", "String"),
        Field("PgmWidth", "pgm_width", "Integer"),
        Field("PgmHeight", "pgm_height", "Integer"),
        Field("PgmFps", "pgm_fps", "Integer"),
        Field("PgmBitRate", "pgm_bit_rate", "Integer"),
        Field("FeeType", "fee_type", "Integer"),
        Field("RecordTaskId", "record_task_id", "String"),
        Field("PgmAudioBitRate", "pgm_audio_bit_rate", "Integer", enum=(0, 128, 192, 256)),
    )

    _action: ClassVar[str] = "ModifyCaster"
    _response: ClassVar[str] = ".modify_caster:ModifyCasterResponse"


@dataclass(kw_only=True)
class ModifyCasterResponse(Response):
    """Response of ModifyCaster."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
