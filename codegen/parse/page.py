"""One action page → an Action, plus the service facts the page states (domain, version)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from codegen.errors import SourceError
from codegen.ingest.document import CodeBlock, Heading, Paragraph, Table
from codegen.parse.examples import parse_request, parse_response
from codegen.parse.fields import error_columns, fields_from_table, parameter_columns
from codegen.parse.nesting import nest_fields
from codegen.parse.sections import Kind, Page, Section, is_example_title
from codegen.spec.model import Action, ErrorCode, Example, Field, Source, Structure

_DOMAIN = re.compile(r"(?:domain|域名)[^:：\n]{0,30}[:：]\s*([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+\.(?:com|cn))", re.I)
_HOST = re.compile(
    r"(?:Host:\s*|https?://)([a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:tencentcloudapi\.com|api\.qcloud\.com))", re.I
)
_RATE = re.compile(
    r"(?<![\d,])(\d[\d,]*)\s*(?:次|times|requests?)\s*(?:/|per|每)\s*(?:秒|second|sec)\b|"
    r"maximum of (\d[\d,]*) requests? (?:can be initiated )?per second|(?<![\d,])(\d[\d,]*)\s*QPS",
    re.I,
)
_VALUE_OF_THIS_API = (
    r"(?:本接口取值|此处取值|取值|接口名称|接口版本|"
    r"the (?:value|name|version)(?: used)? (?:for|of) (?:this|the) api|value for this api)"
)
_ACTION_VALUE = re.compile(_VALUE_OF_THIS_API + r"\s*(?:(?:为|is)\s*)?[:：]\s*([A-Za-z][A-Za-z0-9]+)", re.I)
_VERSION_VALUE = re.compile(_VALUE_OF_THIS_API + r"\s*(?:(?:为|is)\s*)?[:：]\s*(\d{4}-\d{2}-\d{2})", re.I)
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_EXAMPLE_VERSION = re.compile(r"[?&]Version=(\d{4}-\d{2}-\d{2})\b|X-TC-Version:\s*(\d{4}-\d{2}-\d{2})\b", re.I)
_SENTENCE = re.compile(r".*?(?:[。！？]|[.!?](?=\s|$)|\n|$)\s*", re.S)
_LEGACY_LINE = re.compile(
    r"(?:^|(?<=\s))接口名(?:称)?\s*[:：]\s*([A-Za-z][A-Za-z0-9_]+)|^[^\S\n]*接口\s*([A-Za-z][A-Za-z0-9_]+)\s*[:：]",
    re.M,
)
_LEGACY_ADDRESS = re.compile(r"(?:调用地址|地址)[^:：\n]{0,10}[:：]\s*https?://([a-z0-9.-]+)", re.I)
_QUERY_ACTION = re.compile(r"[?&]Action=([A-Za-z][A-Za-z0-9]+)|X-TC-Action:\s*([A-Za-z][A-Za-z0-9]+)")
_BOILERPLATE = re.compile(
    r"API Explorer|^Try it$|推荐使用|点击调试|^We recommend you to use|在线调用、签名验证|signature authentication, SDK code generation",
    re.I,
)
_REQUEST_TITLES = (
    "input example",
    "input sample",
    "request example",
    "request sample",
    "输入示例",
    "请求示例",
    "input",
    "request",
    "输入",
    "请求",
)
_RESPONSE_TITLES = (
    "output example",
    "output sample",
    "response example",
    "response sample",
    "输出示例",
    "返回示例",
    "响应示例",
    "output",
    "response",
    "输出",
    "返回",
)


@dataclass
class PageFacts:
    """What a page says about its service besides the action: the request domain and the API version."""

    action: Action
    domain: str = ""
    version: str = ""
    legacy: bool = False
    errors: list[ErrorCode] = field(default_factory=list)
    structures: list[Structure] = field(default_factory=list)


def parse_page(page: Page, path: str) -> PageFacts:
    description = page.first(Kind.DESCRIPTION)
    assert description is not None
    text_blocks = [b.text for b in [*page.preamble, *description.blocks] if isinstance(b, (Paragraph, Heading))]
    joined = "\n".join(text_blocks)
    domain_match = _DOMAIN.search(joined)
    domain = domain_match.group(1).lower() if domain_match else _example_host(page)
    legacy_name = _LEGACY_LINE.search(joined)
    if not domain and (address := _LEGACY_ADDRESS.search(joined)):
        domain = address.group(1).lower()
    legacy = (bool(domain) and not domain.endswith("tencentcloudapi.com")) or (legacy_name is not None and not domain)
    rate = _rate_limit(joined)

    inputs, input_rows = _parameters(page.first(Kind.INPUT), path, with_required=True)
    outputs, _ = _parameters(page.first(Kind.OUTPUT), path, with_required=False)
    name = _action_name(page, joined, input_rows)
    if not name:
        raise SourceError(
            path,
            page.line,
            "expected the action's name (an 'Action' row 'The value used for this API: X' / '本接口取值：X')",
        )
    version = _version(input_rows) or _example_version(page)
    action = Action(
        name=name,
        description=_description(description),
        rate_limit=rate,
        input=inputs,
        output=outputs,
        source=Source(path, page.line),
    )
    action.examples = _examples(page.first(Kind.EXAMPLES), inputs)
    # Dotted input names stay as they are: they are the keys of a flat query string ('Param.s.channel_id').
    action.output, structures = nest_fields(outputs, name, action.source, [e.response for e in action.examples])
    errors = _errors(page, path)
    action.errors = [e.code for e in errors]
    return PageFacts(
        action=action,
        domain=domain,
        version=version,
        legacy=legacy,
        errors=errors,
        structures=structures,
    )


def _example_host(page: Page) -> str:
    examples = page.first(Kind.EXAMPLES)
    for block in examples.blocks if examples else []:
        if isinstance(block, CodeBlock) and (m := _HOST.search(block.text)):
            return m.group(1).lower()
    return ""


def _rate_limit(text: str) -> int | None:
    match = _RATE.search(text)
    if not match:
        return None
    digits = next(g for g in match.groups() if g).replace(",", "")
    value = int(digits) if len(digits) <= 9 else 0
    return value if value >= 1 else None  # "0 次/秒", or ten digits and more, is no limit a client can keep


def _description(section: Section) -> str:
    """The section's text without the request domain, the rate limit, the legacy interface name and the API
    Explorer advertisement. Readers may join a page's lines into one paragraph, so sentences are dropped, not whole
    paragraphs."""
    paragraphs: list[str] = []
    for block in section.blocks:
        if isinstance(block, (Paragraph, Heading)):
            text = block.text.strip()
            if not text or _BOILERPLATE.search(text):
                continue
            if _LEGACY_LINE.match(text) and len(text) < 60:
                continue
            text = "".join(s for s in _SENTENCE.findall(text) if not _states_domain(s) and not _RATE.search(s))
            if text.strip():
                paragraphs.append(text.strip())
    return "\n\n".join(paragraphs)


def _states_domain(sentence: str) -> bool:
    """'API request domain name: x.tencentcloudapi.com.', not a note that mentions a domain in passing."""
    match = _DOMAIN.search(sentence)
    return match is not None and match.start() < 25


def _tables(section: Section | None) -> list[Table]:
    return [b for b in section.blocks if isinstance(b, Table)] if section else []


def _parameters(section: Section | None, path: str, *, with_required: bool) -> tuple[list[Field], dict[str, str]]:
    """Fields of the section's parameter tables, and the description of every row by name (common ones too)."""
    fields: list[Field] = []
    rows: dict[str, str] = {}
    for table in _tables(section):
        columns = parameter_columns(table)
        if columns is None:
            continue
        for row in table.rows:
            if columns.name < len(row.cells):
                others = [c for i, c in enumerate(row.cells) if i not in (columns.name, columns.type, columns.required)]
                rows.setdefault(row.cells[columns.name].strip().strip("`*").strip(), "\n".join(others))
        fields.extend(fields_from_table(table, path, with_required=with_required, skip_common=with_required))
    return fields, rows


