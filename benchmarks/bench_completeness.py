"""Completeness and correctness of the live 2018-08-01 spec against the Cloud Live manual (seed 004).

    python benchmarks/bench_completeness.py [--spec spec/live-2018-08-01.json] [--manual <seed 004 text>]
                                            [--min 99] [--show 50] [--json]

An independent check: it does NOT use codegen.ingest or codegen.parse (nor anything else from codegen). It makes its
own simple line-based pass over the raw PDF-extracted text, the way a careful human reads it:

  1. page furniture is dropped: footers (`云直播` / `版权所有：… 第N 共761页`), the link lists printed after each
     page (runs of bare URL lines before a page's first line; a URL alone between blank lines is text), stray
     `f` and `例` lines at page ends, page-title blocks (`[<chapter>相关接口]` `<title>` + `最近更新时间：…` +
     `推荐使用 API Explorer 点击调试`) wherever they land, and the table headers repeated at the top of each page;
  2. every API 3.0 action page (`1. 接口描述` … `6. 错误码`, named by its Action row `本接口取值：X`) is cut into its
     sections; the `API 概览` tables (`接口名称 接口功能 频率限制（次/秒）`) give a second list of actions with rate limits;
  3. a table row starts on a line whose first word is a parameter name and whose next cells -- possibly wrapped over
     the following lines, like `Templates` / `Array of` / `PadTemplate` or `X` / `Array of` / `Integer` / `否` --
     are, in the header's column order, a 是/否 flag and a type (`Array of X`, a primitive type, or a structure defined
     in the data-structure pages); every other line is description text of the row above;
  4. every data-structure table (`名称 类型 [必选] 描述`; the structure is named above its `被如下接口引用：` line)
     is read the same way.

It then compares these rows with the spec -- name, type, array-ness, and the required flag where the table has a
必选 column -- and also the rate limits, the per-action error-code lists, the example counts, the 示例值 example
values and the "可能返回 null" (nullable) notes. It prints a table of figures and the mismatches, and exits 1 when
parameter correctness is below --min percent (default 99) or an action that has a page is missing from the spec.

Accuracy of the pass itself (checked when this was written, see docs/COMPLETENESS.md): its 1,783 rows agree in name,
type and array-ness with the models of the official tencentcloud-sdk-python-live 3.1.195 for every class that SDK
has; each input table's 是/否 cells equal its row count; every line left unparsed in a table was read and is
description text.

`measure()` is importable; tests/test_completeness.py runs it on the committed spec.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "spec" / "sources" / "live" / "004_79250585f497093e.txt"
SPEC = ROOT / "spec" / "live-2018-08-01.json"

# ---------------------------------------------------------------------------------------------------------------------
# 1. page furniture

URL = re.compile(r"^\s*https?://\S+\s*$")
FOOTER = re.compile(r"^\s*版权所有：.*第\s*\d+\s*共\s*\d+\s*页\s*$")
UPDATED = re.compile(r"^\s*最近更新时间：")
EXPLORER = "推荐使用 API Explorer 点击调试"
CHAPTER = re.compile(r"^\s*\S+相关接口\s*$")
# table header -> the cells between the name and the description, in order
HEADERS = {
    "参数名称 必选 类型 描述": ("req", "type"),
    "参数名称 类型 描述": ("type",),
    "名称 类型 描述": ("type",),
    "名称 类型 必选 描述": ("type", "req"),
}


@dataclass
class Line:
    no: int  # 1-based line number in the raw text
    text: str  # stripped


def clean(raw: str) -> list[Line]:
    """The manual's non-blank lines, stripped, without page furniture (footers, link lists, page-title blocks)."""
    src = raw.split("\n")
    drop: set[int] = set()
    i = 0
    while i < len(src):  # link lists: runs of URL lines printed right before a page's first line (` …`)
        if URL.match(src[i]):
            j = i
            while j < len(src) and URL.match(src[j]):
                j += 1
            if j - i > 1 or (j < len(src) and src[j].startswith(" ")):
                drop.update(range(i, j))
            # else: a URL alone between blank lines is description text ("详见…文档:" / "https://…")
            i = j
        else:
            i += 1
    for i, text in enumerate(src):
        if i in drop:
            continue
        if FOOTER.match(text):
            drop.add(i)
            for j in range(i - 1, max(i - 4, -1), -1):  # the `云直播` line printed above the footer
                if src[j].strip() == "云直播":
                    drop.add(j)
                    break
        elif UPDATED.match(text):
            drop.add(i)
            if i > 0 and src[i - 1].strip():  # the page title sits right above (some pages print none)
                drop.add(i - 1)
                j = i - 2  # and the first page of a chapter prints the chapter (`直播垫片相关接口`) above the title
                while j >= 0 and not src[j].strip():
                    j -= 1
                if j >= 0 and CHAPTER.match(src[j]):
                    drop.add(j)
        elif text.strip() in (EXPLORER, "f", "例"):
            # "f": a stray glyph line at 4 page ends before a structure; "例": a broken-off `4. 示例` heading
            # printed before the page-title block at 7 page ends (the heading follows again on the next page)
            drop.add(i)
    return [Line(i + 1, t.strip()) for i, t in enumerate(src) if i not in drop and t.strip()]


