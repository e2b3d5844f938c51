"""Parameter tables → Field objects: columns, types, array-ness, required flags, nullability, example values."""

from __future__ import annotations

import re
from dataclasses import dataclass

from codegen.errors import SourceError
from codegen.ingest.document import Row, Table
from codegen.parse.constraints import extract_constraints
from codegen.spec.model import Field

_NAME_COLUMNS = (
    "参数名称",
    "参数名",
    "名称",
    "参数",
    "parameter name",
    "parameter",
    "param name",
    "param",
    "name",
    "field",
    "field name",
    "字段",
)
_REQUIRED_COLUMNS = (
    "必选",
    "是否必选",
    "是否必填",
    "必填",
    "是否必须",
    "是否必需",
    "必需",
    "required",
    "mandatory",
    "required?",
)
_TYPE_COLUMNS = ("类型", "type", "参数类型", "数据类型", "字段类型", "data type", "value type")
_DESCRIPTION_COLUMNS = (
    "描述",
    "说明",
    "参数描述",
    "参数说明",
    "错误描述",
    "description",
    "remarks",
    "remark",
    "备注",
    "含义",
)
# A column of legacy (API 2.0) tables saying where a value comes from; kept at the end of the description.
_SOURCE_COLUMNS = ("来源", "取值来源", "source")
_CODE_COLUMNS = ("错误码", "错误代码", "error code", "error codes", "code", "返回值", "返回码")

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
    "long": "Integer",
    "float": "Float",
    "double": "Float",
    "number": "Float",
    "boolean": "Boolean",
    "bool": "Boolean",
    "timestamp": "Timestamp",
    "timestamp iso8601": "Timestamp ISO8601",
    "binary": "Binary",
    "date": "String",
    "datetime": "Timestamp",
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
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_NULLABLE = re.compile(r"may return null|可能返回\s*null|可能为\s*null|can be null|may be null", re.I)
_EXAMPLE = re.compile(
    r"(?:^[^\S\n]*(?:示例值|example value|example|sample value)|(?<=\s)(?:示例值|example value))\s*[:：]\s*"
    r"(\S(?:.*\S)?|)\s*$",
    re.I | re.M,
)
_CONTINUATION = re.compile(r"^[^\s\u4e00-\u9fff。，：；]+$")
_COMMON = re.compile(r"公共参数|common param|系统规定参数", re.I)
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


@dataclass(frozen=True)
class Columns:
    name: int
    type: int | None
    required: int | None
    description: int | None


def _find(header: tuple[str, ...], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().strip("*").strip().lower() for h in header]
    for i, cell in enumerate(lowered):
        if cell in names:
            return i
    return None


def parameter_columns(table: Table) -> Columns | None:
    """Where the name/type/required/description columns are, or None if this is not a parameter table."""
    name = _find(table.header, _NAME_COLUMNS)
    type_ = _find(table.header, _TYPE_COLUMNS)
    if name is None or type_ is None:
        return None
    return Columns(name, type_, _find(table.header, _REQUIRED_COLUMNS), _find(table.header, _DESCRIPTION_COLUMNS))


def error_columns(table: Table) -> tuple[int, int | None] | None:
    code = _find(table.header, _CODE_COLUMNS)
    if code is None:
        return None
    return code, _find(table.header, _DESCRIPTION_COLUMNS)


def parse_type(text: str, name: str) -> tuple[str, bool, str | None]:
    """(type, array, format) from a type cell such as 'Array of [Filter](#Filter)' and the field name."""
    cell = re.sub(r"\s+", " ", text.strip().strip("`*")).strip()
    array = False
    match = _ARRAY_OF.match(cell) or _ARRAY_PAREN.match(cell)
    if match:
        array, cell = True, match.group(1).strip()
    elif cell.lower() in _ARRAY_WORDS:
        array, cell = True, "Object"
    if name.endswith(_ARRAY_SUFFIXES):
        array = True
    fmt = "date" if cell.lower() == "date" else None
    alias = _TYPE_ALIASES.get(cell.lower())
    if alias:
        return alias, array, fmt
    return cell, array, fmt


def is_required(text: str) -> bool:
    return text.strip().strip("*").strip().lower() in (
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


def fields_from_table(table: Table, path: str, *, with_required: bool, skip_common: bool) -> list[Field]:
    """Every row of a parameter table as a Field; common parameters (Action, Version, Region) are skipped."""
    columns = parameter_columns(table)
    if columns is None:
        raise SourceError(
            path, table.line, f"expected a parameter table with name and type columns, got {table.header}"
        )
    source_column = _find(table.header, _SOURCE_COLUMNS)
    fields: list[Field] = []
    for row in table.rows:
        raw_name = _cell(row, columns.name).strip().strip("`*").strip()
        if not raw_name:
            continue
        if not _NAME.match(raw_name):
            raise SourceError(path, row.line, f"expected a parameter name in the first column, got {raw_name!r}")
        description = _cell(row, columns.description)
        origin = _cell(row, source_column)
        if skip_common and raw_name in _COMMON_NAMES and (_COMMON.search(description) or _COMMON.search(origin)):
            continue
        if origin.strip():
            label = _header(table, source_column)
            label = f"{label}: " if label.isascii() else f"{label}："
            description = f"{description}\n{label}{origin.strip()}".strip()
        type_, array, fmt = parse_type(_cell(row, columns.type), raw_name)
        if not type_:
            raise SourceError(path, row.line, f"expected a type for parameter {raw_name!r}")
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
    from codegen.spec.model import PRIMITIVE_TYPES

    return type_ not in PRIMITIVE_TYPES and type_ != "Object" and bool(_IDENTIFIER.match(type_))
