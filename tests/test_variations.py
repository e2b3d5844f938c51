"""Property-based tests: what varies between real Tencent Cloud API pages must not change what the parser reads.

One page is described below as data (its action, parameters, error codes and examples); `render` writes it as
Markdown in the way a drawn `Style` says: section titles in Chinese or English, numbered or not, as headings or bold
lines; column headers in their several wordings; pipe tables padded and aligned or not, with extra empty trailing
cells; CRLF line endings; error codes before or after the examples; `Array of [Filter](link)` or `Filters.N`; `<br>`
and `<li>` inside cells; the API Explorer `<div>`; a `*Source: …*` footer. Every rendering must parse to the spec of
the plain rendering, and that spec is checked against the description."""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.spec.io import spec_to_dict
from codegen.spec.model import ServiceSpec

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------------
# The page, as data


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # "String", "Integer", "Boolean", a structure name; `array` says whether it is a list
    array: bool
    required: bool
    description: str  # sentences; a description with several is where <br> and <li> go
    link: bool = False  # a structure type written as a link


ACTION = "DescribeWidgets"
SERVICE = "widget"
VERSION = "2020-02-02"
DESCRIPTION = "本接口（DescribeWidgets）用于查询部件列表。"
RATE = 20

INPUTS = (
    Param("WidgetIds", "String", True, False, "部件 ID 列表。每次请求的上限为 100。"),
    Param("Filters", "Filter", True, False, "过滤条件。不能与 WidgetIds 同时指定。", link=True),
    Param("Name", "String", False, True, "部件名称。最多 60 个字符。"),
    Param("Limit", "Integer", False, False, "返回数量，默认值：20。取值范围：1-100。"),
    Param("Enabled", "Boolean", False, False, "是否启用。"),
    Param("Spec", "WidgetSpec", False, False, "部件规格。", link=True),
)
OUTPUTS = (
    Param("TotalCount", "Integer", False, False, "符合条件的部件数量。"),
    Param("WidgetSet", "Widget", True, False, "部件列表。注意：此字段可能返回 null，表示取不到有效值。", link=True),
    Param("RequestId", "String", False, False, "唯一请求 ID，每次请求都会返回。"),
)
ERRORS = (
    ("InvalidFilter", "无效的过滤器。"),
    ("InvalidParameterValue.Limit", "Limit 取值错误。"),
    ("ResourceNotFound.Widget", "部件不存在。"),
)
EXAMPLES = (
    (
        "示例1 查询部件列表",
        ("Name=w1", "Limit=10", "Filters.0.Name=zone", "Filters.0.Values.0=ap-guangzhou-1"),
        '{\n  "Response": {\n    "TotalCount": 1,\n    "WidgetSet": [\n      {\n        "WidgetId": "w-1"\n'
        '      }\n    ],\n    "RequestId": "6a44afb7-0644-4ff9-9761-3502f99d3a15"\n  }\n}',
    ),
    (
        "示例2 按 ID 查询部件",
        ("Name=w2", "WidgetIds.0=w-2", "WidgetIds.1=w-3", "Enabled=true"),
        '{\n  "Response": {\n    "TotalCount": 0,\n    "WidgetSet": [],\n'
        '    "RequestId": "1a21f666-d00e-4df8-92f7-7121f9012e43"\n  }\n}',
    ),
)

# ---------------------------------------------------------------------------------------------------------------------
# What varies