# ---------------------------------------------------------------------------------------------------------------------
# 2.-4. actions, tables, structures

PRIMITIVES = {
    "String": "String",
    "Integer": "Integer",
    "Int64": "Integer",
    "UInt64": "Integer",
    "Uint64": "Integer",
    "UInteger": "Integer",
    "Uinteger": "Integer",
    "Float": "Float",
    "Double": "Float",
    "Boolean": "Boolean",
    "Bool": "Boolean",
    "Timestamp": "Timestamp",
    "Binary": "Binary",
    "Object": "Object",
}
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.N)?$")
STRUCT_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
ERROR_CODE = re.compile(r"^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)*$")
COMMON_CATEGORIES = {  # error codes without a dot that may head an action's error list
    "AuthFailure",
    "DryRunOperation",
    "FailedOperation",
    "InternalError",
    "InvalidParameter",
    "InvalidParameterValue",
    "LimitExceeded",
    "MissingParameter",
    "OperationDenied",
    "RequestLimitExceeded",
    "ResourceInUse",
    "ResourceInsufficient",
    "ResourceNotFound",
    "ResourceUnavailable",
    "UnauthorizedOperation",
    "UnknownParameter",
    "UnsupportedOperation",
}
SECTIONS = ("2. 输入参数", "3. 输出参数", "4. 示例", "5. 开发者资源", "6. 错误码")


@dataclass
class Row:
    name: str
    type: str
    array: bool
    required: bool | None  # None: the table has no 必选 column
    line: int
    description: str = ""  # the description lines joined with "\n"

    @property
    def nullable(self) -> bool:
        return "可能返回 null" in self.description

    @property
    def example(self) -> str | None:
        m = re.search(r"示例值：(.*)", self.description, re.S)
        return m.group(1).strip() if m else None


@dataclass
class ActionDoc:
    name: str
    line: int
    rate_limit: int | None = None
    inputs: list[Row] = field(default_factory=list)
    outputs: list[Row] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    examples: int = 0


@dataclass
class StructDoc:
    name: str
    line: int
    has_required: bool = False
    fields: list[Row] = field(default_factory=list)
    used_by: list[str] = field(default_factory=list)  # the actions named after 被如下接口引用：


@dataclass
class Manual:
    actions: dict[str, ActionDoc]  # the API 3.0 action pages
    structures: dict[str, StructDoc]
    overview: dict[str, tuple[int, str]]  # action -> (rate limit, 接口功能) from the API 概览 tables
    suspects: list[tuple[int, str]]  # lines that start like a row but whose type cell is not recognised


