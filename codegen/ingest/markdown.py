"""Reader for Markdown doc sources (the pages' own source text, pipe tables, sometimes HTML tables)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import lxml.html
from lxml.html import HtmlElement
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block import table as gfm_table
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from codegen.errors import SourceError
from codegen.ingest.document import Block, CodeBlock, Document, Heading, Paragraph, Row, Table
from codegen.ingest.textutil import block_text, clean_cell, detect_language, find_updated, pad_cells, xml_safe

_MD = MarkdownIt("commonmark").enable("table")
# markdown-it's inline parser costs tens of microseconds per markup character and is quadratic in unmatched "[", so
# a paragraph or cell with more markup than any real page has (theirs: under 50) is kept as plain text, as is all
# inline text once the document has spent its budget.
MAX_INLINE_MARKUP = 1_000
MAX_DOCUMENT_MARKUP = 50_000
_INLINE_MARKUP = re.compile(r"[\[\]*_`<>!&\\]")
_HTML_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
_SECTION_TITLE = re.compile(r"^\d+\s*[.、]\s*\S")
# Each sign with text it cannot match without, looked for first (trying a pattern at every line start is slow).
_MARKDOWN_SIGNS = (
    ("# ", re.compile(r"^#{1,6} \S", re.M)),
    ("|", re.compile(r"^\|.*\|\s*$", re.M)),
    ("---", re.compile(r"^\|?[^\S\n]*:?-{3,}", re.M)),
    ("```", re.compile(r"^```", re.M)),
)


def sniff(text: str) -> float:
    """Markdown headings, pipe tables and fences; an HTML page with a <body> is not ours."""
    if re.search(r"<body[\s>]", text, re.I):
        return 0.1
    hits = sum(1 for needle, sign in _MARKDOWN_SIGNS if needle in text and sign.search(text))
    return min(1.0, hits * 0.3)


class _MarkupBudget:
    """The inline markup characters the document may still hand to markdown-it's inline parser."""

    def __init__(self) -> None:
        self.left = MAX_DOCUMENT_MARKUP


def _inline_within_budget(state: StateCore) -> None:
    budget = _MarkupBudget()
    for token in state.tokens:
        if token.type == "inline":
            token.children = _inline_children(state, token.content, _line(token), budget)
        elif token.type == "pipe_table":
            first = token.map[0] + 1 if token.map else 0
            token.meta["header"] = [_cell_text(state, cell, first, budget) for cell in token.meta["header"]]
            token.meta["rows"] = [
                (line + 1, [_cell_text(state, cell, line + 1, budget) for cell in cells])
                for line, cells in token.meta["rows"]
            ]


def _inline_children(state: StateCore, content: str, line: int, budget: _MarkupBudget) -> list[Token]:
    marks = len(_INLINE_MARKUP.findall(content))
    if marks > min(MAX_INLINE_MARKUP, budget.left):
        state.env.setdefault("plain", []).append((line, marks))
        return [Token("text", "", 0, content=content)]
    budget.left -= marks
    if not marks and "\n" not in content:  # what the inline parser would give, without its cost
        return [Token("text", "", 0, content=content)] if content else []
    children: list[Token] = []
    state.md.inline.parse(content, state.md, state.env, children)
    return children


def _cell_text(state: StateCore, content: str, line: int, budget: _MarkupBudget) -> str:
    if not _INLINE_MARKUP.search(content):  # a cell is one line: plain text is its own inline parse
        return clean_cell(content.strip())
    return clean_cell(_inline_text(_inline_children(state, content, line, budget), keep_breaks=True))


# markdown-it's own trim for table lines and cells: JavaScript's String.trim without U+FEFF.
_TABLE_TRIM = "\t\n\v\f\r \xa0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_CELL_PIPE = re.compile(r"(?<!\\)\|")
# markdown-it stops a table once its short rows would add more than this many empty cells.
MAX_PADDED_CELLS = 0x10000


