"""Completeness of the parser on the shared corpus (../shared/corpus), as Markdown and as HTML pages in site chrome.

    python benchmarks/bench_corpus_completeness.py [--corpus DIR] [--html DIR] [--min 0.98] [--show 40] [--json]

An independent check: the parameter rows each page holds are counted by a simple line-based pass over the raw
Markdown (pipe tables and the HTML tables legacy pages embed), NOT by codegen.ingest or codegen.parse:

  1. a section starts at a heading-like line (`## …`, `**…**`, `N. …`, `<h2>`); its title says whether the tables
     under it are inputs (输入/请求/input/request) or outputs (输出/返回/响应/output/response/return), and a table's own
     label line (`输出参数如下` right above it) wins over the section;
  2. a parameter table is one whose header has a name column and a type column (any order, English or Chinese);
     its rows are the following lines that start with `|` (cells split on `|`; a line that does not start with `|`
     continues the row above) or the `<tr>` elements of an HTML table;
  3. a row's first name-column cell that looks like a parameter name is a parameter; `Action`/`Version` (and
     `Region` or any row described as a common parameter) of an input table are common parameters and not counted.

Each row is then looked up in the spec the parser makes of that page (its inputs, or its outputs and the fields of
the structures they nest), by name: the row is "read" when a field of that name has the type, array-ness and (for
inputs) the required flag the row states. Every row not read is listed with the reason. Exit 1 when a page fails
to parse or the share of rows read is below --min.

`measure()` is importable; tests/test_corpus_completeness.py runs it.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
HTML_FIXTURES = ROOT / "tests" / "fixtures" / "html"

# ---------------------------------------------------------------------------------------------------------------------
# 1. rows, read off the raw text

_NAME_HEADER = re.compile(r"参数|名称|^名$|字段|name|parameter|param|field", re.I)
_TYPE_HEADER = re.compile(r"类型|type", re.I)
_REQUIRED_HEADER = re.compile(r"必选|必填|必须|必需|required|mandatory", re.I)
_DESCRIPTION_HEADER = re.compile(r"描述|说明|description|remark|备注|含义", re.I)
_INPUT_TITLE = re.compile(r"输入|请求参数|input|request param", re.I)
_OUTPUT_TITLE = re.compile(r"输出|返回|响应|output|response|return", re.I)
_OTHER_TITLE = re.compile(r"示例|example|sample|错误|error|案例", re.I)
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+|\*\*\s*\d|\d+\s*[.、]\s*\S|<h[1-6])")
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.(?:[A-Za-z0-9_]+|N|n))*$")
_COMMON = re.compile(r"公共参数|common param|系统规定参数", re.I)
_REGION_COMMON = re.compile(r"地域|region|不需要传|not required|optional for this api", re.I)
_YES = {"是", "yes", "y", "true", "必选", "必填", "required", "mandatory"}
_NO = {"否", "no", "n", "false", "可选", "选填", "optional"}

_PRIMITIVES = {
    "string": "String",
    "strings": "String",
    "str": "String",
    "integer": "Integer",
    "integers": "Integer",
    "int": "Integer",
    "int64": "Integer",
    "uint64": "Integer",
    "int32": "Integer",
    "uint32": "Integer",
    "uinteger": "Integer",
    "uint": "Integer",
    "long": "Integer",
    "整型": "Integer",
    "整数": "Integer",
    "float": "Float",
    "double": "Float",
    "number": "Float",
    "boolean": "Boolean",
    "bool": "Boolean",
    "timestamp": "Timestamp",
    "timestamp iso8601": "Timestamp ISO8601",
    "object": "Object",
    "json": "Object",
    "字符串": "String",
    "date": "String",
    "datetime": "Timestamp",
}


@dataclass(frozen=True)
class RowFact:
    section: str  # "input" or "output"
    name: str
    type: str
    array: bool
    required: bool | None  # None where the table has no required column
    line: int


def _plain(cell: str) -> str:
    """Cell text without markup: HTML tags, Markdown emphasis, code ticks, links."""
    cell = re.sub(r"<[^>]+>", " ", cell)
    cell = html.unescape(cell)
    cell = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", cell)
    cell = cell.replace("\\", "")
    return re.sub(r"\s+", " ", cell.replace("`", "").replace("*", "")).strip()


def _type_of(cell: str, name: str) -> tuple[str, bool]:
    text = _plain(cell)
    array = name.endswith((".N", ".n"))
    m = re.match(r"^(?:array|list)\s*(?:of\s+|\(\s*)(.+?)\s*\)?(?:\s+objects?)?$", text, re.I)
    if m:
        array, text = True, m.group(1)
    elif text.lower() in ("array", "数组"):
        array, text = True, "Object"
    return _PRIMITIVES.get(text.lower(), text), array


def _columns(header: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for i, cell in enumerate(_plain(c) for c in header):
        for key, pattern in (
            ("required", _REQUIRED_HEADER),
            ("type", _TYPE_HEADER),
            ("name", _NAME_HEADER),
            ("description", _DESCRIPTION_HEADER),
        ):
            if key not in found and pattern.search(cell):
                found[key] = i
                break
    return found if "name" in found and "type" in found else None


def _section_of(title: str) -> str:
    if _OTHER_TITLE.search(title) and not re.search(r"参数|parameter", title, re.I):
        return "other"
    if _INPUT_TITLE.search(title):
        return "input"
    if _OUTPUT_TITLE.search(title):
        return "output"
    return "other"


def _pipe_cells(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") else body
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def _html_rows(text: str) -> list[tuple[list[str], int]]:
    """The <tr> rows of one HTML table: their cells (raw) and the line each row starts on (relative)."""
    rows: list[tuple[list[str], int]] = []
    for m in re.finditer(r"<tr\b[^>]*>(.*?)(?=<tr\b|</table>|$)", text, re.S | re.I):
        cells = re.findall(r"<t[dh]\b[^>]*>(.*?)(?=<t[dh]\b|</tr>|$)", m.group(1), re.S | re.I)
        if cells:
            rows.append((cells, text.count("\n", 0, m.start())))
    return rows


def _rows_of_table(header: list[str], body: list[tuple[list[str], int]], section: str) -> list[RowFact]:
    columns = _columns(header)
    if columns is None:
        return []
    facts: list[RowFact] = []
    for cells, line in body:
        cols = columns
        name = _plain(cells[cols["name"]]) if cols["name"] < len(cells) else ""
        if not _PARAM_NAME.match(name):
            continue
        description = _plain(" ".join(cells[cols["description"] :])) if "description" in cols else ""
        description = description if cols.get("description", 0) < len(cells) else ""
        if section == "input" and (
            name in ("Action", "Version")
            or (name == "Region" and _REGION_COMMON.search(description))
            or _COMMON.match(description)
        ):
            continue
        required_at = cols.get("required")
        flag = _plain(cells[required_at]) if required_at is not None and required_at < len(cells) else ""
        short = sum(1 for c in cells if _plain(c)) < len(header)
        if short and flag and flag.lower() not in _YES | _NO and required_at is not None and required_at < cols["type"]:
            cells = cells[:required_at] + [""] + cells[required_at:]  # the row lacks its required cell
            cols = {**cols, "required": -1}
        type_cell = cells[cols["type"]] if cols["type"] < len(cells) else ""
        type_, array = _type_of(type_cell, name)
        required: bool | None = None
        if section == "input" and cols.get("required", -1) >= 0 and cols["required"] < len(cells):
            required = _plain(cells[cols["required"]]).lower() in _YES
        bare = name[:-2] if name.endswith((".N", ".n")) else name
        facts.append(RowFact(section, bare, type_, array, required, line))
    return facts


def read_rows(text: str) -> list[RowFact]:
    """Every parameter row of a Markdown page, with the section it belongs to."""
    lines = text.replace("\r\n", "\n").split("\n")
    facts: list[RowFact] = []
    section = "other"
    label = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if _HEADING.match(stripped) and "|" not in stripped:
            section = _section_of(_plain(stripped))
            label = ""
            i += 1
            continue
        if "<table" in stripped.lower():
            j = i
            while j < len(lines) and "</table>" not in lines[j].lower():
                j += 1
            chunk = "\n".join(lines[i : j + 1])
            rows = _html_rows(chunk)
            if rows:
                header = rows[0][0]
                body = [(cells, i + 1 + offset) for cells, offset in rows[1:]]
                facts.extend(
                    _rows_of_table(header, body, _section_of(label) if _section_of(label) != "other" else section)
                )
            i = j + 1
            continue
        is_separator = i + 1 < len(lines) and re.match(r"^\s*\|?\s*:?-{3,}", lines[i + 1])
        if "|" in stripped and is_separator:
            header = _pipe_cells(stripped)
            body: list[tuple[list[str], int]] = []
            j = i + 2
            while j < len(lines) and lines[j].strip():
                row = lines[j].strip()
                if row.startswith("|"):
                    body.append((_pipe_cells(row.lstrip("|").join(["|", ""]) if row.startswith("||") else row), j + 1))
                elif body:
                    previous, at = body[-1]
                    more = _pipe_cells(row)
                    body[-1] = (previous[:-1] + [previous[-1] + " " + more[0]] + more[1:], at)
                j += 1
            own = _section_of(label)
            facts.extend(_rows_of_table(header, body, own if own != "other" else section))
            i = j
            continue
        if stripped:
            label = _plain(stripped) if len(stripped) < 60 else ""
        i += 1
    return facts


# ---------------------------------------------------------------------------------------------------------------------
# 2. the spec's fields, compared


@dataclass(frozen=True)
class Missed:
    page: str
    form: str
    section: str
    name: str
    line: int
    reason: str


@dataclass
class PageResult:
    page: str
    form: str  # "markdown" or "html"
    language: str
    parsed: bool
    rows: int = 0
    read: int = 0
    error: str = ""
    missed: list[Missed] = field(default_factory=list)


def _spec_fields(spec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Fields by section: the actions' inputs, and their outputs with every structure's fields (nested rows)."""
    found: dict[str, list[dict[str, Any]]] = {"input": [], "output": []}
    for action in spec["actions"].values():
        found["input"].extend(action["input"])
        found["output"].extend(action["output"])
    for structure in spec.get("structures", {}).values():
        for key in ("input", "output"):
            found[key].extend(structure.get("fields", []))
    return found