def _type_at(tokens: list[str], k: int, structs: set[str]) -> tuple[str, bool, int] | None:
    """(type, array, next index) when tokens[k:] begin with a type cell."""
    array = False
    if tokens[k : k + 2] == ["Array", "of"]:
        array, k = True, k + 2
    if k >= len(tokens):
        return None
    word = tokens[k]
    if word == "Timestamp" and tokens[k + 1 : k + 2] == ["ISO8601"]:
        return "Timestamp ISO8601", array, k + 2
    if word in PRIMITIVES:
        return PRIMITIVES[word], array, k + 1
    if word in structs or (array and STRUCT_NAME.match(word)):
        return word, array, k + 1
    return None


def _cells(tokens: list[str], layout: tuple[str, ...], structs: set[str]) -> tuple[str, bool, bool | None, int] | str:
    """Parse the cells after the name: (type, array, required, next index), "more" if the tokens end inside a cell,
    or "no" when they are not cells of this layout."""
    k, typ, array, req = 0, "", False, None
    for col in layout:
        if k >= len(tokens):
            return "more"
        if col == "req":
            if tokens[k] not in ("是", "否"):
                return "no"
            req, k = tokens[k] == "是", k + 1
        else:
            got = _type_at(tokens, k, structs)
            if got is None:
                return "more" if tokens[k:] in (["Array"], ["Array", "of"]) else "no"
            typ, array, k = got
    return typ, array, req, k


def _row_at(lines: list[Line], i: int, layout: tuple[str, ...], structs: set[str]) -> tuple[Row, int, str] | None:
    """The row starting at lines[i], its cells possibly wrapped over the next lines:
    (row, index of the line after the cells, the text after the cells on their last line)."""
    words = lines[i].text.split()
    if not NAME.match(words[0]):
        return None
    tokens, j = words[1:], i + 1
    cell_words = {"Array", "of", "是", "否", "ISO8601", *PRIMITIVES, *structs}
    got = _cells(tokens, layout, structs)
    # a cell wrapped onto the next lines: pull lines made only of cell words until the cells are complete
    while got == "more" and j < len(lines) and j <= i + 4:
        nxt = lines[j].text.split()
        # only cell words, or the element type after `Array of` (even a structure the manual does not define)
        if not (
            set(nxt) <= cell_words or (tokens[-2:] == ["Array", "of"] and len(nxt) == 1 and STRUCT_NAME.match(nxt[0]))
        ):
            break
        tokens += nxt
        j += 1
        got = _cells(tokens, layout, structs)
    if isinstance(got, str):
        return None
    typ, array, req, k = got
    name = words[0]
    if name.endswith(".N"):
        name, array = name[:-2], True
    row = Row(name, typ, array, req, lines[i].no)
    return row, j, " ".join(tokens[k:])


def parse_table(
    lines: list[Line], layout: tuple[str, ...], structs: set[str], suspects: list[tuple[int, str]]
) -> list[Row]:
    """The rows of one table (its body, after the header), with their descriptions."""
    body = [ln for ln in lines if ln.text not in HEADERS]  # the header repeated on each page
    rows: list[Row] = []
    desc: list[str] = []
    i = 0
    while i < len(body):
        got = _row_at(body, i, layout, structs)
        if got:
            if rows:
                rows[-1].description = "\n".join(desc)
            row, i, rest = got
            rows.append(row)
            desc = [rest] if rest else []
            continue
        words = body[i].text.split()
        if len(words) >= 2 and NAME.match(words[0]):
            cell = words[2] if len(words) > 2 and words[1] in ("是", "否") else words[1]
            if STRUCT_NAME.match(cell) and cell not in structs and cell not in PRIMITIVES and cell != "Array":
                suspects.append((body[i].no, body[i].text))
        desc.append(body[i].text)
        i += 1
    if rows:
        rows[-1].description = "\n".join(desc)
    return rows


