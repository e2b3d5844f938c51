"""Parameter tables → Field objects: columns, types, array-ness, required flags, nullability, example values."""

from __future__ import annotations

import re
from dataclasses import dataclass

from codegen.errors import SourceError
from codegen.ingest.document import Row, Table
from codegen.parse.constraints import extract_constraints
from codegen.spec.model import PRIMITIVE_TYPES, Field

# Header cells are recognised by what they mean, in any order and wording: a cell naming the required flag, the
# type, the description or the parameter's name (checked in that order, so '参数类型' is a type column and
# '参数名称' a name column).
_REQUIRED_HEADER = re.compile(r"必选|必填|必须|必需|required|mandatory|optional", re.I)
_TYPE_HEADER = re.compile(r"类型|\btype\b", re.I)
_DESCRIPTION_HEADER = re.compile(r"描述|说明|description|remarks?|备注|含义|\bmeaning|\bnotes?\b|解释", re.I)
_NAME_HEADER = re.compile(r"参数|名称|^名$|字段|\bname\b|parameter|\bparams?\b|\bfield\b|\bkey\b", re.I)
# A column of legacy (API 2.0) tables saying where a value comes from; kept at the end of the description.
_SOURCE_HEADER = re.compile(r"^(?:取值)?来源$|^source$", re.I)
_CODE_HEADER = re.compile(r"错误码|错误代码|返回码|返回值|\bcodes?\b", re.I)
_REASON_HEADER = re.compile(r"描述|说明|description|reason|原因|含义|meaning|message|提示|备注|remark", re.I)
_REASON_ORDER = (
    re.compile(r"描述|description|说明", re.I),
    re.compile(r"reason|原因|含义|meaning", re.I),
    _REASON_HEADER,
)

_TYPE_ALIASES = {
    "string": "String",
    "str": "String",
    "integer": "Integer",
    "int": "Integer",
    "int64": "Integer",
    "int32": "Integer",
    "uint64": "Integer",
    "uint32": "Integer",
    "uinteger": "Integer",
    "uint": "Integer",
    "long": "Integer",
    "float": "Float",
    "double": "Float",
    "number": "Float",
    "numeric": "Float",
    "boolean": "Boolean",
    "bool": "Boolean",
    "timestamp": "Timestamp",
    "timestamp iso8601": "Timestamp ISO8601",
    "binary": "Binary",
    "date": "String",
    "datetime": "Timestamp",
    "date time": "Timestamp",
    "object": "Object",
    "json": "Object",
    "map": "Object",
    # wording of API 2.0 / 2017 pages
    "整型": "Integer",
    "整数": "Integer",
    "无符号整型": "Integer",
    "整形": "Integer",
    "字符串": "String",
    "字符串型": "String",
    "浮点型": "Float",
    "布尔": "Boolean",
    "布尔型": "Boolean",
    "对象": "Object",
    "id": "String",
}
_ARRAY_WORDS = ("数组", "数组型", "array")
_ARRAY_PAREN = re.compile(r"^array\s*\(\s*(.+?)\s*\)$", re.I)
_ARRAY_OF = re.compile(r"^(?:array\s+of|list\s+of)\s+(.+)$", re.I)
_OBJECTS_SUFFIX = re.compile(r"(?<!\s)\s+(?:objects?|elements?|items?)$", re.I)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_NULLABLE = re.compile(r"may return null|可能返回\s*null|可能为\s*null|can be null|may be null", re.I)
_EXAMPLE = re.compile(
    r"(?:^[^\S\n]*(?:示例值|example value|example|sample value)|(?<=\s)(?:示例值|example value))\s*[:：]\s*"
    r"(\S(?:.*\S)?|)\s*$",
    re.I | re.M,
)
_CONTINUATION = re.compile(r"^[^\s\u4e00-\u9fff。，：；]+$")
_COMMON = re.compile(r"公共参数|公共请求参数|common (?:request )?param|系统规定参数", re.I)
_REGION_COMMON = re.compile(r"地域|region|不需要传|无需传|not required|optional for this api|可选参数", re.I)
# Common parameters of API 3.0 and, on legacy pages, of API 2.0: they belong to the client, not to the action.
_COMMON_NAMES = (
    "Action",
    "Version",
    "Region",
    "Timestamp",
    "Nonce",
    "SecretId",
    "Signature",
    "SignatureMethod",
    "Token",
    "RequestClient",
)
_ARRAY_SUFFIXES = (".N", ".n")
_WHITESPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Columns:
    name: int
    type: int | None
    required: int | None
    description: int | None


def _plain_header(header: tuple[str, ...]) -> list[str]:
    return [re.sub(r"[*`_]+", "", h).strip() for h in header]