SECTION_TITLES = {
    "description": ("接口描述", "API Description"),
    "input": ("输入参数", "请求参数", "Input Parameters", "Request Parameters", "Input Parameter"),
    "output": ("输出参数", "Output Parameters", "Response Parameters", "Output Parameter"),
    "examples": ("示例", "Example", "Examples", "Sample", "调用示例"),
    "errors": ("错误码", "Error Code", "Error Codes"),
    "resources": ("开发者资源", "Developer Resources"),
}
NAME_HEADERS = ("参数名称", "参数名", "Parameter Name", "Parameter name", "**参数名称**")
REQUIRED_HEADERS = ("必选", "是否必选", "是否必填", "Required")
TYPE_HEADERS = ("类型", "Type")
DESCRIPTION_HEADERS = ("描述", "Description", "说明")
CODE_HEADERS = ("错误码", "Error Code")
YES_NO = (("是", "否"), ("Yes", "No"))
DOMAIN_LINES = (
    "接口请求域名： widget.tencentcloudapi.com 。",
    "API domain name: widget.tencentcloudapi.com.",
    "Domain name for API request: widget.tencentcloudapi.com.",
)
RATE_LINES = (
    "默认接口请求频率限制：20次/秒。",
    "Default API request rate limit: 20 requests/sec.",
    "A maximum of 20 requests can be initiated per second for this API.",
)
ACTION_ROWS = (
    "公共参数，本接口取值：DescribeWidgets",
    "Common parameter. The value used for this API: DescribeWidgets",
    "Common parameter; the name of this API: DescribeWidgets",
)
VERSION_ROWS = (
    "公共参数，本接口取值：2020-02-02",
    "Common parameter. The value used for this API: 2020-02-02",
    "Common parameter; the version of this API: 2020-02-02",
)
REQUEST_TITLES = ("输入示例", "Input Example", "Input Sample Code", "请求参数", "Request")
RESPONSE_TITLES = ("输出示例", "Output Example", "Output Sample Code", "返回参数", "Response")
COMMON_MARKERS = ("&<公共请求参数>", "&<Common request parameters>", "&<Common request parameter>")
EXPLORER_DIV = (
    '<div class="rno-api-explorer">\n'
    '    <div class="rno-api-explorer-inner">\n'
    '        <div class="rno-api-explorer-hd">\n'
    '            <div class="rno-api-explorer-title">\n'
    "                推荐使用 API Explorer\n"
    "            </div>\n"
    '            <a href="https://console.cloud.tencent.com/api/explorer?Product=widget&Version=2020-02-02&'
    'Action=DescribeWidgets" class="rno-api-explorer-btn" hotrep="doc.api.explorerbtn"><i class="rno-icon-explorer">'
    "</i>点击调试</a>\n"
    "        </div>\n"
    '        <div class="rno-api-explorer-body">\n'
    '            <div class="rno-api-explorer-cont">\n'
    "                API Explorer 提供了在线调用、签名验证、SDK 代码生成和快速检索接口等能力。\n"
    "            </div>\n"
    "        </div>\n"
    "    </div>\n"
    "</div>"
)


@dataclass(frozen=True)
class Style:
    titles: tuple[int, int, int, int, int, int] = (0, 0, 0, 0, 0, 0)  # index into SECTION_TITLES per section
    heading: str = "numbered"  # numbered | unnumbered | bold | bold-unnumbered | bold-in-heading
    level: int = 2  # of section headings
    example_level: str = "deeper"  # deeper | same: '## 示例1 …' under '## 5. 示例', as on the cvm page
    page_title: bool = False  # a '# DescribeWidgets' line above the page
    name_header: int = 0
    required_header: int = 0
    type_header: int = 0
    description_header: int = 0
    code_header: int = 0
    yes_no: int = 0
    domain_line: int = 0
    rate_line: int = 0
    action_row: int = 0
    version_row: int = 0
    request_title: int = 0
    response_title: int = 0
    io_titles_as: str = "heading"  # heading | bold | plain
    common_marker: int = 0
    padded: bool = False  # columns aligned with spaces, as editors write them
    separator: str = "---------"
    outer_pipes: bool = True
    trailing_cells: int = 0  # extra empty cells at the end of body rows
    header_trailing_cell: bool = False  # … and of the header row too
    cell_spaces: str = " "
    crlf: bool = False
    errors_first: bool = False
    resources: bool = True
    array_style: str = "both"  # both: 'X.N' + 'Array of T' | suffix: 'X.N' + 'T' | array: 'X' + 'Array of T'
    link_style: str = "link"  # link | broken | plain: '[Filter](…#Filter)', '[Filter](…/##Filter)', 'Filter'
    cell_markup: str = "none"  # none | br | li | p
    explorer_div: bool = False
    source_footer: bool = False
    blank_lines: int = 1


