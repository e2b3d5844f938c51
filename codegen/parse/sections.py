"""Section titles of Tencent Cloud API pages, in Chinese and English, and splitting a page into sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from codegen.ingest.document import Block, Heading, Paragraph, Table


class Kind(Enum):
    DESCRIPTION = "description"
    INPUT = "input"
    OUTPUT = "output"
    EXAMPLES = "examples"
    ERRORS = "errors"
    RESOURCES = "resources"
    OTHER = "other"


_TITLES: dict[Kind, tuple[str, ...]] = {
    Kind.DESCRIPTION: ("api description", "接口描述", "description", "api 描述", "接口说明"),
    Kind.INPUT: (
        "input parameters",
        "input parameter",
        "request parameters",
        "request parameter",
        "输入参数",
        "请求参数",
        "input",
    ),
    Kind.OUTPUT: (
        "output parameters",
        "output parameter",
        "response parameters",
        "response parameter",
        "输出参数",
        "返回参数",
        "output",
        "响应参数",
    ),
    Kind.EXAMPLES: ("example", "examples", "sample", "samples", "示例", "调用示例", "请求示例", "api example"),
    Kind.ERRORS: ("error code", "error codes", "错误码", "错误代码"),
    Kind.RESOURCES: ("developer resources", "开发者资源", "developer resource"),
}
_LOOKUP = {title: kind for kind, titles in _TITLES.items() for title in titles}
_NUMBERING = re.compile(r"^\s*(?:\d+\s*[.、)]|[一二三四五六七八九十]+\s*[、.])\s*")
_PUNCT = re.compile(r"[*_`#:：]+")


def normalise_title(text: str) -> str:
    """'**2. Input Parameters:**' → 'input parameters'."""
    text = _PUNCT.sub(" ", text)
    text = _NUMBERING.sub("", text.strip())
    return re.sub(r"\s+", " ", text).strip().lower()


_ERRORS_WORDS = re.compile(r"错误|error", re.I)
_RESOURCES_WORDS = re.compile(r"^(?:开发者|其他|其它|相关)资源$|^(?:developer|other|related) resources?$|^resources? for", re.I)
_PARAMETER_WORDS = re.compile(r"参数|parameters?\b|params?\b|fields?\b|字段")
_INPUT_WORDS = re.compile(r"输入|请求|入参|input|request", re.I)
_OUTPUT_WORDS = re.compile(r"输出|返回|响应|出参|output|response|return", re.I)
_EXAMPLE_WORDS_RE = re.compile(r"示例|样例|案例|例子|example|sample", re.I)
_DESCRIPTION_TITLE = re.compile(
    r"^(?:api|接口|功能|interface|action)?\s*(?:描述|说明|简介|概述|description|overview|name|名称)$|^功能$", re.I
)


def title_kind(title: str) -> Kind:
    """What a section title means, from its words rather than an exact spelling: errors ('错误码说明', 'Module Error
    Codes'), resources, input or output parameters ('3. Return Parameters', '响应参数', 'Overview of input
    parameters'), examples ('示例代码', 'Sample Codes'), the description ('功能描述', 'API Name', '接口名称')."""
    text = normalise_title(title)
    if text in _LOOKUP:
        return _LOOKUP[text]
    if len(text) > 40:
        return Kind.OTHER
    if _ERRORS_WORDS.search(text):
        return Kind.ERRORS
    if _PARAMETER_WORDS.search(text) and not _EXAMPLE_WORDS_RE.search(text):
        if _INPUT_WORDS.search(text):
            return Kind.INPUT
        if _OUTPUT_WORDS.search(text):
            return Kind.OUTPUT
    if _EXAMPLE_WORDS_RE.search(text):
        return Kind.EXAMPLES
    if _RESOURCES_WORDS.search(text):
        return Kind.RESOURCES
    if _DESCRIPTION_TITLE.match(text):
        return Kind.DESCRIPTION
    return Kind.OTHER


def section_kind(heading: Heading) -> Kind:
    if not heading.text:
        return Kind.DESCRIPTION  # the start of a page of copied text with no headings
    return title_kind(heading.text)


@dataclass
class Section:
    kind: Kind
    heading: Heading
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Page:
    """One action's page: its sections in document order, and the title heading before it if any."""

    title: str
    sections: list[Section]
    line: int
    preamble: list[Block] = field(default_factory=list)

    def first(self, kind: Kind) -> Section | None:
        return next((s for s in self.sections if s.kind is kind), None)


_IDENTIFIER = re.compile(r"^[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*$")


# Single words that title parts of an example ('#### Request'), not data structures.
_EXAMPLE_WORDS = frozenset({"Request", "Response", "Input", "Output", "Example", "Examples", "Sample", "Samples"})


def _structure_title(heading: Heading, page: Page) -> bool:
    """A bare CamelCase title after a page's error codes starts the data-structure part of a manual."""
    text = heading.text.strip()
    return (
        bool(_IDENTIFIER.match(text))
        and text not in _EXAMPLE_WORDS
        and not is_example_title(text)
        and page.first(Kind.ERRORS) is not None
    )


_EXAMPLE_TITLE = re.compile(r"^(?:示例|样例|example|sample)\s*\d+", re.I)
# Bare words that name a section only when numbered ('2. Input'): unnumbered, they are example sub-titles.
_BARE_WORDS = frozenset({"input", "output", "description"})
_INSIDE_EXAMPLES = (Kind.INPUT, Kind.OUTPUT, Kind.EXAMPLES, Kind.OTHER)


def is_example_title(text: str) -> bool:
    """'示例1 包年包月CDH实例购买', 'Example 2. Querying …', 'Sample 1'."""
    return bool(_EXAMPLE_TITLE.match(normalise_title(text)))


def _stays_in_examples(heading: Heading, kind: Kind, page: Page, current: Section) -> bool:
    """Inside the examples section, example titles and their 'Request Parameters' / 'Output' sub-titles are part of
    the examples, not new sections: a deeper heading (unless it names errors or resources), a same-level example title
    ('示例1 …'), or the title of a parameter section the page already had."""
    if current.kind is not Kind.EXAMPLES or kind not in _INSIDE_EXAMPLES:
        return False
    if heading.level > current.heading.level:
        return not (kind is Kind.OTHER and _structure_title(heading, page))
    if kind is Kind.OTHER:
        return is_example_title(heading.text)
    return page.first(kind) is not None


def _promoted(block: Paragraph, page: Page | None, current: Section | None) -> Heading | None:
    """A paragraph that is exactly a section title is that section's heading: readers leave bold lines
    ('**2. 输入参数**', '**Output Parameters**') as paragraphs. A numbered '1. API Description' starts a page; another
    title starts its section inside a page that does not have that section yet (so '请求参数' under an example stays
    an example sub-title)."""
    if len(block.text) > 40:
        return None
    title = normalise_title(block.text)
    numbered = bool(_NUMBERING.match(block.text.strip(" *_")))
    kind = title_kind(block.text) if numbered else _LOOKUP.get(title, Kind.OTHER)
    if kind is Kind.OTHER or (title in _BARE_WORDS and not numbered):
        return None
    if kind is Kind.DESCRIPTION:
        return Heading(block.text, 2, block.line) if numbered else None
    if page is None or current is None or page.first(kind) is not None:
        return None
    if current.kind is Kind.EXAMPLES and kind in (Kind.INPUT, Kind.OUTPUT) and not numbered:
        return None
    return Heading(block.text, page.sections[0].heading.level, block.line)


def split_pages(blocks: list[Block] | tuple[Block, ...]) -> tuple[list[Page], list[Block]]:
    """Action pages (each starting at an 'API Description' section) and the blocks outside any of them. Text copied
    with no headings at all but with a parameter table is one page whose description is the text before it."""
    pages, outside = _split(blocks)
    if pages or any(isinstance(b, Heading) for b in blocks) or not any(_is_parameter_table(b) for b in blocks):
        return pages, outside
    first = blocks[0].line if blocks else 1
    return _split([Heading("", 2, first), *blocks])


def _is_parameter_table(block: Block) -> bool:
    from codegen.parse.fields import parameter_columns

    return isinstance(block, Table) and parameter_columns(block) is not None


def _split(blocks: list[Block] | tuple[Block, ...]) -> tuple[list[Page], list[Block]]:
    """Action pages (each starting at an 'API Description' section) and the blocks outside any of them.

    A page ends at a level-1 heading, at the next 'API Description', or at a heading that is a bare identifier
    (a data structure's title). Inside a page, a known section title starts a section; another heading at or above
    the current section's level starts an ignored one, so example titles and sub-headings stay in their section."""
    pages: list[Page] = []
    outside: list[Block] = []
    page: Page | None = None
    current: Section | None = None
    title = ""
    preamble: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph) and (promoted := _promoted(block, page, current)) is not None:
            block = promoted
        if isinstance(block, Heading):
            kind = section_kind(block)
            if page is not None and current is not None and _stays_in_examples(block, kind, page, current):
                current.blocks.append(block)
                continue
            if kind is Kind.DESCRIPTION and page is not None and all(s.kind is kind for s in page.sections):
                current = page.sections[0]  # '## 接口名称' then '## 接口描述': one description
                continue
            if kind is Kind.INPUT and page is not None and page.first(kind) and not page.first(Kind.OUTPUT):
                kind = Kind.OUTPUT  # a second 'input parameters' title over the output table
            if kind is Kind.DESCRIPTION:
                current = Section(kind, block)
                page = Page(title, [current], block.line, preamble)
                pages.append(page)
                title, preamble = "", []
                continue
            if page is not None and (block.level == 1 or (kind is Kind.OTHER and _structure_title(block, page))):
                page = current = None
            if page is not None and current is not None:
                if kind is not Kind.OTHER:
                    current = Section(kind, block)
                    page.sections.append(current)
                    continue
                if block.level <= current.heading.level:
                    current = Section(Kind.OTHER, block)
                    page.sections.append(current)
                    continue
            if page is None:
                if block.level == 1 or _IDENTIFIER.match(block.text.strip()):
                    title, preamble = block.text.strip(), []
                outside.append(block)
                continue
        if current is not None:
            current.blocks.append(block)
        else:
            outside.append(block)
            if isinstance(block, Paragraph):
                preamble.append(block)
    return pages, outside
