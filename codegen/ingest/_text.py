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
from functools import lru_cache

from codegen.jsontext import bracket_depth

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
# Further wordings of web pages in their several revisions (the PDF manual uses the ones above only).
_PAGE_SECTION_TITLES = {
    **_SECTION_TITLES,
    "input parameter": "input",
    "request parameter": "input",
    "output parameter": "output",
    "response parameter": "output",
    "响应参数": "output",
    "sample": "example",
    "samples": "example",
    "调用示例": "example",
    "developer resource": "resources",
    "other resources": "resources",
    "resources for developers": "resources",
    "错误代码": "errors",
    # older and translated pages
    "功能描述": "description",
    "接口说明": "description",
    "api name": "description",
    "return parameters": "output",
    "return parameter": "output",
    "sample codes": "example",
    "sample code": "example",
    "示例代码": "example",
    "实际案例": "example",
    "错误码说明": "errors",
    "错误码表": "errors",
    "module error codes": "errors",
    "module error code": "errors",
}


def _titles(titles: dict[str, str]) -> str:
    return "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))


_SECTION = re.compile(
    r"^([1-9])\s*[.．、]\s*(" + _titles(_SECTION_TITLES) + r")\s*$", re.IGNORECASE
)
_PAGE_SECTION = re.compile(
    r"^([1-9])\s*[.．、]\s*(" + _titles(_PAGE_SECTION_TITLES) + r")\s*$",
    re.IGNORECASE,
)
_BARE_SECTION = re.compile(
    r"^(" + _titles(_PAGE_SECTION_TITLES) + r")\s*[:：]?$", re.IGNORECASE
)
_EXAMPLE_TITLE = re.compile(
    r"^(?:Example|示例)\s*\d+(?:\s*[:：.]?\s+\S.*|\s*[:：]?\s*)$"
)
_PAGE_EXAMPLE_TITLE = re.compile(
    r"^(?:Example|Sample|示例|样例)\s*\d+(?:\s*[:：.]?\s+\S.*|\s*[:：.]?\s*)$"
)
_IO_EXAMPLE = re.compile(
    r"^(?:Input Example|Output Example|输入示例|输出示例)\s*[:：]?$"
)
_PAGE_IO_EXAMPLE = re.compile(
    r"^(?:(?:Input|Output|Request|Response)\s+(?:Example|Sample)(?:\s+Code)?s?|"
    r"(?:Sample|Example)\s+(?:Request|Response)|输入示例|输出示例|请求示例|返回示例|响应示例)\s*[:：]?$",
    re.IGNORECASE,
)


def section_kind(line: str, page: bool = False) -> str | None:
    """'description', 'input', 'output', 'example', 'resources' or 'errors' for a numbered section heading.

    `page`: also the wordings that web pages use besides the manual's ('4. Sample', '2. Request Parameter',
    '6. Other Resources')."""
    pattern = _PAGE_SECTION if page else _SECTION
    match = pattern.match(line.strip())
    return _PAGE_SECTION_TITLES[match.group(2).lower()] if match else None


def bare_section_kind(line: str) -> str | None:
    """The same for a section title without its number ('接口描述', 'Output Parameters'), as older pages write
    them; whether such a line is a heading depends on where it stands, which the reader decides.
    """
    match = _BARE_SECTION.match(line.strip())
    return _PAGE_SECTION_TITLES[match.group(1).lower()] if match else None


def is_example_title(line: str, page: bool = False) -> bool:
    """'Example1 Clipping a live video…', '示例1 请求示例'; `page`: also 'Sample 1. Binding a policy'."""
    return bool((_PAGE_EXAMPLE_TITLE if page else _EXAMPLE_TITLE).match(line.strip()))