# ---------------------------------------------------------------------------------------------------------------------
# Rendering


def _title(style: Style, kind: str, number: int) -> str:
    keys = list(SECTION_TITLES)
    text = SECTION_TITLES[kind][style.titles[keys.index(kind)] % len(SECTION_TITLES[kind])]
    numbered = f"{number}. {text}"
    hashes = "#" * style.level
    if style.heading == "numbered":
        return f"{hashes} {numbered}"
    if style.heading == "unnumbered":
        return f"{hashes} {text}"
    if style.heading == "bold":
        return f"**{numbered}**"
    if style.heading == "bold-unnumbered":
        return f"**{text}**" if kind != "description" else f"{hashes} {text}"
    return f"{hashes} **{numbered}**"


def _cell_text(style: Style, description: str) -> str:
    sentences = [s for s in re.split(r"(?<=[。.])", description) if s]
    if len(sentences) < 2 or style.cell_markup == "none":
        return description
    if style.cell_markup == "br":
        return "<br>".join(sentences)
    if style.cell_markup == "li":
        return sentences[0] + "".join(f"<li>{s}</li>" for s in sentences[1:])
    return "".join(f"<p>{s}</p>" for s in sentences)


def _type_text(style: Style, param: Param, output: bool) -> str:
    base = param.type
    if param.link and style.link_style != "plain":
        anchor = "##" if style.link_style == "broken" else "#"
        base = f"[{param.type}](/document/api/1234/5678{anchor}{param.type})"
    if param.array and (output or style.array_style != "suffix"):
        return f"Array of {base}"
    return base


def _name_text(style: Style, param: Param, output: bool) -> str:
    if param.array and not output and style.array_style in ("both", "suffix"):
        return f"{param.name}.N"
    return param.name


def _table(style: Style, header: list[str], rows: list[list[str]]) -> list[str]:
    # Without outer pipes an empty last cell cannot be written: 'a | b |' is the row 'a', 'b'.
    if style.header_trailing_cell and style.outer_pipes:
        header = [*header, ""]
    body = [[*row, *([""] * (style.trailing_cells if style.outer_pipes else 0))] for row in rows]
    widths = [max(len(r[i]) if i < len(r) else 0 for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str], pad: str = style.cell_spaces) -> str:
        if style.padded:
            cells = [c.ljust(widths[i]) if i < len(widths) else c for i, c in enumerate(cells)]
        inner = "|".join(f"{pad}{c}{pad}" for c in cells)
        return f"|{inner}|" if style.outer_pipes else inner.strip()

    separator = [style.separator if not style.padded else "-" * max(3, widths[i]) for i in range(len(header))]
    out = [line(header), line(separator, " " if style.cell_spaces.strip(" ") else style.cell_spaces)]
    out += [line(row) for row in body]
    return out


