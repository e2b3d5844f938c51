"""Reader for HTML doc pages: a page saved from the web site, or Markdown rendered to HTML.

What it does, in order:

1. Parse with lxml's HTML parser (libxml2). BeautifulSoup with the "lxml" builder builds the same tree but throws
   the source line numbers away, and BeautifulSoup with "html.parser" keeps them but nests unclosed ``<td>``/``<tr>``
   (legacy pages) inside each other, so every row of a legacy table collapses into one cell. lxml.html gives both
   the right tree and ``sourceline`` on every element, so it is used directly.
2. Drop what is never content: scripts, styles, forms' controls, inline SVG, comments.
3. Find the article: the first of the known Tencent Cloud containers (``#docArticleContent``, ``.J-markdown-box``,
   ``.markdown-text-box`` ...), then ``<article>``, ``role=main``, ``<main>``, and the whole ``<body>`` last. Inside
   it, page furniture is skipped as it is met: ``<header>``, ``<nav>``, ``<footer>``, ``<aside>``, navigation roles,
   blocks whose class names say breadcrumb/menu/sidebar/toc/feedback/share/..., the "API Explorer" promotion box
   and "Was this page helpful?" widgets.
4. The page title is the ``<h1>`` inside the article or, when the site puts it above the article, the nearest
   ``<h1>`` before it (not one in a logo or navigation); it becomes a level-1 Heading first in the document.
5. Blocks in reading order: ``<h1>``-``<h6>`` are Headings; ``<table>`` a Table (first row is the header; cells as
   plain text with ``<br>``, ``<p>``, ``<div>`` and ``<li>`` boundaries as line breaks and list items marked
   "• "; rowspan and colspan spread over the cells they cover); ``<pre>`` (or a lone multi-line ``<code>``) a
   CodeBlock, verbatim and dedented; every other run of text (a ``<p>``, an ``<li>``, text loose in a ``<div>``)
   a Paragraph, or a level-2 Heading when it is only a bold numbered title such as "**2. 输入参数**".

The text rules are those of the Markdown reader (shared helpers in ``codegen.ingest.textutil``), so a Markdown page
and its HTML rendering give the same blocks.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator, Sequence
from typing import Any

import lxml.etree  # type: ignore[import-untyped,unused-ignore]
import lxml.html  # type: ignore[import-untyped,unused-ignore]

from codegen.errors import SourceError
from codegen.ingest.document import (
    Block,
    CodeBlock,
    Document,
    Heading,
    Paragraph,
    Row,
    Table,
)
from codegen.ingest.textutil import (
    block_text,
    clean_cell,
    detect_language,
    find_updated,
    pad_cells,
    plain_cell,
    xml_safe,
)

# An lxml element; lxml ships without type information, so elements are handled as Any behind small helpers.
_Element = Any

_JUNK_TAGS = frozenset(
    "script style noscript template link meta iframe frame frameset object embed svg math canvas audio video "
    "button input select textarea option datalist dialog head".split()
)
# What _drop_junk drops, picked by libxml2: whatever is not an element, and the junk tags by name. The parser writes
# tag names with their ASCII letters in lower case, so this names every tag whose lower case is junk, the one other
# being "link" spelt with the Kelvin sign, which lower-cases to "k".
_JUNK = (
    lxml.etree.Comment,
    lxml.etree.ProcessingInstruction,
    lxml.etree.Entity,
    *sorted(_JUNK_TAGS),
    "lin\u212a",
)
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside", "menu"})
_CHROME_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "menu",
        "menubar",
        "toolbar",
        "dialog",
    }
)
# Words in class names / ids (split at "-", "_" and camelCase humps) that mark page furniture.
_CHROME_WORDS = frozenset(
    "nav navbar navigation menu submenu breadcrumb breadcrumbs crumb crumbs footer sidebar sidenav toc catalog "
    "feedback toolbar share sharing pagination pager cookie cookies banner advert ads recommend recommended "
    "related comment comments rating survey modal popup mask qrcode logo header hd ft topbar copy btn".split()
)
_FEEDBACK_TEXT = re.compile(
    r"此页面对您是否有帮助|文档反馈|这篇文章对您有帮助吗|是否有帮助|was this page helpful|did this page help|"
    r"page feedback|helpful\s*\?\s*(yes|no)",
    re.I,
)
_INLINE_TAGS = frozenset(
    "a abbr acronym b bdi bdo big br cite code data del dfn em font i img ins kbd label mark nobr q rp rt ruby s "
    "samp small span strike strong sub sup time tt u var wbr".split()
)
_BLOCK_MARKERS = frozenset(
    "address article blockquote center dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li main ol p "
    "pre section summary table tbody td tfoot th thead tr ul".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Preferred article containers, most specific first: (attribute, value) matched against id or class tokens.
_CONTAINERS: tuple[tuple[str, str], ...] = (
    ("id", "docArticleContent"),
    ("class", "J-markdown-box"),
    ("class", "markdown-text-box"),
    ("class", "rno-markdown"),
    ("class", "doc-article-content"),
    ("class", "J-mainDetail"),
    ("class", "markdown-body"),
    ("tag", "article"),
    ("role", "main"),
    ("tag", "main"),
    ("id", "content"),
    ("class", "content"),
)
_SECTION_TITLE = re.compile(r"^\d+\s*[.、]\s*\S")
_WS = re.compile(r"[ \t\n\r\f\v]+")
_CAMEL = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_LANGUAGE_CLASS = re.compile(r"^(?:language|lang)-(.+)$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6} \S", re.M)
_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.I)
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
_BODY = re.compile(r"<body[\s>]", re.I)
_BLOCK_TAG = re.compile(
    r"<(?:table|tr|td|th|div|p|h[1-6]|pre|ul|ol|li|section|article)[\s>/]", re.I
)


def sniff(text: str) -> float:
    """How sure this is an HTML page: a full page (``<body>``) is; Markdown with some HTML inside is not."""
    if "<" not in text:
        return 0.0  # every sign below is a tag
    outside_code = _FENCE.sub("", text)
    if _BODY.search(outside_code):
        return 0.95
    if _MARKDOWN_HEADING.search(outside_code):
        # A Markdown source with HTML tables inside (legacy pages) belongs to the Markdown reader.
        return 0.3 if _BLOCK_TAG.search(text) else 0.0
    if _HTML_DOCUMENT.search(outside_code):
        return 0.9
    tags = len(_BLOCK_TAG.findall(outside_code))
    if tags >= 3:
        return 0.7
    return 0.2 if tags else 0.0


# '</br>', which browsers read as a line break and libxml2 drops
_END_BR = re.compile(r"</br\s*>", re.I)


def read(path: str, text: str) -> Document:
    """Parse an HTML page into a Document of the article's blocks; a page without an article is an error."""
    root = _parse(path, _END_BR.sub("<br>", text))
    _drop_junk(root)
    updated = find_updated(" ".join(root.itertext()))
    container = _find_container(root)
    title = _find_title(root, container)
    walker = _Walker(title)
    blocks = list(walker.walk(container))
    if title is not None and not walker.title_seen:
        text_ = _heading_text(title)
        if text_:
            blocks.insert(0, Heading(text_, 1, _line(title)))
    if not blocks:
        raise SourceError(
            path,
            1,
            "no article found: expected headings, paragraphs or tables in the page's <body>",
        )
    prose = "\n".join(b.text for b in blocks if isinstance(b, (Paragraph, Heading)))  # as the Markdown reader does
    article = prose if prose.strip() else "\n".join(block_text(b) for b in blocks)
    return Document(
        path=path,
        format="html",
        language=detect_language(article),
        blocks=tuple(blocks),
        updated=updated,
    )