def _pipe_table_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's GFM table rule with one token per table instead of about fourteen per row (markdown-it's tokens
    cost tens of microseconds each, which made a 10,000-row table take seconds). markdown-it's rule decides whether a
    table starts here; the body rows, where they end and how they split into cells follow markdown-it's rule."""
    if not gfm_table(state, start, end, True):
        return False
    if silent:
        return True
    header = _table_cells(state, start)
    width = len(header)
    rows: list[tuple[int, list[str]]] = []
    padded = 0
    terminators = state.md.block.ruler.getRules("blockquote")
    parent, state.parentType = state.parentType, "table"
    line = start + 2
    while line < end and state.sCount[line] >= state.blkIndent:
        # CommonMark knows each block by its first character, and none starts with a pipe
        first = state.src[state.bMarks[line] + state.tShift[line] : state.bMarks[line] + state.tShift[line] + 1]
        if first != "|" and any(terminates(state, line, end, True) for terminates in terminators):
            break
        if not _table_line(state, line) or state.is_code_block(line):
            break
        cells = _table_cells(state, line)
        padded += width - len(cells)
        if padded > MAX_PADDED_CELLS:
            break
        rows.append((line, cells[:width] + [""] * (width - len(cells))))
        line += 1
    state.parentType = parent
    token = state.push("pipe_table", "table", 0)
    token.map = [start, line]
    token.meta = {"header": header, "rows": rows}
    state.line = line
    return True


def _table_line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].strip(_TABLE_TRIM)


def _table_cells(state: StateBlock, line: int) -> list[str]:
    """A row's cells split at pipes that no backslash escapes (an escaped pipe loses its backslash), without the
    empty cells outside its outer pipes."""
    cells = _CELL_PIPE.split(_table_line(state, line))
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return [cell.replace("\\|", "|").strip(_TABLE_TRIM) for cell in cells]


_MD.block.ruler.at("table", _pipe_table_rule, {"alt": ["paragraph", "reference"]})
_MD.core.ruler.at("inline", _inline_within_budget)


def read(path: str, text: str) -> Document:
    text = _single_leading_pipes(text)
    env: dict[str, list[tuple[int, int]]] = {}
    tokens = _MD.parse(text, env)
    blocks = list(_blocks(path, tokens))
    if not blocks:
        raise SourceError(path, 1, "no Markdown content found")
    prose = "\n".join(b.text for b in blocks if isinstance(b, (Paragraph, Heading)))
    article = prose if prose.strip() else "\n".join(block_text(b) for b in blocks)
    return Document(
        path=path,
        format="markdown",
        language=detect_language(article),
        blocks=tuple(blocks),
        updated=find_updated(text),
        warnings=tuple(
            f"{path}:{line}: {marks} Markdown markup characters in one paragraph or cell (the limit is "
            f"{MAX_INLINE_MARKUP}, {MAX_DOCUMENT_MARKUP} in a document); kept as plain text"
            for line, marks in env.get("plain", [])
        ),
    )


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 0


_DOUBLE_PIPE = re.compile(r"^(\s*)\|\|(?=\s*[^|\s-])")