def render(style: Style) -> str:
    yes, no = YES_NO[style.yes_no]
    blank = [""] * style.blank_lines
    lines: list[str] = []
    if style.page_title:
        lines += [f"# {ACTION}", *blank]
    number = 1

    def section(kind: str, body: list[str]) -> None:
        nonlocal number
        lines.extend([_title(style, kind, number), *blank, *body, *blank])
        number += 1

    description = [DOMAIN_LINES[style.domain_line], "", DESCRIPTION, "", RATE_LINES[style.rate_line]]
    if style.explorer_div:
        description += ["", EXPLORER_DIV]
    section("description", description)

    header = [
        NAME_HEADERS[style.name_header],
        REQUIRED_HEADERS[style.required_header],
        TYPE_HEADERS[style.type_header],
        DESCRIPTION_HEADERS[style.description_header],
    ]
    rows = [
        ["Action", yes, "String", ACTION_ROWS[style.action_row]],
        ["Version", yes, "String", VERSION_ROWS[style.version_row]],
        ["Region", no, "String", "公共参数，本接口不需要传递此参数。"],
    ]
    rows += [
        [
            _name_text(style, p, False),
            yes if p.required else no,
            _type_text(style, p, False),
            _cell_text(style, p.description),
        ]
        for p in INPUTS
    ]
    section("input", ["以下请求参数列表仅列出了接口请求参数和部分公共参数。", "", *_table(style, header, rows)])
    out_header = [header[0], header[2], header[3]]
    out_rows = [[p.name, _type_text(style, p, True), _cell_text(style, p.description)] for p in OUTPUTS]
    section("output", _table(style, out_header, out_rows))

    def errors() -> None:
        code_rows = [[code, text] for code, text in ERRORS]
        section("errors", _table(style, [CODE_HEADERS[style.code_header], header[3]], code_rows))

    def examples() -> None:
        body: list[str] = []
        example_hashes = "#" * (style.level + (1 if style.example_level == "deeper" else 0))
        io_hashes = "#" * (len(example_hashes) + 1)
        for title, query, response in EXAMPLES:
            body += [f"{example_hashes} {title}", *blank]
            for io_title, code in (
                (REQUEST_TITLES[style.request_title], _request(style, query)),
                (RESPONSE_TITLES[style.response_title], response),
            ):
                if style.io_titles_as == "heading":
                    body += [f"{io_hashes} {io_title}", ""]
                elif style.io_titles_as == "bold":
                    body += [f"**{io_title}**", ""]
                else:
                    body += [io_title, ""]
                body += ["```", code, "```", *blank]
        section("examples", body)

    if style.errors_first:
        errors()
        examples()
    else:
        examples()
    if style.resources:
        section(
            "resources",
            ["### API Explorer", "", "* [API 3.0 Explorer](https://console.cloud.tencent.com/api/explorer)", ""],
        )
    if not style.errors_first:
        errors()
    if style.source_footer:
        lines += [
            "---",
            f"*Source: [https://cloud.tencent.com/document/api/1234/5678](https://cloud.tencent.com/document/api/1234/5678)*",
        ]
    text = "\n".join(lines) + "\n"
    return text.replace("\n", "\r\n") if style.crlf else text


def _request(style: Style, query: tuple[str, ...]) -> str:
    return "\n".join(
        [
            f"https://{SERVICE}.tencentcloudapi.com/?Action={ACTION}",
            *(f"&{q}" for q in query),
            COMMON_MARKERS[style.common_marker],
        ]
    )


# ---------------------------------------------------------------------------------------------------------------------
# Comparing


def _parse(text: str, name: str = "widget-DescribeWidgets.md") -> ServiceSpec:
    return parse_document(read_document(name, text))


def _normal(text: str) -> str:
    """Cell markup turns into line breaks and bullets; a description's characters are what must not change."""
    return re.sub(r"\s+", "", text.replace("•", ""))


def _essence(spec: ServiceSpec) -> dict[str, Any]:
    data = spec_to_dict(spec)
    data.pop("sources")
    for action in data["actions"].values():
        action.pop("source")
        action["description"] = _normal(action["description"])
        for f in [*action["input"], *action["output"]]:
            f["description"] = _normal(f["description"])
            if "evidence" in f["constraints"]:
                f["constraints"]["evidence"] = [_normal(e) for e in f["constraints"]["evidence"]]
    for structure in data["structures"].values():
        structure.pop("source", None)
    data["language"] = None
    return data


BASE = Style()
BASE_SPEC = _essence(_parse(render(BASE)))


