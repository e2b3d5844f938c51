"""A PDF manual's text cut into pages that are read and parsed one at a time, and the parse cache built on them: the
pages must give what the whole document gives, and an edited page must be the only one read and parsed again."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from codegen.config import ServiceConfig
from codegen.ingest import READERS, decode, detect_format, pdftext, read_document, reader_for
from codegen.ingest._text import language_from_counts, section_kind
from codegen.ingest.document import Document, Heading
from codegen.ingest.pages import document_context, letter_counts, read_page, split_text
from codegen.parse import parse_document
from codegen.parse_cache import ParseCache
from codegen.spec.io import dump_spec

ROOT = Path(__file__).resolve().parents[1]
MANUAL_PATH = "spec/sources/live/004_79250585f497093e.txt"
LIVE = ServiceConfig(name="live", version="2018-08-01", sources=(MANUAL_PATH,))

sys.path.insert(0, str(ROOT / "tests" / "ingest"))
from test_pdftext_english import MANUAL as ENGLISH_MANUAL  # type: ignore[import-not-found]  # noqa: E402
from test_pdftext_english import pdfify, reprint  # noqa: E402


@pytest.fixture(scope="module")
def manual() -> str:
    return decode(MANUAL_PATH, (ROOT / MANUAL_PATH).read_bytes())


@pytest.fixture(scope="module")
def whole(manual: str) -> Document:
    return read_document(MANUAL_PATH, manual)


def read_in_pages(path: str, text: str) -> tuple[int, Document]:
    """The document read page by page and joined, as the parse cache joins it."""
    pages = split_text(text, "pdftext")
    context = document_context(text, "pdftext")
    docs = [read_page(path, page, "pdftext", context) for page in pages]
    counts = [letter_counts(d.blocks) for d in docs]
    joined = Document(
        path=path,
        format="pdftext",
        language=language_from_counts(sum(c[0] for c in counts), sum(c[1] for c in counts)),
        blocks=tuple(b for d in docs for b in d.blocks),
        updated=max(d.updated for d in docs),
        warnings=tuple(w for d in docs for w in d.warnings),
    )
    return len(pages), joined


def test_the_manual_is_cut_before_each_api_page_that_opens_a_printed_page(manual: str) -> None:
    pages = split_text(manual, "pdftext")
    lines = manual.split("\n")
    assert len(pages) == 180
    assert pages[0].first_line == 0 and lines[0].strip() == "文档目录"
    committed = json.loads((ROOT / "spec" / "live-2018-08-01.json").read_text("utf-8"))
    action_lines = {a["source"]["line"] for a in committed["actions"].values() if a["source"]["file"] == MANUAL_PATH}
    for page in pages[1:]:
        first = lines[page.first_line]
        assert re.fullmatch(r" 1\. 接口描述|1\. 接口描述", first), first
        assert section_kind(first.strip()) == "description"
        # every cut is where an action of the committed spec starts
        assert page.first_line + 1 in action_lines
    # the pages hold every line once, in order; each but the last carries the next page's first line after its own
    assert "\n".join("\n".join(p.text.split("\n")[: p.line_count]) for p in pages) == manual
    assert all(p.text.split("\n")[p.line_count] == lines[q.first_line] for p, q in zip(pages, pages[1:]))


def test_reading_the_manual_page_by_page_gives_the_whole_documents_blocks(manual: str, whole: Document) -> None:
    count, joined = read_in_pages(MANUAL_PATH, manual)
    assert count == 180
    assert joined.blocks == whole.blocks
    assert (joined.language, joined.updated, joined.warnings) == (whole.language, whole.updated, whole.warnings)


ENGLISH_VARIANTS = [ENGLISH_MANUAL] + [
    reprint(ENGLISH_MANUAL, style)
    for style in ("below", "bare", "split", "spaced", "no repeated headers", "explorer", "page-opening space")
]


@pytest.mark.parametrize("text", ENGLISH_VARIANTS)
def test_the_english_edition_read_page_by_page(text: str) -> None:
    count, joined = read_in_pages("manual.txt", text)
    whole = read_document("manual.txt", text)
    assert count == 3  # the contents and overview pages with the first API page, then one page per API page
    assert joined.blocks == whole.blocks
    assert (joined.language, joined.updated) == (whole.language, whole.updated)


STAMP_ZH = "最近更新时间：2024-05-06 07:08:09"
STAMP_EN = "Last updated: 2024-05-06 07:08:09"
STAMP_EDGES = [
    "",
    STAMP_ZH,
    f"文档目录\nAPI 文档\n{STAMP_ZH}",
    f"Contents\n  {STAMP_EN}\nbody\n{STAMP_ZH}\n",
    f"{STAMP_ZH[:6]}：soon\nsee {STAMP_EN}\n{STAMP_EN}\nmore",  # a stamp's word alone, and mid-line
    "no stamp\nat all\n",
]


@pytest.mark.parametrize("text", [*STAMP_EDGES, *ENGLISH_VARIANTS])
def test_the_table_of_contents_is_looked_for_up_to_the_first_last_updated_line(text: str) -> None:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if pdftext._UPDATED.match(line)), len(lines))
    assert text[: pdftext._first_stamp_end(text)] == "\n".join(lines[: first + 1])


def test_the_table_of_contents_of_the_manual_is_looked_for_up_to_its_first_page(manual: str) -> None:
    end = pdftext._first_stamp_end(manual)
    assert manual[:end].split("\n")[0].strip() == "文档目录"
    assert manual[:end].split("\n")[-1].strip().startswith("最近更新时间")
    assert sum(bool(pdftext._UPDATED.match(line)) for line in manual[:end].split("\n")) == 1


@pytest.mark.parametrize(
    ("stamps", "english"),
    [
        ((STAMP_EN, STAMP_EN, STAMP_ZH), True),
        ((STAMP_ZH, STAMP_EN, STAMP_ZH), False),
        ((f" {STAMP_ZH}", STAMP_EN), False),  # a tie: the Chinese edition
    ],
)
def test_the_edition_is_the_one_most_stamp_lines_are_printed_in(stamps: tuple[str, ...], english: bool) -> None:
    text = "\n".join(f"{stamp}\nText of page {i}." for i, stamp in enumerate(stamps))
    assert pdftext._english(text) is english
    assert pdftext.context(text).english is english


def two_documents_of_one_action() -> str:
    """Two printings of the same API page in one manual: the second page documents the action again."""
    page = (ROOT / "spec" / "sources" / "live" / "002_7d09637ba2421d51.txt").read_text("utf-8")
    first = pdfify(page, "CreateLiveRecord", 12, True)
    second = pdfify(page.replace("录制", "录像"), "CreateLiveRecord", 19, False)
    return str(first + second)


def test_a_document_printed_twice_reads_and_parses_as_the_whole(tmp_path: Path) -> None:
    text = two_documents_of_one_action()
    count, joined = read_in_pages("manual.txt", text)
    whole = read_document("manual.txt", text)
    assert count == 3  # the contents, then each printing
    assert joined.blocks == whole.blocks
    service = ServiceConfig(name="live", version="2018-08-01", sources=("manual.txt",))
    cache = ParseCache(tmp_path)
    cached = cache.partial(service, Path("manual.txt"), "manual.txt", text.encode())
    assert cache.misses["page"] == 3
    assert dump_spec(cached, check=False) == dump_spec(parse_document(whole), check=False)


def test_documents_without_page_marks_are_one_page() -> None:
    markdown = (ROOT.parent / "shared" / "corpus" / "as-DescribeLaunchConfigurations-en.md").read_text("utf-8")
    copied = (ROOT / "spec" / "sources" / "live" / "002_7d09637ba2421d51.txt").read_text("utf-8")
    for text, format in ((markdown, "markdown"), (copied, "pagetext"), (ENGLISH_MANUAL, "markdown")):
        pages = split_text(text, format)
        assert [(p.text, p.first_line) for p in pages] == [(text, 0)]
    # a PDF's text whose API pages do not open a printed page stays whole
    run_on = re.sub(r"(Page \d+ of 13)\n1\. API Description", r"\1\nmore text\nand more\n1. API Description", ENGLISH_MANUAL)
    assert run_on.count("and more") == 2
    assert len(split_text(run_on, "pdftext")) == 1


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory, manual: str) -> Path:
    folder = tmp_path_factory.mktemp("parse-cache")
    ParseCache(folder).partial(LIVE, ROOT / MANUAL_PATH, MANUAL_PATH, manual.encode())
    return folder


def test_the_cached_parse_of_the_manual_is_the_whole_documents(manual: str, whole: Document, warm_cache: Path) -> None:
    cache = ParseCache(warm_cache)
    cached = cache.partial(LIVE, ROOT / MANUAL_PATH, MANUAL_PATH, manual.encode())
    assert sum(cache.misses.values()) == 0
    assert dump_spec(cached, check=False) == dump_spec(parse_document(whole), check=False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_pages_read_in_worker_processes_give_the_same_parse(manual: str, warm_cache: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path, workers=2)
    in_workers = cache.partial(LIVE, ROOT / MANUAL_PATH, MANUAL_PATH, manual.encode())
    here = ParseCache(warm_cache).partial(LIVE, ROOT / MANUAL_PATH, MANUAL_PATH, manual.encode())
    assert dump_spec(in_workers, check=False) == dump_spec(here, check=False)
    assert cache.misses["file"] == 1 and cache.misses["page"] == len(split_text(manual, "pdftext")) > 100
    # what the workers stored serves the next run
    again = ParseCache(tmp_path, workers=2)
    again.partial(LIVE, ROOT / MANUAL_PATH, MANUAL_PATH, edited_copy(manual).encode())
    assert dict(again.misses) == {"file": 1, "page": 1, "unit": 1}


def edited_copy(manual: str) -> str:
    """The manual with one field description in its middle (line 25197 of 61875) changed, on the same lines."""
    old = "DescribeLiveWatermarks接口返回的水印 ID。"
    assert manual.count(old) == 1
    return manual.replace(old, "DescribeLiveWatermarks 接口返回的水印 ID（已修改）。")


def test_an_edited_page_is_the_only_one_read_and_parsed_again(
    manual: str, warm_cache: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    shutil.copytree(warm_cache, folder)
    edited = edited_copy(manual)
    cache = ParseCache(folder)
    cached = cache.partial(LIVE, ROOT / MANUAL_PATH, MANUAL_PATH, edited.encode())
    assert dict(cache.misses) == {"file": 1, "page": 1, "unit": 1}
    assert "（已修改）" in dump_spec(cached, check=False)
    assert dump_spec(cached, check=False) == dump_spec(
        parse_document(read_document(MANUAL_PATH, edited)), check=False
    )
    # the same edit again costs nothing
    again = ParseCache(folder)
    again.partial(LIVE, ROOT / MANUAL_PATH, MANUAL_PATH, edited.encode())
    assert sum(again.misses.values()) == 0


def test_warnings_keep_the_lines_of_the_whole_file(manual: str, warm_cache: Path) -> None:
    cached = ParseCache(warm_cache).partial(LIVE, ROOT / MANUAL_PATH, MANUAL_PATH, manual.encode())
    lines = manual.split("\n")
    pages = split_text(manual, "pdftext")
    late = pages[len(pages) // 2].first_line
    cited = []
    for warning in cached.warnings:
        match = re.match(re.escape(MANUAL_PATH) + r":(\d+): (\w+)\.", warning)
        if match and int(match.group(1)) > late:
            cited.append((int(match.group(1)), match.group(2)))
    assert len(cited) >= 5
    for line, owner in cited:
        # the line a warning names is the first line of its action's page, or its structure's name
        if owner in cached.actions:
            assert section_kind(lines[line - 1].strip()) == "description"
            assert cached.actions[owner].source.line == line
        else:
            source = cached.structures[owner].source
            assert lines[line - 1].strip() == owner
            assert source is not None and source.line == line
    assert any(owner in cached.actions for _, owner in cited)
    skipped = [w for w in cached.warnings if w.startswith("skipped the page at ")]
    assert any(int(w.split(":")[1]) > late for w in skipped)


def test_a_broken_page_is_reported_at_its_line_in_the_file(manual: str, tmp_path: Path) -> None:
    lines = manual.split("\n")
    pages = split_text(manual, "pdftext")
    page = pages[100]
    # the page's example loses its text: the reader's error names the line of the file
    at = next(i for i in range(page.first_line, len(lines)) if lines[i].strip() == "输入示例")
    end = next(i for i in range(at + 1, len(lines)) if lines[i].strip() == "输出示例")
    broken = "\n".join(lines[: at + 1] + [""] * (end - at - 1) + lines[end:])
    with pytest.raises(Exception) as cached_error:
        ParseCache(tmp_path).partial(LIVE, ROOT / MANUAL_PATH, MANUAL_PATH, broken.encode())
    with pytest.raises(Exception) as whole_error:
        read_document(MANUAL_PATH, broken)
    assert str(cached_error.value) == str(whole_error.value)
    assert str(cached_error.value).startswith(f"{MANUAL_PATH}:{at + 1}: ")


SAMPLES = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")) + sorted(
    (ROOT.parent / "shared" / "corpus").glob("*.*")
)


@pytest.mark.parametrize("path", [p for p in SAMPLES if p.suffix in (".txt", ".md", ".html")], ids=lambda p: p.name)
def test_format_detection_stops_at_a_certain_reader_with_the_same_answer(path: Path) -> None:
    text = decode(path.name, path.read_bytes())
    scores = sorted(((reader_for(name).sniff(text), name) for name in READERS), reverse=True)
    assert detect_format(path.name, text) == scores[0][1]


def test_a_whole_document_error_survives_the_pages(tmp_path: Path) -> None:
    """A manual with no API section at all (its contents and overview pages alone) is refused as the whole reader
    refuses it."""
    text = ENGLISH_MANUAL[: ENGLISH_MANUAL.index("1. API Description")]
    service = ServiceConfig(name="gadget", version="2020-01-01", sources=("manual.txt",))
    with pytest.raises(Exception) as cached_error:
        ParseCache(tmp_path).partial(service, Path("manual.txt"), "manual.txt", text.encode())
    with pytest.raises(Exception) as whole_error:
        read_document("manual.txt", text)
    assert str(cached_error.value) == str(whole_error.value)


def test_units_start_only_at_titles_that_close_a_page() -> None:
    from codegen.ingest.document import Block, Paragraph
    from codegen.parse import split_units

    blocks: list[Block] = [
        Heading("创建模板", 1, 1),
        Heading("1. 接口描述", 2, 2),
        Heading("错误码", 1, 3),  # closes the page: a unit of its own
        Heading("示例1 创建", 1, 4),  # an example title stays in the page's examples
        Heading("删除模板", 1, 5),
        Paragraph("text", 6),
    ]
    assert split_units(blocks) == [2, 4]
    # the run before the first title holds no heading: the whole would read it as text copied without headings
    assert split_units([Paragraph("text", 1), Heading("删除模板", 1, 2), Heading("查询模板", 1, 3)]) == [2]


def test_page_keys_are_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """A page's cache key holds the whole document's context: it must not depend on the process's hash seed, or
    every run would read every page again."""
    import subprocess

    script = (
        "import sys; from pathlib import Path; from codegen.parse_cache import ParseCache; "
        "from codegen.config import ServiceConfig; "
        "text = Path(sys.argv[1]).read_bytes(); "
        "ParseCache(Path(sys.argv[2])).partial(ServiceConfig('gadget', '2023-05-01', ('m.txt',)), Path('m.txt'), "
        "'m.txt', text)"
    )
    manual = tmp_path / "manual.txt"
    manual.write_text(reprint(ENGLISH_MANUAL, "below"), "utf-8")
    folders = []
    for seed in ("1", "2"):
        folder = tmp_path / f"cache-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(manual), str(folder)], env=env, check=True, cwd=ROOT)
        folders.append(sorted(p.name for p in folder.iterdir()))
    assert len(folders[0]) > 3
    assert folders[0] == folders[1]