def is_io_example(line: str, page: bool = False) -> bool:
    """'Input Example', 'Output Example', '输入示例', '输出示例'; `page`: also 'Output Sample Code',
    'Request Example', '请求示例' and the like."""
    return bool((_PAGE_IO_EXAMPLE if page else _IO_EXAMPLE).match(line.strip()))


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
    "参数": NAME,
    "名称": NAME,
    "字段": NAME,
    "Required": REQUIRED,
    "Mandatory": REQUIRED,
    "是否必选": REQUIRED,
    "是否必填": REQUIRED,
    "是否必须": REQUIRED,
    "必选": REQUIRED,
    "必填": REQUIRED,
    "Data Type": TYPE,
    "Type": TYPE,
    "类型": TYPE,
    "参数类型": TYPE,
    "数据类型": TYPE,
    "Description": DESC,
    "Remarks": DESC,
    "Remark": DESC,
    "描述": DESC,
    "说明": DESC,
    "参数描述": DESC,
    "参数说明": DESC,
    "错误描述": DESC,
    "备注": DESC,
    "Error Code": CODE,
    "错误码": CODE,
    "错误代码": CODE,
    "返回值": CODE,
    "返回码": CODE,
    "来源": TEXT,
    "例子": TEXT,
    "示例": TEXT,
    "Error Message": TEXT,
    "Error Description": DESC,
    "英文提示": TEXT,
}
_HEADER_WORDS = sorted(_HEADER_CELLS, key=len, reverse=True)
_HEADER_LOOKUP = {word.lower(): kind for word, kind in _HEADER_CELLS.items()}


@dataclass(frozen=True)
class Header:
    """A recognised table header: the cells as written, what each column holds, and whether cells had spaces
    (`tabs`: the cells were separated by TAB characters, as browsers copy HTML tables).
    """

    cells: tuple[str, ...]
    kinds: tuple[str, ...]
    spaced: bool
    tabs: bool = False


def header_kind(cell: str) -> str | None:
    """What a column holds, from its header cell as written ('Parameter name', '必选'), or None."""
    return _HEADER_LOOKUP.get(re.sub(r"\s+", " ", cell.strip()).lower())


def match_header(line: str) -> Header | None:
    """The header of a parameter, structure or error-code table, with or without spaces between its cells.

    English header words match in any case ('Parameter name'). Cells separated by TABs are taken as they are, and a
    cell the vocabulary does not know is a free-text column (not the first one)."""
    text = line.strip()
    cells: list[str] = []
    kinds_: list[str] = []
    gaps: list[bool] = []
    if "\t" in text:
        for cell in text.split("\t"):
            cell = cell.strip()
            if not cell and not cells:
                return None
            if cell:
                cells.append(cell)
                kinds_.append(header_kind(cell) or TEXT)
        if not cells or header_kind(cells[0]) is None:
            return None
        return _header(cells, kinds_, [True] * len(cells), tabs=True)
    lowered = text.lower()
    pos = 0
    while pos < len(text):
        gap = text[pos] in " \t\u3000"
        while pos < len(text) and text[pos] in " \t\u3000":
            pos += 1
        for word in _HEADER_WORDS:
            if lowered.startswith(word.lower(), pos):
                end = pos + len(word)
                # an English word must not run on into lower-case letters ("Types", "Namespace")
                if (
                    end < len(text)
                    and word[-1].isascii()
                    and (text[end].islower() or text[end].isdigit())
                ):
                    continue
                cells.append(text[pos:end])
                kinds_.append(_HEADER_CELLS[word])
                gaps.append(gap)
                pos = end
                break
        else:
            return None
    return _header(cells, kinds_, gaps)


