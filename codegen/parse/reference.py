"""Reference material outside action pages: data structures, error-code tables, the region list, and the
API 2.0 → 3.0 migration table of manuals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from codegen.ingest.document import Block, Heading, Paragraph, Table
from codegen.parse.fields import error_columns, fields_from_table, parameter_columns
from codegen.spec.model import ErrorCode, Region, Source, Structure

_IDENTIFIER = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
_USED_BY = re.compile(
    r"^(?:被如下接口引用|used by actions?|referenced by(?: the following apis?)?)\s*[:：]\s*(.+?)[。.]?$", re.I
)
_REQUIRED_HEADERS = ("必选", "是否必选", "required")
_REGION_HEADERS = (("地域", "取值"), ("region", "value"), ("地域", "地域简称"))
_OVERVIEW_NAME = ("接口名称", "api", "api name", "action")
_OVERVIEW_PURPOSE = ("接口功能", "description", "功能描述")
_MIGRATION = re.compile(r"api\s*2\.0", re.I)
_ACTION_NAME = re.compile(r"^[A-Z][A-Za-z0-9]+$")


@dataclass
class Reference:
    structures: list[Structure] = field(default_factory=list)
    errors: list[ErrorCode] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    replacements: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    overview: dict[str, tuple[str, int | None, int]] = field(default_factory=dict)


def _lower(header: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(h.strip().lower() for h in header)


def read_reference(blocks: list[Block], path: str) -> Reference:
    """Everything useful in the blocks that belong to no action page."""
    found = Reference()
    heading: Heading | None = None
    notes: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            heading, notes = block, []
        elif isinstance(block, Paragraph):
            notes.append(block.text)
        elif isinstance(block, Table):
            _table(found, block, heading, notes, path)
            notes = []
    return found


def _plausible_error(code: str, description: str, described: bool) -> bool:
    """'Category.Reason' codes, or bare CamelCase ones ('InternalError') that come with a prose description."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*", code):
        return False
    if "." in code:
        return True
    camel = sum(c.isupper() for c in code) >= 2
    return camel and (not described or (bool(description) and not re.search(r"[=;{}]", description)))


def _table(found: Reference, table: Table, heading: Heading | None, notes: list[str], path: str) -> None:
    header = _lower(table.header)
    if len(header) >= 2 and header[0] in _OVERVIEW_NAME and header[1] in _OVERVIEW_PURPOSE:
        for row in table.rows:
            name = row.cells[0].strip()
            if _ACTION_NAME.match(name):
                limit = re.fullmatch(r"0*[1-9]\d{0,8}", row.cells[2].strip()) if len(row.cells) > 2 else None
                found.overview[name] = (
                    row.cells[1].strip().replace("\n", ""),
                    int(limit.group()) if limit else None,
                    row.line,
                )
        return
    if len(header) >= 2 and _MIGRATION.search(header[0]) and "3.0" in header[1]:
        for row in table.rows:
            old, new = row.cells[0].strip(), row.cells[1].strip()
            remark = " ".join(c.strip() for c in row.cells[2:] if c.strip()).replace("\n", "")
            replacement = new if _ACTION_NAME.match(new) else None
            found.replacements[old] = (replacement, remark if replacement else f"{new}。{remark}".strip("。"))
        return
    if any(header[:2] == pair for pair in _REGION_HEADERS):
        for row in table.rows:
            name, value = row.cells[0].strip(), row.cells[1].strip()
            if re.fullmatch(r"[a-z]{2,}-[a-z-]+(?:-\d+)?", value):
                found.regions.append(Region(value, name))
        return
    if error_columns(table) is not None and parameter_columns(table) is None:
        code_col, desc_col = error_columns(table) or (0, None)
        for row in table.rows:
            code = row.cells[code_col].strip()
            meaning = row.cells[desc_col].strip() if desc_col is not None else ""
            if not _plausible_error(code, meaning, desc_col is not None):
                break  # the reader ran the table into the text after it (a list of SDK languages, a code listing)
            found.errors.append(ErrorCode(code, meaning))
        return
    if parameter_columns(table) is not None and heading is not None and _IDENTIFIER.match(heading.text.strip()):
        used_by: list[str] = []
        description: list[str] = []
        for note in notes:
            match = _USED_BY.match(note.strip())
            if match:
                used_by.extend(n for n in re.split(r"[、，,\s]+", match.group(1)) if _ACTION_NAME.match(n))
            else:
                description.append(note.strip())
        with_required = any(h in _REQUIRED_HEADERS for h in header)
        found.structures.append(
            Structure(
                name=heading.text.strip(),
                description="\n\n".join(description),
                fields=fields_from_table(table, path, with_required=with_required, skip_common=False),
                defined=True,
                referenced_by=sorted(set(used_by)),
                source=Source(path, heading.line),
            )
        )
