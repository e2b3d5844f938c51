"""Reader for text copied from a rendered Tencent Cloud API documentation page.

What such a text looks like: site chrome (navigation menu, language switch, "last updated" line, feedback prompts in
whatever language the site was shown in) around the article; the article's section headings as plain lines, numbered
("1. API Description" … "6. Error Code", "1. 接口描述" …) or, on older pages, not ("接口描述", "输入参数"); tables
as a header line ("Parameter Name Required Type Description") followed by one line per row, in whichever way the
browser copied the table:

- cells separated by TAB characters (the usual copy of an HTML table);
- cells separated by single spaces ("Url Yes String Live stream URL…");
- cells not separated at all ("UrlYesStringLive stream URL…");
- each cell on a line of its own (the header too: "Parameter Name", "Required", "Type", "Description", then "Url",
  "Yes", "String", "Live stream URL…").

A description cell that spans several lines continues on the lines that follow its row. Examples are the lines after
an "Input Example" / "Output Sample Code" / "请求参数" title (or that start like a request: "POST / HTTP/1.1",
"https://…?Action=", "{"); a JSON example ends where its brackets balance, and one whose bracket-only lines were lost
in the copy ends at the next title.

The article starts at the first numbered section heading (an unnumbered "接口描述" / "API Description" line when the
page numbers none) and ends at the site's feedback/help chrome, or after the error-code table when no section follows
it; an action-name line just before it (the page title) is kept as a level-1 heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from codegen.errors import SourceError
from codegen.ingest._text import (
    json_depth,
    CODE,
    DESC,
    NAME,
    REQUIRED,
    TYPE,
    Header,
    bare_section_kind,
    cell_kind_matches,
    clean_line,
    dedent,
    header_kind,
    humps,
    is_example_title,
    is_io_example,
    language,
    match_header,
    section_kind,
    split_row,
    split_tab_row,
    updated_stamp,
)
from codegen.ingest.textutil import block_text, clean_cell, pad_cells
from codegen.ingest.document import (
    Block,
    CodeBlock,
    Document,
    Heading,
    Paragraph,
    Row,
    Table,
)

FORMAT = "pagetext"

# Site chrome after the article: help / feedback prompts in the languages the doc site is served in, and the links to
# the previous and next pages.
_CHROME_END = re.compile(
    r"^(?:Ajuda e Suporte|Esta página foi útil|Was this page helpful|Help (?:and|&) Support|Ayuda y soporte|"
    r"¿Esta página (?:fue|te resultó) útil|이 페이지가 도움이 되었나요|도움말 및 지원|문서 피드백|"
    r"帮助和支持|本页内容是否解决了您的问题|文档反馈|このページはお役に立ちましたか|ヘルプとサポート|"
    r"Trang này có hữu ích không|Hỗ trợ và trợ giúp|Apakah halaman ini membantu|Bantuan dan Dukungan|"
    r"หน้านี้มีประโยชน์หรือไม่|comentários|feedback$|Contact Us$|Fale conosco|上一篇|下一篇|"
    r"(?:Previous|Next)(?: page)?\s*[:：]?$)",
    re.IGNORECASE,
)
# Page furniture inside the article: the API Explorer advertisement.
_FURNITURE = re.compile(
    r"^(?:We recommend you to use API Explorer|Try it|API Explorer provides a range of capabilities|"
    r"推荐使用 ?API Explorer|点击调试|API Explorer 提供了在线调用)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[•·●◦▪■]|[-*](?=\s)|\d{1,2}[.)、](?=\s*\S))")
_TITLE = re.compile(r"^[A-Z][A-Za-z0-9]+$")
# Bare titles of an example's request and response ('请求参数' / '返回参数' under '示例1 …', 'Input', '输出').
_IO_WORDS = re.compile(
    r"^(?:input|output|request|response|输入|输出|请求|返回|响应)"
    r"(?:\s*(?:parameters?|参数|示例|example|sample(?: code)?))?\s*[:：]?$",
    re.IGNORECASE,
)
# How an example's text starts when no title says it is one.
_CODE_START = re.compile(
    r"^(?:POST|GET) \S+ HTTP/\d|^https?://\S*\?Action=|^[{\[]$", re.IGNORECASE
)
# A numbered sub-section title ('2.1 Input parameters', '2.1.2. Dimension parameters'): a heading wherever it stands.
_SUBSECTION = re.compile(r"^[1-9]\d?(?:\.\d{1,2}){1,3}\.?\s+[A-Za-z\u4e00-\u9fff][^。.!?；;]{0,60}$")
_SENTENCE_END = re.compile(r"[。.!?！？:：;；,，]$")
_KIND_WORDS = {
    NAME: "a parameter name",
    CODE: "an error code",
    REQUIRED: "Yes/No",
    TYPE: "a type",
    DESC: "a description",
}


def sniff(text: str) -> float:
    """Section headings as plain lines (numbered, or all the main ones unnumbered), and neither Markdown pipe tables
    nor HTML tags."""
    head = text[:200000]
    if re.search(r"<(?:html|body|div|table|p|h[1-6])[\s>]", head, re.IGNORECASE):
        return 0.0
    if re.search(r"^[^\S\n]*\|.*\|\s*$", head, re.MULTILINE) or re.search(
        r"^#{1,6} ", head, re.MULTILINE
    ):
        return 0.0
    lines = head.split("\n")
    kinds = {section_kind(line, page=True) for line in lines}
    kinds.discard(None)
    if kinds:
        score = 0.3 + 0.1 * len(kinds)
    else:
        bare = {bare_section_kind(line) for line in lines}
        if {"description", "input", "output"} <= bare:
            score = 0.5
        elif any(_parameter_header(line) for line in lines):
            score = 0.3  # copied text with no section titles, but a parameter table
        else:
            return 0.0
    if re.search(
        r"版权所有(?:(?!版权所有).)*?第\s*\d+\s*共\s*\d+\s*页", head
    ):  # a PDF's footers: that reader's business
        score -= 0.5
    return max(0.0, min(0.9, score))


def read(path: str, text: str) -> Document:
    lines = [clean_line(line, tabs=True) for line in text.split("\n")]
    headings = [i for i, line in enumerate(lines) if section_kind(line, page=True)]
    numbered = bool(headings)
    start = next(
        (
            i
            for i in headings
            if section_kind(lines[i], page=True) == "description"
            and not _in_contents(lines, i)
        ),
        headings[0] if headings else None,
    )
    if start is None:
        start = next(
            (
                i
                for i, line in enumerate(lines)
                if bare_section_kind(line) == "description"
                and not _in_contents(lines, i, numbered=False)
            ),
            None,
        )
    headless = start is None and any(_parameter_header(line) for line in lines)
    if headless:
        start = next(i for i, line in enumerate(lines) if line.strip())
    if start is None:
        raise SourceError(
            path,
            1,
            "no numbered API section heading ('1. API Description' / '1. 接口描述'); "
            "expected text copied from a Tencent Cloud API page",
        )
    end = next(
        (i for i in range(start, len(lines)) if _CHROME_END.match(lines[i].strip())),
        len(lines),
    )
    blocks: list[Block] = []
    title = _title(lines, start)
    if title is not None:
        blocks.append(title)
    article = _Article(path, lines, end, numbered)
    blocks.extend(article.read(start))
    if "output" not in article.sections and not headless:
        raise SourceError(
            path,
            max(1, min(article.stop, len(lines))),
            "page ends before its output parameters: expected a '3. Output Parameters' / '3. 输出参数' section "
            "(truncated copy?)",
        )
    updated = ""
    for line in lines[:start] + lines[article.stop :]:
        updated = updated_stamp(line)
        if updated:
            break
    return Document(
        path=path,
        format=FORMAT,
        language=language("\n".join(block_text(b) for b in blocks)),
        blocks=tuple(blocks),
        updated=updated,
    )


def _parameter_header(line: str) -> bool:
    header = match_header(line)
    return header is not None and header.kinds[0] == NAME and TYPE in header.kinds


def _in_contents(lines: Sequence[str], i: int, numbered: bool = True) -> bool:
    """Whether the section heading at line i is an entry of the page's table of contents ('On this page' / '本页目录'
    lists the section titles, maybe with the titles under them): the next section title follows within a few short
    lines, where an article has its text."""
    seen = 0
    for line in lines[i + 1 :]:
        text = line.strip()
        if not text:
            continue
        if section_kind(text, page=True) or (not numbered and bare_section_kind(text)):
            return True
        seen += 1
        if seen > 6 or len(text) > 60 or _SENTENCE_END.search(text) or re.search(r"[。！？]|[.!?] ", text):
            return False
    return False


def _title(lines: Sequence[str], start: int) -> Heading | None:
    """The action name printed as the page title a few lines before the article, if there is one: a CamelCase line
    that is not one of a list of them on adjacent lines (a navigation menu of action names), near the "last updated"
    line when the page has one. The entries of a table of contents between the title and the article are passed over.
    """
    texts = [
        (i, lines[i].strip())
        for i in range(start)
        if lines[i].strip() and not _contents_entry(lines[i])
    ]
    stamp = next(
        (k for k in range(len(texts) - 1, -1, -1) if updated_stamp(texts[k][1])), None
    )
    # below the stamp, and at most three lines above it; else the eight lines before the article
    lowest = max(0, stamp - 3) if stamp is not None else max(0, len(texts) - 8)
    for k in range(len(texts) - 1, lowest - 1, -1):
        i, line = texts[k]
        if not _is_name(line):
            continue
        neighbours = [lines[n].strip() for n in (i - 1, i + 1) if 0 <= n < len(lines)]
        if not any(_is_name(n) for n in neighbours):
            return Heading(line, 1, i + 1)
    return None


def _is_name(line: str) -> bool:
    return bool(_TITLE.match(line)) and humps(line) >= 2


def _contents_entry(line: str) -> bool:
    return bool(
        section_kind(line, page=True)
        or bare_section_kind(line)
        or is_example_title(line, page=True)
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Article:
    """Turns the article's lines into blocks; `stop` is where the article was found to end."""

    def __init__(
        self, path: str, lines: Sequence[str], end: int, numbered: bool = True
    ) -> None:
        self.path = path
        self.lines = lines
        self.end = end
        self.stop = end
        self.numbered = numbered
        self.sections: set[str] = set()
        self.section = ""
        # within the examples: "" before the first example, "titled" after an example's title, "coded" after its text
        self.example = ""

    # --- what a line is --------------------------------------------------------------------------------------------

    def _section_of(self, line: str) -> str | None:
        """The section a line starts: a numbered title; on a page without numbers, a bare title of a section the
        page has not had yet (so '请求参数' under an example stays the example's)."""
        kind = section_kind(line, page=True)
        if kind or self.numbered:
            return kind
        kind = bare_section_kind(line)
        if kind == "description":
            return kind  # a second one ends the article
        return kind if kind and kind not in self.sections else None

    def _is_io(self, line: str) -> bool:
        return is_io_example(line, page=True) or (
            self.section == "example" and bool(_IO_WORDS.match(line.strip()))
        )

    def _is_break(self, line: str) -> bool:
        """A line that ends a table, code block or paragraph whatever came before."""
        return bool(
            self._section_of(line)
            or self._is_io(line)
            or is_example_title(line, page=True)
            or _SUBSECTION.match(line)
        )

    def _next_text(self, i: int) -> int | None:
        j = i + 1
        while j < self.end and not self.lines[j].strip():
            j += 1
        return j if j < self.end else None

    def _untitled_example(self, i: int) -> bool:
        """A title line of an example that is not numbered ('Using Filters to View the Launch Configuration List'):
        a short line without closing punctuation right above the example's request title, or above one line of
        description and the title, where no title has been given to the example yet."""
        line = self.lines[i].strip()
        if (
            self.example == "titled"
            or len(line) > 120
            or _SENTENCE_END.search(line)
            or _CODE_START.match(line)
        ):
            return False
        following = self._next_text(i)
        if following is None:
            return False
        if self._is_io(self.lines[following]):
            return True
        text = self.lines[following].strip()
        if _CODE_START.match(text) or self._is_break(text) or match_header(text):
            return False
        after = self._next_text(following)
        return after is not None and self._is_io(self.lines[after])

    def _later_section(self, j: int) -> bool:
        """Whether a section the page has not had yet follows (error codes before the examples)."""
        return any(
            (kind := self._section_of(self.lines[k])) and kind not in self.sections
            for k in range(j, self.end)
        )

    # --- reading ----------------------------------------------------------------------------------------------------

    def read(self, start: int) -> list[Block]:
        blocks: list[Block] = []
        i = start
        while i < self.end:
            line = self.lines[i].strip()
            if not line or _FURNITURE.match(line):
                i += 1
                continue
            kind = self._section_of(line)
            if kind == "description" and self.sections:
                self.stop = i  # a second description: the page's table of contents after the article
                break
            if kind:
                self.section = kind
                self.sections.add(kind)
                self.example = ""
                blocks.append(Heading(line, 2, i + 1))
                i += 1
                continue
            if _SUBSECTION.match(line):
                blocks.append(Heading(line, 3, i + 1))
                i += 1
                continue
            if self.section == "example":
                if is_example_title(line, page=True) or self._untitled_example(i):
                    blocks.append(Heading(line, 3, i + 1))
                    self.example = "titled"
                    i += 1
                    continue
                if self._is_io(line):
                    blocks.append(Heading(line, 4, i + 1))
                    first = self._next_text(i)
                    if first is None or self._is_break(self.lines[first]):
                        raise SourceError(
                            self.path,
                            i + 1,
                            f"no example text after '{line}' (truncated copy?)",
                        )
                    code, i = self._code(first)
                    blocks.append(code)
                    self.example = "coded"
                    continue
                if _CODE_START.match(line):
                    code, i = self._code(i)
                    blocks.append(code)
                    self.example = "coded"
                    continue
            elif line in ("{", "["):
                code, i = self._code(i)  # a JSON sample in a description
                blocks.append(code)
                continue
            if "|" in line and self._pipe_separator(i + 1):
                table, i = self._pipe_table(i)
                blocks.append(table)
                continue
            found = self._header(i)
            if found is not None:
                header, first, by_line = found
                if by_line:
                    table, i = self._line_table(i, first, header)
                else:
                    table, i = self._table(i, first, header)
                blocks.append(table)
                if self.section == "errors" and not self._later_section(i):
                    self.stop = i  # the error table is the article's last content; chrome follows
                    break
                continue
            if "\t" in line:
                table, j = self._table(i, i + 1, _any_header(line))
                if table.rows:
                    blocks.append(table)  # a table of values in a description, say
                    i = j
                    continue
            paragraph, i = self._paragraph(i)
            blocks.append(paragraph)
        return blocks

    def _pipe_separator(self, j: int) -> bool:
        return j < self.end and bool(_PIPE_SEPARATOR.match(self.lines[j].strip()))

    def _pipe_table(self, at: int) -> tuple[Table, int]:
        """A table some extractors print as pipe rows ('Name | Type | Description |' over '---|---|---|').
        A row whose cell held a line break arrives over several lines: a line that does not end with '|' stopped
        inside a cell, which the next line continues; one that does stopped between cells.
        """
        header = _pipe_cells(self.lines[at])
        rows: list[Row] = []
        pending: list[str] = []
        start = 0
        open_cell = (
            False  # the previous line stopped inside a cell (it did not end with '|')
        )
        j = at + 2
        while j < self.end:
            text = self.lines[j].strip()
            if "|" not in text:
                break
            cells = _pipe_cells(text)
            if not pending:
                pending, start = cells, j
            elif open_cell:
                pending[-1] = f"{pending[-1]}\n{cells[0]}".strip()
                pending.extend(cells[1:])
            else:
                pending.extend(cells)
            open_cell = not text.endswith("|")
            if len(pending) >= len(header) and not open_cell:
                rows.append(
                    Row(
                        pad_cells([clean_cell(c) for c in pending], len(header)),
                        start + 1,
                    )
                )
                pending = []
            j += 1
        if pending:
            rows.append(
                Row(pad_cells([clean_cell(c) for c in pending], len(header)), start + 1)
            )
        return Table(tuple(header), tuple(rows), at + 1), j

    def _code(self, first: int) -> tuple[CodeBlock, int]:
        """An example's text from its first line: a query string while lines continue it ('&…'), JSON until its
        brackets balance, else up to the next title."""
        start = self.lines[first].strip()
        url = bool(re.match(r"https?://", start))
        depth = 0
        opened = False
        last = first
        j = first
        while j < self.end:
            text = self.lines[j].strip()
            if j > first and self._is_break(text):
                break
            if not text:
                j += 1
                continue
            if j > first and url and not text.startswith(("&", "?")):
                break
            if opened and depth == 0:
                break  # the JSON value closed on an earlier line
            depth += json_depth(text)
            opened = opened or depth > 0
            last = j
            j += 1
        body = dedent(self.lines[first : last + 1])
        lang = (
            "json"
            if start[:1] in '{["'
            else "http" if re.match(r"(?:POST|GET) |https?://", start) else ""
        )
        return CodeBlock(body, first + 1, lang), last + 1

    def _header(self, i: int) -> tuple[Header, int, bool] | None:
        """A table header at line i: (header, first line after it, whether each cell is on a line of its own)."""
        line = self.lines[i].strip()
        header = match_header(line)
        if header is not None:
            return header, i + 1, False
        if header_kind(line) not in (NAME, CODE):
            return None
        cells = [line]
        kinds = {header_kind(line)}
        j = i + 1
        while j < self.end:
            cell = self.lines[j].strip()
            kind = header_kind(cell)
            if kind is None or kind in kinds:
                break
            cells.append(cell)
            kinds.add(kind)
            j += 1
        header = match_header("\t".join(cells)) if len(cells) > 1 else None
        return (header, j, True) if header is not None else None

    def _row(self, line: str, header: Header) -> tuple[str, ...] | None:
        if not header.kinds:
            cells = tuple(c.strip() for c in line.split("\t"))
            return cells if len(cells) > 1 else None
        if header.tabs:
            return split_tab_row(line, header.kinds)
        return split_row(line, header.kinds, header.spaced)

    def _table(self, at: int, first: int, header: Header) -> tuple[Table, int]:
        rows: list[Row] = []
        cells: list[str] | None = None
        more: dict[int, list[str]] = {}  # continuation lines of non-empty cells, joined at the row's end (linear)
        row_line = 0
        gap = False
        j = first
        while j < self.end:
            line = self.lines[j].strip()
            if not line:
                gap = True
                j += 1
                continue
            if self._is_break(line) or _FURNITURE.match(line):
                break
            split = self._row(line, header)
            if split is not None:
                if cells is not None:
                    rows.append(Row(_joined(cells, more), row_line))
                cells, row_line, gap, more = list(split), j + 1, False, {}
                j += 1
                continue
            if cells is None:
                break  # a header with no row under it: the text after it is read as text
            if gap and not _BULLET.match(line):
                break  # a blank gap, then text that is neither a row nor a list item: the table has ended
            if line in "•·●◦▪■":
                j += 1  # a bullet left empty by removing an invisible character
                continue
            last = _last_text_cell(cells, header)
            if cells[last]:
                more.setdefault(last, []).append(line)
            else:
                cells[last] = line
            gap = False
            j += 1
        if cells is not None:
            rows.append(Row(_joined(cells, more), row_line))
        return Table(header.cells, tuple(rows), at + 1), j

    def _row_start(self, j: int, lead: Sequence[str]) -> list[str] | None:
        """The leading cells of a row copied one cell per line (name, Yes/No, type), if they start at line j."""
        cells: list[str] = []
        for k, kind in enumerate(lead):
            if j + k >= self.end:
                return None
            cell = self.lines[j + k].strip()
            if not cell or not cell_kind_matches(kind, cell):
                return None
            cells.append(cell)
        return cells

    def _line_table(self, at: int, first: int, header: Header) -> tuple[Table, int]:
        """A table copied with each cell on a line of its own: a row starts where a name (and Yes/No and a type,
        as the header has them) stand on consecutive lines; the description takes the lines up to the next row.
        Columns after the description (a legacy page's '来源') take the last lines, one each.
        """
        kinds = header.kinds
        split = kinds.index(DESC)
        lead, trailing = kinds[:split], len(kinds) - split - 1
        rows: list[Row] = []
        cells: list[str] | None = None
        rest: list[str] = []
        row_line = 0
        gap = False

        def finish(last: bool = False) -> None:
            if cells is None:
                return
            texts = list(rest)
            while texts and not texts[0]:
                texts.pop(0)
            while last and texts and not texts[-1]:
                texts.pop()  # blank lines after the table, not empty cells
            tail: list[str] = []
            if trailing:
                while len(texts) > 1 and not texts[-1] and len(tail) < trailing:
                    texts.pop()
                    tail.insert(0, "")
                while len(texts) > 1 and len(tail) < trailing:
                    tail.insert(0, texts.pop())
                tail = [""] * (trailing - len(tail)) + tail
            description = "\n".join(t for t in texts if t)
            rows.append(Row(tuple(cells + [description] + tail), row_line))

        j = first
        while j < self.end:
            line = self.lines[j].strip()
            if not line:
                gap = True
                if cells is not None:
                    rest.append("")
                j += 1
                continue
            if self._is_break(line) or _FURNITURE.match(line):
                break
            start = self._row_start(j, lead)
            if start is not None:
                finish()
                cells, rest, row_line, gap = start, [], j + 1, False
                j += len(lead)
                continue
            if cells is None:
                break
            if gap and not _BULLET.match(line):
                break
            if line not in "•·●◦▪■":
                rest.append(line)
            gap = False
            j += 1
        finish(last=True)
        return Table(header.cells, tuple(rows), at + 1), j

    def _paragraph(self, at: int) -> tuple[Paragraph, int]:
        """One line, plus the lines under it that are indented deeper and are not list items of their own."""
        first = self.lines[at]
        parts = [first.strip()]
        j = at + 1
        while j < self.end:
            line = self.lines[j]
            text = line.strip()
            if (
                not text
                or _indent(line) <= _indent(first)
                or _BULLET.match(text)
                or self._is_break(text)
                or match_header(text)
                or _FURNITURE.match(text)
            ):
                break
            parts.append(text)
            j += 1
        return Paragraph("\n".join(parts), at + 1), j


_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _pipe_cells(line: str) -> list[str]:
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return [cell.strip() for cell in text.split("|")]


def _any_header(line: str) -> Header:
    """The header of a table copied with TABs whose columns are none of the API's (no kinds: any row with a TAB)."""
    return Header(tuple(c.strip() for c in line.split("\t")), (), True, tabs=True)


def _joined(cells: Sequence[str], more: dict[int, list[str]]) -> tuple[str, ...]:
    return tuple("\n".join([cell, *more[k]]) if k in more else cell for k, cell in enumerate(cells))


def _last_text_cell(cells: Sequence[str], header: Header) -> int:
    """Where a continuation line of a multi-line cell goes: the description (the last cell when nothing follows it)."""
    if DESC in header.kinds and header.kinds.index(DESC) < len(cells):
        after = header.kinds[header.kinds.index(DESC) + 1 :]
        if (
            all(not cells[k] for k in range(header.kinds.index(DESC) + 1, len(cells)))
            and after
        ):
            return header.kinds.index(DESC)
    return len(cells) - 1