def _header(
    cells: list[str], kinds_: list[str], gaps: list[bool], tabs: bool = False
) -> Header | None:
    kinds = tuple(kinds_)
    named = [k for k in kinds if k != TEXT]
    if (
        len(cells) < 2
        or kinds[0] not in (NAME, CODE)
        or DESC not in kinds
        or len(set(named)) != len(named)
    ):
        return None
    return Header(tuple(cells), kinds, spaced=all(gaps[1:]), tabs=tabs)


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
_NAME_CHARACTERS = re.compile(r"[A-Za-z0-9_.\-]*")  # every character _IDENT, _CODE and is_code_cell accept
_CODE = re.compile(r"[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*")
_STRUCT = re.compile(r"[A-Z][A-Za-z0-9_]*")
_HUMP = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z0-9]+|[A-Z]+")
_BULLET = re.compile(r"^(?:[•·●◦▪■]\s*|[-*]\s+)")
# words that start sentences of a continued description, never parameter names
_SENTENCE_WORDS = frozenset(
    "The This These That Those If When For Note In It Its Only Each A An And Or Otherwise Example Please See "
    "You Your We Valid Values Default Supported Unit Currently After Before Since Because".split()
)
_SEPARATORS = " \t\u3000,.:;!?()[]，。：；、（）-/'"


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text.strip(), count=1)


def humps(word: str) -> int:
    """Capitalised parts of a CamelCase word: 'MediaMetaData' has 3, 'MPSResult' 2, 'Tag' and 'ID' 1."""
    return len(_HUMP.findall(word))


def is_code(word: str) -> bool:
    """An error code: CamelCase with at least two parts, or dotted ('InternalError', 'AuthFailure.X')."""
    return bool(_CODE.fullmatch(word)) and ("." in word or humps(word) >= 2)


def sentence_start(text: str) -> int:
    """How plausible it is that a description cell starts here: 3 surely (a word that starts sentences: 'The …'),
    2 yes, 1 maybe (one word at the end), 0 no.

    Used to find where a run-together type or code ends: 'LiveStreamTaskNotifyConfigEvent notification…' splits before
    'Event' because 'Event ' reads as the first word of a sentence and ' notification' does not;
    'ResourceUnavailable.CmkDisabledThe CMK has been disabled.' splits before 'The'.
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
        if text[end] in " \t" and word.group() in _SENTENCE_WORDS:
            return 3
        return 2 if text[end] in _SEPARATORS or not text[end].isascii() else 0
    return 0


@dataclass(frozen=True)
class _Parse:
    cells: tuple[str, ...]
    score: tuple[int, ...]


def _boundaries(text: str, pos: int, spaced: bool, stop: int | None = None) -> Iterable[int]:
    """Where a cell starting at `pos` may end: at white space, or (run-together) where a new word starts; not
    after `stop` when given."""
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
    for end in range(pos + 1, (n if stop is None else min(stop, n)) + 1):
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


@lru_cache(maxsize=16)
def _by_first_letter(types: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The type words (none empty) by their first letter, each letter's in the order `types` gives them: the words
    a cell can start with, without trying each word on every cell."""
    found: dict[str, list[str]] = {}
    for word in types:
        found.setdefault(word[:1], []).append(word)
    return {letter: tuple(words) for letter, words in found.items()}