def _action_name(page: Page, description: str, rows: dict[str, str]) -> str:
    if "Action" in rows and (m := _ACTION_VALUE.search(rows["Action"])):
        return m.group(1)
    if m := _LEGACY_LINE.search(description):
        return m.group(1) or m.group(2)
    examples = page.first(Kind.EXAMPLES)
    for block in examples.blocks if examples else []:
        if isinstance(block, CodeBlock) and (m := _QUERY_ACTION.search(block.text)):
            return m.group(1) or m.group(2)
    title = page.title.strip()
    return title if re.fullmatch(r"[A-Z][A-Za-z0-9]+", title) else ""


def _version(rows: dict[str, str]) -> str:
    """The date the 'Version' row gives ('本接口取值：2018-08-01', 'the version of this API: 2019-01-16')."""
    text = rows.get("Version", "")
    if m := _VERSION_VALUE.search(text):
        return m.group(1)
    dates = set(_DATE.findall(text))
    return dates.pop() if len(dates) == 1 else ""


def _example_version(page: Page) -> str:
    """A version the examples send ('&Version=2017-03-12', 'X-TC-Version: 2019-01-16'), when all agree."""
    examples = page.first(Kind.EXAMPLES)
    found = {
        m.group(1) or m.group(2)
        for block in (examples.blocks if examples else [])
        if isinstance(block, CodeBlock)
        for m in _EXAMPLE_VERSION.finditer(block.text)
    }
    return found.pop() if len(found) == 1 else ""