def _table(block: list[Line], structs: set[str], suspects: list[tuple[int, str]]) -> tuple[list[Row], bool]:
    head = next((k for k, ln in enumerate(block) if ln.text in HEADERS), None)
    if head is None:
        return [], False
    layout = HEADERS[block[head].text]
    return parse_table(block[head + 1 :], layout, structs, suspects), "req" in layout


def read_manual(raw: str) -> Manual:
    lines = clean(raw)
    texts = [ln.text for ln in lines]

    # data structures: the name is the nearest bare identifier line above `被如下接口引用：`
    struct_starts: list[int] = []
    for i, t in enumerate(texts):
        if t.startswith("被如下接口引用"):
            j = i - 1
            while j > 0 and not STRUCT_NAME.match(texts[j]):
                j -= 1
            struct_starts.append(j)
    structs = {texts[j] for j in struct_starts}
    first_struct = struct_starts[0] if struct_starts else len(lines)
    end_structs = len(texts)
    if struct_starts:  # the common error-code page follows the last structure
        end_structs = next((i for i in range(struct_starts[-1], len(texts)) if texts[i] == "功能说明"), len(texts))

    suspects: list[tuple[int, str]] = []
    structures: dict[str, StructDoc] = {}
    for n, start in enumerate(struct_starts):
        stop = struct_starts[n + 1] if n + 1 < len(struct_starts) else end_structs
        sdoc = StructDoc(texts[start], lines[start].no)
        sdoc.fields, sdoc.has_required = _table(lines[start:stop], structs, suspects)
        ref = next(k for k in range(start, stop) if texts[k].startswith("被如下接口引用"))
        head = next((k for k in range(ref, stop) if texts[k] in HEADERS), ref + 1)  # the list may wrap
        sdoc.used_by = re.findall(r"[A-Z][A-Za-z0-9]+", " ".join(texts[ref:head]))
        structures[sdoc.name] = sdoc

    # API 3.0 action pages: between `1. 接口描述` lines, before the data-structure pages
    starts = [i for i in range(first_struct) if texts[i] == "1. 接口描述"]
    actions: dict[str, ActionDoc] = {}
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else first_struct
        block, bt = lines[start:stop], texts[start:stop]
        m = next((re.search(r"本接口取值：([A-Za-z0-9]+)", t) for t in bt if t.startswith("Action ")), None)
        if not m:
            continue
        adoc = ActionDoc(m.group(1), block[0].no)
        sec: dict[str, int] = {}
        for k, t in enumerate(bt):
            if t in SECTIONS and t not in sec:
                sec[t] = k

        def at(key: str, sec: dict[str, int] = sec, end: int = len(bt)) -> int:
            return sec.get(key, end)

        for t in bt[: at("2. 输入参数")]:
            r = re.search(r"默认接口请求频率限制：\s*(\d+)\s*次/秒", t)
            if r:
                adoc.rate_limit = int(r.group(1))
        rows, _ = _table(block[at("2. 输入参数") : at("3. 输出参数")], structs, suspects)
        # the common parameters Action / Version / Region are not the action's own inputs
        adoc.inputs = [
            r for r in rows if not (r.name in ("Action", "Version", "Region") and r.description.startswith("公共参数"))
        ]
        adoc.outputs, _ = _table(block[at("3. 输出参数") : at("4. 示例")], structs, suspects)
        adoc.examples = sum(1 for t in bt[at("4. 示例") : at("5. 开发者资源")] if re.match(r"^示例\d+(\s|$)", t))
        for t in bt[at("6. 错误码") + 1 :]:
            code = t.split()[0]
            if ("." in code or code in COMMON_CATEGORIES) and ERROR_CODE.match(code):
                adoc.errors.append(code)
        actions[adoc.name] = adoc

    # API 概览: `Name 接口功能 N` rows under `接口名称 接口功能 频率限制（次/秒）`, up to the next chapter (调用方式)
    overview: dict[str, tuple[int, str]] = {}
    first = next((i for i, t in enumerate(texts) if t == "接口名称 接口功能 频率限制（次/秒）"), None)
    if first is not None:
        for t in texts[first:]:
            if t in ("调用方式", "1. 服务地址"):
                break
            r = re.match(r"^([A-Z][A-Za-z0-9]+)\s+(.*?)\s+(\d+)$", t)
            if r:
                overview[r.group(1)] = (int(r.group(3)), r.group(2))
    return Manual(actions, structures, overview, suspects)