def _types(
    text: str,
    pos: int,
    spaced: bool,
    types: Sequence[str],
    element: bool = False,
    name: str = "",
    anchored: bool = False,
) -> Iterable[tuple[str, int, bool]]:
    """Candidate type cells at `pos`: (type, end, is a primitive or an array of one).

    A structure name needs two CamelCase parts ('MediaMetaData'), so that a continued description line ('If Type of
    …') is not taken for a row. One part is enough after 'Array of ' ('Array of Filter'), after a Yes/No cell
    (`anchored`: 'Placement Yes Placement …'), and when the type repeats the parameter's name or is the start of it
    ('Placement Placement', 'Filters Filter'). A run-together primitive type may run into a description that starts
    with a lower-case letter ('Stringkey-value pair …' can only be 'String' + 'key-value pair …'), but not into the
    rest of a longer type word ('Int' + 'eger…').
    """
    array_of = False
    if text.startswith("Array of ", pos):
        for inner, end, primitive in _types(
            text, _skip(text, pos + 9), spaced, types, element=True
        ):
            if inner != "Array":
                array_of = True
                yield "Array of " + inner, end, primitive
    words = [w for w in _by_first_letter(tuple(types)).get(text[pos : pos + 1], ()) if text.startswith(w, pos)]
    for word in words:
        end = pos + len(word)
        if word == "Array" and array_of:
            continue
        if any(len(other) > len(word) for other in words) and (
            end < len(text) and text[end].islower()
        ):
            continue  # 'Int' of 'Integer…', 'Bool' of 'Boolean…'
        if not (
            end < len(text)
            and (text[end].isdigit() or (text[end].islower() and spaced))
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
        if not _STRUCT.fullmatch(word) or word in types:
            continue
        one_part = element or anchored or (bool(name) and name.startswith(word))
        if humps(word) >= (1 if one_part else 2):
            yield word, end, False


def _affinity(name: str, type_: str) -> tuple[int, int]:
    """How well a structure type reads as the type of its parameter: not ending in a lone capital letter, which
    belongs to the next word ('VpcSet: Array of VpcV' + 'PC object.'); then how much of it the parameter's name is
    ('InputInfo: MediaInputInfo', 'AiAnalysisTask: AiAnalysisTaskInput' rather than 'Ai: AnalysisTaskAi…').
    """
    bare = type_.removeprefix("Array of ")
    whole = 0 if re.search(r"[a-z][A-Z]$", bare) else 1
    return whole, len(name) if name and name in bare else 0


def is_code_cell(word: str) -> bool:
    """An error code as error tables write it: 'InternalError', 'AuthFailure.X', or a number ('-503') on legacy
    pages."""
    return is_code(word) or bool(re.fullmatch(r"-?\d+", word))


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
        if kind == DESC and i < len(kinds) - 1 and set(kinds[i + 1 :]) == {TEXT}:
            # free-text columns after the description: where one ends and the next starts is not written down;
            # the description takes all the text
            empty = ("",) * (len(kinds) - i - 1)
            for parse in walk(pos, len(kinds) - 1, cells, facts):
                yield _Parse(parse.cells + empty, parse.score)
            return
        if i == len(kinds) - 1:
            rest = text[pos:].strip()
            if kind == DESC or kind == TEXT:
                if spaced:
                    plausible = 1 if rest[:1].islower() else 2
                else:
                    plausible = sentence_start(text[pos:])
                    if (
                        not plausible
                        and rest[:1].islower()
                        and facts.get("primitive")
                        and pos == facts.get("type_end")
                    ):
                        plausible = 1  # 'Stringkey-value pair …': the type word ends where it ends
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
                primitive = bool(facts.get("primitive"))
                yield _Parse(
                    cells + (rest,),
                    (
                        int(primitive),
                        plausible,
                        *(_affinity(name, type_) if not primitive else (1, 0)),
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
                    more = dict(facts, required=True)
                    yield from walk(_skip(text, end), i + 1, cells + (word,), more)
        elif kind == TYPE:
            name = str(facts.get("name", ""))
            anchored = bool(facts.get("required"))
            for type_, end, primitive in _types(
                text, pos, spaced, types, name=name, anchored=anchored
            ):
                more = dict(facts, type=type_, primitive=primitive, type_end=end)
                yield from walk(_skip(text, end), i + 1, cells + (type_,), more)
        elif kind in (NAME, CODE):
            # a name or a code holds only these characters: no longer word needs trying (a long line would make
            # the search quadratic)
            longest = _NAME_CHARACTERS.match(text, pos)
            for end in _boundaries(text, pos, spaced, longest.end() if longest else pos):
                word = text[pos:end]
                if kind == NAME and (
                    not _IDENT.fullmatch(word) or word in _SENTENCE_WORDS
                ):
                    continue
                if kind == CODE and not is_code_cell(word):
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
        return is_code_cell(text)
    return bool(text)


def split_tab_row(
    line: str, kinds: Sequence[str], required: Sequence[str] = REQUIRED_WORDS
) -> tuple[str, ...] | None:
    """The cells of a row whose cells are separated by TABs, or None when the line is not a row of this table (a
    line of a multi-line cell has no TAB, or does not start with a name or an error code).
    """
    if "\t" not in line:
        return None
    cells = [cell.strip() for cell in strip_bullet(line.strip(" ")).split("\t")]
    cells += [""] * (len(kinds) - len(cells))
    while len(cells) > len(kinds) and not cells[-1]:
        cells.pop()
    for kind, cell in zip(kinds, cells):
        if kind == NAME and not _IDENT.fullmatch(cell):
            return None
        if kind == CODE and not is_code_cell(cell):
            return None
        if kind == REQUIRED and cell and cell not in required:
            return None
        if kind == TYPE and not re.fullmatch(r"[A-Za-z][A-Za-z0-9_ .]*", cell):
            return None
    return tuple(cells)


def cell_kind_matches(
    kind: str, text: str, types: Sequence[str] = PRIMITIVE_TYPES
) -> bool:
    """Whether a whole line can be the cell of a column: a name, an error code, Yes/No or a type (tables copied
    with each cell on a line of its own)."""
    text = text.strip()
    if kind == NAME:
        return bool(_IDENT.fullmatch(text)) and text not in _SENTENCE_WORDS
    if kind == CODE:
        return is_code_cell(text)
    if kind == REQUIRED:
        return text in REQUIRED_WORDS
    if kind == TYPE:
        return any(
            end == len(text)
            for _, end, _ in _types(text, 0, True, types, anchored=True)
        )
    return True


def split_row(
    line: str,
    kinds: Sequence[str],
    spaced: bool,
    types: Sequence[str] = PRIMITIVE_TYPES,
    required: Sequence[str] = REQUIRED_WORDS,
) -> tuple[str, ...] | None:
    """The cells of a table row, or None when the line does not start a row of this table.

    `kinds` says what each column holds (NAME, CODE, REQUIRED, TYPE, DESC, TEXT); `types` are the primitive type
    words and `required` the words of a required column that the document uses. A trailing Yes/No column is taken
    from the right-hand end ('code  Int  返回结果…  Yes'); free-text columns after the description (a legacy page's
    '来源') cannot be told apart from it when cells are separated by spaces or not at all, so the description takes
    their text and they stay empty.

    Run-together rows ("TaskNotifyConfigYesLiveStreamTaskNotifyConfigEvent notification…") are split where the
    Yes/No token and the type vocabulary allow; when a CamelCase type runs into a capitalised description word the
    split is genuinely ambiguous, and the heuristic is: among the splits whose description reads like the start of a
    sentence, prefer a primitive type ('OffsetNoStringOffset' is String + 'Offset', not a structure 'StringOffset'),
    then a description that reads best (a sentence over a lone word: 'AiAnalysisTaskInput' + '' over
    'AiAnalysisTask' + 'Input'), then a structure type that does not end in a lone capital letter ('VpcSet:
    Array of Vpc' + 'VPC object.', not 'VpcV' + 'PC object.'), then one that holds more of the parameter's name
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
    return language_from_counts(*letter_counts(text))


def letter_counts(text: str) -> tuple[int, int]:
    """CJK ideographs and Latin letters in `text`: what `language` weighs (counts of parts add up)."""
    return len(_CJK.findall(text)), len(_LATIN.findall(text))


def language_from_counts(cjk: int, latin: int) -> str:
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


def clean_line(line: str, tabs: bool = False) -> str:
    """Drop zero-width characters, also when the page shows them as a literal escape ('u200c'); tabs to spaces.

    With `tabs`, TABs after the indentation are kept (they separate table cells in a browser's copy of a table,
    trailing ones included: the cells were empty) and no-break spaces become spaces."""
    line = _INVISIBLE.sub("", line)
    if not tabs:
        return line.replace("\t", "    ").rstrip()
    line = line.replace("\u00a0", " ").rstrip(" \r\u3000")
    body = line.lstrip(" \t")
    if not body.strip():
        return ""
    indent = line[: len(line) - len(body)].replace("\t", "    ")
    return indent + body


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


def json_depth(line: str) -> int:
    """Opening minus closing JSON brackets on a line, outside double-quoted strings."""
    return bracket_depth(line)[0]
