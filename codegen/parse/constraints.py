"""Constraints stated in words in a parameter's description: valid values, ranges, lengths, defaults, formats.

Only unambiguous sentences are read; each constraint keeps the sentence it came from as evidence."""

from __future__ import annotations

import re
from typing import Any

from codegen.spec.model import Constraints

_NUM = r"-?\d+(?:\.\d+)?"
_RANGE = re.compile(
    rf"(?:取值范围|范围|value range|valid range|range)\s*(?:[:：]\s*)?(?:[\[（(]\s*)?({_NUM})\s*(?:-|~|～|至|到|to|,|，)\s*({_NUM}|正无穷|\+?∞|infinity)\s*[\]）)]?",
    re.I,
)
_MAX_LENGTH = re.compile(
    r"(?:长度(?:上限|限制|不超过|不能超过|最大为|最多)\s*(?:[:：]\s*)?(\d+)|最(?:多|长)\s*(\d+)\s*个?(?:字符|字节)|"
    r"(?:can contain |contains? )?up to (\d[\d,]*) (?:characters|bytes)|maximum length(?: is|:)?\s*(\d+)|"
    r"不(?:能)?超过\s*(\d+)\s*个?(?:字符|字节))",
    re.I,
)
_MAXIMUM = re.compile(
    rf"(?:最大值|maximum value|max value|上限)\s*(?:(?:为|is)\s*)?(?:[:：]\s*)?({_NUM})(?!\s*(?:字节|字符|个字))", re.I
)
_MINIMUM = re.compile(rf"(?:最小值|minimum value|min value|下限)\s*(?:(?:为|is)\s*)?(?:[:：]\s*)?({_NUM})", re.I)
_DEFAULT = re.compile(
    r"(?:默认值|默认为|默认是|default value|default)\s*(?:(?:is|为)\s*)?(?:[:：]\s*)?(\"[^\"]*\"|“[^”]*”|-?\d+(?:\.\d+)?|[A-Za-z_][\w.-]*)(?=$|[\s。.,，;；)）])",
    re.I,
)
_DEFAULT_MARK = re.compile(r"[\"“]([^\"”]+)[\"”]\s*[（(]\s*(?:default|默认)\s*[)）]", re.I)
_QUOTED_ITEM = re.compile(r"^[^\S\n]*[\"“]([^\"”\n]+)[\"”][^\S\n]*[:：](.*)$", re.M)
_DEFAULT_WORD = re.compile(r"[（(]\s*(?:default|默认)\s*[)）]|默认", re.I)
_ENUM_ITEM = re.compile(r"(?:^|[\s，,；;。])(-?\d+)\s*[:：]\s*(?=\S)")
_ENUM_LIST = re.compile(
    r"(?:取值|可选值|有效值|valid values|values|可取值)\s*(?:(?:为|are|include)\s*)?[:：]\s*([^。\n]+)", re.I
)
_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
_TOKEN_LIST = re.compile(r"^\s*[A-Za-z0-9_.-]+(?:\s*[，,、/|]\s*[A-Za-z0-9_.-]+)+\s*$")
_ISO = re.compile(r"ISO\s*8601|ISO\s*(?:date|日期)|UTC\s*时间格式|ISO 日期格式", re.I)
_DATETIME = re.compile(r"yyyy-mm-dd\s+hh:mm:ss", re.I)
_DEPRECATED = re.compile(r"已弃用|已废弃|废弃|不再使用|\bdeprecated\b|no longer (?:used|supported)", re.I)
_CONDITIONAL = re.compile(r"^\s*(?:当|如果|若|if\b|when\b)|当[^，,。当]*时", re.I)
_CASE_INSENSITIVE = re.compile(r"not case[- ]sensitive|case[- ]insensitive|不区分大小写", re.I)
_SENTENCE_END = re.compile(r"(?<=[。；;\n])|(?<=\.)\s")
_INFINITY = ("正无穷", "∞", "+∞", "infinity")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _number(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() else value


def _coerce(value: str, type_: str) -> Any:
    value = value.strip().strip('"“”')
    if type_ == "Integer":
        return int(value) if re.fullmatch(r"-?\d+", value) else None
    if type_ == "Float":
        return _number(value) if re.fullmatch(_NUM, value) else None
    if type_ == "Boolean":
        return {"true": True, "false": False}.get(value.lower())
    return value


def _enum_from_items(text: str, type_: str) -> list[Any] | None:
    """'0：不开启，1：开启' / one value per line '0: …' → [0, 1]; at least two distinct values, all integers."""
    values = [int(v) for v in _ENUM_ITEM.findall(text)]
    if len(values) < 2 or len(set(values)) != len(values) or type_ not in ("Integer", "String"):
        return None
    return [str(v) for v in values] if type_ == "String" else values


def _enum_from_quoted_items(text: str, type_: str) -> list[Any] | None:
    """One quoted value per line: '"video": audio and video (default)'."""
    values = [value for value, _ in _QUOTED_ITEM.findall(text)]
    if type_ != "String" or len(values) < 2 or len(set(values)) != len(values):
        return None
    return values


def _enum_from_list(text: str, type_: str) -> list[Any] | None:
    match = _ENUM_LIST.search(text)
    if not match:
        return None
    body = match.group(1)
    quoted = _QUOTED.findall(body)
    items = (
        quoted
        if len(quoted) >= 2
        else ([] if not _TOKEN_LIST.match(body) else re.split(r"\s*[，,、/|]\s*", body.strip()))
    )
    coerced = [_coerce(item, type_) for item in items]
    if len(coerced) < 2 or any(v is None for v in coerced) or len(set(map(str, coerced))) != len(coerced):
        return None
    return coerced


def extract_constraints(description: str, type_: str = "String") -> Constraints:
    """Read what a description states in words; leave out anything ambiguous."""
    found = Constraints()
    evidence: dict[str, None] = {}  # ordered, without repeats

    def note(sentence: str) -> None:
        evidence.setdefault(sentence, None)

    numeric = type_ in ("Integer", "Float")
    both_formats = bool(_ISO.search(description)) and bool(_DATETIME.search(description))
    for sentence in _sentences(description):
        conditional = bool(_CONDITIONAL.search(sentence))  # a limit that holds only in one case is no limit
        if numeric and not conditional and (m := _RANGE.search(sentence)):
            low, high = m.group(1), m.group(2)
            found.minimum = _number(low)
            if high.lower() not in _INFINITY:
                found.maximum = _number(high)
            note(sentence)
        if numeric and not conditional and found.maximum is None and (m := _MAXIMUM.search(sentence)):
            found.maximum = _number(m.group(1))
            note(sentence)
        if numeric and not conditional and found.minimum is None and (m := _MINIMUM.search(sentence)):
            found.minimum = _number(m.group(1))
            note(sentence)
        if type_ == "String" and not conditional and (m := _MAX_LENGTH.search(sentence)):
            digits = next(g for g in m.groups() if g)
            found.max_length = int(digits.replace(",", ""))
            note(sentence)
        if _DEPRECATED.search(sentence):
            found.deprecated = True
            note(sentence)
        if (
            not both_formats
            and found.format is None
            and _ISO.search(sentence)
            and type_ in ("String", "Timestamp ISO8601")
        ):
            found.format = "date-time"
            note(sentence)
        if not both_formats and found.format is None and _DATETIME.search(sentence):
            found.format = "yyyy-mm-dd hh:mm:ss"
            note(sentence)

    enum = (
        _enum_from_list(description, type_)
        or _enum_from_quoted_items(description, type_)
        or _enum_from_items(description, type_)
    )
    if enum is not None and not _CASE_INSENSITIVE.search(description):
        found.enum = enum
        note(_evidence_line(description, enum))

    default = _default(description, type_, found.enum)
    if default is not None:
        found.default = default[0]
        note(default[1])

    found.evidence = list(evidence)
    return found


def _evidence_line(description: str, enum: list[Any]) -> str:
    first = str(enum[0])
    for sentence in _sentences(description):
        if first in sentence:
            return sentence
    return description.strip()


def _default(description: str, type_: str, enum: list[Any] | None) -> tuple[Any, str] | None:
    for value, rest in _QUOTED_ITEM.findall(description):
        if enum and value in enum and _DEFAULT_WORD.search(rest):
            return value, f'"{value}":{rest}'.strip()
    for sentence in _sentences(description):
        mark = _DEFAULT_MARK.search(sentence)
        match = _DEFAULT.search(sentence)
        raw = mark.group(1) if mark else (match.group(1) if match else None)
        if raw is None:
            continue
        value = _coerce(raw, type_)
        if value is None:
            continue
        if type_ == "String" and not (raw.startswith(('"', "“")) or mark or (enum and value in enum)):
            continue
        if enum is not None and value not in enum:
            continue
        return value, sentence
    return None
