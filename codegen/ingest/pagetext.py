"""Reader for text copied from a rendered Tencent Cloud API documentation page.

What such a text looks like: site chrome (navigation menu, language switch, "last updated" line, feedback prompts in
whatever language the site was shown in) around the article; the article's numbered section headings as plain lines
("1. API Description" … "6. Error Code", "1. 接口描述" …); tables as a header line ("Parameter Name Required Type
Description") followed by one line per row whose cells are separated by single spaces or not separated at all
("UrlYesStringLive stream URL…"); a description cell that spans several lines continues on the lines that follow its
row; examples as indented text whose JSON braces may have been lost in the copy.

The article starts at the first numbered section heading and ends at the site's feedback/help chrome or after the
error-code table; an action-name line just before it (the page title) is kept as a level-1 heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from codegen.errors import SourceError
from codegen.ingest._text import (
    CODE,
    DESC,
    NAME,
    REQUIRED,
    TYPE,
    Header,
    clean_line,
    dedent,
    humps,
    is_example_title,
    is_io_example,
    language,
    match_header,
    section_kind,
    split_row,
    updated_stamp,
)
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

# Site chrome after the article: help / feedback prompts in the languages the doc site is served in.
_CHROME_END = re.compile(
    r"^(?:Ajuda e Suporte|Esta página foi útil|Was this page helpful|Help (?:and|&) Support|Ayuda y soporte|"
    r"¿Esta página (?:fue|te resultó) útil|이 페이지가 도움이 되었나요|도움말 및 지원|문서 피드백|"
    r"帮助和支持|本页内容是否解决了您的问题|文档反馈|このページはお役に立ちましたか|ヘルプとサポート|"
    r"Trang này có hữu ích không|Hỗ trợ và trợ giúp|Apakah halaman ini membantu|Bantuan dan Dukungan|"
    r"หน้านี้มีประโยชน์หรือไม่|comentários|feedback$|Contact Us$|Fale conosco)",
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
_KIND_WORDS = {
    NAME: "a parameter name",
    CODE: "an error code",
    REQUIRED: "Yes/No",
    TYPE: "a type",
    DESC: "a description",
}


def sniff(text: str) -> float:
    """Numbered section headings as plain lines, and neither Markdown pipe tables nor HTML tags."""
    head = text[:200000]
    if re.search(r"<(?:html|body|div|table|p|h[1-6])[\s>]", head, re.IGNORECASE):
        return 0.0
    if re.search(r"^\s*\|.*\|\s*$", head, re.MULTILINE) or re.search(
        r"^#{1,6} ", head, re.MULTILINE
    ):
        return 0.0
    kinds = {section_kind(line) for line in head.split("\n")}
    kinds.discard(None)
    if not kinds:
        return 0.0
    score = 0.3 + 0.1 * len(kinds)
    if re.search(
        r"版权所有.*第\s*\d+\s*共\s*\d+\s*页", head
    ):  # a PDF's footers: that reader's business
        score -= 0.5
    return max(0.0, min(0.9, score))


def read(path: str, text: str) -> Document:
    lines = [clean_line(line) for line in text.split("\n")]
    start = next((i for i, line in enumerate(lines) if section_kind(line)), None)
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
    article = _Article(path, lines, end)
    blocks.extend(article.read(start))
    if "output" not in article.sections:
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
        language=language("\n".join(_text_of(b) for b in blocks)),
        blocks=tuple(blocks),
        updated=updated,
    )


def _text_of(block: Block) -> str:
    if isinstance(block, Table):
        return "\n".join(" ".join(row.cells) for row in block.rows)
    return block.text


def _title(lines: Sequence[str], start: int) -> Heading | None:
    """The action name printed as the page title a few lines before the article, if there is one."""
    seen = 0
    for i in range(start - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        seen += 1
        if seen > 8:
            break
        if _TITLE.match(line) and humps(line) >= 2:
            return Heading(line, 1, i + 1)
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Article:
    """Turns the article's lines into blocks; `stop` is where the article was found to end."""

    def __init__(self, path: str, lines: Sequence[str], end: int) -> None:
        self.path = path
        self.lines = lines
        self.end = end
        self.stop = end
        self.sections: set[str] = set()

    def _is_break(self, line: str) -> bool:
        """A line that ends a table, code block or paragraph whatever came before."""
        return bool(section_kind(line) or is_io_example(line) or is_example_title(line))

    def read(self, start: int) -> list[Block]:
        blocks: list[Block] = []
        section = ""
        i = start
        while i < self.end:
            line = self.lines[i].strip()
            if not line or _FURNITURE.match(line):
                i += 1
                continue
            kind = section_kind(line)
            if kind:
                section = kind
                self.sections.add(kind)
                blocks.append(Heading(line, 2, i + 1))
                i += 1
                continue
            if section == "example" and is_example_title(line):
                blocks.append(Heading(line, 3, i + 1))
                i += 1
                continue
            if is_io_example(line):
                blocks.append(Heading(line, 4, i + 1))
                code, i = self._code(i)
                blocks.append(code)
                continue
            header = match_header(line)
            if header is not None:
                table, i = self._table(i, header)
                blocks.append(table)
                if (
                    section == "errors"
                ):  # the error table is the article's last content; chrome follows
                    self.stop = i
                    break
                continue
            paragraph, i = self._paragraph(i)
            blocks.append(paragraph)
        return blocks

    def _code(self, heading: int) -> tuple[CodeBlock, int]:
        j = heading + 1
        while j < self.end and not self._is_break(self.lines[j]):
            j += 1
        text = dedent(self.lines[heading + 1 : j])
        if not text:
            raise SourceError(
                self.path,
                heading + 1,
                f"no example text after '{self.lines[heading].strip()}' (truncated copy?)",
            )
        first = heading + 1
        while not self.lines[first].strip():
            first += 1
        start = text.lstrip()
        lang = (
            "json"
            if start[:1] in '{["'
            else "http" if re.match(r"(?:POST|GET) |https?://", start) else ""
        )
        return CodeBlock(text, first + 1, lang), j

    def _table(self, at: int, header: Header) -> tuple[Table, int]:
        rows: list[Row] = []
        cells: list[str] | None = None
        row_line = 0
        gap = False
        j = at + 1
        while j < self.end:
            raw = self.lines[j]
            line = raw.strip()
            if not line:
                gap = True
                j += 1
                continue
            if self._is_break(line) or _FURNITURE.match(line):
                break
            split = split_row(line, header.kinds, header.spaced)
            if split is not None:
                if cells is not None:
                    rows.append(Row(tuple(cells), row_line))
                cells, row_line, gap = list(split), j + 1, False
                j += 1
                continue
            if cells is None:
                expected = ", ".join(_KIND_WORDS.get(k, "text") for k in header.kinds)
                raise SourceError(
                    self.path,
                    j + 1,
                    f"expected a table row ({expected}) after the header at line {at + 1}",
                )
            if gap and not _BULLET.match(line):
                break  # a blank gap, then text that is neither a row nor a list item: the table has ended
            if line in "•·●◦▪■":
                j += 1  # a bullet left empty by removing an invisible character
                continue
            cells[-1] = f"{cells[-1]}\n{line}" if cells[-1] else line
            gap = False
            j += 1
        if cells is not None:
            rows.append(Row(tuple(cells), row_line))
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