# ---------------------------------------------------------------------------------------------------------------------
# comparison


@dataclass
class Mismatch:
    where: str  # "Action input", "Action output" or "structure Name"
    field: str
    what: str  # missing / extra / type / array / required / ...
    expected: object  # as the manual says
    found: object  # as the spec holds
    line: int | None = None  # in the manual


@dataclass
class Figures:
    kind: str
    rows: int = 0  # rows found by this pass
    present: int = 0  # of them, present in the spec by name
    right_type: int = 0
    right_array: int = 0
    required_rows: int = 0  # rows from a table with a 必选 column
    right_required: int = 0
    correct: int = 0  # present with right type, array-ness and (where there is a column) required flag
    extra: int = 0  # fields the spec holds that the manual's table does not
    nullable_rows: int = 0
    right_nullable: int = 0  # rows whose "可能返回 null" note matches the spec's nullable flag
    example_rows: int = 0  # rows with 示例值
    right_example: int = 0  # ... equal to the spec's example (whitespace ignored)
    right_description: int = 0  # description text (without the 示例值) equal to the spec's, whitespace ignored


@dataclass
class Report:
    pages: int
    overview: int
    actions_missing: list[tuple[str, str]]  # (action, reason): has a page, not in the spec
    overview_only: list[tuple[str, str, bool]]  # (action, 接口功能, in spec): in the API 概览 tables, no page
    spec_extra_actions: list[str]  # in the spec, neither page nor overview row (legacy actions are listed apart)
    legacy_in_spec: int
    structures: int
    structures_missing: list[str]
    used_by: tuple[int, int]  # (structures, whose 被如下接口引用 actions are all in the spec's referenced_by)
    used_by_mismatches: list[tuple[str, list[str]]]  # (structure, actions the spec's referenced_by lacks)
    figures: dict[str, Figures]
    mismatches: list[Mismatch]
    rate_limits: tuple[int, int, int]  # (pages stating one, equal in spec, equal to the overview table)
    rate_mismatches: list[tuple[str, int | None, object, object]]  # (action, page, spec, overview)
    error_lists: tuple[int, int, int]  # (actions, codes, actions whose list equals the spec's)
    error_mismatches: list[tuple[str, list[str], list[str]]]  # (action, only in manual, only in spec)
    examples: tuple[int, int, int]  # (examples in the manual, in the spec for those actions, actions equal)
    example_mismatches: list[tuple[str, int, int]]
    unresolved_types: list[tuple[str, str, str]]  # (where, field, type) types the spec does not define
    legacy_raw_types: list[tuple[str, str, str]]  # the same in legacy (2.0) actions, which this pass does not read
    suspects: list[tuple[int, str]]

    @property
    def params(self) -> Figures:
        total = Figures("all")
        for f in self.figures.values():
            for k, v in asdict(f).items():
                if k != "kind":
                    setattr(total, k, getattr(total, k) + v)
        return total

    @property
    def correctness(self) -> float:
        p = self.params
        return 100.0 * p.correct / p.rows if p.rows else 0.0


def _norm(value: object) -> str:
    return re.sub(r"\s+", "", str(value))


