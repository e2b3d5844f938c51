"""Constraints read from descriptions: only what a sentence states unambiguously, with the sentence kept."""

from __future__ import annotations

from codegen.parse.constraints import extract_constraints, read_constraints


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


# The descriptions below are the Cloud Live manual's (seed 004) and the MPS page's (seed 003) words.


def test_a_bracketed_list_is_the_values_not_a_range() -> None:
    sample_rate = (
        "输出流音频采样率。取值范围[96000, 88200, 64000, 48000, 44100, 32000,24000, 22050, 16000,\n"
        "12000, 11025, 8000]。\n不填的情况下，系统会自动判断。"
    )
    c = extract_constraints(sample_rate, "Integer")
    assert c.enum == [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000]
    assert (c.minimum, c.maximum) == (None, None)
    assert any("96000" in e and "8000]" in e for e in c.evidence)  # the list wrapped over two lines is one sentence

    input_type = "输入源类型。\n范围[0,1,2,3,4]。\n0：推流地址。\n1：点播文件地址。\n2：直播拉流地址。\n3：图片地址。\n4：webrtc协议推流地址。"
    c = extract_constraints(input_type, "Integer")
    assert c.enum == [0, 1, 2, 3, 4] and (c.minimum, c.maximum) == (None, None)

    play_url = (
        "请求播放url的类型。\n取值范围[1，2，3]\n1：获取输入源的播放url\n2：获取pvw的播放url\n3：获取pgm的播放url"
    )
    c = extract_constraints(play_url, "Integer")
    assert c.enum == [1, 2, 3] and c.maximum is None


def test_a_two_value_bracket_is_an_interval() -> None:
    c = extract_constraints("输入源音量百分比。\n默认为100。表示音量为原始大小。\n允许值[0,200]。", "Integer")
    assert (c.minimum, c.maximum, c.default) == (0, 200, 100)
    text = "输入类型。取值范围[0，5]。\n不填默认为0。\n0表示输入流为音视频。\n2表示输入流为图片。"
    assert (extract_constraints(text, "Integer").minimum, extract_constraints(text, "Integer").maximum) == (0, 5)


def test_a_minimum_above_the_maximum_is_no_range() -> None:
    reading = read_constraints("码率。最小值：500。最大值：100。", "Integer")
    assert (reading.constraints.minimum, reading.constraints.maximum) == (None, None)
    assert any("above the maximum" in d.reason for d in reading.doubts)


def test_values_listed_beside_any_count_above_zero_are_no_enum() -> None:
    text = (
        "点播拉流转推循环次数。\n-1：无限循环，直到任务结束。\n0：不循环。\n>0：具体循环次数。次数和时间以先结束的为准。\n"
        "注意：拉流源为点播，该配置生效。"
    )
    reading = read_constraints(text, "Integer")
    assert reading.constraints.enum is None
    assert reading.constraints.minimum == -1  # -1, 0 and every count above 0: nothing below -1 is allowed
    assert reading.constraints.maximum is None
    assert any("open range" in d.reason for d in reading.doubts)
    as_string = read_constraints("点播拉流转推循环次数。默认：-1。\n" + text.split("\n", 1)[1], "String")
    assert as_string.constraints.enum is None


def test_an_empty_string_the_text_accepts_is_a_value() -> None:
    text = "DRM 加密类型，可选值：fairplay、normalaes、widevine。\n不传递或者为空字符串，清空之前的DRM配置。"
    c = extract_constraints(text, "String")
    assert c.enum == ["fairplay", "normalaes", "widevine", ""]
    assert "不传递或者为空字符串" in "\n".join(c.evidence)
    assert extract_constraints("名称，可选值：a、b。不能为空字符串。", "String").enum == ["a", "b"]


def test_numbered_notes_are_not_values() -> None:
    schedule = (
        "The live scheme ID.\nNote 1:\n• If an output storage (OutputStorage) and directory (OutputDir) are specified "
        "for a subtask of the scheme, those output settings will be applied.\n• Note 2: If TaskNotifyConfig is "
        "specified when ProcessLiveStream is called, the specified settings will be applied instead."
    )
    reading = read_constraints(schedule, "Integer")
    assert reading.constraints.is_empty()
    assert any("notes" in d.reason for d in reading.doubts)
    assert extract_constraints("任务ID。\n说明1：仅支持直播。\n说明2：需先创建。", "Integer").enum is None
    assert extract_constraints("说明：\n1：先创建模板\n2：再绑定域名", "Integer").enum is None