def _single_leading_pipes(text: str) -> str:
    """A table row written '|| Month | No | …' has one pipe too many at its start (it would shift every cell);
    inside a table such a row loses the extra pipe. Line numbers do not change."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if _DOUBLE_PIPE.match(lines[i]) and lines[i - 1].lstrip().startswith("|"):
            lines[i] = _DOUBLE_PIPE.sub(r"\1|", lines[i], count=1)
    return "\n".join(lines)


def _blocks(path: str, tokens: Sequence[Token]) -> Iterator[Block]:
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open":
            yield Heading(_inline_text(tokens[i + 1].children or []), int(tok.tag[1]), _line(tok))
            i += 3
        elif tok.type == "paragraph_open":
            inline = tokens[i + 1]
            text = clean_cell(_inline_text(inline.children or []))
            if text:
                if _is_bold_title(inline, text):
                    yield Heading(text, 2, _line(tok))
                else:
                    yield Paragraph(text, _line(tok))
            i += 3
        elif tok.type in ("fence", "code_block"):
            yield CodeBlock(_dedent(tok.content), _line(tok) + (1 if tok.type == "fence" else 0), tok.info.strip())
            i += 1
        elif tok.type == "pipe_table":
            yield _pipe_table(tok)
            i += 1
        elif tok.type == "html_block":
            yield from _html_blocks(tok.content, _line(tok))
            i += 1
        else:
            i += 1


def _is_bold_title(inline: Token, text: str) -> bool:
    children = [c for c in inline.children or [] if c.type != "softbreak" and not (c.type == "text" and not c.content)]
    return (
        len(children) >= 3
        and children[0].type == "strong_open"
        and children[-1].type == "strong_close"
        and bool(_SECTION_TITLE.match(text))
    )


def _pipe_table(token: Token) -> Table:
    header = tuple(token.meta["header"])
    rows = tuple(Row(pad_cells(cells, len(header)), line) for line, cells in token.meta["rows"])
    return Table(header, rows, _line(token))


def _inline_text(children: Sequence[Token], keep_breaks: bool = False) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append("\n" if keep_breaks else " ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "html_inline":
            parts.append(_inline_html(child.content))
    return "".join(parts).strip()


def _inline_html(tag: str) -> str:
    name = re.match(r"</?\s*([a-zA-Z0-9]+)", tag)
    if not name:
        return ""
    element = name.group(1).lower()
    closing = tag.startswith("</")
    if element in ("br", "p", "div", "ul", "ol") or (element == "li" and closing) or (element == "pre" and not closing):
        return "\n"
    if element == "li":
        return "\n• "
    return ""


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n")


def _html_blocks(fragment: str, first_line: int) -> Iterator[Block]:
    """HTML inside Markdown: legacy pages put their tables, <pre> examples and some of their text here."""
    if not fragment.strip():
        return
    # Parsed as a whole document behind an opening <div> on the same line, so a stray <!DOCTYPE>, <html> or <body>
    # in the Markdown never leaves lxml's fragment parser without a root; line numbers stay those of the fragment.
    html = "<div>" + xml_safe(re.sub(r"</br\s*>", "<br>", fragment, flags=re.I))
    root = lxml.html.document_fromstring(html.encode("utf-8"), parser=_HTML_PARSER)
    body = root.find("body")
    container = body[0] if body is not None and len(body) and body[0].tag == "div" else (body if body is not None else root)
    yield from _html_children(container, first_line)


def _html_children(element: HtmlElement, first_line: int) -> Iterator[Block]:
    """Tables and <pre> blocks in document order, and the text around them as paragraphs, one per line."""
    line = first_line + (element.sourceline or 1) - 1
    yield from _html_text(element.text, line)
    for child in element:
        child_line = first_line + (child.sourceline or 1) - 1 if isinstance(child.tag, str) else line
        if child.tag == "pre":
            yield CodeBlock(_dedent(child.text_content()), child_line + 1)
        elif child.tag == "table":
            table = html_table(child, first_line)
            if table is not None:
                yield table
        elif isinstance(child.tag, str) and any(True for _ in child.iter("table", "pre")):
            yield from _html_children(child, first_line)
        elif isinstance(child.tag, str):
            yield from _html_text(_text_with_breaks(child), child_line)
        yield from _html_text(child.tail, child_line)


def _html_text(text: str | None, line: int) -> Iterator[Paragraph]:
    cleaned = " ".join(clean_cell(text or "").split("\n"))
    if cleaned:
        yield Paragraph(cleaned, line)


def html_table(element: HtmlElement, first_line: int = 1) -> Table | None:
    """A <table> element to a Table; its first row is the header. Unclosed <td>/<tr> are closed by lxml."""
    rows: list[tuple[tuple[str, ...], int]] = []
    for tr in element.iter("tr"):
        if next(tr.iterancestors("table")) is not element:
            continue
        cells = tuple(clean_cell(_text_with_breaks(td)) for td in tr if td.tag in ("td", "th"))
        if cells:
            rows.append((cells, first_line + (tr.sourceline or 1) - 1))
    if not rows:
        return None
    header, header_line = rows[0]
    width = len(header)
    body = tuple(Row(pad_cells(cells, width), line) for cells, line in rows[1:])
    return Table(header, body, header_line)


def _text_with_breaks(element: HtmlElement) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "li":
            parts.append("\n• ")
        elif child.tag in ("br", "p", "div", "ul", "ol"):
            parts.append("\n")
        if isinstance(child.tag, str):
            parts.append(_text_with_breaks(child))
        if child.tag in ("p", "li", "div"):
            parts.append("\n")
        parts.append(child.tail or "")
    return "".join(parts)