def _roles(header: tuple[str, ...]) -> dict[str, int]:
    """The first column of each role (required, type, description, name) the header cells mean."""
    roles: dict[str, int] = {}
    for i, cell in enumerate(_plain_header(header)):
        for role, pattern in (
            ("required", _REQUIRED_HEADER),
            ("type", _TYPE_HEADER),
            ("description", _DESCRIPTION_HEADER),
            ("name", _NAME_HEADER),
        ):
            if pattern.search(cell):
                roles.setdefault(role, i)
                break
    return roles


_PLAIN_DESCRIPTION = frozenset({"描述", "说明", "参数描述", "参数说明", "description", "remarks", "remark", "备注"})


def _description_column(header: tuple[str, ...], found: int | None) -> int | None:
    """Of several description-like columns ('参数含义' and '备注'), the one plainly titled as the description."""
    plain = next((i for i, c in enumerate(_plain_header(header)) if c.lower() in _PLAIN_DESCRIPTION), None)
    return plain if plain is not None else found


def _source_column(header: tuple[str, ...]) -> int | None:
    return next((i for i, cell in enumerate(_plain_header(header)) if _SOURCE_HEADER.match(cell)), None)


def parameter_columns(table: Table) -> Columns | None:
    """Where the name/type/required/description columns are, or None if this is not a parameter table."""
    roles = _roles(table.header)
    if "name" not in roles or "type" not in roles:
        return None
    description = _description_column(table.header, roles.get("description"))
    return Columns(roles["name"], roles["type"], roles.get("required"), description)


def error_columns(table: Table) -> tuple[int, int | None] | None:
    """(code column, description column) of an error-code table ('错误码 | 描述', 'Error Code Value | Reason')."""
    cells = _plain_header(table.header)
    code = next((i for i, cell in enumerate(cells) if _CODE_HEADER.search(cell)), None)
    if code is None:
        return None
    for pattern in _REASON_ORDER:
        described = next((i for i, cell in enumerate(cells) if i != code and pattern.search(cell)), None)
        if described is not None:
            return code, described
    return code, None


def parse_type(text: str, name: str) -> tuple[str, bool, str | None]:
    """(type, array, format) from a type cell such as 'Array of [Filter](#Filter)', 'array of Strings' or
    'Array(Object)', and the field name ('Ids.N' is an array)."""
    cell = _WHITESPACE.sub(" ", text.strip().strip("`*")).strip()
    array = False
    match = _ARRAY_OF.match(cell) or _ARRAY_PAREN.match(cell)
    if match:
        array, cell = True, match.group(1).strip()
        cell = _OBJECTS_SUFFIX.sub("", cell) or "Object"
    elif cell.lower() in _ARRAY_WORDS:
        array, cell = True, "Object"
    if name.endswith(_ARRAY_SUFFIXES):
        array = True
    fmt = "date" if cell.lower() == "date" else None
    alias = _TYPE_ALIASES.get(cell.lower()) or (_TYPE_ALIASES.get(cell.lower()[:-1]) if array else None)
    if alias:
        return alias, array, fmt
    return cell, array, fmt


def is_required(text: str) -> bool:
    return _TAG.sub("", text).strip().strip("*").strip().lower() in (
        "是",
        "yes",
        "true",
        "required",
        "y",
        "必选",
        "必填",
        "mandatory",
    )


def _bare_name(name: str) -> str:
    name = name.strip().strip("`*").strip()
    return name[:-2] if name.endswith(_ARRAY_SUFFIXES) else name


def split_example(description: str) -> tuple[str, str | None]:
    """Take the '示例值：…' / 'Example value: …' line out of a description. A value wrapped over the following
    lines (a long URL in a PDF) continues on lines that hold one unbroken token with no Chinese text."""
    match = _EXAMPLE.search(description)
    if not match:
        return description, None
    value, end = match.group(1), match.end()
    lines = description[end:].split("\n")
    taken = 0
    for line in lines[1:]:
        if not line.strip():
            taken += 1
            continue
        if _CONTINUATION.match(line.strip()):
            value += line.strip()
            taken += 1
            continue
        break
    else:
        taken = len(lines) - 1
    consumed = len("\n".join(lines[: taken + 1]))
    if value == match.group(1):
        consumed = 0
    rest = (description[: match.start()] + description[end + consumed :]).strip()
    return re.sub(r"\n{2,}", "\n", rest), value


def _header(table: Table, index: int | None) -> str:
    return table.header[index].strip().strip("*").strip() if index is not None else ""


def _cell(row: Row, index: int | None) -> str:
    if index is None or index >= len(row.cells):
        return ""
    return row.cells[index]


_YES_NO = re.compile(r"^(?:是|否|yes|no|true|false|y|n|required|optional|必选|必填|可选|选填|非必选|mandatory)$", re.I)


