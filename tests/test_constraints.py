"""Constraints read from descriptions: only what a sentence states unambiguously, with the sentence kept."""

from __future__ import annotations

from codegen.parse.constraints import extract_constraints


def test_numbered_values_and_default() -> None:
    c = extract_constraints("垫片内容类型：\n1：图片，2：视频。\n默认值：1。", "Integer")
    assert c.enum == [1, 2] and c.default == 1
    assert "默认值：1。" in c.evidence


def test_ranges() -> None:
    c = extract_constraints("断流等待时间。\n取值范围：0-30000。\n单位：ms。", "Integer")
    assert (c.minimum, c.maximum) == (0, 30000)
    c = extract_constraints("最大垫片时长。\n取值范围：0 - 正无穷。", "Integer")
    assert (c.minimum, c.maximum) == (0, None)


def test_lengths() -> None:
    assert extract_constraints("模板名称。\n长度上限：255字节。", "String").max_length == 255
    assert extract_constraints("It can contain up to 1,000 characters.", "String").max_length == 1000


def test_quoted_values_with_default_marker() -> None:
    c = extract_constraints('Recording file format. Valid values:\n"flv" (default), "hls", "mp4".', "String")
    assert c.enum == ["flv", "hls", "mp4"] and c.default == "flv"


def test_case_insensitive_values_are_not_an_enum() -> None:
    text = (
        'Recording type.\n"video": audio and video (default).\n"audio": audio.\nThis parameter is not case sensitive.'
    )
    assert extract_constraints(text, "String").enum is None


def test_formats_and_deprecation() -> None:
    assert extract_constraints("Start time in ISO 8601 format.", "String").format == "date-time"
    assert extract_constraints("时间格式为 yyyy-mm-dd HH:MM:SS。", "String").format == "yyyy-mm-dd hh:mm:ss"
    assert extract_constraints("该字段已废弃。", "String").deprecated


def test_nothing_is_invented() -> None:
    c = extract_constraints("Whether to clip persistently. Default: no.", "Integer")
    assert c.default is None and c.enum is None
    assert extract_constraints("Push domain name.", "String").is_empty()


def test_a_limit_stated_for_one_case_only_is_left_out() -> None:
    text = "水印宽度。\n当该值为大于1的整数值时，单位为像素，允许范围[1,1920]。\n当该值为小于1大于0的小数时，单位为百分比。"
    c = extract_constraints(text, "Float")
    assert (c.minimum, c.maximum) == (None, None)
    assert extract_constraints("If you use HLS, it can contain up to 64 characters.", "String").max_length is None
    assert extract_constraints("是否开启当前格式录制，默认值为0，0：否， 1：是。", "Integer").enum == [0, 1]