def compare(page: str, form: str, language: str, rows: list[RowFact], spec: dict[str, Any]) -> PageResult:
    fields = _spec_fields(spec)
    result = PageResult(page, form, language, parsed=True, rows=len(rows))
    used: Counter[tuple[str, int]] = Counter()
    for row in rows:
        leaf = row.name.split(".")[-1]
        candidates = [f for f in fields[row.section] if f["name"].split(".")[-1] == leaf]
        reason = "not in the spec" if not candidates else ""
        for index, candidate in enumerate(candidates):
            problems = []
            nested = row.type == "Object" and candidate["type"] in spec.get("structures", {})
            if candidate["type"] != row.type and not nested:
                problems.append(f"type {candidate['type']!r}, the page says {row.type!r}")
            if candidate["array"] != row.array:
                problems.append(f"array {candidate['array']}, the page says {row.array}")
            if row.required is not None and candidate.get("required") != row.required:
                problems.append(f"required {candidate.get('required')}, the page says {row.required}")
            if not problems:
                reason = ""
                used[(row.name, index)] += 1
                break
            reason = reason or "; ".join(problems)
        if reason:
            result.missed.append(Missed(page, form, row.section, row.name, row.line, reason))
        else:
            result.read += 1
    return result


def _parse(path: Path) -> dict[str, Any]:
    from codegen.ingest import read_document
    from codegen.parse import parse_document
    from codegen.spec.io import spec_to_dict

    return spec_to_dict(parse_document(read_document(path)))