def test_the_plain_rendering_reads_as_described() -> None:
    spec = _parse(render(BASE))
    assert (spec.service, spec.version, spec.endpoint) == (SERVICE, VERSION, "widget.tencentcloudapi.com")
    action = spec.actions[ACTION]
    assert action.description == DESCRIPTION
    assert action.rate_limit == RATE
    assert [(f.name, f.type, f.array, f.required) for f in action.input] == [
        (p.name, p.type, p.array, p.required) for p in INPUTS
    ]
    assert [(f.name, f.type, f.array) for f in action.output] == [(p.name, p.type, p.array) for p in OUTPUTS]
    assert [f.description for f in action.input] == [p.description for p in INPUTS]
    assert action.errors == [code for code, _ in ERRORS]
    assert [e.title for e in action.examples] == [title for title, _, _ in EXAMPLES]
    assert action.examples[0].request == {
        "Name": "w1",
        "Limit": 10,
        "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-1"]}],
    }
    assert action.examples[1].request == {"Name": "w2", "WidgetIds": ["w-2", "w-3"], "Enabled": True}
    assert action.examples[1].response == {
        "Response": {"TotalCount": 0, "WidgetSet": [], "RequestId": "1a21f666-d00e-4df8-92f7-7121f9012e43"}
    }
    limit = next(f for f in action.input if f.name == "Limit")
    assert (limit.constraints.minimum, limit.constraints.maximum, limit.constraints.default) == (1, 100, 20)
    assert next(f for f in action.input if f.name == "Name").constraints.max_length == 60
    assert next(f for f in action.output if f.name == "WidgetSet").nullable
    assert spec.structures["Filter"].defined is False


def _differences(a: Any, b: Any, path: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b), key=str) for d in _differences(a.get(k), b.get(k), f"{path}/{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {a!r:.200} != {b!r:.200}"]


def _check(style: Style) -> None:
    text = render(style)
    differences = _differences(BASE_SPEC, _essence(_parse(text)))
    assert not differences, "\n".join(differences[:10]) + "\n\n" + text


STYLES = st.builds(
    Style,
    titles=st.tuples(*(st.integers(0, 4) for _ in range(6))),
    heading=st.sampled_from(["numbered", "unnumbered", "bold", "bold-unnumbered", "bold-in-heading"]),
    level=st.sampled_from([2, 3]),
    example_level=st.sampled_from(["deeper", "same"]),
    page_title=st.booleans(),
    name_header=st.integers(0, len(NAME_HEADERS) - 1),
    required_header=st.integers(0, len(REQUIRED_HEADERS) - 1),
    type_header=st.integers(0, len(TYPE_HEADERS) - 1),
    description_header=st.integers(0, len(DESCRIPTION_HEADERS) - 1),
    code_header=st.integers(0, len(CODE_HEADERS) - 1),
    yes_no=st.integers(0, 1),
    domain_line=st.integers(0, len(DOMAIN_LINES) - 1),
    rate_line=st.integers(0, len(RATE_LINES) - 1),
    action_row=st.integers(0, len(ACTION_ROWS) - 1),
    version_row=st.integers(0, len(VERSION_ROWS) - 1),
    request_title=st.integers(0, len(REQUEST_TITLES) - 1),
    response_title=st.integers(0, len(RESPONSE_TITLES) - 1),
    io_titles_as=st.sampled_from(["heading", "bold", "plain"]),
    common_marker=st.integers(0, len(COMMON_MARKERS) - 1),
    padded=st.booleans(),
    separator=st.sampled_from(["---", "---------", ":---", ":---:", "---:"]),
    outer_pipes=st.booleans(),
    trailing_cells=st.integers(0, 2),
    header_trailing_cell=st.booleans(),
    cell_spaces=st.sampled_from([" ", "", "  ", "\t", " \u00a0"]),
    crlf=st.booleans(),
    errors_first=st.booleans(),
    resources=st.booleans(),
    array_style=st.sampled_from(["both", "suffix", "array"]),
    link_style=st.sampled_from(["link", "broken", "plain"]),
    cell_markup=st.sampled_from(["none", "br", "li", "p"]),
    explorer_div=st.booleans(),
    source_footer=st.booleans(),
    blank_lines=st.integers(1, 3),
)