# --- parsing and clean-up ------------------------------------------------------------


def _parse(path: str, text: str) -> _Element:
    # Bytes with an explicit encoding: a str with an XML declaration is refused by lxml, and a <meta charset>
    # naming another encoding must not re-decode text that is already decoded.
    # Every element is an HtmlElement without lxml.html's per-element class look-up in Python (forms get no classes
    # of their own; nothing here needs them), which cost a fifth of the reading time of a long table.
    parser = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement))
    try:
        root = lxml.html.document_fromstring(xml_safe(text).encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise SourceError(
            path, 1, f"not a readable HTML document ({exc}); expected an HTML page"
        ) from None
    return root


def _drop_junk(root: _Element) -> None:
    for element in list(root.iter(*_JUNK)):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text


def _text_of(element: _Element) -> str:
    # Serialised by libxml2: joining itertext() in Python cost a millisecond per table row on long tables.
    return str(lxml.etree.tostring(element, method="text", encoding="unicode", with_tail=False))


def _line(element: _Element) -> int:
    line = element.sourceline
    return int(line) if line else 0


def _tag(element: _Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _words(element: _Element) -> set[str]:
    """Lower-case words of the element's class names and id: "J-docNav side_menu" -> {j, doc, nav, side, menu}."""
    words: set[str] = set()
    for value in (element.get("class") or "", element.get("id") or ""):
        for token in re.split(r"[\s\-_]+", value):
            words.update(w.lower() for w in _CAMEL.findall(token))
    return words


def _classes(element: _Element) -> set[str]:
    return set((element.get("class") or "").split())


# --- finding the article -------------------------------------------------------------


def _find_container(root: _Element) -> _Element:
    body = root.find("body")
    if body is None:
        body = root
    for kind, value in _CONTAINERS:
        matches = [el for el in _candidates(body, kind, value) if _matches(el, kind, value)]
        matches = [el for el in matches if not _inside_chrome(el, body)]
        scored = [(_content_size(el), -i, el) for i, el in enumerate(matches)]
        scored = [s for s in scored if s[0] > 0]
        if scored:
            return max(scored, key=lambda s: (s[0], s[1]))[2]
    return body


def _candidates(body: _Element, kind: str, value: str) -> Iterator[_Element]:
    """The elements of `body` (itself included) that may match, in document order: the ones with the tag or with
    the attribute at all, picked by libxml2 rather than by a look at each element in Python."""
    if kind == "tag":
        return body.iter(value)  # type: ignore[no-any-return]
    return iter(body.xpath(f"descendant-or-self::*[@{kind}]"))


def _matches(element: _Element, kind: str, value: str) -> bool:
    if kind == "tag":
        return _tag(element) == value
    if kind == "id":
        return bool(element.get("id") == value)
    if kind == "role":
        return bool((element.get("role") or "").lower() == value)
    return value in _classes(element)


def _inside_chrome(element: _Element, stop: _Element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if _is_chrome(ancestor):
            return True
    return False


def _content_size(element: _Element) -> int:
    """Characters of text in headings, paragraphs, tables and code under the element; 0 when there is none."""
    size = 0
    for el in element.iter("h1", "h2", "h3", "h4", "p", "table", "pre", "li"):
        size += len(_text_of(el).strip())
    return size


def _find_title(root: _Element, container: _Element) -> _Element | None:
    """The page title: an <h1> in the article, else the last <h1> before it that is not in a logo or menu."""
    for heading in container.iter("h1"):
        if _heading_text(heading) and not _title_in_chrome(heading, container):
            return heading
    title: _Element | None = None
    for element in root.iter():  # document order; stop at the article
        if element is container:
            break
        if (
            _tag(element) == "h1"
            and _heading_text(element)
            and not _title_in_chrome(element, root)
        ):
            title = element
    return title


def _title_in_chrome(heading: _Element, root: _Element) -> bool:
    for element in [heading, *heading.iterancestors()]:
        if element is root:
            return False
        if (
            _tag(element) in ("nav", "footer", "aside")
            or (element.get("role") or "").lower() in _CHROME_ROLES
        ):
            return True
        if _words(element) & {
            "nav",
            "navbar",
            "menu",
            "logo",
            "footer",
            "sidebar",
            "breadcrumb",
            "crumb",
        }:
            return True
    return False


def _is_chrome(element: _Element) -> bool:
    """Page furniture: navigation, headers, footers, feedback widgets, promotion boxes."""
    tag = _tag(element)
    if tag in _CHROME_TAGS:
        return True
    if (
        tag in ("table", "thead", "tbody", "tr", "td", "th", "pre", "code")
        or tag in _HEADINGS
    ):
        return False
    if (element.get("role") or "").lower() in _CHROME_ROLES:
        return True
    words = _words(element)
    if words & _CHROME_WORDS and not _holds_content(element):
        return True
    if "explorer" in words and "API Explorer" in _text_of(element):
        return True
    if tag in ("div", "section", "p", "span", "ul"):
        text = _text_of(element)
        if len(text) < 300 and _FEEDBACK_TEXT.search(text):
            return True
    return False


def _holds_content(element: _Element) -> bool:
    """A table or code block inside: a wrapper with an unlucky class name, not furniture."""
    return any(True for _ in element.iter("table", "pre"))


# --- walking the article -------------------------------------------------------------


class _Walker:
    """Turns an article element into blocks in reading order."""

    def __init__(self, title: _Element | None) -> None:
        self.title = title
        self.title_seen = False

    def walk(self, container: _Element) -> Iterator[Block]:
        yield from self._container(container)

    def _container(self, element: _Element) -> Iterator[Block]:
        """Block children become their blocks; the inline content between them becomes paragraphs."""
        run: list[Any] = []  # text pieces (str) and inline elements, in order
        run_line = _line(element)
        cursor = run_line  # line of the last element start seen, to place loose text
        for piece in _pieces(element):
            if isinstance(piece, str):
                if piece.strip() and not _has_text(run):
                    run_line = cursor + piece[: len(piece) - len(piece.lstrip())].count(
                        "\n"
                    )
                run.append(piece)
                continue
            if not isinstance(piece.tag, str):
                continue
            cursor = _line(piece) or cursor
            if _is_block(piece):
                yield from self._run(run, run_line)
                run = []
                yield from self._block(piece)
            else:
                if not _has_text(run):
                    run_line = cursor
                run.append(piece)
        yield from self._run(run, run_line)

    def _block(self, element: _Element) -> Iterator[Block]:
        tag = _tag(element)
        if _is_chrome(element):
            return
        if tag in _HEADINGS:
            if element is self.title:
                self.title_seen = True
            text = _heading_text(element)
            if text:
                yield Heading(text, _HEADINGS[tag], _line(element))
        elif tag == "table":
            table = _table(element)
            if table is not None:
                yield table
        elif tag == "pre":
            yield _code(element)
        elif tag not in ("hr", "img", "br"):
            yield from self._container(element)

    def _run(self, run: Sequence[Any], line: int) -> Iterator[Block]:
        significant = [
            p
            for p in run
            if not (isinstance(p, str) and not p.strip()) and _tag_of(p) != "br"
        ]
        if not significant:
            return
        if len(significant) == 1 and _tag_of(significant[0]) in ("code", "tt"):
            raw = _raw_text(significant[0])
            if "\n" in raw.strip():
                yield CodeBlock(_dedent(raw), line, _code_language(significant[0]))
                return
        text = clean_cell(_inline_text(run))
        if not text:
            return
        bold = len(significant) == 1 and _tag_of(significant[0]) in ("strong", "b")
        if bold and "\n" not in text and _SECTION_TITLE.match(text):
            yield Heading(text, 2, line)
        else:
            yield Paragraph(text, line)


def _has_text(run: Sequence[Any]) -> bool:
    return any(not isinstance(p, str) or p.strip() for p in run)


def _is_block(element: _Element) -> bool:
    """Block-level: any tag not known to be inline, or an inline tag wrapped around blocks (<a><div>..)."""
    if _tag(element) not in _INLINE_TAGS:
        return True
    return any(_tag(d) in _BLOCK_MARKERS for d in element.iterdescendants())


def _tag_of(piece: Any) -> str:
    return "" if isinstance(piece, str) else _tag(piece)


# --- text of inline content and cells ------------------------------------------------


def _pieces(element: _Element) -> list[Any]:
    """The element's content as a run: its text, then each child followed by the child's tail."""
    pieces: list[Any] = [element.text or ""]
    for child in element:
        pieces.append(child)
        pieces.append(child.tail or "")
    return pieces


def _inline_text(pieces: Sequence[Any]) -> str:
    """Plain text of inline content: whitespace collapses, <br> and block boundaries are line breaks."""
    out: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(_WS.sub(" ", piece))
        else:
            _element_text(piece, out)
    return "".join(out)


def _element_text(element: _Element, out: list[str]) -> None:
    tag = _tag(element)
    if not tag:
        return
    if tag == "br":
        out.append("\n")
        return
    if tag == "pre":
        out.append("\n" + _raw_text(element) + "\n")
        return
    if tag in ("img", "hr"):
        return
    block = tag not in _INLINE_TAGS
    if tag == "li":
        out.append("\n• ")
    elif block:
        out.append("\n")
    if element.text:
        out.append(_WS.sub(" ", element.text))
    for child in element:
        _element_text(child, out)
        if child.tail:
            out.append(_WS.sub(" ", child.tail))
    if block:
        out.append("\n")


def _raw_text(element: _Element) -> str:
    """Text as written (preformatted): <br> is a line break, line-number gutters and copy buttons are skipped."""
    out: list[str] = []

    def visit(el: _Element) -> None:
        if _tag(el) == "br":
            out.append("\n")
        elif not (
            _words(el) & {"numbers", "copy", "btn", "gutter"}
            and _tag(el) not in ("pre", "code")
        ):
            if el.text:
                out.append(el.text)
            for child in el:
                visit(child)
                if child.tail:
                    out.append(child.tail)
        return None

    visit(element)
    return "".join(out)


def _heading_text(element: _Element) -> str:
    """A heading's text on one line, without the "#" / "¶" permalink anchors some sites add."""
    pieces = [p for p in _pieces(element) if isinstance(p, str) or not _is_anchor(p)]
    return " ".join(clean_cell(_inline_text(pieces)).split("\n"))


def _is_anchor(element: _Element) -> bool:
    if _tag(element) != "a":
        return False
    if _words(element) & {"anchor", "headerlink", "permalink"}:
        return True
    return _text_of(element).strip() in ("#", "¶", "§")


def _dedent(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def _code(element: _Element) -> CodeBlock:
    raw = _raw_text(element)
    leading = len(raw) - len(raw.lstrip("\n"))
    return CodeBlock(_dedent(raw), _line(element) + leading, _code_language(element))


def _code_language(element: _Element) -> str:
    candidates = [element, *element.iterdescendants("code")]
    for el in candidates:
        for cls in (el.get("class") or "").split():
            match = _LANGUAGE_CLASS.match(cls)
            if match:
                return match.group(1)
    return ""


# --- tables --------------------------------------------------------------------------


def _table(element: _Element) -> Table | None:
    """A <table> as header and rows. Rows of nested tables stay inside their cell's text."""
    rows: list[tuple[list[str], int]] = []
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered) from rowspan
    nested = next(element.iterdescendants("table"), None) is not None
    for tr in element.iter("tr"):  # the parser lower-cases tag names
        if nested and next(tr.iterancestors("table"), None) is not element:
            continue  # a row of a nested table
        cells: list[str] = []
        column = 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while column in carried:
                cells.append(_take_carried(carried, column))
                column += 1
            text = clean_cell(_inline_text(_pieces(cell))) if len(cell) else plain_cell(cell.text or "")
            span = _span(cell.get("colspan"))
            down = _span(cell.get("rowspan"))
            for offset in range(span):
                cells.append(text if offset == 0 else "")
                if down > 1:
                    carried[column] = (text if offset == 0 else "", down - 1)
                column += 1
        while carried and (column in carried or any(c > column for c in carried)):
            cells.append(_take_carried(carried, column) if column in carried else "")
            column += 1
        if cells and (rows or any(cells)):  # blank rows before the header are spacing
            rows.append((cells, _line(tr)))
    if not rows:
        return None
    header, header_line = rows[0]
    width = len(header)
    body = tuple(Row(pad_cells(cells, width), line) for cells, line in rows[1:])
    return Table(tuple(header), body, header_line or _line(element))


def _take_carried(carried: dict[int, tuple[str, int]], column: int) -> str:
    text, left = carried[column]
    if left <= 1:
        del carried[column]
    else:
        carried[column] = (text, left - 1)
    return text


def _span(value: str | None) -> int:
    """A colspan or rowspan attribute's number of cells, 1 to 100."""
    if not value:
        return 1
    try:
        return max(1, min(int(value), 100))
    except ValueError:
        return 1
