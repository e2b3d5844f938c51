"""The PDF-text reader on large made-up manuals: thousands of rows whose cells run over several lines and pages,
and cells of thousands of lines. A large manual must read as the same rows as a small one, scaled (issue 14: cells
were re-joined once per line, so reading took time quadratic in a cell's length)."""

from __future__ import annotations

from codegen.ingest import _text, pdftext
from codegen.ingest.document import Document, Heading, Table

FOOTER = "版权所有：腾讯云计算（北京）有限责任公司 第{page} 共{pages}页"
HEADER = "参数名称 必选 类型 描述"


def description(row: int) -> list[str]:
    """The lines of row `row`'s description cell: two to four lines, the last an example value."""
    lines = [f"参数{row}的说明，", "取值范围见下文。"][: 1 + row % 2]
    if row % 3 == 0:
        lines.append("注意：该参数仅对部分地域生效。")
    return lines + [f"示例值：value{row}"]


def expected_rows(count: int) -> list[tuple[str, ...]]:
    return [
        (f"Param{row}", "是" if row % 2 else "否", "String", "\n".join(description(row)))
        for row in range(count)
    ]


def chinese_manual(rows: int, rows_per_page: int = 25) -> str:
    """One action whose input table has `rows` rows, printed over pages with footers and repeated headers."""
    pages = rows // rows_per_page + 1
    out = [" 1. 接口描述", "", "查询参数。", "", "2. 输入参数", "", HEADER, ""]
    for row, (name, required, type_, _) in enumerate(expected_rows(rows)):
        first, *rest = description(row)
        out += [f"{name} {required} {type_} {first}", ""]
        for line in rest:
            out += [line, ""]
        if row % rows_per_page == rows_per_page - 1:
            page = row // rows_per_page + 1
            out += ["云直播", "", FOOTER.format(page=page, pages=pages), "", " " + HEADER, ""]
    out += ["3. 输出参数", "", "参数名称 类型 描述", "", "RequestId String 请求 ID。", ""]
    return "\n".join(out)


def input_rows(doc: Document) -> list[tuple[str, ...]]:
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [t.header for t in tables] == [tuple(HEADER.split()), ("参数名称", "类型", "描述")]
    assert tables[1].rows[0].cells == ("RequestId", "String", "请求 ID。")
    return [row.cells for row in tables[0].rows]


def test_many_rows_read_like_a_few() -> None:
    small = pdftext.read("small.txt", chinese_manual(20))
    large = pdftext.read("large.txt", chinese_manual(2000))
    assert input_rows(small) == expected_rows(20)
    assert input_rows(large) == expected_rows(2000)
    headings = [(b.text, b.level) for b in large.blocks if isinstance(b, Heading)]
    assert headings == [("1. 接口描述", 2), ("2. 输入参数", 2), ("3. 输出参数", 2)]
    # every footer, product name and repeated header is gone from the cells
    cells = "\n".join("\n".join(row) for row in input_rows(large))
    assert "版权所有" not in cells and "云直播" not in cells and HEADER not in cells


def test_rows_keep_their_source_lines() -> None:
    text = chinese_manual(600)
    lines = text.split("\n")
    table = next(b for b in pdftext.read("large.txt", text).blocks if isinstance(b, Table))
    assert len(table.rows) == 600
    for row in table.rows:
        assert lines[row.line - 1].startswith(row.cells[0] + " ")


def one_long_cell(lines: int, english: bool) -> str:
    if english:
        head = ["1. API Description", "", "Reads a thing.", "", "2. Input Parameters", ""]
        head += ["Parameter Name Required Type Description", "", "Name Yes String The name of"]
        body = [f"the thing number {j} that goes on" for j in range(lines)]
    else:
        head = [" 1. 接口描述", "", "查询参数。", "", "2. 输入参数", "", HEADER, "", "Name 是 String 名称，"]
        body = [f"第{j}行说明文字，继续" for j in range(lines)]
    return "\n".join(head + [item for line in body for item in (line, "")])


def test_a_cell_of_thousands_of_lines() -> None:
    for count in (10, 5000):
        doc = pdftext.read("cell.txt", one_long_cell(count, english=False))
        (table,) = [b for b in doc.blocks if isinstance(b, Table)]
        lines = [f"第{j}行说明文字，继续" for j in range(count)]
        assert table.rows[0].cells == ("Name", "是", "String", "\n".join(["名称，", *lines]))


def test_an_english_sentence_wrapped_over_thousands_of_lines() -> None:
    for count in (10, 5000):
        doc = pdftext.read("cell.txt", one_long_cell(count, english=True))
        (table,) = [b for b in doc.blocks if isinstance(b, Table)]
        words = " ".join(f"the thing number {j} that goes on" for j in range(count))
        assert table.rows[0].cells == ("Name", "Yes", "String", f"The name of {words}")


def test_shortcuts_agree_with_the_shared_vocabulary() -> None:
    """The reader does not ask the shared vocabulary about lines that cannot be a table header (not words separated
    by spaces) or start a parameter's row (not starting like an identifier): the vocabulary must agree."""
    for word in _text._HEADER_CELLS:
        assert word.replace(" ", "").isalpha(), word
    kinds = (_text.NAME, _text.REQUIRED, _text.TYPE, _text.DESC)
    for line in ("参数 是 String 说明。", "1Name 是 String 说明。", "（Name） 是 String 说明。", "- 名称 是 String 说明。"):
        assert _text.split_row(line, kinds, True) is None, line
    assert _text.split_row("- Name 是 String 说明。", kinds, True) == ("Name", "是", "String", "说明。")
    assert _text.match_header("参数名称必选类型描述") is not None  # run together: a header, but not a spaced one
    assert not _text.match_header("参数名称必选类型描述").spaced
