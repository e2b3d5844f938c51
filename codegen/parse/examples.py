"""Example requests and responses: GET query strings, POST JSON bodies, and JSON whose braces the page lost."""

from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.parse import unquote_plus

from codegen.jsontext import bracket_depth
from codegen.spec.model import Example, Field

_COMMON_MARKER = re.compile(
    r"^[^\S\n]*[<＜][^\S\n]*(?:common request parameters|公共请求参数)[^\S\n]*[>＞]\s*$", re.I | re.M
)
_HTTP_LINE = re.compile(r"^\s*(?:POST|GET) \S+ HTTP/\d|^\s*[A-Za-z-]+:\s")
# A GET example's query string starts its own line ('https://cvm.tencentcloudapi.com/?Action=…', 'GET /?Action=…');
# '?action=' inside a JSON string value ("http://x/notify?action=streamBegin") is not one.
_QUERY_START = re.compile(r"^[^\S\n]*(?:GET[^\S\n]+)?[^\s\"'{}]*\?Action=", re.I | re.M)
_KEY_LINE = re.compile(r'^"((?:[^"\\]|\\.)*)"\s*:\s*(.*?)\s*$')


def parse_request(text: str, inputs: list[Field]) -> tuple[dict[str, Any] | None, list[str]]:
    """The request parameters of an example (without common parameters), or None with the reason."""
    if _QUERY_START.search(text):
        request, notes = _query_request(text, inputs)
        return request, notes + unlisted_keys(request, inputs)
    body = text
    marker = _COMMON_MARKER.search(text)
    if marker:
        body = text[marker.end() :]
    else:
        lines = text.split("\n")
        while lines and (not lines[0].strip() or _HTTP_LINE.match(lines[0])):
            lines.pop(0)
        body = "\n".join(lines)
    if not body.strip():
        return {}, []
    parsed, problems = parse_json_text(body)
    return parsed, problems + unlisted_keys(parsed, inputs)


def unlisted_keys(request: dict[str, Any] | None, inputs: list[Field]) -> list[str]:
    """A problem note when the example sends parameters the table does not list: a sign the text was misread."""
    names = {f.name for f in inputs}
    unknown = [key for key in request or {} if key not in names and not any(n.startswith(f"{key}.") for n in names)]
    if not unknown or not inputs:
        return []
    return [f"example sends {', '.join(unknown)}, which the parameter table does not list"]


def parse_response(text: str) -> tuple[dict[str, Any] | None, list[str]]:
    return parse_json_text(text)


def parse_json_text(text: str) -> tuple[dict[str, Any] | None, list[str]]:
    """JSON as written; repaired when the page only dropped a comma at a line end; or rebuilt from its indentation
    when the page lost the bracket-only lines. Escapes of lone surrogates ("\\ud800"), which no UTF-8 file can
    hold, become U+FFFD with a note."""
    value, problems = _decode_json(text)
    if value is None:
        return value, problems
    if _SURROGATE.search(json.dumps(value, ensure_ascii=False)):
        value = _replace_surrogates(value)
        problems.append("example JSON escapes a lone surrogate (such as \\ud800); replaced by U+FFFD")
    return value, problems


_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_replace_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    return value


def _decode_json(text: str) -> tuple[dict[str, Any] | None, list[str]]:
    stripped = text.strip()
    if bracket_depth(stripped)[1] > MAX_JSON_DEPTH:
        return None, [f"example JSON is nested more than {MAX_JSON_DEPTH} levels deep (the limit); kept as text"]
    try:
        value = _loads(stripped)
    except json.JSONDecodeError as exc:
        repaired, notes = repair_json(stripped)
        if repaired is not None:
            return repaired, notes
        rebuilt = rebuild_json(text.strip("\n"))
        if rebuilt is None:
            return None, [
                f"example JSON is not valid ({exc.msg} at line {exc.lineno}) and cannot be rebuilt unambiguously"
            ]
        return rebuilt, ["example JSON rebuilt from indentation: the page lost its bracket-only lines"]
    except ValueError as exc:
        return None, [f"example JSON is not valid ({str(exc)[:200]})"]
    if not isinstance(value, dict):
        return None, ["example JSON is not an object"]
    return value, []


_MAX_REPAIRS = 10
MAX_JSON_DEPTH = 100
_MAX_INDEX = 1000


# json.loads refusing what a JSON file cannot hold: NaN, Infinity, numbers that overflow a float.
def _loads(text: str, **options: Any) -> Any:
    return json.loads(text, parse_constant=_not_json, parse_float=_finite, **options)


def _not_json(word: str) -> float:
    raise ValueError(f"{word} is not a JSON value")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"number {text[:40]} is too large for a float")
    return value


def repair_json(text: str) -> tuple[dict[str, Any] | None, list[str]]:
    """One slip that leaves no doubt about what was meant: a comma missing at the end of a line, before the next
    member. Anything else (single-quoted strings included: they are not JSON): None."""
    notes: list[str] = []
    for _ in range(_MAX_REPAIRS):
        try:
            value = _loads(text)
        except json.JSONDecodeError as exc:
            end = len(text[: exc.pos].rstrip())
            gap = text[end : exc.pos]
            if (
                not exc.msg.startswith("Expecting ',' delimiter")
                or "\n" not in gap
                or not end
                or text[end - 1] not in '"}]0123456789el'
                or text[exc.pos : exc.pos + 1] not in ('"', "{", "[")
            ):
                return None, []
            line = text[:end].count("\n") + 1
            text = text[:end] + "," + text[end:]
            notes.append(f"example JSON repaired: added the comma missing at the end of line {line}")
            continue
        except ValueError:
            return None, []
        return (value, notes) if isinstance(value, dict) and notes else (None, [])
    return None, []