def _diff(a: str, b: str) -> tuple[str, str]:
    """The differing middle parts of two strings, with a little context."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    lo = max(p - 8, 0)
    return "…" * (lo > 0) + a[lo : len(a) - q], "…" * (lo > 0) + b[lo : len(b) - q]


def _compare(
    where: str, rows: list[Row], spec_fields: list[dict[str, Any]], figs: Figures, out: list[Mismatch]
) -> None:
    by_name = {f["name"]: f for f in spec_fields}
    for r in rows:
        figs.rows += 1
        if r.required is not None:
            figs.required_rows += 1
        if r.nullable:
            figs.nullable_rows += 1
        ex = r.example
        if ex is not None:
            figs.example_rows += 1
        f = by_name.get(r.name)
        if f is None:
            out.append(Mismatch(where, r.name, "missing", f"{'Array of ' if r.array else ''}{r.type}", None, r.line))
            continue
        figs.present += 1
        ok = True
        if f.get("type") == r.type:
            figs.right_type += 1
        else:
            ok = False
            out.append(Mismatch(where, r.name, "type", r.type, f.get("type"), r.line))
        if bool(f.get("array")) == r.array:
            figs.right_array += 1
        else:
            ok = False
            out.append(Mismatch(where, r.name, "array", r.array, f.get("array"), r.line))
        if r.required is not None:
            if bool(f.get("required")) == r.required:
                figs.right_required += 1
            else:
                ok = False
                out.append(Mismatch(where, r.name, "required", r.required, f.get("required"), r.line))
        figs.correct += ok
        if bool(f.get("nullable")) == r.nullable:
            figs.right_nullable += 1
        else:
            out.append(Mismatch(where, r.name, "nullable (info)", r.nullable, f.get("nullable"), r.line))
        mine, theirs = _norm(re.sub(r"示例值：.*", "", r.description, flags=re.S)), _norm(f.get("description", ""))
        if mine == theirs:
            figs.right_description += 1
        else:
            out.append(Mismatch(where, r.name, "description (info)", *_diff(mine, theirs), r.line))
        if ex is not None:
            if _norm(f.get("example")) == _norm(ex):
                figs.right_example += 1
            else:
                out.append(Mismatch(where, r.name, "example (info)", ex, f.get("example"), r.line))
    names = {r.name for r in rows}
    for f in spec_fields:
        if f["name"] not in names:
            figs.extra += 1
            out.append(Mismatch(where, f["name"], "extra", None, f.get("type")))


def measure(spec: dict[str, Any], raw: str) -> Report:
    man = read_manual(raw)
    sa, ss = spec.get("actions", {}), spec.get("structures", {})
    figures = {k: Figures(k) for k in ("input", "output", "structure")}
    mismatches: list[Mismatch] = []

    missing = [(a, f"page at line {d.line} not in the spec") for a, d in man.actions.items() if a not in sa]
    overview_only = [(a, what, a in sa) for a, (_, what) in man.overview.items() if a not in man.actions]
    legacy = [a for a, v in sa.items() if v.get("legacy")]
    extra_actions = [a for a in sa if a not in man.actions and a not in man.overview and a not in legacy]

    rate_ok = rate_ov = rated = 0
    rate_bad: list[tuple[str, int | None, object, object]] = []
    err_ok = codes = 0
    err_bad: list[tuple[str, list[str], list[str]]] = []
    ex_doc = ex_spec = ex_ok = 0
    ex_bad: list[tuple[str, int, int]] = []
    for a, d in man.actions.items():
        s = sa.get(a)
        if s is None:
            continue
        _compare(f"{a} input", d.inputs, s.get("input", []), figures["input"], mismatches)
        _compare(f"{a} output", d.outputs, s.get("output", []), figures["output"], mismatches)
        ov = man.overview.get(a, (None, ""))[0]
        if d.rate_limit is not None:
            rated += 1
            rate_ok += s.get("rate_limit") == d.rate_limit
            rate_ov += ov == d.rate_limit
        if s.get("rate_limit") != d.rate_limit or ov != d.rate_limit:
            rate_bad.append((a, d.rate_limit, s.get("rate_limit"), ov))
        codes += len(d.errors)
        mine, theirs = set(d.errors), set(s.get("errors", []))
        if mine == theirs:
            err_ok += 1
        else:
            err_bad.append((a, sorted(mine - theirs), sorted(theirs - mine)))
        n = len(s.get("examples", []))
        ex_doc, ex_spec = ex_doc + d.examples, ex_spec + n
        if n == d.examples:
            ex_ok += 1
        else:
            ex_bad.append((a, d.examples, n))

    used_ok = 0
    used_bad: list[tuple[str, list[str]]] = []
    for name, sd in man.structures.items():
        s = ss.get(name)
        if s is None:
            continue
        lacking = [a for a in sd.used_by if a not in s.get("referenced_by", [])]
        if lacking:
            used_bad.append((name, lacking))
        else:
            used_ok += 1
        _compare(f"structure {name}", sd.fields, s.get("fields", []), figures["structure"], mismatches)

    known = set(ss) | {"String", "Integer", "Float", "Boolean", "Timestamp", "Timestamp ISO8601", "Binary", "Object"}
    unresolved = []
    for a, s in sa.items():
        if s.get("legacy"):
            continue
        for kind in ("input", "output"):
            unresolved += [(f"{a} {kind}", f["name"], f["type"]) for f in s.get(kind, []) if f["type"] not in known]
    for name, s in ss.items():
        unresolved += [
            (f"structure {name}", f["name"], f["type"]) for f in s.get("fields", []) if f["type"] not in known
        ]

    return Report(
        pages=len(man.actions),
        overview=len(man.overview),
        actions_missing=missing,
        overview_only=overview_only,
        spec_extra_actions=extra_actions,
        legacy_in_spec=len(legacy),
        structures=len(man.structures),
        structures_missing=[n for n in man.structures if n not in ss],
        used_by=(len(man.structures), used_ok),
        used_by_mismatches=used_bad,
        figures=figures,
        mismatches=mismatches,
        rate_limits=(rated, rate_ok, rate_ov),
        rate_mismatches=rate_bad,
        error_lists=(len(man.actions), codes, err_ok),
        error_mismatches=err_bad,
        examples=(ex_doc, ex_spec, ex_ok),
        example_mismatches=ex_bad,
        unresolved_types=unresolved,
        legacy_raw_types=[
            (a, f["name"], f["type"])
            for a, s in sa.items()
            if s.get("legacy")
            for kind in ("input", "output")
            for f in s.get(kind, [])
            if f["type"] not in known
        ],
        suspects=man.suspects,
    )


# ---------------------------------------------------------------------------------------------------------------------
# report


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:6.2f}%" if b else "     -"


def render(rep: Report, show: int) -> str:
    out: list[str] = []
    w = out.append
    w("Cloud Live manual (seed 004) vs spec -- independent line-based pass")
    w("")
    w(f"actions: {rep.pages} API 3.0 pages, {rep.overview} rows in the API 概览 tables")
    w(f"  pages missing from the spec: {len(rep.actions_missing)}")
    for a, why in rep.actions_missing:
        w(f"    {a}: {why}")
    w(f"  in the overview tables only (no page in the manual): {len(rep.overview_only)}")
    for a, what, present in rep.overview_only:
        w(f"    {a:<30} {'in spec' if present else 'NOT in spec'}  -- 概览: {what}")
    w(
        f"  spec actions from neither: {rep.spec_extra_actions or 'none'}; legacy actions in the spec: {rep.legacy_in_spec}"
    )
    w(
        f"structures: {rep.structures} in the manual, missing from the spec: {rep.structures_missing or 'none'}; "
        f"with every 被如下接口引用 action in the spec's referenced_by: {rep.used_by[1]}/{rep.used_by[0]}"
    )
    for name, lacking in rep.used_by_mismatches[:show]:
        w(f"    {name}: referenced_by lacks {lacking}")
    w("")
    head = f"{'table':<10} {'rows':>5} {'in spec':>8} {'type':>8} {'array':>8} {'required':>14} {'correct':>8} {'extra':>6}"
    w(head)
    w("-" * len(head))
    for f in [*rep.figures.values(), rep.params]:
        req = f"{f.right_required}/{f.required_rows}" if f.required_rows else "n/a"
        w(
            f"{f.kind:<10} {f.rows:>5} {f.present:>8} {_pct(f.right_type, f.present):>8} "
            f"{_pct(f.right_array, f.present):>8} {req:>14} {_pct(f.correct, f.rows):>8} {f.extra:>6}"
        )
    p = rep.params
    w("")
    w(
        f"parameter correctness (present, right type, array-ness, required): {p.correct}/{p.rows} = {rep.correctness:.2f}%"
    )
    w(
        f"nullable notes ('可能返回 null') matching the spec's flag: {p.right_nullable}/{p.present} (rows with the note: "
        f"{p.nullable_rows})"
    )
    w(f"示例值 equal to the spec's example: {p.right_example}/{p.example_rows}")
    w(f"descriptions equal to the spec's (whitespace ignored): {p.right_description}/{p.present}")
    rated, rate_ok, rate_ov = rep.rate_limits
    w(f"rate limits: {rated} pages state one; equal in spec {rate_ok}; equal to the 概览 table {rate_ov}")
    n, codes, ok = rep.error_lists
    w(f"error codes: {codes} codes listed on {n} pages; actions whose list equals the spec's: {ok}/{n}")
    ex_doc, ex_spec, ex_ok = rep.examples
    w(f"examples: {ex_doc} in the manual, {ex_spec} in the spec for those actions; actions with equal counts {ex_ok}")
    w(f"types the spec does not define (3.0 actions and structures): {len(rep.unresolved_types)}")
    for t in rep.unresolved_types[:show]:
        w(f"    {t[0]}.{t[1]}: {t[2]}")
    raw = sorted({t[2] for t in rep.legacy_raw_types})
    w(f"legacy (2.0) fields whose type is not a normalised type: {len(rep.legacy_raw_types)} -- {', '.join(raw)}")

    gating = [m for m in rep.mismatches if "(info)" not in m.what]
    info = [m for m in rep.mismatches if "(info)" in m.what]
    for title, found in (("parameter mismatches", gating), ("informational mismatches", info)):
        w("")
        w(f"{title}: {len(found)}")
        for m in found[:show]:
            line = f" (manual line {m.line})" if m.line else ""
            w(f"    {m.where}.{m.field}: {m.what}: manual {m.expected!r}, spec {m.found!r}{line}")
        if len(found) > show:
            w(f"    ... {len(found) - show} more (--show)")
    lists: tuple[tuple[str, Sequence[object]], ...] = (
        ("rate-limit mismatches (action, page, spec, 概览)", rep.rate_mismatches),
        ("error-list mismatches (action, only in manual, only in spec)", rep.error_mismatches),
        ("example-count mismatches (action, manual, spec)", rep.example_mismatches),
        ("unrecognised row-like lines (check by hand)", rep.suspects),
    )
    for title, items in lists:
        w("")
        w(f"{title}: {len(items)}")
        for it in items[:show]:
            w(f"    {it}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--spec", type=Path, default=SPEC)
    ap.add_argument("--manual", type=Path, default=MANUAL)
    ap.add_argument("--min", type=float, default=99.0, help="minimum parameter correctness in percent")
    ap.add_argument("--show", type=int, default=50, help="mismatches listed per kind")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    rep = measure(json.loads(args.spec.read_text("utf-8")), args.manual.read_text("utf-8"))
    if args.json:
        data = asdict(rep)
        data["correctness"] = rep.correctness
        print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    else:
        print(render(rep, args.show))
    failed = rep.correctness < args.min or bool(rep.actions_missing)
    if failed:
        print(
            f"\nFAIL: correctness {rep.correctness:.2f}% (min {args.min}%), {len(rep.actions_missing)} actions missing"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
