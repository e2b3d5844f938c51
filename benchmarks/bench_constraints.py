"""Constraint precision: does every constraint the specs emit hold up against its own sentence and the examples?

    python benchmarks/bench_constraints.py [--specs spec] [--corpus ../shared/corpus] [--show 100] [--json]

An independent check: it does NOT import the parser's constraint code (codegen.parse.constraints,
codegen.parse.constraint_review). It reads the committed specs (spec/*.json) and, for every page of the corpus, the
spec that `codegen.parse.parse_document` makes of it alone (`spec_to_dict`), then checks each emitted constraint
(enum, minimum, maximum, max_length, format, default, deprecated) with its own rules:

  evidence      the constraint's value is written in its evidence sentences (a number as written, '3,600' too; every
                listed value; a format named by 'ISO 8601' / 'UTC' / its pattern; deprecation by its word), and each
                evidence sentence is part of the field's description;
  unconditional the evidence sentence stating the value states no case (当…时, 如果, 若, if, when, only, 仅…);
                for a default, 'if not specified' / '不填' is its own case and does not count;
  notes         the evidence is not a numbered note ('Note 1:', '说明1：');
  open          no value list beside words that admit other values ('>0：', '大于', '其他值', 'any other', 'or more');
  case          no value list for a parameter the text says is not case sensitive;
  empty         a String value list includes "" when the text accepts an empty string (and does not forbid one);
  range         minimum <= maximum, listed values inside the range, the default inside the values and the range;
  examples      every documented value of the field meets it: its 示例值 / Example value, and its value in every
                request and response example (values of another JSON type are a type question, not counted here).

A constraint failing any rule is a suspect; precision = 1 - suspects / constraints, per kind and in total. Every suspect
is listed with its reasons. Exit status 0 (a measurement, not a gate).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("enum", "minimum", "maximum", "max_length", "format", "default", "deprecated")

CONDITION = re.compile(
    r"当[^，,。；;]*时|如果|若(?!干)|仅当|仅在|只在|(?<![同实及随暂临按定小])时[，,]|\bif\b|\bwhen\b|\bunless\b|"
    r"\bonly (?:for|if|when)\b",
    re.I,
)
ABSENT = re.compile(
    r"不填|不传|未填|未传|不指定|未指定|为空时|if (?:it is |this \w+ is )?(?:not (?:specified|passed|set)|left empty|omitted)",
    re.I,
)
NOTE = re.compile(r"(?:note|说明|注意|备注|注)\s*\d+\s*[:：]", re.I)
OPEN = re.compile(
    r"(?:^|[\s，,；;。])(?:>|＞|≥)\s*-?\d+\s*[:：]|大于\s*-?\d+\s*[:：]|其他值|其它值|其余值|any other|or more",
    re.I | re.M,
)
CASE = re.compile(r"not case[- ]sensitive|case[- ]insensitive|不区分大小写", re.I)
EMPTY = re.compile(r"空字符串|空串|empty string")
NO_EMPTY = re.compile(
    r"(?:不能|不可|不允许|cannot|must not|can't)\s*(?:为|be)?\s*(?:空字符串|空串|an? empty string)", re.I
)
DEPRECATED = re.compile(r"废弃|弃用|不再使用|deprecated|no longer", re.I)
FORMAT_WORDS = {
    "date-time": re.compile(r"ISO|UTC|\d{4}-\d\d-\d\dT\d\d", re.I),
    "yyyy-mm-dd hh:mm:ss": re.compile(r"yyyy-mm-dd\s+hh:mm:ss", re.I),
    "date": re.compile(r"yyyy-mm-dd|date|日期", re.I),
}
FORMAT_SHAPES = {
    "date-time": re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?"),
    "date": re.compile(r"\d{4}-\d\d-\d\d"),
    "yyyy-mm-dd hh:mm:ss": re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"),
}
JSON_TYPES: dict[str, tuple[type, ...]] = {
    "String": (str,),
    "Timestamp": (str,),
    "Timestamp ISO8601": (str,),
    "Integer": (int,),
    "Float": (int, float),
    "Boolean": (bool,),
}


@dataclass
class Suspect:
    where: str
    field: str
    kind: str
    value: Any
    reasons: list[str]


@dataclass
class Measure:
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    suspect: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    suspects: list[Suspect] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def wording_only(self) -> int:
        """Suspects whose one fault is evidence that does not spell out every value (the value may still be right)."""
        return sum(all(r.startswith("evidence does not state") for r in s.reasons) for s in self.suspects)

    def precision(self, kind: str | None = None) -> float:
        total = sum(self.total.values()) if kind is None else self.total[kind]
        bad = sum(self.suspect.values()) if kind is None else self.suspect[kind]
        return 100.0 * (total - bad) / total if total else 100.0


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def written(value: Any, text: str) -> bool:
    """Is the value written in the text: a number as a number ('3600' also as '3,600'), a string as a token?"""
    if isinstance(value, bool):
        return str(value).lower() in text.lower()
    if isinstance(value, (int, float)):
        numbers = {float(n.replace(",", "")) for n in re.findall(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?", text)}
        numbers |= {float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", text)}
        return float(value) in numbers
    if value == "":
        return bool(EMPTY.search(text)) or '""' in text or "“”" in text
    return re.search(rf"(?<![A-Za-z0-9_]){re.escape(str(value))}(?![A-Za-z0-9_])", text) is not None


def typed(value: Any, type_: str) -> bool:
    expected = JSON_TYPES.get(type_)
    if expected is None:
        return False
    return isinstance(value, expected) and not (isinstance(value, bool) and bool not in expected)


def breaks(kind: str, stated: Any, value: Any) -> bool:
    if kind == "enum":
        return value not in stated
    if kind in ("minimum", "maximum") and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value < stated if kind == "minimum" else value > stated
    if kind == "max_length" and isinstance(value, str):
        return len(value) > stated
    if kind == "format" and isinstance(value, str) and stated in FORMAT_SHAPES:
        return FORMAT_SHAPES[stated].fullmatch(value) is None
    return False


def example_value(f: dict[str, Any]) -> Any:
    text = (f.get("example") or "").strip()
    if not text or f.get("array"):
        return None
    if f["type"] == "Integer":
        return int(text) if re.fullmatch(r"-?\d+", text) else None
    if f["type"] == "Float":
        return float(text) if re.fullmatch(r"-?\d+(?:\.\d+)?", text) else None
    return text if f["type"] in ("String", "Timestamp", "Timestamp ISO8601") else None


def walk(
    fields: list[dict[str, Any]], owner: str, data: Any, structures: dict[str, Any], depth: int = 0
) -> Iterator[tuple[str, str, Any]]:
    if not isinstance(data, dict) or depth > 20:
        return
    for f in fields:
        if f["name"] not in data:
            continue
        raw = data[f["name"]]
        items = raw if f.get("array") and isinstance(raw, list) else [raw]
        structure = structures.get(f["type"])
        for item in items:
            if structure is not None:
                yield from walk(structure.get("fields", []), f["type"], item, structures, depth + 1)
            elif typed(item, f["type"]):
                yield owner, f["name"], item


def documented(spec: dict[str, Any]) -> dict[tuple[str, str], list[Any]]:
    values: dict[tuple[str, str], list[Any]] = {}
    structures = spec.get("structures", {})
    for owner, fields, _ in owners(spec):
        for f in fields:
            if (v := example_value(f)) is not None:
                values.setdefault((owner, f["name"]), []).append(v)
    for name, action in spec.get("actions", {}).items():
        for example in action.get("examples", []):
            response = (example.get("response") or {}).get("Response", {})
            for owner, fname, v in [
                *walk(action.get("input", []), name, example.get("request") or {}, structures),
                *walk(action.get("output", []), name, response, structures),
            ]:
                values.setdefault((owner, fname), []).append(v)
    return values


def owners(spec: dict[str, Any]) -> Iterator[tuple[str, list[dict[str, Any]], str]]:
    for name, action in spec.get("actions", {}).items():
        source = action.get("source") or {}
        yield name, action.get("input", []) + action.get("output", []), f"{source.get('file')}:{source.get('line')}"
    for name, structure in spec.get("structures", {}).items():
        source = structure.get("source") or {}
        yield name, structure.get("fields", []), f"{source.get('file')}:{source.get('line')}"


def judge(kind: str, stated: Any, f: dict[str, Any], seen: list[Any]) -> list[str]:
    """Every rule the constraint breaks (empty: it holds up)."""
    c = f["constraints"]
    description = f.get("description", "")
    evidence = c.get("evidence", [])
    text = "\n".join(evidence)
    reasons: list[str] = []
    for sentence in evidence:
        if squash(sentence) not in squash(description):
            reasons.append(f"evidence is not from the description: {sentence!r}")
    if kind == "enum":
        missing = [v for v in stated if not written(v, text)]
        if missing:
            reasons.append(f"evidence does not state {missing}")
        if CASE.search(description):
            reasons.append("values for a parameter that is not case sensitive")
        if OPEN.search(description):
            reasons.append(f"the text admits other values ({OPEN.search(description).group(0).strip()!r})")  # type: ignore[union-attr]
        if (
            f["type"] == "String"
            and "" not in stated
            and EMPTY.search(description)
            and not NO_EMPTY.search(description)
        ):
            reasons.append('the text accepts an empty string, "" is not listed')
    elif kind == "format":
        if evidence and not FORMAT_WORDS[stated].search(text):
            reasons.append("evidence does not name the format")
        if not evidence and stated != "date":
            reasons.append("no evidence")
    elif kind == "deprecated":
        if not DEPRECATED.search(text):
            reasons.append("evidence does not say deprecated")
    elif not written(stated, text):
        reasons.append(f"evidence does not state {stated!r}")
    if kind != "deprecated":
        stating = [s for s in evidence if kind in ("format", "enum") or written(stated, s)]
        for sentence in stating:
            checked = ABSENT.sub("", sentence) if kind == "default" else sentence
            if match := CONDITION.search(checked):
                reasons.append(f"stated for one case only ({match.group(0)!r})")
        if any(NOTE.search(s) for s in stating):
            reasons.append("a numbered note, not a value")
    low, high = c.get("minimum"), c.get("maximum")
    if kind in ("minimum", "maximum") and low is not None and high is not None and low > high:
        reasons.append(f"minimum {low} above maximum {high}")
    if kind == "enum" and any(
        isinstance(v, (int, float)) and ((low is not None and v < low) or (high is not None and v > high))
        for v in stated
    ):
        reasons.append("listed values outside the stated range")
    if kind == "default":
        if "enum" in c and stated not in c["enum"]:
            reasons.append("default not among the values")
        if isinstance(stated, (int, float)) and (
            (low is not None and stated < low) or (high is not None and stated > high)
        ):
            reasons.append("default outside the range")
    bad = [v for v in seen if breaks(kind, stated, v)]
    if bad:
        reasons.append(f"documented example values break it: {bad[:3]!r}")
    return reasons


def measure_spec(spec: dict[str, Any], label: str, result: Measure) -> None:
    values = documented(spec)
    for owner, fields, where in owners(spec):
        for f in fields:
            c = f.get("constraints") or {}
            for kind in KINDS:
                stated = c.get(kind)
                if stated is None or stated is False:
                    continue
                result.total[kind] += 1
                reasons = judge(kind, stated, f, values.get((owner, f["name"]), []))
                if reasons:
                    result.suspect[kind] += 1
                    result.suspects.append(Suspect(f"{label} {where}", f"{owner}.{f['name']}", kind, stated, reasons))


def corpus_specs(corpus: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    from codegen.errors import CodegenError
    from codegen.ingest import read_document
    from codegen.parse import parse_document
    from codegen.spec.io import spec_to_dict

    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".md", ".html", ".htm", ".txt") or path.name == "MANIFEST.tsv":
            continue
        try:
            spec = parse_document(read_document(str(path)))
        except CodegenError:
            continue
        yield path.name, spec_to_dict(spec)


def measure(specs: Path, corpus: Path | None) -> Measure:
    result = Measure()
    for path in sorted(specs.glob("*.json")):
        if path.name == "schema.json":
            continue
        measure_spec(json.loads(path.read_text("utf-8")), path.name, result)
        result.sources.append(str(path))
    if corpus is not None and corpus.is_dir():
        for name, spec in corpus_specs(corpus):
            measure_spec(spec, f"corpus/{name}", result)
            result.sources.append(name)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--specs", type=Path, default=ROOT / "spec")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--show", type=int, default=1000, help="list at most this many suspects")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.specs, None if args.no_corpus else args.corpus)
    if args.json:
        print(json.dumps({**asdict(result), "precision": result.precision()}, ensure_ascii=False, indent=1))
        return 0
    print(f"{'kind':<12}{'emitted':>9}{'suspect':>9}{'precision':>11}")
    for kind in KINDS:
        print(f"{kind:<12}{result.total[kind]:>9}{result.suspect[kind]:>9}{result.precision(kind):>10.1f}%")
    total, bad = sum(result.total.values()), sum(result.suspect.values())
    print(f"{'total':<12}{total:>9}{bad:>9}{result.precision():>10.1f}%   ({len(result.sources)} specs and pages)")
    wording = result.wording_only()
    print(
        f"suspects whose only fault is evidence not spelling out every value: {wording} (precision without that rule: "
        f"{100.0 * (total - bad + wording) / total if total else 100.0:.1f}%)"
    )
    for s in result.suspects[: args.show]:
        print(f"- {s.where} {s.field} {s.kind}={s.value!r}: {'; '.join(s.reasons)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
