"""What the plain-text readers (page text, PDF text) share.

Both formats have lost their markup: headings are lines that read like the numbered section titles of an API page,
tables are a header line followed by rows whose cells are separated by single spaces, or not separated at all
("UrlYesStringLive stream URL…"). The helpers here recognise those lines and split rows into cells from what each
column can contain (an identifier, Yes/No, a type from the API's type vocabulary, an error code, free text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------------------------------
# Headings

_SECTION_TITLES = {
    "api description": "description",
    "接口描述": "description",
    "input parameters": "input",
    "request parameters": "input",
    "输入参数": "input",
    "请求参数": "input",
    "output parameters": "output",
    "response parameters": "output",
    "输出参数": "output",
    "返回参数": "output",
    "example": "example",
    "examples": "example",
    "示例": "example",
    "developer resources": "resources",
    "开发者资源": "resources",
    "error code": "errors",
    "error codes": "errors",
    "错误码": "errors",
}
_SECTION = re.compile(
    r"^([1-9])\s*[.．、]\s*("
    + "|".join(re.escape(t) for t in _SECTION_TITLES)
    + r")\s*$",
    re.IGNORECASE,
)
_EXAMPLE_TITLE = re.compile(
    r"^(?:Example|示例)\s*\d+(?:\s*[:：.]?\s+\S.*|\s*[:：]?\s*)$"
)
_IO_EXAMPLE = re.compile(
    r"^(?:Input Example|Output Example|输入示例|输出示例)\s*[:：]?$"
)


def section_kind(line: str) -> str | None:
    """'description', 'input', 'output', 'example', 'resources' or 'errors' for a numbered section heading."""
    match = _SECTION.match(line.strip())
    return _SECTION_TITLES[match.group(2).lower()] if match else None


def is_example_title(line: str) -> bool:
    """'Example1 Clipping a live video…', '示例1 请求示例'."""
    return bool(_EXAMPLE_TITLE.match(line.strip()))


def is_io_example(line: str) -> bool:
    """'Input Example', 'Output Example', '输入示例', '输出示例'."""
    return bool(_IO_EXAMPLE.match(line.strip()))


# ---------------------------------------------------------------------------------------------------------------------
# Table headers

NAME, CODE, REQUIRED, TYPE, DESC, TEXT = (
    "name",
    "code",
    "required",
    "type",
    "desc",
    "text",
)

_HEADER_CELLS = {
    "Parameter Name": NAME,
    "Parameter": NAME,
    "Field Name": NAME,
    "Field": NAME,
    "Name": NAME,
    "Member": NAME,
    "参数名称": NAME,
    "参数名": NAME,
    "名称": NAME,
    "字段": NAME,
    "Required": REQUIRED,
    "Mandatory": REQUIRED,
    "是否必选": REQUIRED,
    "是否必填": REQUIRED,
    "必选": REQUIRED,
    "必填": REQUIRED,
    "Data Type": TYPE,
    "Type": TYPE,
    "类型": TYPE,
    "Description": DESC,
    "Remarks": DESC,
    "描述": DESC,
    "说明": DESC,
    "错误描述": DESC,
    "Error Code": CODE,
    "错误码": CODE,
    "错误代码": CODE,
}
_HEADER_WORDS = sorted(_HEADER_CELLS, key=len, reverse=True)


@dataclass(frozen=True)
class Header:
    """A recognised table header: the cells as written, what each column holds, and whether cells had spaces."""

    cells: tuple[str, ...]
    kinds: tuple[str, ...]
    spaced: bool


def match_header(line: str) -> Header | None:
    """The header of a parameter, structure or error-code table, with or without spaces between its cells."""
    text = line.strip()
    cells: list[str] = []
    gaps: list[bool] = []
    pos = 0
    while pos < len(text):
        gap = text[pos] in " \t\u3000"
        while pos < len(text) and text[pos] in " \t\u3000":
            pos += 1
        for word in _HEADER_WORDS:
            if text.startswith(word, pos):
                end = pos + len(word)
                # an English word must not run on into lower-case letters ("Types", "Namespace")
                if (
                    end < len(text)
                    and word[-1].isascii()
                    and (text[end].islower() or text[end].isdigit())
                ):
                    continue
                cells.append(word)
                gaps.append(gap)
                pos = end
                break
        else:
            return None
    kinds = tuple(_HEADER_CELLS[c] for c in cells)
    if (
        len(cells) < 2
        or kinds[0] not in (NAME, CODE)
        or DESC not in kinds
        or len(set(kinds)) != len(kinds)
    ):
        return None
    return Header(tuple(cells), kinds, spaced=all(gaps[1:]))


# ---------------------------------------------------------------------------------------------------------------------
# Cells

PRIMITIVE_TYPES = (
    "Timestamp ISO8601",
    "String",
    "Integer",
    "UInteger",
    "Int64",
    "UInt64",
    "Uint64",
    "Int",
    "Float",
    "Double",
    "Boolean",
    "Bool",
    "Timestamp",
    "DateTime",
    "Date",
    "Binary",
    "Object",
    "Long",
    "Number",
    "Array",
)
REQUIRED_WORDS = ("Yes", "No", "是", "否")

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*")
_CODE = re.compile(r"[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*")
_STRUCT = re.compile(r"[A-Z][A-Za-z0-9_]*")
_HUMP = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z0-9]+|[A-Z]+")
_BULLET = re.compile(r"^[•·●◦▪■\-*]\s*")
# words that start sentences of a continued description, never parameter names
_SENTENCE_WORDS = frozenset(
    "The This These That Those If When For Note In It Its Only Each A An And Or Otherwise Example Please See "
    "You Your We Valid Values Default Supported Unit Currently After Before Since Because".split()
)
_SEPARATORS = " \t\u3000,.:;!?()[]，。：；、（）"


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text.strip(), count=1)


def humps(word: str) -> int:
    """Capitalised parts of a CamelCase word: 'MediaMetaData' has 3, 'MPSResult' 2, 'Tag' and 'ID' 1."""
    return len(_HUMP.findall(word))


def is_code(word: str) -> bool:
    """An error code: CamelCase with at least two parts, or dotted ('InternalError', 'AuthFailure.X')."""
    return bool(_CODE.fullmatch(word)) and ("." in word or humps(word) >= 2)


def sentence_start(text: str) -> int:
    """How plausible it is that a description cell starts here: 2 yes, 1 maybe (one word at the end), 0 no.

    Used to find where a run-together type or code ends: 'LiveStreamTaskNotifyConfigEvent notification…' splits before
    'Event' because 'Event ' reads as the first word of a sentence and ' notification' does not.
    """
    if not text:
        return 2
    first = text[0]
    if not first.isascii() or first.isdigit() or first in "\"'([<":
        return 2
    if first.isupper():
        word = re.match(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[AI](?![A-Za-z])", text)
        if not word:
            return 0
        end = word.end()
        if end == len(text):
            return 1
        return 2 if text[end] in _SEPARATORS or not text[end].isascii() else 0
    return 0


@dataclass(frozen=True)
class _Parse:
    cells: tuple[str, ...]
    score: tuple[int, ...]


def _boundaries(text: str, pos: int, spaced: bool) -> Iterable[int]:
    """Where a cell starting at `pos` may end: at white space, or (run-together) where a new word starts."""
    n = len(text)
    if spaced:
        # the end of the word, or where it runs into Chinese ('ResourceNotFound.UserNotExist用户未注册直播。')
        end = pos + 1
        while end < n and text[end] not in " \t\u3000":
            if not text[end].isascii() and text[end - 1].isascii():
                break
            end += 1
        yield min(end, n)
        return
    for end in range(pos + 1, n + 1):
        if end == n or text[end] in " \t\u3000":
            yield end
        else:
            c = text[end]
            if c.isupper() or not c.isascii() or (c in "\"'(" and text[end - 1] != " "):
                yield end


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u3000":
        pos += 1
    return pos


def _types(
    text: str, pos: int, spaced: bool, types: Sequence[str], element: bool = False
) -> Iterable[tuple[str, int, bool]]:
    """Candidate type cells at `pos`: (type, end, is a primitive or an array of one).

    A structure name needs two CamelCase parts ('MediaMetaData'), so that a continued description line ('If Type of
    …') is not taken for a row; after 'Array of ' one part is enough ('Array of Filter').
    """
    if text.startswith("Array of ", pos):
        for inner, end, primitive in _types(
            text, _skip(text, pos + 9), spaced, types, element=True
        ):
            if inner != "Array":
                yield "Array of " + inner, end, primitive
    for word in types:
        end = pos + len(word)
        if text.startswith(word, pos) and not (
            end < len(text) and (text[end].islower() or text[end].isdigit())
        ):
            if (
                not spaced
                or end == len(text)
                or text[end] in " \t\u3000"
                or not text[end].isascii()
            ):
                yield word, end, True
    for end in _boundaries(text, pos, spaced):
        word = text[pos:end]
        if (
            _STRUCT.fullmatch(word)
            and humps(word) >= (1 if element else 2)
            and word not in types
        ):
            yield word, end, False


def _cells(
    text: str,
    kinds: Sequence[str],
    spaced: bool,
    types: Sequence[str],
    required: Sequence[str],
) -> Iterable[_Parse]:
    """Every way `text` splits into cells of `kinds` (the last is free text), scored."""

    def walk(
        pos: int, i: int, cells: tuple[str, ...], facts: dict[str, object]
    ) -> Iterable[_Parse]:
        kind = kinds[i]
        if i == len(kinds) - 1:
            rest = text[pos:].strip()
            if kind == DESC or kind == TEXT:
                plausible = (
                    (1 if rest[:1].islower() else 2)
                    if spaced
                    else sentence_start(text[pos:])
                )
            elif kind == TYPE:
                plausible = (
                    2
                    if any(
                        end == len(text)
                        for _, end, _ in _types(text, pos, spaced, types)
                    )
                    else 0
                )
            else:
                plausible = 2 if _single(kind, rest, required) else 0
            if plausible:
                name = str(facts.get("name", ""))
                type_ = str(facts.get("type", ""))
                bare = type_.removeprefix("Array of ")
                affinity = int(
                    bool(name)
                    and bool(bare)
                    and not facts.get("primitive")
                    and bare.endswith(name)
                )
                yield _Parse(
                    cells + (rest,),
                    (
                        plausible,
                        int(bool(facts.get("primitive"))),
                        affinity,
                        len(type_),
                        len(name),
                    ),
                )
            return
        if kind == REQUIRED:
            for word in required:
                if text.startswith(word, pos):
                    end = pos + len(word)
                    if word.isascii() and end < len(text) and text[end].islower():
                        continue
                    if spaced and end < len(text) and text[end] not in " \t\u3000":
                        continue
                    yield from walk(_skip(text, end), i + 1, cells + (word,), facts)
        elif kind == TYPE:
            for type_, end, primitive in _types(text, pos, spaced, types):
                more = dict(facts, type=type_, primitive=primitive)
                yield from walk(_skip(text, end), i + 1, cells + (type_,), more)
        elif kind in (NAME, CODE):
            for end in _boundaries(text, pos, spaced):
                word = text[pos:end]
                if kind == NAME and (
                    not _IDENT.fullmatch(word) or word in _SENTENCE_WORDS
                ):
                    continue
                if kind == CODE and not is_code(word):
                    continue
                yield from walk(
                    _skip(text, end), i + 1, cells + (word,), dict(facts, name=word)
                )
        else:  # free text in the middle: one word (spaced tables only)
            for end in _boundaries(text, pos, True):
                yield from walk(
                    _skip(text, end), i + 1, cells + (text[pos:end],), facts
                )
                break

    if not kinds:
        return iter(())
    return walk(0, 0, (), {})


def _single(kind: str, text: str, required: Sequence[str]) -> bool:
    if kind == REQUIRED:
        return text in required
    if kind == NAME:
        return bool(_IDENT.fullmatch(text))
    if kind == CODE:
        return is_code(text)
    return bool(text)


def split_row(
    line: str,
    kinds: Sequence[str],
    spaced: bool,
    types: Sequence[str] = PRIMITIVE_TYPES,
    required: Sequence[str] = REQUIRED_WORDS,
) -> tuple[str, ...] | None:
    """The cells of a table row, or None when the line does not start a row of this table.

    `kinds` says what each column holds (NAME, CODE, REQUIRED, TYPE, DESC, TEXT); `types` are the primitive type
    words and `required` the words of a required column that the document uses. Free-text columns after the
    description are not supported except a trailing Yes/No column ('code  Int  返回结果…  Yes').

    Run-together rows ("TaskNotifyConfigYesLiveStreamTaskNotifyConfigEvent notification…") are split where the
    Yes/No token and the type vocabulary allow; when a CamelCase type runs into a capitalised description word the
    split is genuinely ambiguous, and the heuristic is: among the splits whose description reads like the start of a
    sentence, prefer a primitive type, then a structure type that ends with the parameter's name
    (InputInfo: MediaInputInfo), then the longest type.
    """
    text = strip_bullet(line)
    if not text:
        return None
    trailing: list[str] = []
    kinds = list(kinds)
    # a required column after the description: take it from the right-hand end
    while len(kinds) > 1 and kinds[-1] == REQUIRED and DESC in kinds[:-1]:
        words = "|".join(re.escape(w) for w in required)
        match = re.search(rf"(?:^|\s)({words})$", text)
        if not match:
            return None
        trailing.insert(0, match.group(1))
        text = text[: match.start()].rstrip()
        kinds.pop()
    best: _Parse | None = None
    for parse in _cells(text, kinds, spaced, types, required):
        if best is None or parse.score > best.score:
            best = parse
    if best is None:
        return None
    return best.cells + tuple(trailing)


# ---------------------------------------------------------------------------------------------------------------------
# Page facts

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_UPDATED = re.compile(
    r"^\s*(?P<label>[^\d\s][^\d]{0,40}?)\s*[:：]\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2})[ T](?P<time>\d{2}:\d{2}(?::\d{2})?)\s*$"
)
_UPDATED_LABEL = re.compile(
    r"更新|update|atualiza|actualiza|업데이트|mise à jour|aktualisiert|更新日|修改时间|modified",
    re.IGNORECASE,
)


def language(text: str) -> str:
    """'zh' when CJK ideographs make up at least a tenth of the letters, else 'en'."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    return "zh" if cjk and cjk * 9 >= latin else "en"


def updated_stamp(line: str) -> str:
    """'YYYY-MM-DD HH:MM:SS' from a 'last updated' line in any language, else ''."""
    match = _UPDATED.match(line)
    if not match or not _UPDATED_LABEL.search(match.group("label")):
        return ""
    time = match.group("time")
    return f"{match.group('date')} {time if time.count(':') == 2 else time + ':00'}"


_INVISIBLE = re.compile(
    r"[\u200b-\u200f\u2060\ufeff]|(?<![A-Za-z0-9\\])\\?u(?:200[b-f]|2060|feff)(?![0-9A-Fa-f])"
)


def clean_line(line: str) -> str:
    """Drop zero-width characters, also when the page shows them as a literal escape ('u200c'); tabs to spaces."""
    return _INVISIBLE.sub("", line).replace("\t", "    ").rstrip()


def dedent(lines: Sequence[str]) -> str:
    """Lines with their common indentation removed, blank lines at both ends dropped, blank lines kept empty."""
    body = [line.rstrip() for line in lines]
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    indent = min(
        (len(line) - len(line.lstrip(" ")) for line in body if line.strip()), default=0
    )
    return "\n".join(line[indent:] if line.strip() else "" for line in body)