def _query_request(text: str, inputs: list[Field]) -> tuple[dict[str, Any], list[str]]:
    query = "".join(line.strip() for line in text.split("\n"))
    query = query[query.index("?") + 1 :]
    types = {f.name: f for f in inputs}
    flat: list[tuple[str, str]] = []
    for part in query.split("&"):
        if not part or "=" not in part or part.startswith("<"):
            continue
        key, _, value = part.partition("=")
        key = unquote_plus(key)
        if key in ("Action", "Version", "Region"):
            continue
        flat.append((key, unquote_plus(value)))
    return _unflatten(flat, types)


def _unflatten(pairs: list[tuple[str, str]], fields: dict[str, Field]) -> tuple[dict[str, Any], list[str]]:
    """'Filters.0.Name=a' → {'Filters': [{'Name': 'a'}]}; scalar values typed by the declared field. A key that
    contradicts an earlier one (`F=1` then `F.0=2`), nests too deep or indexes too far is left out with a note."""
    result: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in pairs:
        reason = _place(result, key.split("."), value, fields)
        if reason:
            problems.append(f"example query parameter {key[:80]!r} left out: {reason}")
    return result, problems


def _is_index(part: str | None) -> bool:
    return part is not None and part.isascii() and part.isdigit()


# Puts the value at its dotted path; returns '' when placed, else why not.
def _place(result: dict[str, Any], parts: list[str], value: str, fields: dict[str, Field]) -> str:
    if len(parts) > MAX_JSON_DEPTH:
        return f"nested more than {MAX_JSON_DEPTH} levels deep (the limit)"
    target: Any = result
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        nxt = None if last else parts[i + 1]
        if not isinstance(target, (list, dict)):
            return f"{'.'.join(parts[:i])[:80]} is already a value"
        if isinstance(target, list):
            if not _is_index(part):
                return f"{'.'.join(parts[:i])[:80]} is already a list, {part[:20]!r} is not an index"
            if int(part) > _MAX_INDEX:
                return f"index {part[:20]} is above {_MAX_INDEX} (the limit)"
            index = int(part)
            while len(target) <= index:
                target.append({} if nxt is not None and not _is_index(nxt) else [])
            if last:
                target[index] = _typed(value, fields.get(parts[0]))
            else:
                target = target[index]
            continue
        if last:
            target[part] = _typed(value, fields.get(part) if i == 0 else None)
        else:
            target = target.setdefault(part, [] if _is_index(nxt) else {})
    return ""


def _typed(value: str, field: Field | None) -> Any:
    if field is None:
        return value
    if field.type == "Integer" and re.fullmatch(r"-?\d+", value):
        return int(value)
    if field.type == "Float" and re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return float(value)
    if field.type == "Boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def rebuild_json(text: str) -> dict[str, Any] | None:
    """Rebuild an object whose bracket-only lines were lost, from indentation and commas.

    Each remaining line is `"key": value[,]`, `"key": {`, `"key": [` or an array scalar. A container's members sit at
    one indentation, deeper than its parent's; a key line at element depth that follows a line without a trailing
    comma starts the next element of an array of objects (the lost '}, {'). Anything else is ambiguous: None."""
    lines = [(len(line) - len(line.lstrip(" ")), line.strip()) for line in text.split("\n") if line.strip()]
    if not lines or any(re.fullmatch(r"[\[\]{},]+", line) for _, line in lines):
        return None
    stack: list[list[Any]] = [["{", None]]
    out: list[str] = ["{"]
    previous_had_comma = True
    for indent, line in lines:
        while len(stack) > 1 and stack[-1][1] is not None and indent < stack[-1][1]:
            out.append("]" if stack.pop()[0] == "[" else "}")
        top = stack[-1]
        is_key = _KEY_LINE.match(line) is not None
        if top[1] is None:
            top[1] = indent
            if top[0] == "[" and is_key:
                stack.append(["elem", indent])
                out.append("{")
                top = stack[-1]
        elif indent != top[1]:
            return None
        elif top[0] == "elem" and not previous_had_comma:
            out.append("},{")
        if is_key == (top[0] == "["):
            return None
        body = line[:-1] if line.endswith(",") else line
        out.append(body)
        if body.endswith(("{", "[")):
            stack.append([body[-1], None])
            previous_had_comma = True
        else:
            previous_had_comma = line.endswith(",")
    while stack:
        out.append("]" if stack.pop()[0] == "[" else "}")
    return _loads_strict("\n".join(_add_commas(out)))


def _add_commas(parts: list[str]) -> list[str]:
    result: list[str] = []
    for part in parts:
        if result and part not in ("}", "]") and not result[-1].endswith(("{", "[")):
            if part == "},{":
                part = "}, {"
            else:
                result[-1] += ","
        result.append(part)
    return result


def _loads_strict(text: str) -> dict[str, Any] | None:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(pairs)

    try:
        value = _loads(text, object_pairs_hook=no_duplicates)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
