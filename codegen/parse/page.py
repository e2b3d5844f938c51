"""One action page → an Action, plus the service facts the page states (domain, version)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from codegen.errors import SourceError
from codegen.ingest.document import CodeBlock, Heading, Paragraph, Table
from codegen.parse.examples import parse_request, parse_response
from codegen.parse.fields import (
    error_columns,
    fields_from_table,
    is_note_row,
    is_structure_type,
    parameter_columns,
)
from codegen.parse.nesting import nest_fields
from codegen.parse.sections import Kind, Page, Section, is_example_title
from codegen.spec.model import Action, ErrorCode, Example, Field, Source, Structure

_DOMAIN = re.compile(
    r"(?:domain|域名)[^:：\n]{0,30}[:：]\s*[`'\"]?\s*(?:https?://)?([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+\.(?:com|cn))", re.I
)
# 'Domain name: x.api.qcloud.com', '接口请求域名：`iot.cloud.tencent.com/api/…`' wherever a reader put it in a paragraph
_DOMAIN_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:接口(?:请求|访问)?域名|域名|(?:api )?(?:request )?domain(?: name)?(?: for api (?:request|access))?)"
    r"\s*[:：]\s*[`'\"]?(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.(?:com|cn)[^\s。]*(?:[ \t]*[。;；])?[ \t]*",
    re.I,
)
_BARE_ACTION = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*|[A-Z]{2,}(?:\.[A-Za-z0-9]+)+")
_LEGACY_HOST = re.compile(r"\.api\.qcloud\.com$")
_THIS_API = re.compile(
    r"(?:this api|this interface|本接口|该接口)\s*[(（]\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)\s*[)）]|"
    r"(?:^|\s)([A-Z][A-Za-z0-9]+)\s*(?:(?:接口|api)\s*)?(?:用于|is used)|"
    r"the action (?:field|value) (?:for|of) this api is\s*(?:[:：]\s*)?([A-Za-z][A-Za-z0-9]+)|"
    r"action\s*(?:字段|field)\s*(?:为|是|for this api is)\s*(?:[:：]\s*)?([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)",
    re.I | re.M,
)
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
    r"(?:^|(?<=\s))(?:接口名(?:称)?|api name|action name)\s*[:：]\s*[`'\"]?([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)|"
    r"^[^\S\n]*接口\s*([A-Za-z][A-Za-z0-9_]+)\s*[:：]",
    re.M | re.I,
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
    service_domain: str = ""  # the domain when it names the service
    version: str = ""
    legacy: bool = False
    errors: list[ErrorCode] = field(default_factory=list)
    structures: list[Structure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_page(page: Page, path: str) -> PageFacts:
    description = page.first(Kind.DESCRIPTION)
    assert description is not None
    text_blocks = [b.text for b in [*page.preamble, *description.blocks] if isinstance(b, (Paragraph, Heading))]
    joined = "\n".join(text_blocks)
    domain_match = _DOMAIN.search(joined)
    domain = domain_match.group(1).lower() if domain_match else _example_host(page)
    legacy_name = _LEGACY_LINE.search(joined)
    service_domain = domain
    if not domain and (address := _LEGACY_ADDRESS.search(joined)):
        domain = address.group(1).lower()
        service_domain = domain if _LEGACY_HOST.search(domain) else ""  # 'http://fcgi.video.qcloud.com/…' names none
    legacy = bool(_LEGACY_HOST.search(domain)) or (legacy_name is not None and not domain) or _v2_examples(page)
    rate = _rate_limit(joined)

    warnings: list[str] = []
    input_tables, output_tables = _parameter_tables(page)
    inputs, input_rows = _parameters(input_tables, path, warnings, with_required=True)
    outputs, _ = _parameters(output_tables, path, warnings, with_required=False)
    name = _action_name(page, joined + "\n" + _section_text(page.first(Kind.INPUT)), input_rows)
    if not name:
        raise SourceError(
            path,
            page.line,
            "expected the action's name (an 'Action' row 'The value used for this API: X' / '本接口取值：X', "
            "'This API (X)', '接口名：X')",
        )
    version = _version(input_rows) or _example_version(page)
    action = Action(
        name=name,
        description=_description(description, name),
        rate_limit=rate,
        input=inputs,
        output=outputs,
        source=Source(path, page.line),
    )
    action.examples = _examples(_all_examples(page), inputs)
    # Dotted input names stay as they are: they are the keys of a flat query string ('Param.s.channel_id').
    action.output, structures = nest_fields(outputs, name, action.source, [e.response for e in action.examples])
    errors = _errors(page, path, warnings)
    action.errors = [e.code for e in errors]
    return PageFacts(
        action=action,
        domain=domain,
        service_domain=service_domain,
        version=version,
        legacy=legacy,
        errors=errors,
        structures=structures,
        warnings=warnings + _cut_short(page, path, name, outputs),
    )


def _cut_short(page: Page, path: str, name: str, outputs: list[Field]) -> list[str]:
    """Warnings for a page that stops early: it ends in a parameter table (rows after the last one may be lost), or
    it has no output parameters (the response would have no fields)."""
    warnings: list[str] = []
    last = page.sections[-1]
    if last.kind in (Kind.INPUT, Kind.OUTPUT) and last.blocks and isinstance(last.blocks[-1], Table):
        rows = last.blocks[-1].rows
        line = rows[-1].line if rows else last.blocks[-1].line
        warnings.append(
            f"{path}:{line}: {name}: the page ends in its {last.kind.value} parameter table, with nothing after it "
            f"(no examples, no error codes): the page may be cut, and rows after line {line} lost"
        )
    section = page.first(Kind.OUTPUT)
    if outputs:
        return warnings
    if section is None:
        end = max(
            b.rows[-1].line if isinstance(b, Table) and b.rows else b.line
            for s in page.sections
            for b in [s.heading, *s.blocks]
        )
        warnings.append(
            f"{path}:{end}: {name}: the page has no output parameters section (it ends at line {end}): the response "
            "has no documented fields"
        )
    else:
        warnings.append(
            f"{path}:{section.heading.line}: {name}: the output parameters section has no parameter rows: the "
            "response has no documented fields"
        )
    return warnings


def _section_text(section: Section | None) -> str:
    return "\n".join(b.text for b in section.blocks if isinstance(b, Paragraph)) if section else ""


def _v2_examples(page: Page) -> bool:
    """Examples sent to an API 2.0 entry point ('https://cvm.api.qcloud.com/v2/index.php?Action=…')."""
    examples = page.first(Kind.EXAMPLES)
    return any(
        isinstance(block, CodeBlock) and "/v2/index.php" in block.text for block in (examples.blocks if examples else [])
    )


def _all_examples(page: Page) -> Section | None:
    """The page's example sections as one: legacy pages put a request example under '请求', a response example
    under '响应' and the real call under '实际案例'."""
    sections = [s for s in page.sections if s.kind is Kind.EXAMPLES]
    if len(sections) <= 1:
        return sections[0] if sections else None
    return Section(Kind.EXAMPLES, sections[0].heading, [b for s in sections for b in [s.heading, *s.blocks]])


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


def _description(section: Section, name: str) -> str:
    """The section's text without the request domain, the rate limit, the legacy interface name and the API
    Explorer advertisement. Readers may join a page's lines into one paragraph, so sentences are dropped, not whole
    paragraphs."""
    paragraphs: list[str] = []
    for block in section.blocks:
        if isinstance(block, (Paragraph, Heading)):
            text = block.text.strip()
            if not text or _BOILERPLATE.search(text):
                continue
            if (_LEGACY_LINE.match(text) and len(text) < 60) or text.strip("`*") == name:
                continue
            text = _DOMAIN_LABEL.sub(" ", _LEGACY_LINE.sub(" ", text)).strip()
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


@dataclass
class _Labelled:
    """A parameter table and the text right above it ('data is composed of the following parameters:',
    'eipAcl结构'), which names the field a sub-table describes."""

    table: Table
    label: str


def _labelled(section: Section) -> list[_Labelled]:
    found: list[_Labelled] = []
    label = ""
    for block in section.blocks:
        if isinstance(block, Table):
            if parameter_columns(block) is not None:
                found.append(_Labelled(block, label))
                columns = parameter_columns(block)
                assert columns is not None
                notes = [r for r in block.rows if is_note_row(r, columns) and any(c.strip() for c in r.cells)]
                label = " ".join(c for c in notes[-1].cells if c.strip()) if notes else ""
            continue
        if isinstance(block, (Paragraph, Heading)):
            label = block.text
    return found


def _parameter_tables(page: Page) -> tuple[list[_Labelled], list[_Labelled]]:
    """The input and output parameter tables. Tables outside the parameter sections (a page of copied text with no
    headings, a table right under the description) fill what the sections lack: one with a required column holds
    inputs, one without holds outputs."""
    inputs = [t for s in page.sections if s.kind is Kind.INPUT for t in _labelled(s)]
    outputs = [t for s in page.sections if s.kind is Kind.OUTPUT for t in _labelled(s)]
    if inputs and outputs:
        return inputs, outputs
    loose = [t for s in page.sections if s.kind in (Kind.DESCRIPTION, Kind.OTHER) for t in _labelled(s)]
    with_required = [t for t in loose if _has_required(t.table)]
    return inputs or with_required, outputs or [t for t in loose if not _has_required(t.table)]


def _has_required(table: Table) -> bool:
    columns = parameter_columns(table)
    return columns is not None and columns.required is not None


_LABEL_NAME = re.compile(r"^\s*[`*]*([A-Za-z_][A-Za-z0-9_]*)[`*]*\s*(?:结构|字段|参数|的|is|consists|contains|:|：|\s)", re.I)


def _parent(label: str, fields: list[Field]) -> Field | None:
    """The field a sub-table describes: an object field its label names ('eipAcl结构', 'data is composed of the
    following parameters:', 'Operating system information in the data array'), the first word first."""
    holders = {f.name: f for f in fields if f.array or f.type == "Object" or is_structure_type(f.type)}
    match = _LABEL_NAME.match(label)
    if match and match.group(1) in holders:
        return holders[match.group(1)]
    named = [w for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", label) if w in holders]
    return holders[named[0]] if len(set(named)) == 1 else None


def _parameters(
    tables: list[_Labelled], path: str, warnings: list[str], *, with_required: bool
) -> tuple[list[Field], dict[str, str]]:
    """Fields of the parameter tables, and the description of the first Action and Version rows (common ones, which
    name the action and its version). A later table whose label names an object field of an earlier one describes
    that field: its rows become dotted names (`data.jobId`); a name read twice is kept once, with a warning."""
    fields: list[Field] = []
    rows: dict[str, str] = {}
    seen: set[str] = set()
    for item in tables:
        table = item.table
        columns = parameter_columns(table)
        assert columns is not None
        for row in table.rows:
            if columns.name < len(row.cells):
                name = row.cells[columns.name].strip().strip("`*").strip()
                if name in ("Action", "Version") and name not in rows:
                    skipped = (columns.name, columns.type, columns.required)
                    rows[name] = "\n".join(c for i, c in enumerate(row.cells) if i not in skipped)
        found = fields_from_table(table, path, with_required=with_required, skip_common=with_required, warnings=warnings)
        parent = _parent(item.label, fields) if fields else None
        for f in found:
            if parent is not None:
                f.name = f"{parent.name}.{f.name}"
            if f.name in seen:
                warnings.append(f"{path}:{table.line}: parameter {f.name} is listed twice; the first row is kept")
                continue
            seen.add(f.name)
            fields.append(f)
    return fields, rows


def _action_name(page: Page, description: str, rows: dict[str, str]) -> str:
    if "Action" in rows and (m := _ACTION_VALUE.search(rows["Action"])):
        return m.group(1)
    if m := _LEGACY_LINE.search(description):
        return m.group(1) or m.group(2)
    if m := _THIS_API.search(description):
        return next(g for g in m.groups() if g)
    if (named := _named_by_title(page)) is not None:
        return named
    examples = page.first(Kind.EXAMPLES)
    for block in examples.blocks if examples else []:
        if isinstance(block, CodeBlock) and (m := _QUERY_ACTION.search(block.text)):
            return m.group(1) or m.group(2)
    title = page.title.strip()
    return title if re.fullmatch(r"[A-Z][A-Za-z0-9]+", title) else ""


def _named_by_title(page: Page) -> str | None:
    """Under '## API Name' / '## 接口名称': the name alone on the section's first line."""
    section = page.first(Kind.DESCRIPTION)
    if section is None or not re.search(r"\bname\b|名称|接口名", section.heading.text, re.I):
        return None
    first = next((b for b in section.blocks if isinstance(b, Paragraph)), None)
    name = first.text.strip().strip("`*") if first else ""
    return name if _BARE_ACTION.fullmatch(name) else None


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


_SAMPLE_WORDS = re.compile(r"example|sample|code|示例|样例|代码")
_REQUEST_WORDS = re.compile(r"input|request|输入|请求")
_RESPONSE_WORDS = re.compile(r"output|response|输出|返回|响应")


def _title_kind(text: str) -> str:
    """'request' or 'response' for a title over an example's code ('Input Example', '请求参数', 'Sample input code',
    '#### 输出示例 成功'), else ''."""
    lowered = re.sub(r"[\s*#:：]+", " ", text).strip().lower()
    if any(lowered.startswith(t) for t in _REQUEST_TITLES):
        return "request"
    if any(lowered.startswith(t) for t in _RESPONSE_TITLES):
        return "response"
    if len(lowered) <= 30 and _SAMPLE_WORDS.search(lowered) and not is_example_title(text):
        request, response = _REQUEST_WORDS.search(lowered), _RESPONSE_WORDS.search(lowered)
        if request and not response:
            return "request"
        if response and not request:
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


def _error_tables(page: Page) -> list[Table]:
    """The tables of the error-code sections, and an error-code table under another title ('Module Error Codes'
    as a plain line below the output table)."""
    tables: list[Table] = []
    for section in page.sections:
        for table in _tables(section):
            if section.kind is Kind.ERRORS:
                tables.append(table)
            elif section.kind is not Kind.EXAMPLES and parameter_columns(table) is None and _codes_table(table):
                tables.append(table)
    return tables


def _codes_table(table: Table) -> bool:
    columns = error_columns(table)
    if columns is None or columns[1] is None:
        return False
    codes = [r.cells[columns[0]].strip() for r in table.rows if columns[0] < len(r.cells)]
    return bool(codes) and all(re.fullmatch(r"-?\d+|[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+", c) for c in codes)


def _errors(page: Page, path: str, warnings: list[str]) -> list[ErrorCode]:
    """The error-code tables of the page. A table or row that is not understood is left out with a warning."""
    codes: list[ErrorCode] = []
    for table in _error_tables(page):
        columns = error_columns(table)
        if columns is None:
            warnings.append(f"{path}:{table.line}: left out a table that is not an error-code table: {table.header}")
            continue
        code_col, desc_col = columns
        for row in table.rows:
            code = row.cells[code_col].strip().strip("`*").strip() if code_col < len(row.cells) else ""
            if not code:
                continue
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*|-?\d+", code):
                warnings.append(f"{path}:{row.line}: left out an error-code row without a code: {code[:60]!r}")
                continue
            desc = row.cells[desc_col].strip() if desc_col is not None and desc_col < len(row.cells) else ""
            codes.append(ErrorCode(code, desc))
    return codes