def test_a_limit_for_one_case_is_left_out_with_a_doubt() -> None:
    reading = read_constraints("It can contain up to 250 characters and is valid only if IsPersistence is 1.", "String")
    assert reading.constraints.max_length is None and reading.doubts
    reading = read_constraints("当 Type 为 1 时，取值范围：1-10。", "Integer")
    assert (reading.constraints.minimum, reading.constraints.maximum) == (None, None) and reading.doubts
    # 'if not specified' is the default's own case, not a condition on the value
    assert extract_constraints("分页大小。如果不填，默认为20。", "Integer").default == 20


def test_a_limit_the_text_goes_past_is_not_enforced() -> None:
    text = "用户指定要返回的最大结果数，取值范围[0,100]。指定超过100时，API 强制使用100。指定值为负数时，接口返回错误。"
    c = extract_constraints(text, "Integer")
    assert c.maximum is None  # values above 100 are accepted (and clamped)
    assert c.minimum == 0  # negative values are refused: the lower bound stands


def test_numbers_with_thousands_separators_and_percentages() -> None:
    c = extract_constraints("Value range: 30-3,600. Default value: 300", "Integer")
    assert (c.minimum, c.maximum, c.default) == (30, 3600, 300)
    assert extract_constraints("The maximum length is 1,024 bytes", "String").max_length == 1024
    c = extract_constraints(
        "The minimum value allowed is 10% of disk capacity, and the maximum is 90% of it.", "Integer"
    )
    assert (c.minimum, c.maximum) == (None, None)
    c = extract_constraints("Number of instances. The default value is 1, minimum is 1, and maximum is 10.", "Integer")
    assert (c.minimum, c.maximum, c.default) == (1, 10, 1)


def test_negative_values_and_values_in_parentheses_are_listed() -> None:
    text = "套餐包当前计费方式:\n-1: 无计费方式或获取失败\n0: 无计费方式\n201: 月结带宽\n304: 日结流量。"
    assert extract_constraints(text, "Integer").enum == [-1, 0, 201, 304]
    text = "用作频道列表过滤，频道状态（0：无输入流；1：有输入流；2：异常；3：关闭；4：配置不完整）"
    assert extract_constraints(text, "Integer").enum == [0, 1, 2, 3, 4]
    text = "数据粒度，支持如下粒度：\n5：5分钟粒度，（跨度不支持超过1天），\n1440：天粒度（跨度不支持超过一个月）。\n默认值：5。"
    c = extract_constraints(text, "Integer")
    assert c.enum == [5, 1440] and c.default == 5


def test_a_default_that_is_no_value_of_a_structure_is_left_out() -> None:
    text = "Filter condition.\n• is-default - String - (Filter condition) Indicates whether it is the default VPC."
    assert extract_constraints(text, "Filter").default is None


def test_evidence_holds_every_listed_value() -> None:
    c = extract_constraints("是否慢直播：\n0： 普通直播，\n1 ：慢直播 。\n默认值： 0。", "Integer")
    assert c.enum == [0, 1] and c.default == 0
    listed = "\n".join(c.evidence)
    assert "0： 普通直播" in listed and "1 ：慢直播" in listed


def test_range_items_and_other_values_mean_no_enum() -> None:
    assert extract_constraints("0: 关闭；1-10: 等级；11: 最高", "Integer").enum is None
    assert extract_constraints("Valid values: -1: unlimited; 0: none; or any positive integer", "Integer").enum is None


def test_ratios_times_and_ports_are_not_listed_values() -> None:
    assert extract_constraints("画面比例，可选：16:9，4:3，1:1", "Integer").enum is None
    assert extract_constraints("源站地址，如 10.0.0.1:8080，10.0.0.2:8080", "Integer").enum is None
    assert extract_constraints("0:关闭，1:开启", "Integer").enum == [0, 1]


def test_a_limit_introduced_for_one_kind_of_thing_is_left_out() -> None:
    assert extract_constraints("For HTTP listeners, value range: 1-100.", "Integer").maximum is None
    assert extract_constraints("对于按量计费实例，取值范围：1-100。", "Integer").maximum is None
    assert extract_constraints("单位为像素时范围[1,1920]", "Integer").maximum is None
    assert extract_constraints("Value range: 1–100.", "Integer").maximum == 100  # an en dash is a dash


def test_a_list_of_ranges_is_no_value_list() -> None:
    assert extract_constraints("Valid values: 1-100, 200", "String").enum is None
