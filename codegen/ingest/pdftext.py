"""Reader for text extracted from a Tencent Cloud API manual in PDF (e.g. the 761-page Cloud Live manual).

What the extraction leaves: one line per printed line, mostly with blank lines between them; every page of the PDF
ends with the links of that page (URL lines) and sometimes a footer ("版权所有：… 第N 共M页" under the product's
name); the first page of every document of the manual carries that document's title block ("<chapter>", "<title>",
"最近更新时间：…", "推荐使用 API Explorer 点击调试"), which the extraction prints at the end of the page, so in the
middle of whatever the page holds, tables included; a line starting with one space opens a page; table headers are
repeated at the top of every page a table runs over; a table row may start on one line and continue on the following
ones ("TemplateName 是 String" then "模板名称。" … "示例值：testName"), its type may even be broken up ("Templates",
"Array of", "PadTemplate"); words cut at the bottom of a page show up again, whole, at the top of the next one
("接 描述" before "1. 接口描述"); JSON examples have lost their indentation.

`Document.updated` is the latest of the pages' "最近更新时间". Each document title of the manual (and the chapter
titles printed above some of them, e.g. "直播垫片相关接口", "数据结构", "错误码", "云直播 API 2017版（过时）") is a
level-1 heading: a parser tells the parts of the manual apart by these names.

The reader works in two passes. The first marks page furniture (table of contents, footers, link lists, title blocks,
cut-off fragments) and works out where each title block's document starts, so that its title becomes a level-1 heading
there. The second turns the remaining lines into blocks: numbered section headings (level 2), example titles (3),
"输入示例"/"输出示例" (4) each followed by a code block, data-structure names (3) with their "被如下接口引用" paragraph
and field table, tables continued over pages, and paragraphs.

The English edition of a manual (from the international site) has the same layout in other words: footers
"©2013-2025 Tencent Cloud. All rights reserved. Page N of M" (or "Page N of M" alone, or the copyright on a line of
its own) with the product's name above or below most of them; a cover and a copyright notice before its "Contents";
title blocks "<title>" over "Last updated：…"; "Parameter Name Required Type Description" tables; "Data Types" with a
"Used by actions: A, B." paragraph per structure; "Example value: …" lines. It is told apart by its footers and title
blocks, and read with a few rules of its own: a paragraph's or a cell's line that stops mid-sentence before a line
starting in lower case goes on with a space (English lines wrap at the page's edge; Chinese ones are joined as they
are), and a parameter may be named like a word that starts sentences ('Values').
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from codegen.errors import SourceError
from codegen.ingest._text import (
    json_depth,
    CODE,
    DESC,
    NAME,
    PRIMITIVE_TYPES,
    REQUIRED,
    REQUIRED_WORDS,
    TYPE,
    dedent,
    is_example_title,
    is_io_example,
    language,
    match_header,
    section_kind,
    split_row,
    strip_bullet,
)
from codegen.ingest.textutil import block_text
from codegen.ingest.document import (
    Block,
    CodeBlock,
    Document,
    Heading,
    Paragraph,
    Row,
    Table,
)

FORMAT = "pdftext"

_FOOTER_ZH = re.compile(r"版权所有.*第\s*\d+\s*共\s*\d+\s*页\s*$")
# The English edition's footer: '©2013-2025 Tencent Cloud. All rights reserved. Page 12 of 430', or the page alone.
_FOOTER_EN = re.compile(
    r"^\s*(?:\S.*?(?:Tencent Cloud|All rights reserved)\.?\s+)?Page\s+\d+\s+of\s+\d+\s*$"
)
_FOOTER = re.compile(f"{_FOOTER_ZH.pattern}|{_FOOTER_EN.pattern}")
# The copyright part of an English footer when the extraction printed it on a line of its own.
_COPYRIGHT = re.compile(
    r"^\s*(?:Copyright\s*)?©\s*\d{4}(?:\s*-\s*\d{4})?\s+Tencent Cloud\.?(?:\s+All rights reserved\.?)?\s*$"
)
_UPDATED = re.compile(
    r"^\s*(?:最近更新时间|(?i:last updated(?: time)?))\s*[:：]\s*(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2}:\d{2})\s*$"
)
_EXPLORER = re.compile(
    r"^\s*(?:推荐使用\s*API Explorer|We recommend you to use API Explorer)"
)
_TRY_IT = re.compile(r"^\s*(?:Try it|点击调试)\s*$")
_EXPLORER_NOTE = re.compile(r"^\s*API Explorer provides\b")
_FURNITURE = re.compile(
    r"^(?:推荐使用\s*API Explorer|API Explorer 提供了在线调用|We recommend you to use API Explorer|"
    r"API Explorer provides a range of capabilities)"
)
# The title of a manual's table of contents: first in the Chinese edition, after the cover and the copyright notice
# in the English one.
_CONTENTS = ("文档目录", "目录")
_CONTENTS_EN = re.compile(
    r"^\s*(?:Table of Contents|Contents|Catalog|Catalogue)\s*[:：]?\s*$", re.I
)
_URL = re.compile(r"^\s*https?://\S*\s*$")
_EXAMPLE_URL = re.compile(r"^\s*https?://[^/\s]+/\?Action=")
# Where to look for lines of a kind, in one search of the whole text (see _lines_with) rather than one match per
# line: the lines found are then matched as a whole by the patterns above.
_PAGE_START = re.compile(r"^ \S")  # a printed page's first line
_PAGE_START_LINES = re.compile(r"\n \S")
_URL_START = re.compile(r"\n[^\S\n]*https?://")
_STAMP_START = re.compile(r"\n[^\S\n]*(?:最近更新时间|(?i:last updated))")
_EXPLORER_WORDS = re.compile("API Explorer")
_FOOTER_WORDS = re.compile("版权所有|Page")
_FOOTER_WORDS_ZH = re.compile("版权所有")
_PAGE_OF = re.compile(r"Page\s+\d+\s+of\s+\d+")
_FOOTER_ZH_LOOSE = re.compile(r"版权所有(?:(?!版权所有).)*?第\s*\d+\s*共")
_STRUCTURE = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
_REFERENCED = re.compile(r"^(?:被如下接口引用|(?i:used by actions?|referenced by)\b)")
_CONTINUES = re.compile(r"(?:[，、]|, )\s*$")
_CONTINUES_EN = re.compile(r"[,，、]\s*$")
_CJK = re.compile(r"[\u3400-\u9fff]")
_NAME_START = re.compile(r"[A-Za-z_]")  # a parameter name is an identifier
_SPACED_CELLS = re.compile(r"\S\s{2,}\S")
_GAP = re.compile(r"\s{2,}")
_ARRAY_START = re.compile(r"[A-Za-z_][\w.]*(?:\s.*)?\sArray(?: of)?")  # 'Templates Array of', then its type
_CODE = re.compile(r"^[=+]|[;{}(]$|\s=\s")
_SENTENCE_END = re.compile(r"[。！？；：:;!?）)]\s*$")
_SENTENCE_END_EN = re.compile(r"[.。！？；：:;!?）)]\s*$")

# Type words of the manual beyond the API 3.0 primitives: the obsolete 2017 API's tables.
_TYPES = PRIMITIVE_TYPES + (
    "int",
    "string",
    "无符号整型",
    "字符串型",
    "数组型",
    "整型",
    "字符串",
    "数组",
)
_REQUIRED = REQUIRED_WORDS + ("-", "Y", "N")

# Tables whose columns are not parameters: a pattern per column, None for the one column that takes the rest.
_IDENT = r"[A-Za-z_][\w.]*"
_ANY = r"\S+"
_NUMBER = r"-?\d+"
_NATIVE = r"[^\x00-\x7f]\S*"
_YES_NO = r"Y|N|Yes|No|是|否"
_GENERIC: dict[str, tuple[str | None, ...]] = {
    "字段名称 解释": (_IDENT, None),
    "接口名称 接口功能 频率限制（次/秒）": (_IDENT, None, _NUMBER),
    "地域 取值": (None, r"[a-z]{2,}(?:-[a-z0-9]+)+"),
    "Region Value": (None, r"[a-z]{2,}(?:-[a-z0-9]+)+"),
    "接入地域 域名": (None, r"[\w.-]+\.(?:com|cn|net)"),
    "金融区接入地域 金融区域名": (None, r"[\w.-]+\.(?:com|cn|net)"),
    "参数名称 中文 参数值": (_IDENT, _ANY, None),
    "国家或地区中文名称 国家或地区英文名称": (_NATIVE, None),
    "省份中文名称 省份英文名称": (_NATIVE, None),
    "运营商中文名称 运营商英文名称": (_NATIVE, None),
    "API 2.0 接口 API 3.0 接口 备注": (_IDENT, _ANY, None),
    "值 状态": (_NUMBER, None),
    "类型 含义": (_NUMBER, None),
    "错误代码 错误类型 描述": (_NUMBER, _ANY, None),
    "错误码 含义 备注": (_NUMBER, _ANY, None),
    "参数名 参数含义 类型 备注": (_IDENT, _ANY, _ANY, None),
    "参数名 参数含义 类型 备注 是否必需": (_IDENT, _ANY, _ANY, None, _YES_NO),
    "字段名 含义 类型 备注": (_IDENT, _ANY, _ANY, None),
    "字段名称 含义 类型 备注 是否必须": (_IDENT, _ANY, _ANY, None, _YES_NO),
    "参数名称 参数含义 输入类型 备注 是否必填": (_IDENT, _ANY, _ANY, None, _YES_NO),
    "组成部分 示例内容": (_ANY, None),
}
# Parameter-like tables the page-text vocabulary does not know.
_STRUCTURED: dict[str, tuple[str, ...]] = {
    "错误码 错误描述": (CODE, DESC),
    "错误代码 错误描述": (CODE, DESC),
}


_EN_FOOTER_LINES = re.compile(
    r"^[^\S\n]*(?:\S.*?(?:Tencent Cloud|All rights reserved)\.?\s+)?Page\s+\d+\s+of\s+(\d+)\s*$",
    re.M,
)
_EN_TITLE_BLOCKS = re.compile(
    r"^[ \t]*\S[^\n]*\n(?:[ \t]*\n)*[ \t]*(?i:last updated(?: time)?)\s*[:：]\s*\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}:\d{2}[ \t]*$",
    re.M,
)
_MARKUP = re.compile(
    r"^(?:#{1,6} \S|\|.*\|\s*$)|<(?:html|body|div|table|h[1-6])[\s>]", re.M | re.I
)


def sniff(text: str) -> float:
    """The manual's page footers ('第N 共M页', 'Page N of M'), or its title blocks ('<title>' over '最近更新时间：…'
    and the API Explorer line, or over 'Last updated：…'). One page copied from the web site has one 'Last updated'
    line at most; a manual has one per document."""
    footers = len(re.findall(r"版权所有(?:(?!版权所有).)*?第\s*\d+\s*共\s*\d+\s*页", text))
    if footers >= 2:
        return 1.0
    # the footers of one manual all give its page count
    totals = Counter(_EN_FOOTER_LINES.findall(text) if _PAGE_OF.search(text) else ())  # as in _english
    en_footers = max(totals.values(), default=0)
    en_titles = len(_EN_TITLE_BLOCKS.findall(text))
    if en_footers or en_titles:
        if _MARKUP.search(text):
            return 0.0  # Markdown or HTML that quotes a footer is not a PDF's text
        if en_footers >= 2:
            return 1.0
        if en_titles >= 2:
            return 0.95
        if en_footers and en_titles:
            return 0.8
    titles = len(
        re.findall(
            r"^最近更新时间\s*[:：].*\n+推荐使用\s*API Explorer", text, re.MULTILINE
        )
    )
    if footers or titles >= 2:
        return 0.8
    return 0.0


@dataclass(frozen=True)
class Context:
    """What reading a part of a manual must know about the whole manual: its edition, the product name printed
    beside its page footers, and the pairs of titles that follow each other in its table of contents (a chapter and
    its first document). `opening` says the part starts the manual and holds that table."""

    english: bool
    product: str
    contents: tuple[tuple[str, str], ...]  # sorted, so that equal contexts pickle alike
    opening: bool = True


def context(text: str) -> Context:
    """The `Context` of a whole manual, for reading it in parts."""
    english = _english(text)
    product = _Furniture.product_of(text, english)
    # the table of contents ends before the page of the first title block, which the first stamp line ends
    opening = _Furniture(text[: _first_stamp_end(text)], english, Context(english, product, ()))
    return Context(english, product, tuple(sorted(opening.toc)))


def _first_stamp_end(text: str) -> int:
    """Where the first last-updated line of `text` ends (len(text) if there is none): the search stops there."""
    for match in _STAMP_START.finditer("\n" + text):
        start = match.start()  # the match's newline is put before the text: in the text, the line starts there
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _UPDATED.match(text[start:end]):
            return end
    return len(text)


def read(path: str, text: str, context: Context | None = None) -> Document:
    """The manual's blocks. With a `context`, `text` is a part of a manual read as the whole manual reads there (a
    part may hold no API section)."""
    pages = _Furniture(text, context.english if context else _english(text), context)
    items = [
        _Item(i, stripped, pages.lines[i], pages.page_start[i])
        for i, stripped in enumerate(pages.stripped)
        if stripped and not pages.drop[i]
    ]
    if not items and context is None:
        raise SourceError(
            path,
            1,
            "no text left after removing page furniture; expected a PDF manual's text",
        )
    blocks = _Blocks(path, items, pages.headings, pages.english).read()
    if context is None and not any(isinstance(b, Heading) and b.level == 2 for b in blocks):
        raise SourceError(
            path,
            1,
            "no numbered API section heading ('1. 接口描述' / '1. API Description'); expected the text of a "
            "Tencent Cloud API manual",
        )
    return Document(
        path=path,
        format=FORMAT,
        language=language("\n".join(block_text(b) for b in blocks)),
        blocks=tuple(blocks),
        updated=max(pages.updated, default=""),
    )


def _english(text: str) -> bool:
    """Whether the manual is the English edition: its footers and title blocks are English."""
    # one search for both editions' stamp lines (a pattern that starts with a newline matches once a line)
    stamps = [match.group().lstrip() for match in _STAMP_START.finditer("\n" + text)]
    chinese_stamps = sum(stamp.startswith("最近更新时间") for stamp in stamps)
    chinese = chinese_stamps + len(_FOOTER_ZH_LOOSE.findall(text))
    english = len(stamps) - chinese_stamps
    if _PAGE_OF.search(text):  # (the footer pattern is slow to try at every line)
        english += len(_EN_FOOTER_LINES.findall(text))
    if english or chinese:
        return english > chinese
    return (
        language(text[:200000]) == "en"
    )  # neither (a text read with --format pdftext): its words


@functools.lru_cache(maxsize=4096)
def _runs_to_edge(text: str) -> bool:
    """Whether a line is printed nearly as wide as the page (CJK characters count twice), so it may wrap on."""
    if len(text) >= 100 or len(text) < 50:
        return len(text) >= 100
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text) >= 100


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _lines_with(text: str, pattern: re.Pattern[str]) -> list[int]:
    """The indexes of the lines of `text` where `pattern` matches, each once, in order.

    One search of the whole text, with a newline put before it so that a pattern can start with the newline that
    opens a line: a few hundred matches cost far less than a match tried on each of 60,000 lines."""
    text = "\n" + text
    found: list[int] = []
    newlines = counted = 0
    for match in pattern.finditer(text):
        start = match.start() + 1  # through the match's first character: its newline opens the line
        newlines += text.count("\n", counted, start)
        counted = start
        if not found or found[-1] != newlines - 1:
            found.append(newlines - 1)
    return found


# ---------------------------------------------------------------------------------------------------------------------
# Pass 1: page furniture


class _Furniture:
    """Which lines are page furniture, where pages start, and the titles to put back as level-1 headings."""

    def __init__(self, text: str, english: bool = False, context: Context | None = None) -> None:
        self.lines = text.split("\n")
        self.stripped = [line.strip() for line in self.lines]
        self.english = english
        self.context = context
        self.footer = _FOOTER if english else _FOOTER_ZH
        n = len(self.lines)
        self.drop = [False] * n
        self.page_start = [False] * n
        for i in _lines_with(text, _PAGE_START_LINES):
            self.page_start[i] = True
        self.headings: dict[int, list[tuple[str, int]]] = {}
        self.updated: list[str] = []
        self._footers(_lines_with(text, _FOOTER_WORDS if english else _FOOTER_WORDS_ZH))
        explorer = _lines_with(text, _EXPLORER_WORDS)
        for i in explorer:  # the API Explorer line of a title block that lost its title
            if _EXPLORER.match(self.lines[i]):
                self.drop[i] = True
        if english:
            self._explorer_notes(explorer)
        self._links(_lines_with(text, _URL_START))
        self._stray_letters()
        stamps = [i for i in _lines_with(text, _STAMP_START) if _UPDATED.match(self.lines[i])]
        opening = context is None or context.opening
        self.toc = self._contents(stamps) if opening else set(context.contents if context else ())
        self._title_blocks(stamps, self.toc)
        self._fragments()

    @classmethod
    def product_of(cls, text: str, english: bool) -> str:
        """The product name printed beside the page footers of a whole manual (its footers alone are read)."""
        furniture = cls.__new__(cls)
        furniture.lines = text.split("\n")
        furniture.stripped = [line.strip() for line in furniture.lines]
        furniture.english, furniture.context = english, None
        furniture.footer = _FOOTER if english else _FOOTER_ZH
        furniture.drop = [False] * len(furniture.lines)
        furniture.page_start = [False] * len(furniture.lines)
        furniture._footers(_lines_with(text, _FOOTER_WORDS if english else _FOOTER_WORDS_ZH))
        return furniture.product

    def _next(self, i: int) -> int:
        """The first line at or after `i` that is not blank (len(lines) if none)."""
        while i < len(self.lines) and not self.stripped[i]:
            i += 1
        return i

    def _previous(self, i: int) -> int:
        """The last line at or before `i` that is neither blank nor dropped (-1 if none)."""
        while i >= 0 and (not self.stripped[i] or self.drop[i]):
            i -= 1
        return i

    def _footers(self, candidates: list[int]) -> None:
        footers = [i for i in candidates if self.footer.search(self.lines[i])]
        if self.english:
            self._english_footers(footers)
            return
        above = Counter(
            self.stripped[self._previous(i - 1)]
            for i in footers
            if self._previous(i - 1) >= 0
        )
        product = above.most_common(1)[0][0] if above else ""
        self.product = product = self.context.product if self.context else product
        for i in footers:
            self.drop[i] = True
            j = self._previous(i - 1)
            if product and j >= 0 and self.stripped[j] == product:
                self.drop[j] = True
            k = self._next(i + 1)
            if k < len(self.lines):
                self.page_start[k] = True

    def _english_footers(self, footers: list[int]) -> None:
        """'©… Tencent Cloud. All rights reserved. Page N of M' (the copyright maybe on a line of its own, or
        missing) with the product's name printed just above or just below it on most pages.
        """
        lines = self.lines
        for i in footers:
            self.drop[i] = True
        for i in footers:
            for j in (self._previous(i - 1), self._next_kept(i + 1)):
                if 0 <= j < len(lines) and _COPYRIGHT.match(lines[j]):
                    self.drop[j] = True
        neighbours = Counter(
            self.stripped[j]
            for i in footers
            for j in {self._previous(i - 1), self._next_kept(i + 1)}
            if 0 <= j < len(lines)
        )
        product = ""
        for name, count in neighbours.most_common(3):
            if (
                count >= 2
                and count * 3 >= len(footers)
                and re.search(r"[^\W\d_]", name)
                and name[0] not in '{}[]"'
            ):
                product = name
                break
        self.product = product = self.context.product if self.context else product
        for i in footers:
            above, below = self._previous(i - 1), self._next_kept(i + 1)
            if product and above >= 0 and self.stripped[above] == product:
                self.drop[above] = True
            if product and below < len(lines) and self.stripped[below] == product:
                self.drop[below] = True
            k = self._next_kept(i + 1)
            if k < len(lines):
                self.page_start[k] = True

    def _next_kept(self, i: int) -> int:
        """The first line at or after `i` that is neither blank nor dropped (len(lines) if none)."""
        while i < len(self.lines) and (not self.stripped[i] or self.drop[i]):
            i += 1
        return i

    def _explorer_notes(self, candidates: list[int]) -> None:
        """The English edition's API Explorer lines (among the `candidates` that name it): 'Try it' under the
        recommendation, and the note 'API Explorer provides a range of capabilities, …' with the lines it wraps
        onto."""
        lines = self.lines
        wrapped = -1  # the last line of a note, which the lines up to are part of
        for i in candidates:
            if i <= wrapped:
                continue
            if self.drop[i] and _EXPLORER.match(lines[i]):
                k = self._next(i + 1)
                if k < len(lines) and _TRY_IT.match(lines[k]):
                    self.drop[k] = True
            elif _EXPLORER_NOTE.match(lines[i]):
                self.drop[i] = True
                k = i
                while not re.search(r"[.。]\s*$", lines[k]):
                    k = self._next(k + 1)
                    if k >= len(lines) or not re.match(r"\s*[a-z]", lines[k]):
                        break
                    self.drop[k] = True
                    wrapped = k

    def _stray_letters(self) -> None:
        """A lone letter (the extractor's trace of a form feed) on the last line of a page."""
        for i, text in enumerate(self.stripped):
            if len(text) == 1 and text.isalpha() and text.islower():
                k = self._next(i + 1)
                if k >= len(self.lines) or self.page_start[k]:
                    self.drop[i] = True

    def _links(self, candidates: list[int]) -> None:
        """A page's link list: two or more URL lines in a row, or one right before the next page's first line.
        Lists start at some of the `candidates` (the lines that start with a URL)."""
        lines, n = self.lines, len(self.lines)
        j = 0
        for i in candidates:
            if i < j or not _URL.match(lines[i]):
                continue  # in the list before, or a URL with more text after it
            j = i
            urls = 0
            while j < n and _URL.match(lines[j]):
                j += 1
                urls += 1
                # the English edition's links may be spaced out by blank lines
                following = self._next(j)
                if self.english and following < n and _URL.match(lines[following]):
                    j = following
            after = self._next(j)
            at_page_end = (
                urls >= 2
                or (j < n and self.page_start[j])
                or after >= n
                or self.footer.search(lines[after]) is not None
                or self.drop[after]
            )
            if at_page_end:
                for k in range(i, j):
                    if not _EXAMPLE_URL.match(lines[k]):
                        self.drop[k] = True
                if after < n:
                    self.page_start[after] = True

    def _contents(self, stamps: list[int]) -> set[tuple[str, str]]:
        """The table of contents at the start ('文档目录' and the titles under it): dropped.

        Returns the pairs of titles that follow each other in it: a chapter and its first document.
        """
        if self.english:
            return self._english_contents(stamps)
        first = self._next(0)
        if first >= len(self.lines) or self.stripped[first] not in _CONTENTS:
            return set()
        stamp = stamps[0] if stamps else len(self.lines)
        # the contents end where the page of the first title block starts
        end = stamp
        for i in range(stamp - 1, first, -1):
            if self.page_start[i]:
                end = i
                break
        titles: list[str] = []
        for i in range(first + 1, end):
            self.drop[i] = True
            if self.stripped[i]:
                titles.append(self.stripped[i])
        self.drop[first] = True
        return set(zip(titles, titles[1:]))

    def _english_contents(self, stamps: list[int]) -> set[tuple[str, str]]:
        """The English edition's cover, copyright notice and 'Contents' pages, up to the page of the first title
        block: dropped. Page numbers and dot leaders after the titles of the contents are left out of the pairs.
        """
        stamp = stamps[0] if stamps else len(self.lines)
        contents = next(
            (i for i in range(stamp) if _CONTENTS_EN.match(self.lines[i])), None
        )
        if contents is None:
            return set()
        # they end where the page of the first title block starts, or at the latest the page of the first section
        # heading (a manual whose title blocks were lost)
        heading = next(
            (i for i in range(contents + 1, stamp) if section_kind(self.lines[i])),
            None,
        )
        limit = stamp if heading is None else heading + 1
        end = limit if heading is None else heading
        for i in range(limit - 1, contents, -1):
            if self.page_start[i] and not self.drop[i]:
                end = i
                break
        titles: list[str] = []
        for i in range(end):
            if i > contents and self.stripped[i] and not self.drop[i]:
                title = re.sub(r"(?:\s*\.{2,}\s*|\s+)\d+$", "", self.stripped[i])
                titles.append(title)
            self.drop[i] = True
        return set(zip(titles, titles[1:]))

    def _title_blocks(self, stamps: list[int], toc: set[tuple[str, str]]) -> None:
        lines, stripped = self.lines, self.stripped
        for i in stamps:
            match = _UPDATED.match(lines[i])
            assert match is not None
            self.updated.append(f"{match.group(1)} {match.group(2)}")
            self.drop[i] = True
            start = i
            titles: list[tuple[str, int]] = []
            above = i - 1
            if self.english:  # maybe with blank lines between the title and its stamp
                while above > 0 and not stripped[above]:
                    above -= 1
            if above >= 0 and stripped[above] and not self.drop[above]:
                start = above
                titles.append((stripped[above], above + 1))
                self.drop[above] = True
            # chapter titles above it (breadcrumbs): the contents list each right before the title under it
            while titles:
                j = self._previous(start - 1)
                if (
                    j < 0
                    or (stripped[j], titles[0][0]) not in toc
                    or len(titles) >= 3
                ):
                    break
                titles.insert(0, (stripped[j], j + 1))
                self.drop[j] = True
                start = j
            end = i
            k = self._next(i + 1)
            naked = True
            if k < len(lines) and _EXPLORER.match(lines[k]):
                end = k
                naked = False
            k = self._next(end + 1)
            if k < len(lines) and self.drop[k]:  # a link list follows
                naked = False
                while k < len(lines) and (self.drop[k] or not stripped[k]):
                    k += 1
            if k < len(lines):
                self.page_start[k] = True
            if not titles:
                continue
            # Where the document starts: mostly the title block is printed at the end of the document's first page,
            # after a link list; without one (a 'naked' block) the title is printed first, unless what follows it is
            # a table header repeated at a page break.
            position = self._page_of(start)
            if naked:
                # '1. 接口描述' printed on the page just above its own title
                opening = next(
                    (
                        j
                        for j in range(start - 1, position - 1, -1)
                        if section_kind(stripped[j]) == "description"
                    ),
                    None,
                )
                if opening is not None:
                    position = opening
                elif not (k < len(lines) and _header(stripped[k])):
                    position = k
            self.headings.setdefault(position, []).extend(titles)

    def _fragments(self) -> None:
        """Drop the cut-off copy of a heading printed at the bottom of a page ('接 描述', '发者资源').

        The heading itself opens the next page, whole: a fragment is a short line right before a page's first line
        whose characters are a part (not the start) of that short heading.
        """
        lines = self.lines
        for i in compress(range(len(lines)), self.page_start):
            before = self._previous(i - 1)
            if self.drop[i] or not self.stripped[i] or before < 0:
                continue
            short, long = _squeeze(lines[before]), _squeeze(lines[i])
            if self.english:
                # only a section heading's ('scription' before '1. API Description'): English lines that
                # are a few letters of the next one are common ('}' before '"Response": {')
                if (
                    section_kind(self.stripped[i])
                    and re.search(r"[A-Za-z]{3}", short)
                    and len(short) < len(long)
                    and not long.startswith(short)
                    and _is_subsequence(short.lower(), long.lower())
                ):
                    self.drop[before] = True
            elif (
                0 < len(short) <= 8
                and len(short) < len(long) <= 16
                and not long.startswith(short)
                and _is_subsequence(short, long)
            ):
                self.drop[before] = True

    def _page_of(self, i: int) -> int:
        """The first line of the page that line `i` is on."""
        for j in range(i, -1, -1):
            if self.page_start[j] and not self.drop[j] and self.stripped[j]:
                return j
        return 0


# ---------------------------------------------------------------------------------------------------------------------
# Pass 2: blocks


@dataclass(slots=True)
class _Item:
    index: int  # 0-based line index
    text: str  # stripped
    raw: str
    page_start: bool


@dataclass(frozen=True)
class _Spec:
    """A recognised table header: structured columns (kinds) or generic ones (a pattern per column)."""

    cells: tuple[str, ...]
    kinds: tuple[str, ...] = ()
    patterns: tuple[str | None, ...] = ()

    @property
    def continues(self) -> bool:
        """Whether a line that is not a row continues the last cell (the free text is the last column)."""
        if self.kinds:
            return self.kinds[-1] in (DESC, REQUIRED)
        return self.patterns[-1] is None

    def free_column(self, width: int) -> int:
        """The column that lines which are not rows go on: the last, or the description before a trailing Yes/No."""
        if self.kinds and self.kinds[-1] == REQUIRED:
            return width - 2
        return width - 1


@functools.lru_cache(maxsize=4096)
def _is_title(text: str) -> bool:
    """A numbered section heading, an example's title or 'Input Example'/'输出示例': a title ends the block before."""
    return bool(section_kind(text) or is_example_title(text) or is_io_example(text))


@functools.lru_cache(maxsize=4096)
def _header(text: str) -> _Spec | None:
    normal = " ".join(text.split())
    if normal in _GENERIC:
        return _Spec(
            tuple(_split_header(normal, len(_GENERIC[normal]))),
            patterns=_GENERIC[normal],
        )
    if normal in _STRUCTURED:
        return _Spec(tuple(normal.split()), kinds=_STRUCTURED[normal])
    if " " not in normal or not normal.replace(" ", "").isalpha():
        # spaced header cells are words: a line of one word, or with a digit or a punctuation mark, is text or a row
        return None
    header = match_header(normal)
    if header is None or not header.spaced:
        return None
    return _Spec(header.cells, kinds=header.kinds)


def _split_header(text: str, count: int) -> list[str]:
    words = text.split()
    if len(words) == count:
        return words
    # 'API 2.0 接口 API 3.0 接口 备注': cells with spaces in them
    cells = re.findall(r"API \d\.\d 接口|\S+", text)
    return (
        cells
        if len(cells) == count
        else words[: count - 1] + [" ".join(words[count - 1 :])]
    )


def _generic_row(text: str, patterns: Sequence[str | None]) -> tuple[str, ...] | None:
    parts = _GAP.split(text) if _SPACED_CELLS.search(text) else text.split()
    free = patterns.index(None) if None in patterns else -1
    if free < 0:
        if len(parts) != len(patterns):
            return None
        cells = parts
    else:
        left, right = free, len(patterns) - free - 1
        if len(parts) < left + right + (1 if right else 0):
            return None
        tail = parts[len(parts) - right :] if right else []
        middle = parts[left : len(parts) - right]
        joiner = "  " if len(parts) > 1 and "  " in text else " "
        cells = parts[:left] + [joiner.join(middle).strip()] + tail
    for cell, pattern in zip(cells, patterns):
        if pattern is not None and not re.fullmatch(pattern, cell):
            return None
        if pattern is None and _CODE.search(cell):
            return None  # 'String service = "cvm";' after a table is code, not a row
    return tuple(cells)


class _OpenRow:
    """The row a table reader is in: its cells as split from its first lines, and the printed lines its free-text
    cell goes on over, each a list of the pieces an English sentence wrapped over. The cell is joined once, when the
    row is closed: it may run over thousands of lines."""

    def __init__(self, cells: tuple[str, ...], line: int, free: int) -> None:
        self.cells = cells
        self.line = line
        self.free = free
        self.lines: list[list[str]] = [[cells[free]]] if cells[free] else []

    def ends_sentence(self) -> bool:
        return bool(self.lines) and bool(_SENTENCE_END.search(self.lines[-1][-1]))

    def add(self, text: str, english: bool) -> None:
        if self.lines and english and _wrapped_word(self.lines[-1], text):
            self.lines[-1].append(text)  # a sentence wrapped at the right edge of the page
        else:
            self.lines.append([text])

    def close(self) -> Row:
        cells = list(self.cells)
        cells[self.free] = "\n".join([" ".join(pieces) for pieces in self.lines])
        return Row(tuple(cells), self.line)


class _Blocks:
    def __init__(
        self,
        path: str,
        items: Sequence[_Item],
        headings: dict[int, list[tuple[str, int]]],
        english: bool = False,
    ) -> None:
        self.path = path
        self.items = items
        self.english = english
        # each level-1 heading goes before the first remaining line at or after its position
        self.before: dict[int, list[tuple[str, int]]] = {}
        positions = sorted(headings)
        k = 0
        for position in positions:
            while k < len(items) and items[k].index < position:
                k += 1
            self.before.setdefault(k, []).extend(headings[position])
        self.blocks: list[Block] = []
        self.section = ""
        self._rows: dict[
            tuple[int, tuple[str, ...]], tuple[tuple[str, ...], int] | None
        ] = {}
        self._breaks: dict[int, bool] = {}

    # -- line kinds ---------------------------------------------------------------------------------------------------

    def _structure_at(self, k: int) -> bool:
        """A data-structure name: an identifier line, its description, then '被如下接口引用：…'."""
        name = self.items[k].text
        if not _STRUCTURE.match(name) or name in _TYPES:
            return False
        # an English description may wrap over a few lines
        reach = 9 if self.english else 5
        for j in range(k + 1, min(k + reach, len(self.items))):
            text = self.items[j].text
            if _REFERENCED.match(text):
                return True
            if (
                j in self.before
                or _STRUCTURE.match(text)
                or _header(text)
                or section_kind(text)
            ):
                return False
        return False

    def _is_break(self, k: int) -> bool:
        """A line that ends a table, code block or paragraph."""
        if k not in self._breaks:
            self._breaks[k] = self._breaks_at(k)
        return self._breaks[k]

    def _breaks_at(self, k: int) -> bool:
        return (
            k in self.before
            or _is_title(self.items[k].text)
            or self._structure_at(k)
        )

    # -- reading ------------------------------------------------------------------------------------------------------

    def read(self) -> list[Block]:
        k = 0
        n = len(self.items)
        while k < n:
            for title, line in self.before.pop(k, []):
                self.blocks.append(Heading(title, 1, line))
                self.section = ""
            if _FURNITURE.match(self.items[k].text):
                k += 1
            elif self._is_break(k):
                k = self._heading(k)
            else:
                k = self._text(k)
        for pending in self.before.values():  # headings after the last line
            for title, line in pending:
                self.blocks.append(Heading(title, 1, line))
        return self.blocks

    def _heading(self, k: int) -> int:
        """A section heading, an example title, an input/output example with its code, or a data structure's name;
        else whatever `_text` finds."""
        item = self.items[k]
        text = item.text
        kind = section_kind(text)
        if kind:
            self.section = kind
            self.blocks.append(Heading(text, 2, item.index + 1))
            return k + 1
        if is_example_title(text) and self.section == "example":
            self.blocks.append(Heading(text, 3, item.index + 1))
            return k + 1
        if is_io_example(text):
            self.blocks.append(Heading(text, 4, item.index + 1))
            return self._code(k)
        if self._structure_at(k):
            self.section = "structure"
            self.blocks.append(Heading(text, 3, item.index + 1))
            return k + 1
        return self._text(k)

    def _text(self, k: int) -> int:
        """A table, a JSON text printed one token per line, or a paragraph."""
        item = self.items[k]
        text = item.text
        spec = _header(text)
        if spec is not None:
            return self._table(k, spec)
        end = self._json(k)
        if end > k:
            lines = [self.items[j].text for j in range(k, end)]
            json_like = all(
                re.match(r'[{}\[\]",\d-]|true|false|null', line) for line in lines
            )
            self.blocks.append(
                CodeBlock(
                    "\n".join(lines), item.index + 1, "json" if json_like else ""
                )
            )
            return end
        return self._paragraph(k)

    def _json(self, at: int) -> int:
        """The end of a JSON text printed one token per line from item `at` (an opening brace), else `at`."""
        if self.items[at].text not in ("{", "["):
            return at
        depth = 0
        for k in range(at, min(at + 500, len(self.items))):
            if k > at and self._is_break(k):
                return at
            depth += json_depth(self.items[k].text)
            if depth <= 0:
                return k + 1
        return at

    def _code(self, at: int) -> int:
        k = at + 1
        lines: list[str] = []
        while k < len(self.items) and not self._is_break(k):
            item = self.items[k]
            if not _FURNITURE.match(item.text):
                lines.append(
                    item.raw[1:]
                    if item.raw.startswith(" ") and item.page_start
                    else item.raw
                )
            k += 1
        heading = self.items[at]
        if not lines:
            raise SourceError(
                self.path, heading.index + 1, f"no example text after '{heading.text}'"
            )
        self.blocks.append(
            CodeBlock(
                dedent(lines), self.items[at + 1].index + 1, _code_language(lines)
            )
        )
        return k

    def _row(self, k: int, spec: _Spec) -> tuple[tuple[str, ...], int] | None:
        """The row starting at item `k` and the number of lines it took to state its name and type.

        A row's start may be broken over lines ('MarkPicIndexList', 'Array of', 'Integer', '否'): while the text so
        far is the start of a row, the next line is added to it.
        """
        key = (k, spec.cells)
        if key not in self._rows:
            self._rows[key] = self._find_row(k, spec)
        return self._rows[key]

    def _find_row(self, k: int, spec: _Spec) -> tuple[tuple[str, ...], int] | None:
        text = self.items[k].text
        if spec.kinds[:1] == (NAME,) and not _NAME_START.match(strip_bullet(text)):
            return None  # most lines of a parameter table go on with a description, a row starts with a name
        used = 1
        while True:
            following = self.items[k + used].text if k + used < len(self.items) else ""
            broken = text.endswith(" Array of") or (
                text.endswith(" Array") and re.match(r"of(?:\s|$)", following)
            )
            if not broken:
                cells = self._split(text, spec, k + used - 1)
                if cells is not None:
                    return cells, used
            if (
                used >= 5
                or k + used >= len(self.items)
                or not _starts_row(text, spec)
                or self._is_break(k + used)
                or _header(self.items[k + used].text)
            ):
                return None
            text = f"{text} {self.items[k + used].text}"
            used += 1

    def _split(self, text: str, spec: _Spec, k: int = -1) -> tuple[str, ...] | None:
        if not spec.kinds:
            cells = _generic_row(text, spec.patterns)
            if cells and not cells[-1] and spec.patterns[-1] is None:
                # a name alone on its line starts a row only if its description follows ('SignedHeaders'), not
                # in a list of words after the table ('Python', 'Java')
                following = (
                    self.items[k + 1].text if 0 <= k < len(self.items) - 1 else ""
                )
                return cells if _CJK.search(following) else None
            return cells
        cells = _split_row(text, spec.kinds)
        if cells is None and _SPACED_CELLS.search(text):  # the 2017 API's cells, two spaces apart
            parts = _GAP.split(text.strip())
            if len(parts) <= len(spec.kinds) and re.fullmatch(_IDENT, parts[0]):
                cells = _split_row(" ".join(parts), spec.kinds)
        if cells is None and self.english:
            cells = _named_like_a_sentence(text, spec)
        return cells

    def _table(self, at: int, spec: _Spec) -> int:
        header = self.items[at]
        rows: list[Row] = []
        row: _OpenRow | None = None
        k = at + 1
        n = len(self.items)
        while k < n:
            if self._is_break(k):
                break
            item = self.items[k]
            text = item.text
            if _FURNITURE.match(text):
                k += 1
                continue
            again = _header(text)
            if again is not None:
                if (
                    again.cells == spec.cells and item.page_start
                ):  # repeated at the top of the next page
                    k += 1
                    continue
                break
            found = self._row(k, spec)
            if found is not None:
                if row is not None:
                    rows.append(row.close())
                cells, used = found
                row = _OpenRow(cells, item.index + 1, spec.free_column(len(cells)))
                k += used
                continue
            if row is None or not spec.continues or self._caption(k, spec):
                break
            if not spec.kinds and not _CJK.search(text) and row.ends_sentence():
                break  # a generic table's cells go on in Chinese or mid-sentence; code after it is not part of it
            row.add(text, self.english)
            k += 1
        if row is not None:
            rows.append(row.close())
        if not rows:
            # a header-like line with no rows under it is just text
            self.blocks.append(Paragraph(header.text, header.index + 1))
            return at + 1
        self.blocks.append(Table(spec.cells, tuple(rows), header.index + 1))
        return k

    def _caption(self, k: int, spec: _Spec) -> bool:
        """Whether item `k` introduces the next table (its title, a sentence) rather than continuing this one."""
        for j in range(k + 1, min(k + 3, len(self.items))):
            if self._is_break(j):
                return False
            header = _header(self.items[j].text)
            if header is not None:
                return header.cells != spec.cells or not self.items[j].page_start
            if self._row(j, spec) is not None:
                return False
        return False

    def _paragraph(self, at: int) -> int:
        """A line, joined with the next ones while it runs to the edge of the page or ends with a comma."""
        text = self.items[at].text
        k = at + 1
        while k < len(self.items):
            last = self.items[k - 1].text
            raw = self.items[k - 1].raw
            following = self.items[k].text
            if self.english:
                wrapped = _wraps_english(text, last, following)
            else:
                wrapped = bool(_CONTINUES.search(raw)) or (
                    _runs_to_edge(last)
                    and not _SENTENCE_END.search(last)
                    and last[:1] not in '{}[]"'
                )
            if not wrapped or self._is_break(k):
                break
            if (
                _header(following)
                or _FURNITURE.match(following)
                or _REFERENCED.match(following)
            ):
                break
            text += f" {following}" if self.english else following
            k += 1
        self.blocks.append(Paragraph(text, self.items[at].index + 1))
        return k


# Parameter names that are also words starting English sentences, which the shared row splitter refuses as names
# ('Values Array of String Yes …' of a filter structure).
_NAME_WORDS = frozenset({"Values", "Default", "Unit", "Supported"})


def _named_like_a_sentence(text: str, spec: _Spec) -> tuple[str, ...] | None:
    """A row whose parameter name is a word that starts sentences: taken when the name is one that APIs use, or
    when the table's Yes/No column comes right after the name and holds Yes/No."""
    if not spec.kinds or spec.kinds[0] != NAME:
        return None
    first, _, rest = text.strip().partition(" ")
    anchored = (
        len(spec.kinds) > 2
        and spec.kinds[1] == REQUIRED
        and rest.split(" ", 1)[0] in REQUIRED_WORDS
    )
    if not re.fullmatch(r"[A-Z][a-z]+", first) or not (
        first in _NAME_WORDS or anchored
    ):
        return None
    cells = _split_row(f"{first}Name {rest}", spec.kinds)
    return (first, *cells[1:]) if cells is not None else None


def _wrapped_word(line: Sequence[str], text: str) -> bool:
    """Whether an English cell's next line goes on with the sentence its last line (printed in the pieces `line`)
    left unfinished: it starts with a lower-case word, after a line without closing punctuation."""
    # 'Example value:' has no space but the one before 'value', so it lies within the line's first three pieces
    start = " ".join(line[:3])
    word = line[-1].rsplit(None, 1)[-1]
    if re.match(r"\s*Example(?: value)?\s*[:：]", start, re.I) or re.search(
        r"[/=&]|\S{30}", word
    ):
        return False  # a value or a long word cut at the edge goes on without a space
    return not _SENTENCE_END_EN.search(line[-1]) and bool(re.match(r"[a-z]", text))


def _wraps_english(text: str, last: str, following: str) -> bool:
    """Whether an English paragraph's line `last` goes on on the next one: it ends with a comma, or mid-sentence
    before a line starting in lower case, or mid-sentence near the right edge (English lines wrap at about 100
    characters). A 'Used by actions: A, B' list goes on until its full stop."""
    if _CONTINUES_EN.search(last):
        return True
    if _SENTENCE_END_EN.search(last) or last[:1] in '{}[]"' or following[:1] in "•·-*":
        return False
    if _REFERENCED.match(text):
        return bool(re.match(r"[A-Z][A-Za-z0-9]+\b", following))
    return bool(re.match(r"[a-z]", following)) or len(last) >= 80


@functools.lru_cache(maxsize=4096)
def _starts_row(text: str, spec: _Spec) -> bool:
    """Whether `text` is the start of a row that goes on on the next line: its leading cells and nothing else."""
    if not spec.kinds or TYPE not in spec.kinds:
        return False
    if _ARRAY_START.fullmatch(text):
        return True
    for cut in range(1, len(spec.kinds)):
        if spec.kinds[cut - 1] == DESC:
            break
        cells = _split_row(text, spec.kinds[:cut] + (DESC,))
        if cells is not None and not cells[-1]:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _split_row(text: str, kinds: tuple[str, ...]) -> tuple[str, ...] | None:
    """The cells of a spaced row of the manual's tables (a line may be tried again while a table is read)."""
    return split_row(text, kinds, True, _TYPES, _REQUIRED)


def _code_language(lines: Sequence[str]) -> str:
    first = next((line.strip() for line in lines if line.strip()), "")
    if first[:1] in '{["':
        return "json"
    if re.match(r"(?:POST|GET) |https?://", first):
        return "http"
    return ""


def starts_printed_page(line: str) -> bool:
    """Whether a line is printed as the first of a PDF page (the extractor indents it by one space)."""
    return bool(_PAGE_START.match(line))


def is_page_footer(line: str) -> bool:
    return bool(_FOOTER.search(line))
