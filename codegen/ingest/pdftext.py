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
_PAGE_START = re.compile(r"^ \S")
_STRUCTURE = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
_REFERENCED = re.compile(r"^(?:被如下接口引用|(?i:used by actions?|referenced by)\b)")
_CONTINUES = re.compile(r"(?:[，、]|, )\s*$")
_CONTINUES_EN = re.compile(r"[,，、]\s*$")
_CJK = re.compile(r"[\u3400-\u9fff]")
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
    totals = Counter(_EN_FOOTER_LINES.findall(text))
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
    lines = text.split("\n")
    english = _english(text)
    product = _Furniture.product_of(lines, english)
    stamp = next((i for i, line in enumerate(lines) if _UPDATED.match(line)), len(lines))
    # the table of contents ends before the page of the first title block
    opening = _Furniture(lines[: stamp + 1], english, Context(english, product, ()))
    return Context(english, product, tuple(sorted(opening.toc)))


def read(path: str, text: str, context: Context | None = None) -> Document:
    """The manual's blocks. With a `context`, `text` is a part of a manual read as the whole manual reads there (a
    part may hold no API section)."""
    lines = text.split("\n")
    pages = _Furniture(lines, context.english if context else _english(text), context)
    items = [
        _Item(i, lines[i].strip(), lines[i], pages.page_start[i])
        for i in range(len(lines))
        if not pages.drop[i] and lines[i].strip()
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
    chinese = len(re.findall(r"^[^\S\n]*最近更新时间|版权所有(?:(?!版权所有).)*?第\s*\d+\s*共", text, re.M))
    english = len(_EN_FOOTER_LINES.findall(text)) + len(
        re.findall(r"^[^\S\n]*(?i:last updated)", text, re.M)
    )
    if english or chinese:
        return english > chinese
    return (
        language(text[:200000]) == "en"
    )  # neither (a text read with --format pdftext): its words


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


# ---------------------------------------------------------------------------------------------------------------------
# Pass 1: page furniture


class _Furniture:
    """Which lines are page furniture, where pages start, and the titles to put back as level-1 headings."""

    def __init__(self, lines: Sequence[str], english: bool = False, context: Context | None = None) -> None:
        self.lines = lines
        self.english = english
        self.context = context
        self.footer = _FOOTER if english else _FOOTER_ZH
        n = len(lines)
        self.drop = [False] * n
        self.page_start = [bool(_PAGE_START.match(line)) for line in lines]
        self.headings: dict[int, list[tuple[str, int]]] = {}
        self.updated: list[str] = []
        self._footers()
        for i, line in enumerate(
            lines
        ):  # the API Explorer line of a title block that lost its title
            if _EXPLORER.match(line):
                self.drop[i] = True
        if english:
            self._explorer_notes()
        self._links()
        self._stray_letters()
        opening = context is None or context.opening
        self.toc = self._contents() if opening else set(context.contents if context else ())
        self._title_blocks(self.toc)
        self._fragments()

    @classmethod
    def product_of(cls, lines: Sequence[str], english: bool) -> str:
        """The product name printed beside the page footers of a whole manual (its footers alone are read)."""
        furniture = cls.__new__(cls)
        furniture.lines, furniture.english, furniture.context = lines, english, None
        furniture.footer = _FOOTER if english else _FOOTER_ZH
        furniture.drop = [False] * len(lines)
        furniture.page_start = [False] * len(lines)
        furniture._footers()
        return furniture.product

    def _next(self, i: int) -> int:
        """The first line at or after `i` that is not blank (len(lines) if none)."""
        while i < len(self.lines) and not self.lines[i].strip():
            i += 1
        return i

    def _previous(self, i: int) -> int:
        """The last line at or before `i` that is neither blank nor dropped (-1 if none)."""
        while i >= 0 and (not self.lines[i].strip() or self.drop[i]):
            i -= 1
        return i

    def _footers(self) -> None:
        footers = [i for i, line in enumerate(self.lines) if self.footer.search(line)]
        if self.english:
            self._english_footers(footers)
            return
        above = Counter(
            self.lines[self._previous(i - 1)].strip()
            for i in footers
            if self._previous(i - 1) >= 0
        )
        product = above.most_common(1)[0][0] if above else ""
        self.product = product = self.context.product if self.context else product
        for i in footers:
            self.drop[i] = True
            j = self._previous(i - 1)
            if product and j >= 0 and self.lines[j].strip() == product:
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
            lines[j].strip()
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
            if product and above >= 0 and lines[above].strip() == product:
                self.drop[above] = True
            if product and below < len(lines) and lines[below].strip() == product:
                self.drop[below] = True
            k = self._next_kept(i + 1)
            if k < len(lines):
                self.page_start[k] = True

    def _next_kept(self, i: int) -> int:
        """The first line at or after `i` that is neither blank nor dropped (len(lines) if none)."""
        while i < len(self.lines) and (not self.lines[i].strip() or self.drop[i]):
            i += 1
        return i

    def _explorer_notes(self) -> None:
        """The English edition's API Explorer lines: 'Try it' under the recommendation, and the note 'API Explorer
        provides a range of capabilities, …' with the lines it wraps onto."""
        lines = self.lines
        i = 0
        while i < len(lines):
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
                    i = k
            i += 1

    def _stray_letters(self) -> None:
        """A lone letter (the extractor's trace of a form feed) on the last line of a page."""
        for i, line in enumerate(self.lines):
            if (
                len(line.strip()) == 1
                and line.strip().isalpha()
                and line.strip().islower()
            ):
                k = self._next(i + 1)
                if k >= len(self.lines) or self.page_start[k]:
                    self.drop[i] = True

    def _links(self) -> None:
        """A page's link list: two or more URL lines in a row, or one right before the next page's first line."""
        lines, n = self.lines, len(self.lines)
        i = 0
        while i < n:
            if not _URL.match(lines[i]):
                i += 1
                continue
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
            i = j

    def _contents(self) -> set[tuple[str, str]]:
        """The table of contents at the start ('文档目录' and the titles under it): dropped.

        Returns the pairs of titles that follow each other in it: a chapter and its first document.
        """
        if self.english:
            return self._english_contents()
        first = self._next(0)
        if first >= len(self.lines) or self.lines[first].strip() not in _CONTENTS:
            return set()
        stamp = next(
            (i for i, line in enumerate(self.lines) if _UPDATED.match(line)),
            len(self.lines),
        )
        # the contents end where the page of the first title block starts
        end = stamp
        for i in range(stamp - 1, first, -1):
            if self.page_start[i]:
                end = i
                break
        titles: list[str] = []
        for i in range(first + 1, end):
            self.drop[i] = True
            if self.lines[i].strip():
                titles.append(self.lines[i].strip())
        self.drop[first] = True
        return set(zip(titles, titles[1:]))

    def _english_contents(self) -> set[tuple[str, str]]:
        """The English edition's cover, copyright notice and 'Contents' pages, up to the page of the first title
        block: dropped. Page numbers and dot leaders after the titles of the contents are left out of the pairs.
        """
        stamp = next(
            (i for i, line in enumerate(self.lines) if _UPDATED.match(line)),
            len(self.lines),
        )
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
            if i > contents and self.lines[i].strip() and not self.drop[i]:
                title = re.sub(r"(?:\s*\.{2,}\s*|\s+)\d+$", "", self.lines[i].strip())
                titles.append(title)
            self.drop[i] = True
        return set(zip(titles, titles[1:]))

    def _title_blocks(self, toc: set[tuple[str, str]]) -> None:
        lines = self.lines
        for i, line in enumerate(lines):
            match = _UPDATED.match(line)
            if not match:
                continue
            self.updated.append(f"{match.group(1)} {match.group(2)}")
            self.drop[i] = True
            start = i
            titles: list[tuple[str, int]] = []
            above = i - 1
            if self.english:  # maybe with blank lines between the title and its stamp
                while above > 0 and not lines[above].strip():
                    above -= 1
            if above >= 0 and lines[above].strip() and not self.drop[above]:
                start = above
                titles.append((lines[above].strip(), above + 1))
                self.drop[above] = True
            # chapter titles above it (breadcrumbs): the contents list each right before the title under it
            while titles:
                j = self._previous(start - 1)
                if (
                    j < 0
                    or (lines[j].strip(), titles[0][0]) not in toc
                    or len(titles) >= 3
                ):
                    break
                titles.insert(0, (lines[j].strip(), j + 1))
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
                while k < len(lines) and (self.drop[k] or not lines[k].strip()):
                    k += 1
            if k < len(lines):
                self.page_start[k] = True
            if not titles:
                continue
            # Where the document starts: mostly the title block is printed at the end of the document's first page,
            # after a link list; without one (a 'naked' block) the title is printed first, unless what follows it is
            # a table header repeated at a page break.
            page = self._page_of(start)
            opening = [
                j
                for j in range(page, start)
                if section_kind(lines[j].strip()) == "description"
            ]
            if naked and opening:
                position = opening[
                    -1
                ]  # '1. 接口描述' printed on the page just above its own title
            elif naked and not (k < len(lines) and _header(lines[k].strip())):
                position = k
            else:
                position = self._page_of(start)
            self.headings.setdefault(position, []).extend(titles)

    def _fragments(self) -> None:
        """Drop the cut-off copy of a heading printed at the bottom of a page ('接 描述', '发者资源').

        The heading itself opens the next page, whole: a fragment is a short line right before a page's first line
        whose characters are a part (not the start) of that short heading.
        """
        lines = self.lines
        before = -1
        for i, line in enumerate(lines):
            if self.drop[i] or not line.strip():
                continue
            if self.page_start[i] and before >= 0:
                short, long = _squeeze(lines[before]), _squeeze(line)
                if self.english:
                    # only a section heading's ('scription' before '1. API Description'): English lines that
                    # are a few letters of the next one are common ('}' before '"Response": {')
                    if (
                        section_kind(line.strip())
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
            before = i

    def _page_of(self, i: int) -> int:
        """The first line of the page that line `i` is on."""
        for j in range(i, -1, -1):
            if self.page_start[j] and not self.drop[j] and self.lines[j].strip():
                return j
        return 0


# ---------------------------------------------------------------------------------------------------------------------
# Pass 2: blocks


@dataclass(frozen=True)
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
    parts = (
        re.split(r"\s{2,}", text) if re.search(r"\S\s{2,}\S", text) else text.split()
    )
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
        text = self.items[k].text
        return bool(
            k in self.before
            or section_kind(text)
            or is_example_title(text)
            or is_io_example(text)
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
            item = self.items[k]
            text = item.text
            if _FURNITURE.match(text):
                k += 1
                continue
            kind = section_kind(text)
            if kind:
                self.section = kind
                self.blocks.append(Heading(text, 2, item.index + 1))
                k += 1
                continue
            if is_example_title(text) and self.section == "example":
                self.blocks.append(Heading(text, 3, item.index + 1))
                k += 1
                continue
            if is_io_example(text):
                self.blocks.append(Heading(text, 4, item.index + 1))
                k = self._code(k)
                continue
            if self._structure_at(k):
                self.section = "structure"
                self.blocks.append(Heading(text, 3, item.index + 1))
                k += 1
                continue
            spec = _header(text)
            if spec is not None:
                k = self._table(k, spec)
                continue
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
                k = end
                continue
            k = self._paragraph(k)
        for pending in self.before.values():  # headings after the last line
            for title, line in pending:
                self.blocks.append(Heading(title, 1, line))
        return self.blocks

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
        cells = split_row(text, spec.kinds, True, _TYPES, _REQUIRED)
        if cells is None and re.search(
            r"\S\s{2,}\S", text
        ):  # the 2017 API's cells, two spaces apart
            parts = re.split(r"\s{2,}", text.strip())
            if len(parts) <= len(spec.kinds) and re.fullmatch(_IDENT, parts[0]):
                cells = split_row(" ".join(parts), spec.kinds, True, _TYPES, _REQUIRED)
        if cells is None and self.english:
            cells = _named_like_a_sentence(text, spec)
        return cells

    def _table(self, at: int, spec: _Spec) -> int:
        header = self.items[at]
        rows: list[Row] = []
        cells: list[str] | None = None
        row_line = 0
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
                if cells is not None:
                    rows.append(Row(tuple(cells), row_line))
                split, used = found
                cells, row_line = list(split), item.index + 1
                k += used
                continue
            if cells is None or not spec.continues or self._caption(k, spec):
                break
            if (
                not spec.kinds
                and not _CJK.search(text)
                and _SENTENCE_END.search(cells[-1])
            ):
                break  # a generic table's cells go on in Chinese or mid-sentence; code after it is not part of it
            last = len(cells) - 1
            if spec.kinds and spec.kinds[-1] == REQUIRED:
                last -= 1  # the description is the column before a trailing Yes/No
            if not cells[last]:
                cells[last] = text
            elif self.english and _wrapped_word(cells[last], text):
                # a sentence wrapped at the right edge of the page
                cells[last] = f"{cells[last]} {text}"
            else:
                cells[last] = f"{cells[last]}\n{text}"
            k += 1
        if cells is not None:
            rows.append(Row(tuple(cells), row_line))
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
    cells = split_row(f"{first}Name {rest}", spec.kinds, True, _TYPES, _REQUIRED)
    return (first, *cells[1:]) if cells is not None else None


def _wrapped_word(cell: str, text: str) -> bool:
    """Whether an English cell's next line goes on with the sentence its last line left unfinished: it starts with a
    lower-case word, after a line without closing punctuation."""
    last = cell.rsplit("\n", 1)[-1]
    word = last.rsplit(None, 1)[-1] if last.strip() else ""
    if re.match(r"\s*Example(?: value)?\s*[:：]", last, re.I) or re.search(
        r"[/=&]|\S{30}", word
    ):
        return False  # a value or a long word cut at the edge goes on without a space
    return not _SENTENCE_END_EN.search(cell) and bool(re.match(r"[a-z]", text))


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


def _starts_row(text: str, spec: _Spec) -> bool:
    """Whether `text` is the start of a row that goes on on the next line: its leading cells and nothing else."""
    if not spec.kinds or TYPE not in spec.kinds:
        return False
    if re.fullmatch(r"[A-Za-z_][\w.]*(?:\s.*)?\sArray(?: of)?", text):
        return True
    for cut in range(1, len(spec.kinds)):
        if spec.kinds[cut - 1] == DESC:
            break
        cells = split_row(text, spec.kinds[:cut] + (DESC,), True, _TYPES, _REQUIRED)
        if cells is not None and not cells[-1]:
            return True
    return False


def _code_language(lines: Sequence[str]) -> str:
    first = next((line.strip() for line in lines if line.strip()), "")
    if first[:1] in '{["':
        return "json"
    if re.match(r"(?:POST|GET) |https?://", first):
        return "http"
    return ""
