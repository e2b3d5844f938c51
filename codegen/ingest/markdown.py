"""Reader for Markdown doc sources (the pages' own source text, pipe tables, sometimes HTML tables)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import lxml.html
from lxml.html import HtmlElement
from markdown_it import MarkdownIt
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
_MARKDOWN_SIGNS = (
    re.compile(r"^#{1,6} \S", re.M),
    re.compile(r"^\|.*\|\s*$", re.M),
    re.compile(r"^\|?[^\S\n]*:?-{3,}", re.M),
    re.compile(r"^```", re.M),
)


def sniff(text: str) -> float:
    """Markdown headings, pipe tables and fences; an HTML page with a <body> is not ours."""
    if re.search(r"<body[\s>]", text, re.I):
        return 0.1
    hits = sum(1 for sign in _MARKDOWN_SIGNS if sign.search(text))
    return min(1.0, hits * 0.3)


def _inline_within_budget(state: StateCore) -> None:
    budget = MAX_DOCUMENT_MARKUP
    for token in state.tokens:
        if token.type != "inline":
            continue
        marks = len(_INLINE_MARKUP.findall(token.content))
        if marks > min(MAX_INLINE_MARKUP, budget):
            token.children = [Token("text", "", 0, content=token.content)]
            state.env.setdefault("plain", []).append((_line(token), marks))
            continue
        budget -= marks
        if not marks and "\n" not in token.content:  # what the inline parser would give, without its cost
            token.children = [Token("text", "", 0, content=token.content)] if token.content else []
            continue
        token.children = token.children or []
        state.md.inline.parse(token.content, state.md, state.env, token.children)


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
            yield Heading(_inline_text(tokens[i + 1]), int(tok.tag[1]), _line(tok))
            i += 3
        elif tok.type == "paragraph_open":
            inline = tokens[i + 1]
            text = clean_cell(_inline_text(inline))
            if text:
                if _is_bold_title(inline, text):
                    yield Heading(text, 2, _line(tok))
                else:
                    yield Paragraph(text, _line(tok))
            i += 3
        elif tok.type in ("fence", "code_block"):
            yield CodeBlock(_dedent(tok.content), _line(tok) + (1 if tok.type == "fence" else 0), tok.info.strip())
            i += 1
        elif tok.type == "table_open":
            end = _closing(tokens, i, "table_close")
            yield _pipe_table(tokens[i:end], _line(tok))
            i = end + 1
        elif tok.type == "html_block":
            yield from _html_blocks(tok.content, _line(tok))
            i += 1
        else:
            i += 1


def _closing(tokens: Sequence[Token], start: int, kind: str) -> int:
    for j in range(start, len(tokens)):
        if tokens[j].type == kind:
            return j
    return len(tokens) - 1


def _is_bold_title(inline: Token, text: str) -> bool:
    children = [c for c in inline.children or [] if c.type != "softbreak" and not (c.type == "text" and not c.content)]
    return (
        len(children) >= 3
        and children[0].type == "strong_open"
        and children[-1].type == "strong_close"
        and bool(_SECTION_TITLE.match(text))
    )


def _pipe_table(tokens: Sequence[Token], line: int) -> Table:
    header: list[str] = []
    rows: list[Row] = []
    current: list[str] | None = None
    row_line = line
    in_head = False
    for tok in tokens:
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            current = []
            row_line = _line(tok)
        elif tok.type == "inline" and current is not None:
            current.append(clean_cell(_inline_text(tok, keep_breaks=True)))
        elif tok.type == "tr_close" and current is not None:
            if in_head:
                header = current
            else:
                rows.append(Row(tuple(current), row_line))
            current = None
    width = len(header)
    return Table(tuple(header), tuple(Row(pad_cells(r.cells, width), r.line) for r in rows), line)


def _inline_text(inline: Token, keep_breaks: bool = False) -> str:
    parts: list[str] = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
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