def _manifest(corpus: Path) -> dict[str, dict[str, str]]:
    lines = (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    keys = lines[0].split("\t")
    return {row.split("\t")[0]: dict(zip(keys, row.split("\t"))) for row in lines[1:] if row.strip()}


def measure(corpus: Path = CORPUS, html_dir: Path | None = HTML_FIXTURES) -> list[PageResult]:
    """Per page and form, the rows the page holds and what the parser read of them."""
    results: list[PageResult] = []
    manifest = _manifest(corpus)
    for name in sorted(manifest):
        path = corpus / name
        rows = read_rows(path.read_text(encoding="utf-8-sig"))
        language = manifest[name].get("language", "")
        forms = [("markdown", path)]
        if html_dir is not None:
            forms.append(("html", html_dir / (path.stem + ".html")))
        for form, source in forms:
            try:
                spec = _parse(source)
            except Exception as exc:  # a page that fails is a result, not a crash of the benchmark
                results.append(PageResult(name, form, language, False, len(rows), 0, f"{type(exc).__name__}: {exc}"))
                continue
            results.append(compare(name, form, language, rows, spec))
    return results


def totals(results: list[PageResult], **where: str) -> tuple[int, int, int, int]:
    """(pages parsed, pages, rows read, rows) over the results matching `where` (form=…, language=…)."""
    chosen = [r for r in results if all(getattr(r, k) == v for k, v in where.items())]
    return (
        sum(r.parsed for r in chosen),
        len(chosen),
        sum(r.read for r in chosen),
        sum(r.rows for r in chosen),
    )


def render(results: list[PageResult], show: int) -> str:
    out = [f"{'page':60} {'form':8} {'parsed':6} {'read/rows':>10}"]
    for r in results:
        out.append(f"{r.page:60} {r.form:8} {'yes' if r.parsed else 'NO':6} {r.read:>4}/{r.rows:<5} {r.error[:80]}")
    out.append("")
    for form in ("markdown", "html"):
        for language in ("en", "zh"):
            parsed, pages, read, rows = totals(results, form=form, language=language)
            if pages:
                out.append(
                    f"{form:8} {language}: pages parsed {parsed}/{pages}, rows read {read}/{rows} ({read / max(rows, 1):.4f})"
                )
        parsed, pages, read, rows = totals(results, form=form)
        if pages:
            out.append(
                f"{form:8} all: pages parsed {parsed}/{pages}, rows read {read}/{rows} ({read / max(rows, 1):.4f})"
            )
    missed = [m for r in results for m in r.missed]
    if missed:
        out.append(f"\nrows not read ({len(missed)}):")
        for m in missed[:show]:
            out.append(f"  {m.page}:{m.line} [{m.form}] {m.section} {m.name}: {m.reason}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--html", type=Path, default=HTML_FIXTURES, help="HTML renderings of the pages ('' for none)")
    parser.add_argument("--min", type=float, default=0.98, help="least share of rows read (default 0.98)")
    parser.add_argument("--show", type=int, default=40, help="how many rows not read to list")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    html_dir = args.html if args.html and str(args.html) else None
    results = measure(args.corpus, html_dir)
    if args.json:
        print(json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1))
    else:
        print(render(results, args.show))
    parsed, pages, read, rows = totals(results)
    return 0 if parsed == pages and read >= args.min * rows else 1


if __name__ == "__main__":
    sys.exit(main())