def _aligned(row: Row, columns: Columns) -> Row:
    """A row with one cell too many or too few, put back under its header: '|| Month | No | …' starts with an empty
    cell that shifts the others right; '| DstAccessType | String | … |' lacks its required cell, so its type sits in
    the required column (the required flag is then unknown, and false)."""
    cells = row.cells
    if columns.name == 0 and len(cells) > 1 and not cells[0].strip() and _NAME.match(cells[1].strip().strip("`*")):
        return Row(cells[1:], row.line)
    required = columns.required
    if required is None or columns.type is None or required >= len(cells) or required > columns.type:
        return row
    flag = _TAG.sub("", cells[required]).strip().strip("*").strip()
    if flag and not _YES_NO.match(flag) and not cells[-1].strip() and _looks_like_type(flag):
        return Row(cells[:required] + ("",) + cells[required:-1], row.line)
    return row


def _looks_like_type(text: str) -> bool:
    type_, _, _ = parse_type(text, "")
    return type_ in _TYPE_ALIASES.values() or bool(_IDENTIFIER.match(type_)) and text[:1].isupper()


def _continue_description(field: Field, text: str) -> None:
    """The rest of a field's description, wrapped by the page into a row of its own ('示例值：…', '注意：此字段可能返回
    null…', 'data is composed of the following parameters:')."""
    wrapped = _EXAMPLE.match(text)
    if wrapped and field.example is None:
        field.example = wrapped.group(1)
        return
    field.description = f"{field.description}\n{text}".strip()
    field.nullable = field.nullable or bool(_NULLABLE.search(text))


def is_common(name: str, description: str) -> bool:
    """A common parameter (Action, Version, Region, or a row the page calls common): it belongs to the client.
    Pages word these rows many ways ('Common parameter; the name of this API: X', 'API version No. … input
    "2017-03-12"', 'This parameter is not required for this API'), so Action and Version are always common, Region
    when its row speaks of regions or of not being needed, and any other row when its description says so."""
    text = description.strip()
    if name in ("Action", "Version"):
        return True
    if name == "Region" and (_COMMON.search(text) or _REGION_COMMON.search(text)):
        return True
    return bool(_COMMON.match(text.lstrip("[(（【"))) or (name in _COMMON_NAMES and bool(_COMMON.search(text)))


def is_note_row(row: Row, columns: Columns) -> bool:
    """A row that is not a parameter: a note spanning the table ('data is composed of the following parameters:'),
    a line that continues the text above, a sub-heading."""
    return not _NAME.match(_cell(row, columns.name).strip().strip("`*").strip())


def fields_from_table(
    table: Table, path: str, *, with_required: bool, skip_common: bool, warnings: list[str] | None = None
) -> list[Field]:
    """Every row of a parameter table as a Field; common parameters (Action, Version, Region) are skipped, and a
    row that is not a parameter is left out with a warning naming its line (appended to `warnings`)."""
    columns = parameter_columns(table)
    if columns is None:
        raise SourceError(
            path, table.line, f"expected a parameter table with name and type columns, got {table.header}"
        )
    warned = warnings if warnings is not None else []
    source_column = _source_column(table.header)
    fields: list[Field] = []
    for row in table.rows:
        row = _aligned(row, columns)
        raw_name = _cell(row, columns.name).strip().strip("`*").strip()
        if not raw_name:
            text = " ".join(c.strip() for c in row.cells if c.strip())
            if text:
                warned.append(f"{path}:{row.line}: left out a table row without a parameter name: {text[:80]!r}")
            continue
        if not _NAME.match(raw_name):
            text = " ".join(c.strip() for c in row.cells if c.strip())
            if fields and not any(c.strip() for i, c in enumerate(row.cells) if i != columns.name):
                _continue_description(fields[-1], text)  # a line of the row above that wrapped into a row of its own
                continue
            warned.append(f"{path}:{row.line}: left out a table row that is not a parameter: {text[:80]!r}")
            continue
        description = _cell(row, columns.description)
        origin = _cell(row, source_column)
        if skip_common and is_common(raw_name, description or origin):
            continue
        if origin.strip():
            label = _header(table, source_column)
            label = f"{label}: " if label.isascii() else f"{label}："
            description = f"{description}\n{label}{origin.strip()}".strip()
        type_, array, fmt = parse_type(_cell(row, columns.type), raw_name)
        if not type_:
            warned.append(f"{path}:{row.line}: left out parameter {raw_name!r}: its row states no type")
            continue
        description, example = split_example(description)
        constraints = extract_constraints(description, type_)
        if fmt and constraints.format is None:
            constraints.format = fmt
        fields.append(
            Field(
                name=_bare_name(raw_name),
                type=type_,
                array=array,
                required=with_required and is_required(_cell(row, columns.required)),
                nullable=bool(_NULLABLE.search(description)),
                description=description,
                example=example,
                constraints=constraints,
            )
        )
    return fields


def is_structure_type(type_: str) -> bool:
    return type_ not in PRIMITIVE_TYPES and type_ != "Object" and bool(_IDENTIFIER.match(type_))
