"""Section titles of Tencent Cloud API pages, in Chinese and English, and splitting a page into sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from codegen.ingest.document import Block, Heading, Paragraph


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


def section_kind(heading: Heading) -> Kind:
    return _LOOKUP.get(normalise_title(heading.text), Kind.OTHER)


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


def _structure_title(heading: Heading, page: Page) -> bool:
    """A bare CamelCase title after a page's error codes starts the data-structure part of a manual."""
    return bool(_IDENTIFIER.match(heading.text.strip())) and page.first(Kind.ERRORS) is not None


def split_pages(blocks: list[Block] | tuple[Block, ...]) -> tuple[list[Page], list[Block]]:
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
        if isinstance(block, Heading):
            kind = section_kind(block)
            if kind is Kind.DESCRIPTION:
                current = Section(kind, block)
                page = Page(title, [current], block.line, preamble)
                pages.append(page)
                title, preamble = "", []
                continue
            if page is not None and (block.level == 1 or _structure_title(block, page)):
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