@settings(max_examples=60, deadline=None, database=None)
@given(STYLES)
def test_any_combination_of_variations_parses_the_same(style: Style) -> None:
    _check(style)


# One knob at a time, every value: a failure names the construct.


def _each(**values: list[Any]) -> list[Style]:
    return [replace(BASE, **{key: value}) for key, options in values.items() for value in options]


ONE_AT_A_TIME = _each(
    heading=["numbered", "unnumbered", "bold", "bold-unnumbered", "bold-in-heading"],
    level=[2, 3, 4],
    example_level=["deeper", "same"],
    page_title=[True],
    name_header=list(range(len(NAME_HEADERS))),
    required_header=list(range(len(REQUIRED_HEADERS))),
    type_header=list(range(len(TYPE_HEADERS))),
    description_header=list(range(len(DESCRIPTION_HEADERS))),
    code_header=list(range(len(CODE_HEADERS))),
    yes_no=[1],
    domain_line=list(range(len(DOMAIN_LINES))),
    rate_line=list(range(len(RATE_LINES))),
    action_row=list(range(len(ACTION_ROWS))),
    version_row=list(range(len(VERSION_ROWS))),
    request_title=list(range(len(REQUEST_TITLES))),
    response_title=list(range(len(RESPONSE_TITLES))),
    io_titles_as=["bold", "plain"],
    common_marker=list(range(len(COMMON_MARKERS))),
    padded=[True],
    separator=["---", ":---", ":---:", "---:"],
    outer_pipes=[False],
    trailing_cells=[1, 2],
    header_trailing_cell=[True],
    cell_spaces=["", "  ", "\t"],
    crlf=[True],
    errors_first=[True],
    resources=[False],
    array_style=["suffix", "array"],
    link_style=["broken", "plain"],
    cell_markup=["br", "li", "p"],
    explorer_div=[True],
    source_footer=[True],
    blank_lines=[2, 3],
) + [replace(BASE, titles=(i, i, i, i, i, i)) for i in range(1, 5)]


# Combinations that once broke: single English words after the error codes read as data-structure titles, a bold
# line ending a description, a same-level example title under an unnumbered section.
TRICKY = [
    replace(BASE, errors_first=True, titles=(0, 0, 0, 1, 0, 0), heading="unnumbered"),
    replace(BASE, errors_first=True, request_title=4, response_title=4, example_level="same"),
    replace(BASE, errors_first=True, titles=(1, 2, 2, 3, 2, 1), heading="bold-unnumbered", io_titles_as="bold"),
    replace(BASE, heading="bold", io_titles_as="plain", level=3, example_level="same", crlf=True),
    replace(BASE, outer_pipes=False, header_trailing_cell=True, trailing_cells=2, cell_spaces="\t", padded=True),
]


def test_each_variation_on_its_own() -> None:
    failures = []
    for style in [*ONE_AT_A_TIME, *TRICKY]:
        try:
            _check(style)
        except Exception as exc:  # collect them all: one run names every construct that breaks
            failures.append(f"{style}: {type(exc).__name__}: {str(exc)[:300]}")
    assert not failures, "\n".join(failures)


# The same pages as HTML: rendered the way the site renders Markdown, inside its page chrome.


def _fixtures() -> ModuleType:
    name = "make_html_fixtures"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE / "fixtures" / "make_html_fixtures.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@settings(max_examples=25, deadline=None, database=None)
@given(STYLES, st.sampled_from(["cn", "intl"]))
def test_html_renderings_parse_the_same(style: Style, chrome: str) -> None:
    fixtures = _fixtures()
    markdown = render(style).replace("\r\n", "\n")
    page = fixtures.Page("widget-DescribeWidgets", markdown, "zh", chrome, SERVICE, ACTION)
    html = fixtures.render(page)
    doc = read_document("widget-DescribeWidgets.html", html)
    assert doc.format == "html"
    assert _essence(parse_document(doc)) == BASE_SPEC
