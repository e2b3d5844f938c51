"""The CasterDisplayInfo structure (live 2018-08-01), used by CreateCasterPgm, CreateCasterPvw, DescribeCasterDisplayInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CasterDisplayInfo"]


@dataclass(kw_only=True)
class CasterDisplayInfo(Model):
    """导播台展示信息，包括使用的布局、水印、字幕、转场、音频等信息"""

    layout_index: int | None | Unset = UNSET
    """布局Index。
    如果使用自定义布局，为自定义布局下标。
    如果使用单输入布局，如使用输入1，则LayoutIndexType=1， 且LayoutIndex=1，以此类推。
    Example: 1
    """

    mark_pic_index_list: list[int] | None | Unset = UNSET
    """使用的水印Index列表。
    注：当作为入参使用时，列表中的水印Index需要已经存在。
    Example: [1]
    """

    mark_word_index_list: list[int] | None | Unset = UNSET
    """使用的文字水印Index列表。
    注：作为入参使用时，列表中的Index需要已经存在。
    Example: [1]
    """

    transition_type: str | None | Unset = UNSET
    """使用的转场类型。
    注：支持的转场类型可通过DescribeCasterTransitionTypes接口获取。
    Example: heart
    """

    audio_index_list: list[int] | None | Unset = UNSET
    """使用的音频输入Index列表。
    注：当该字段非空时，表示使用布局中对应的输入源的视频，AudioIndexList中对应的输入源的音频。且这
    些输入源需已存在。
    Example: [2]
    """

    input_start_type: int | None | Unset = UNSET
    """作为入参时，表示使用点播输入源，单画面输入时，点播文件是否从头开始播放。
    默认为0。
    有效值，0,1。
    0代表不从头播放
    1代表从头播放
    Example: 0
    """

    layout_index_type: int | None | Unset = UNSET
    """LayoutIndex类型，
    默认值:0
    可选值[0,1]
    0:默认类型，代表普通布局
    1:单输入类型，代表单输入布局
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("LayoutIndex", "layout_index", "Integer"),
        Field("MarkPicIndexList", "mark_pic_index_list", "Integer", array=True),
        Field("MarkWordIndexList", "mark_word_index_list", "Integer", array=True),
        Field("TransitionType", "transition_type", "String"),
        Field("AudioIndexList", "audio_index_list", "Integer", array=True),
        Field("InputStartType", "input_start_type", "Integer"),
        Field("LayoutIndexType", "layout_index_type", "Integer", enum=(0, 1), minimum=0, maximum=1),
    )
