"""Constraints stated in words in a parameter's description: valid values, ranges, lengths, defaults, formats.

A constraint is kept only when its sentence states it for every value the parameter can take. Sentences that state a
limit for one case only, lists that disagree with ranges, numbered notes, values the text admits beside a list, and
limits the text itself goes past are not constraints: they become doubts, which `codegen lint` reports. Each kept
constraint keeps the sentence it came from as evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from codegen.spec.model import Constraints

_NUM = r"-?\d+(?:\.\d+)?"
_GROUPED = r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?"  # '3,600' in 'Value range: 30-3,600'
_RANGE_WORD = (
    r"(?:取值范围|允许范围|有效范围|范围|允许值|可取值?|value range|valid range|valid values|range|between)"
    r"\s*(?:(?:为|是|is|are|of)\s*)?(?:[:：]\s*)?"
)
_DASH_RANGE = re.compile(
    _RANGE_WORD
    + rf"(?:[\[（(]\s*)?({_GROUPED})\s*(?:-|–|—|~|～|至|到|to|and)\s*({_GROUPED}|正无穷|\+?∞|infinity)(?!\d|[,，]\d)",
    re.I,
)
_BRACKET_LIST = re.compile(
    rf"(?:{_RANGE_WORD}|可选值\s*(?:[:：]\s*)?|可选项\s*(?:[:：]\s*)?)[\[【（(]\s*({_NUM}(?:\s*[,，、]\s*{_NUM})+)\s*[\]】）)]",
    re.I,
)
_MAX_LENGTH = re.compile(
    r"(?:长度(?:上限|限制|不超过|不能超过|最大为|最多)\s*(?:为\s*)?(?:[:：]\s*)?(\d+)|最(?:多|长)\s*(\d+)\s*个?(?:字符|字节)|"
    r"(?:can contain |contains? )?up to (\d[\d,]*) (?:characters|bytes)|maximum length(?: is|:)?\s*(\d[\d,]*)|"
    r"不(?:能)?超过\s*(\d+)\s*个?(?:字符|字节))",
    re.I,
)
_MAXIMUM = re.compile(
    rf"(?:最大值|maximum value|max value|上限|maximum(?= is)|maximum:)\s*(?:(?:为|是|is)\s*)?(?:[:：]\s*)?({_GROUPED})"
    r"(?!\d|,\d|\s*(?:字节|字符|个字|characters|bytes|%|％))",
    re.I,
)
_MINIMUM = re.compile(
    rf"(?:最小值|minimum value|min value|下限|minimum(?= is)|minimum:)\s*(?:(?:为|是|is)\s*)?(?:[:：]\s*)?({_GROUPED})(?!\d|,\d|\s*(?:%|％))",
    re.I,
)
_DEFAULT = re.compile(
    r"(?:默认值|默认为|默认是|default value|default)\s*(?:(?:is|为)\s*)?(?:[:：]\s*)?(\"[^\"]*\"|“[^”]*”|-?\d+(?:\.\d+)?|[A-Za-z_][\w.-]*)(?=$|[\s。.,，;；)）])",
    re.I,
)
_DEFAULT_MARK = re.compile(r"[\"“]([^\"”]+)[\"”]\s*[（(]\s*(?:default|默认)\s*[)）]", re.I)
_QUOTED_ITEM = re.compile(r"^[^\S\n]*(?:[•·*-][^\S\n]*)?[\"“]([^\"”\n]+)[\"”][^\S\n]*[:：](.*)$", re.M)
_DEFAULT_NAMED = re.compile(r"default|默认", re.I)  # in every way of stating a default below
_DEFAULT_WORD = re.compile(r"[（(]\s*(?:default|默认)\s*[)）]|默认", re.I)
# A listed value opens a line (after a bullet) or follows punctuation: '0：否，1：是', '• 1：实例ID', '(0: off; 1: on)'.
# 'Note 1:' and '说明1：' are numbered notes, not values: a word right before the number rules it out.
_ITEM_START = r"(?:^[ \t]*(?:[•·*][ \t]*|-[ \t]+)?|[，,；;。、（(.:：][ \t]*)"
# '16:9', '10:30' and 'host:8080' are ratios, times and ports: an ASCII colon right before a digit is no item.
_ENUM_ITEM = re.compile(_ITEM_START + r"(-?\d+)[ \t]*(?:：|:(?!\d))[ \t]*(?!\s|\d\d(?:\D|$))", re.M)
_OPEN_ITEM = re.compile(
    _ITEM_START + r"(?:>|＞|大于|≥|>=|greater than|above|more than)[ \t]*(-?\d+)[ \t]*[:：]", re.M | re.I
)
_OPEN_WORDS = re.compile(
    r"其他值|其它值|其余值|其他数值|正整数|any other|other values?\s*[:：]|positive integer|any (?:count|number|integer)"
    r"|[\[【]\s*\d+\s*[,，]\s*(?:\+?∞|正无穷|infinity)|(?:其[他它余]|others?|otherwise)\s*[:：]"
    r"|(?:^|[，,；;。、（(])[ \t]*-?\d+[ \t]*(?:-|~|～|至|到)[ \t]*-?\d+[ \t]*[:：]",
    re.I | re.M,
)
_NOTE_HEAD = re.compile(r"(?:注意|说明|备注|注|note|remarks?|tips?)\s*(?:\d+\s*)?(?:[:：]\s*)?$", re.I)
_NUMBERED_NOTE = re.compile(r"(?:注意|说明|备注|注|note|remark)\s*\d+\s*[:：]", re.I)
_ENUM_LIST = re.compile(
    r"(?:取值|可选值|有效值|valid values|values|可取值)\s*(?:(?:为|are|include)\s*)?[:：]\s*([^。\n]+)", re.I
)
_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
_TOKEN_LIST = re.compile(r"^\s*[A-Za-z0-9_.-]+(?:\s*[，,、/|]\s*[A-Za-z0-9_.-]+)+\s*$")
_EMPTY_ALLOWED = re.compile(r"空字符串|空串|empty string|\"\"|“”|''")
_EMPTY_FORBIDDEN = re.compile(
    r"(?:不能|不可|不允许|不得|cannot|can't|must not|may not|not be|not an?)\s*(?:(?:为|是|be|an?)\s*)?"
    r"(?:空字符串|空串|empty string|\"\"|“”|'')",
    re.I,
)
_ISO = re.compile(r"ISO\s*8601|ISO\s*(?:date|日期)|UTC\s*时间格式|ISO 日期格式", re.I)
_DATETIME = re.compile(r"yyyy-mm-dd\s+hh:mm:ss", re.I)
_DEPRECATED = re.compile(r"已弃用|已废弃|废弃|不再使用|\bdeprecated\b|no longer (?:used|supported)", re.I)
_CONDITIONAL = re.compile(
    r"当[^，,。当]*时|(?<![同实及随暂临按定小])时(?:[，,：:]|取值|范围|允许)|如果|若(?!干)|仅当|仅在|只在|对于|针对|"
    r"(?:情况|场景|模式)下|\bif\b|\bwhen\b|\bunless\b|\bonly for\b|\bin case\b|^\s*for\s[^,.]{1,60},",
    re.I,
)
_WHEN_ABSENT = re.compile(
    r"(?:(?:如果|若|当)\s*)?(?:不填(?:写)?|不传(?:递)?|未填(?:写)?|未传|不指定|未指定|为空)(?:时|的情况下)?|"
    r"if (?:it is |this (?:parameter|field|value) is |this parameter's value is )?"
    r"(?:not (?:specified|passed|set|entered|provided)|left (?:empty|blank)|omitted|empty)",
    re.I,
)
_BEYOND = re.compile(
    r"(?:超过|大于|高于|greater than|more than|exceeds?|exceeding|above|larger than)\s*({num})|"
    r"(?:小于|低于|less than|below|smaller than)\s*({num})".format(num=_GROUPED),
    re.I,
)
_REFUSED = re.compile(r"错误|报错|失败|不支持|不允许|error|fail|invalid|not (?:supported|allowed)|rejected", re.I)
_CASE_INSENSITIVE = re.compile(r"not case[- ]sensitive|case[- ]insensitive|不区分大小写", re.I)
_SENTENCE_END = re.compile(r"(?<=[。；;\n])|(?<=\.)\s")
_INFINITY = ("正无穷", "∞", "+∞", "infinity")
_OPENERS = {"[": "]", "【": "】"}
_DEFAULT_TYPES = ("String", "Integer", "Float", "Boolean")


@dataclass(frozen=True)
class Doubt:
    """A sentence that looks like a constraint but does not state one for every value, and why."""

    sentence: str
    reason: str


@dataclass(slots=True)
class Reading:
    """The constraints a description states, the sentence behind each one, and what was left out as doubtful."""

    constraints: Constraints
    sources: dict[str, str] = field(default_factory=dict)
    doubts: list[Doubt] = field(default_factory=list)


def _join_brackets(text: str) -> str:
    """A bracketed list the page wrapped over two lines ('[96000, …, 16000,\\n12000, 8000]') is one sentence."""
    if "\n" not in text:
        return text
    out = list(text)
    for start, char in enumerate(text):
        if char not in _OPENERS:
            continue
        end = text.find(_OPENERS[char], start)
        if end != -1 and end - start < 400:
            for i in range(start, end):
                if out[i] == "\n":
                    out[i] = " "
    return "".join(out)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _number(text: str) -> float | int:
    value = float(text.replace(",", ""))
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


def _conditional(sentence: str) -> bool:
    """Does the sentence state something for one case only? 'If not specified' / '不填时' (the default's own case)
    does not count."""
    return bool(_CONDITIONAL.search(_WHEN_ABSENT.sub("", sentence)))


def _line_of(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end != -1 else len(text)].strip()


def _lines(text: str, positions: list[int]) -> list[str]:
    return list(dict.fromkeys(_line_of(text, p) for p in sorted(positions)))


class _Reader:
    def __init__(self, description: str, type_: str) -> None:
        self.text = _join_brackets(description)
        self.sentences = _sentences(self.text)
        self.type = type_
        self.reading = Reading(Constraints())
        self.ranges: list[tuple[float | int | None, float | int | None, str]] = []
        self.lists: list[tuple[list[Any], str]] = []
        # whether the text names an ISO format, 'yyyy-mm-dd hh:mm:ss', or both, which states neither (looked up once:
        # a sentence can name a format only when the whole text does)
        self.iso = _ISO.search(self.text) is not None
        self.datetime = _DATETIME.search(self.text) is not None
        self.both_formats = self.iso and self.datetime

    def doubt(self, sentence: str, reason: str) -> None:
        found = Doubt(sentence.strip(), reason)
        if found not in self.reading.doubts:
            self.reading.doubts.append(found)

    def keep(self, key: str, value: Any, sentence: str) -> None:
        setattr(self.reading.constraints, key, value)
        self.reading.sources[key] = sentence.strip()

    def read(self) -> Reading:
        numeric = self.type in ("Integer", "Float")
        for sentence in self.sentences:
            if numeric:
                self.numbers(sentence)
            if self.type == "String":
                self.length(sentence)
            if _DEPRECATED.search(sentence):
                self.keep("deprecated", True, sentence)
            self.formats(sentence)
        self.values()
        if numeric:
            self.settle_numbers()
        self.default()
        c = self.reading.constraints
        c.evidence = list(dict.fromkeys(self.reading.sources.values()))
        return self.reading

    def numbers(self, sentence: str) -> None:
        lists = [m for m in _BRACKET_LIST.finditer(sentence)]
        listed = [m for m in lists if len(re.split(r"[,，、]", m.group(1))) >= 3]
        pairs = [m for m in lists if len(re.split(r"[,，、]", m.group(1))) == 2]
        dashes = [
            m
            for m in _DASH_RANGE.finditer(sentence)
            if not any(m.start() >= l.start() and m.start() < l.end() for l in listed)
        ]
        found = bool(listed or pairs or dashes or _MAXIMUM.search(sentence) or _MINIMUM.search(sentence))
        if not found:
            return
        if _conditional(sentence):
            self.doubt(sentence, "no range: the limit is stated for one case only")
            return
        if len(listed) + len(pairs) + len(dashes) > 1:
            self.doubt(sentence, "no range: several ranges or lists in one sentence (one per case)")
            return
        for m in listed:
            values = [_coerce(v, self.type) for v in re.split(r"\s*[,，、]\s*", m.group(1).strip())]
            if any(v is None for v in values):
                self.doubt(sentence, "no values: a list whose values are not all of the parameter's type")
                return
            self.lists.append((values, sentence))
        for m in pairs:
            low, high = (_number(v) for v in re.split(r"\s*[,，、]\s*", m.group(1).strip()))
            self.ranges.append((low, high, sentence))
        for m in dashes:
            upper = None if m.group(2).lower() in _INFINITY else _number(m.group(2))
            self.ranges.append((_number(m.group(1)), upper, sentence))
        if not (listed or pairs or dashes):
            high_m, low_m = _MAXIMUM.search(sentence), _MINIMUM.search(sentence)
            self.ranges.append(
                (_number(low_m.group(1)) if low_m else None, _number(high_m.group(1)) if high_m else None, sentence)
            )

    def length(self, sentence: str) -> None:
        m = _MAX_LENGTH.search(sentence)
        if not m:
            return
        if _conditional(sentence):
            self.doubt(sentence, "no max_length: the limit is stated for one case only")
            return
        digits = next(g for g in m.groups() if g)
        self.keep("max_length", int(digits.replace(",", "")), sentence)

    def formats(self, sentence: str) -> None:
        c = self.reading.constraints
        if c.format is not None or self.both_formats:
            return
        if self.iso and _ISO.search(sentence) and self.type in ("String", "Timestamp ISO8601"):
            self.keep("format", "date-time", sentence)
        elif self.datetime and _DATETIME.search(sentence):
            self.keep("format", "yyyy-mm-dd hh:mm:ss", sentence)

    def values(self) -> None:
        """Valid values: 'Valid values: a, b', one quoted value per line, '0：否，1：是', or a bracketed list."""
        found = None
        if ":" in self.text or "：" in self.text:  # each of these ways of listing values has a colon
            found = self.listed_values() or self.quoted_items() or self.numbered_items()
        if found is None and self.lists:
            found = self.lists[0]
        if found is None:
            return
        values, sentence = found
        if _CASE_INSENSITIVE.search(self.text):
            self.doubt(sentence, "no values: the parameter is not case sensitive")
            return
        empty = self.empty_sentence() if self.type == "String" and "" not in values else None
        if empty is not None:
            values = [*values, ""]
            self.doubt(empty, '"" added to the values: the text also accepts an empty string')
            sentence = f"{sentence}\n{empty}" if empty != sentence else sentence
        for other, other_sentence in self.lists:
            if set(map(str, other)) != set(map(str, values)):
                self.doubt(other_sentence, "no values: a bracketed list differs from the values listed")
                return
        self.keep("enum", values, sentence)

    def empty_sentence(self) -> str | None:
        """The sentence that accepts an empty string ('不传递或者为空字符串，清空之前的DRM配置'), if any."""
        if _EMPTY_FORBIDDEN.search(self.text):
            return None
        match = _EMPTY_ALLOWED.search(self.text)
        return _line_of(self.text, match.start()) if match else None

    def listed_values(self) -> tuple[list[Any], str] | None:
        match = _ENUM_LIST.search(self.text)
        if not match:
            return None
        body = match.group(1)
        sentence = _line_of(self.text, match.start())
        quoted = _QUOTED.findall(body)
        items = (
            quoted
            if len(quoted) >= 2
            else ([] if not _TOKEN_LIST.match(body) else re.split(r"\s*[，,、/|]\s*", body.strip()))
        )
        if any(re.fullmatch(r"-?\d+\s*[-~]\s*-?\d+", item) for item in items):
            self.doubt(sentence, "no values: the list holds ranges")
            return None
        coerced = [_coerce(item, self.type) for item in items]
        if len(coerced) < 2 or any(v is None for v in coerced) or len(set(map(str, coerced))) != len(coerced):
            return None
        if _conditional(sentence):
            self.doubt(sentence, "no values: they are listed for one case only")
            return None
        return coerced, sentence

    def quoted_items(self) -> tuple[list[Any], str] | None:
        """One quoted value per line: '"video": audio and video (default)'."""
        matches = list(_QUOTED_ITEM.finditer(self.text))
        values = [m.group(1) for m in matches]
        if self.type != "String" or len(values) < 2 or len(set(values)) != len(values):
            return None
        return values, "\n".join(_lines(self.text, [m.start(1) for m in matches]))

    def numbered_items(self) -> tuple[list[Any], str] | None:
        """'0：不开启，1：开启' / one value per line '0: …' → [0, 1]; at least two distinct integers."""
        notes = _NUMBERED_NOTE.findall(self.text)
        if len(notes) >= 2:
            self.doubt(
                _line_of(self.text, self.text.find(notes[0])), "no values: 'Note 1' / '说明1' number notes, not values"
            )
        matches = list(_ENUM_ITEM.finditer(self.text))
        if len(matches) < 2 or self.type not in ("Integer", "String"):
            return None
        values = [int(m.group(1)) for m in matches]
        first_line = _line_of(self.text, matches[0].start(1))
        if len(set(values)) != len(values):
            self.doubt(first_line, "no values: numbered lines repeat a number (notes or steps)")
            return None
        start = matches[0].start(1)
        line_start = self.text.rfind("\n", 0, start) + 1
        prefix = self.text[line_start:start].strip(" \t•·*-")
        if not prefix:
            prefix = self.text[:line_start].rstrip("\n").rsplit("\n", 1)[-1]
        if _NOTE_HEAD.search(prefix):
            self.doubt(first_line, "no values: the numbered lines are notes")
            return None
        open_item = _OPEN_ITEM.search(self.text)
        opened = open_item or _OPEN_WORDS.search(self.text)
        if opened is not None:
            where = opened.group(0).strip(" ，,；;。")
            self.doubt(first_line, f"no values: special values are listed beside an open range ({where})")
            if open_item is not None and self.type == "Integer" and not self.ranges:
                bound = int(open_item.group(1))
                lines = _lines(self.text, [*(m.start(1) for m in matches), open_item.start(1)])
                self.ranges.append((min([*values, bound + 1]), None, "\n".join(lines)))
            return None
        lines = _lines(self.text, [m.start(1) for m in matches])
        if any(_conditional(line) for line in lines):
            self.doubt(first_line, "no values: they are listed for one case only")
            return None
        items = [str(v) for v in values] if self.type == "String" else values
        return items, "\n".join(lines)

    def settle_numbers(self) -> None:
        """One range from every range sentence, checked against the listed values, the text's own exceptions and
        itself."""
        if not self.ranges:
            return
        lows = [low for low, _, _ in self.ranges if low is not None]
        highs = [high for _, high, _ in self.ranges if high is not None]
        sentences = [s for _, _, s in self.ranges]
        low = max(lows) if lows else None
        high = min(highs) if highs else None
        if len(set(lows)) > 1 or len(set(highs)) > 1:
            self.doubt(sentences[0], "no range: the stated ranges disagree")
            return
        if low is not None and high is not None and low > high:
            self.doubt(sentences[0], f"no range: the minimum {low:g} is above the maximum {high:g}")
            return
        enum = self.reading.constraints.enum
        if enum is not None:
            outside = [
                v
                for v in enum
                if isinstance(v, (int, float)) and not ((low is None or v >= low) and (high is None or v <= high))
            ]
            if outside:
                listed = ", ".join(map(str, outside))
                self.doubt(sentences[0], f"no values and no range: the range leaves out listed values ({listed})")
                self.reading.constraints.enum = None
                self.reading.sources.pop("enum", None)
                return
        for sentence in self.sentences:
            if sentence in sentences or _REFUSED.search(sentence):
                continue
            for m in _BEYOND.finditer(sentence):
                above, below = m.group(1), m.group(2)
                if above and high is not None and _number(above) == high:
                    self.doubt(sentence, f"no maximum: the text says what happens above {high:g}")
                    high = None
                if below and low is not None and _number(below) == low:
                    self.doubt(sentence, f"no minimum: the text says what happens below {low:g}")
                    low = None
        if low is not None:
            self.keep("minimum", low, next(s for lo, _, s in self.ranges if lo is not None))
        if high is not None:
            self.keep("maximum", high, next(s for _, hi, s in self.ranges if hi is not None))

    def default(self) -> None:
        if self.type not in _DEFAULT_TYPES or not _DEFAULT_NAMED.search(self.text):
            return
        enum = self.reading.constraints.enum
        for value, rest in _QUOTED_ITEM.findall(self.text):
            if enum and value in enum and _DEFAULT_WORD.search(rest):
                self.keep("default", value, f'"{value}":{rest}')
                return
        for sentence in self.sentences:
            mark = _DEFAULT_MARK.search(sentence)
            match = _DEFAULT.search(sentence)
            raw = mark.group(1) if mark else (match.group(1) if match else None)
            if raw is None:
                continue
            value = _coerce(raw, self.type)
            if value is None:
                continue
            if self.type == "String" and not (raw.startswith(('"', "“")) or mark or (enum and value in enum)):
                continue
            if _conditional(sentence):
                self.doubt(sentence, "no default: it is stated for one case only")
                continue
            if not satisfies(self.reading.constraints, value):
                self.doubt(sentence, f"no default: {value!r} is outside the stated values or range")
                continue
            self.keep("default", value, sentence)
            return


def satisfies(constraints: Constraints, value: Any) -> bool:
    """Does a value meet every stated constraint (formats aside)?"""
    c = constraints
    if c.enum is not None and value not in c.enum:
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if (c.minimum is not None and value < c.minimum) or (c.maximum is not None and value > c.maximum):
            return False
    if isinstance(value, str) and c.max_length is not None and len(value) > c.max_length:
        return False
    return True


def read_constraints(description: str, type_: str = "String") -> Reading:
    """What a description states in words, the sentence behind each constraint, and the doubtful sentences."""
    reading = shared_reading(description, type_)
    return Reading(_copy(reading.constraints), dict(reading.sources), list(reading.doubts))


def _copy(c: Constraints) -> Constraints:
    return Constraints(
        enum=None if c.enum is None else list(c.enum),
        minimum=c.minimum,
        maximum=c.maximum,
        max_length=c.max_length,
        format=c.format,
        default=c.default,
        deprecated=c.deprecated,
        evidence=list(c.evidence),
    )


# Most descriptions state nothing; their readings are this one, so that a long table's leave no objects behind.
_NOTHING_STATED = Reading(Constraints())


# Each description is read twice (for its field, then again when the page's example values are checked against
# it): the second reading is a look-up.
@lru_cache(maxsize=1 << 16)
def shared_reading(description: str, type_: str) -> Reading:
    """read_constraints' answer without the copy, shared by every caller: for callers that only look at it."""
    reading = _Reader(description, type_).read()
    return _NOTHING_STATED if reading == _NOTHING_STATED else reading


def extract_constraints(description: str, type_: str = "String") -> Constraints:
    """Read what a description states in words; leave out anything ambiguous."""
    return _copy(shared_reading(description, type_).constraints)