def _title_kind(text: str) -> str:
    lowered = re.sub(r"[\s*#:：]+", " ", text).strip().lower()
    if any(lowered.startswith(t) for t in _REQUEST_TITLES):
        return "request"
    if any(lowered.startswith(t) for t in _RESPONSE_TITLES):
        return "response"
    return ""


_TAIL_TITLE = re.compile(
    r"(?:^|[。！？.!?:：]\s*|\s)((?:input|output|request|response) (?:example|sample)(?: code)?|"
    r"(?:输入|输出|请求|返回|响应)示例)\s*[:：]?\s*$",
    re.I,
)


def _tail_kind(text: str) -> str:
    """A paragraph that ends with 'Input Example' / '输入示例': a reader joined the example's description and the
    (bold) title under it into one paragraph."""
    match = _TAIL_TITLE.search(text.strip())
    return _title_kind(match.group(1)) if match else ""


def _examples(section: Section | None, inputs: list[Field]) -> list[Example]:
    """The section's examples: a heading starts one (sub-headings under it, such as '场景描述', do not), and
    'Input Example' / '请求参数' titles say which code block is the request and which the response."""
    if section is None:
        return []
    examples: list[Example] = []
    current: Example | None = None
    level = 0
    expecting = ""
    for block in section.blocks:
        if isinstance(block, (Heading, Paragraph)):
            kind = _title_kind(block.text) or (_tail_kind(block.text) if isinstance(block, Paragraph) else "")
            if kind:
                expecting = kind
                if current is None:
                    current = Example(title="")
                    examples.append(current)
            elif isinstance(block, Heading):
                started = current is not None and (
                    current.request_text is not None or current.response_text is not None
                )
                if current is None or started or block.level <= level or is_example_title(block.text):
                    current = Example(title=block.text.strip())
                    examples.append(current)
                    level = block.level
                    expecting = ""
            continue
        if isinstance(block, CodeBlock) and current is not None and expecting:
            if expecting == "request" and current.request_text is None:
                current.request_text = block.text
                current.request, problems = parse_request(block.text, inputs)
                current.problems.extend(problems)
            elif expecting == "response" and current.response_text is None:
                current.response_text = block.text
                current.response, problems = parse_response(block.text)
                current.problems.extend(problems)
    for example in examples:
        if example.request is not None:
            example.request_text = None
        if example.response is not None:
            example.response_text = None
    return [e for e in examples if e.request is not None or e.request_text or e.response is not None or e.response_text]


def _errors(page: Page, path: str) -> list[ErrorCode]:
    codes: list[ErrorCode] = []
    for table in _tables(page.first(Kind.ERRORS)):
        columns = error_columns(table)
        if columns is None:
            raise SourceError(
                path, table.line, f"expected an error-code table (Error Code, Description), got {table.header}"
            )
        code_col, desc_col = columns
        for row in table.rows:
            code = row.cells[code_col].strip() if code_col < len(row.cells) else ""
            if not code:
                continue
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*|-?\d+", code):
                raise SourceError(
                    path, row.line, f"expected an error code such as 'InvalidParameter.Foo', got {code!r}"
                )
            desc = row.cells[desc_col].strip() if desc_col is not None and desc_col < len(row.cells) else ""
            codes.append(ErrorCode(code, desc))
    return codes
