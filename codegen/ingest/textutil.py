"""Small text helpers every reader needs: cell cleanup, language and last-updated detection."""

from __future__ import annotations

import re
from collections.abc import Sequence

from codegen.ingest.document import Block, Table

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_ANY_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u3000]+")  # _SPACES and HTML's whitespace
_UPDATED = re.compile(
    r"(?:最近更新时间|更新时间|Last updated|Last Updated|마지막 업데이트 시간|Última atualização)\s*[:：]?\s*"
    r"(\d{4}-\d{2}-\d{2})[ T]?(\d{2}:\d{2}:\d{2})?"
)
# Characters XML (and so lxml's text API) refuses; libxml2's HTML parser lets them into text nodes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_cell(text: str) -> str:
    """Collapse runs of spaces inside each line, drop empty lines, strip."""
    text = _SPACES.sub(" ", text.replace("\u200b", ""))
    if "\n" not in text:
        return text.strip()
    return "\n".join(filter(None, map(str.strip, text.split("\n"))))


def plain_cell(text: str) -> str:
    """What clean_cell makes of the text once every line break and run of whitespace in it is one space (HTML text
    without markup): its text on one line, spaces collapsed."""
    return _ANY_SPACES.sub(" ", text.replace("\u200b", "")).strip()


def xml_safe(text: str) -> str:
    """The text with control characters lxml cannot hold (form feed, ESC, ...) replaced by spaces; lines unchanged."""
    return _NOT_XML.sub(" ", text)


def pad_cells(cells: Sequence[str], width: int) -> tuple[str, ...]:
    """Exactly `width` cells: missing ones are empty, extra trailing empty ones dropped, other extras kept."""
    if len(cells) >= width:
        extra = [c for c in cells[width:] if c]
        return tuple(cells[:width]) + tuple(extra)
    return tuple(cells) + ("",) * (width - len(cells))


def detect_language(text: str) -> str:
    """'zh' when CJK characters make up a fair share of the letters, else 'en'."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    return "zh" if cjk * 4 >= latin and cjk > 0 else "en"


def find_updated(text: str) -> str:
    """The page's last-updated stamp as 'YYYY-MM-DD HH:MM:SS' (time may be absent), or ''."""
    match = _UPDATED.search(text)
    if not match:
        return ""
    return f"{match.group(1)} {match.group(2)}" if match.group(2) else match.group(1)


def block_text(block: Block) -> str:
    """A block's words, for telling the language of a page: a table's cells, or the block's text."""
    if isinstance(block, Table):
        return "\n".join(" ".join(row.cells) for row in block.rows)
    return block.text
