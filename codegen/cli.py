"""Command line: `codegen regenerate`, `parse`, `lint`, `diff`, `report`, `fetch`, `export`."""

from __future__ import annotations

import argparse
import gc
import os
import re
import stat
import sys
from pathlib import Path
from typing import NoReturn

from codegen.config import load_config
from codegen.errors import CodegenError
from codegen.files import write_file_atomic
from codegen.pipeline import STAGES, Summary, regenerate
from codegen.progress import Progress
from codegen.resources import generator_version


def _regenerate(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if args.refresh:
        from codegen.fetch import refresh_sources

        metas = sorted(
            {m for s in config.services for p in config.source_files(s) for m in p.parent.glob("*.meta.json")}
        )
        for page in refresh_sources(metas):
            print(f"refreshed {page.url}{' (changed)' if page.changed else ''}")
    with Progress() as progress:
        summary = regenerate(config, check=args.check, progress=progress)
    if summary.recovered:
        print(f"codegen: {summary.recovered}", file=sys.stderr)
    _print_api_changes(summary)
    if args.verify_format and _verify_format(config.output):
        return 1
    if summary.current:
        _print_foreign(summary)
        print(
            f"up to date: {len(config.services)} specs and {config.output.name}/ match the sources,"
            f" nothing to {'check' if args.check else 'regenerate'} ({summary.seconds:.2f}s)"
        )
        if args.timings:
            _print_timings(summary)
        return 0
    if args.check:
        if summary.stale:
            print("stale (regenerate to update):", file=sys.stderr)
            for stale in summary.stale:
                print(f"  {stale.path}: {stale.reason}", file=sys.stderr)
            return 1
        _print_foreign(summary)
        print(
            f"up to date: {len(summary.specs)} specs and {config.output.name}/ match the sources ({summary.seconds:.2f}s)"
        )
        return 0
    _print_summary(summary, args.timings, args.verbose)
    return 0


def _verify_format(output: Path) -> bool:
    """Run black over the generated tree; print the files it would change. True when there are any."""
    from codegen.render.format import files_black_would_change

    changed = files_black_would_change(output)
    for path in changed:
        print(f"codegen: black would change {output.name}/{path}", file=sys.stderr)
    if not changed:
        print(f"format verified: black changes nothing in {output.name}/")
    return bool(changed)


def _print_api_changes(summary: Summary) -> None:
    if not summary.api_changes:
        return
    from codegen.spec.diff import format_text

    sys.stdout.write(format_text(summary.api_changes))


def _print_foreign(summary: Summary) -> None:
    if summary.foreign:
        more = f" and {len(summary.foreign) - 5} more" if len(summary.foreign) > 5 else ""
        print(f"left alone, not codegen's: {', '.join(summary.foreign[:5])}{more}")


def _print_summary(summary: Summary, timings: bool, verbose: bool) -> None:
    for spec in summary.specs:
        print(
            f"{spec.service} {spec.version}: {spec.actions} actions, {spec.structures} structures"
            f" ({spec.undefined} undefined), {spec.errors} error codes, {len(spec.conflicts)} merge conflicts resolved"
        )
        if verbose:
            for conflict in spec.conflicts:
                print(f"  conflict {conflict.where} {conflict.attribute}: kept {conflict.kept_from} ({conflict.rule})")
            for warning in spec.warnings:
                print(f"  warning: {warning}")
        elif spec.conflicts or spec.warnings:
            print(
                f"  {len(spec.warnings)} warnings; details with --verbose and in spec/{spec.service}-{spec.version}.json"
            )
    _print_foreign(summary)
    print(
        f"{len(summary.written)} files written, {summary.formatted} formatted with black,"
        f" {summary.conflicts} conflicts resolved, {summary.seconds:.2f}s"
    )
    if timings:
        _print_timings(summary)


def _print_timings(summary: Summary) -> None:
    print("timings: " + ", ".join(f"{stage} {summary.timings[stage]:.3f}s" for stage in STAGES))


def _parse(args: argparse.Namespace) -> int:
    from codegen.ingest import read_document
    from codegen.parse import parse_document
    from codegen.spec.io import dump_spec
    from codegen.spec.merge import merge_specs

    for path in args.files:
        _check_document(path)
    if args.output:
        _check_output_file(args.output, args.files)
    partials = [parse_document(read_document(path, format=args.format)) for path in args.files]
    for path, partial in zip(args.files, partials):
        if not partial.service and not args.service:
            print(
                f"codegen: warning: {path}:1: the page does not name its service; the spec leaves it empty"
                " (pass --service, or list the page under a service in the configuration)",
                file=sys.stderr,
            )
    service = args.service or next((p.service for p in partials if p.service), "")
    version = args.version or next((p.version for p in partials if p.version), "")
    text = dump_spec(merge_specs(service, version, partials))
    if args.output:
        try:
            write_file_atomic(args.output, text)
        except OSError as exc:
            raise CodegenError(f"-o {args.output}: cannot write ({exc.strerror})") from None
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def _check_document(path: Path) -> None:
    """A source named on the command line must be a readable regular file (a pipe would block, a folder fail)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            raise CodegenError(f"{path}: broken link (to {os.readlink(path)})") from None
        raise CodegenError(f"{path}: no such file") from None
    except OSError as exc:
        raise CodegenError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise CodegenError(f"{path}: is a folder; pass the documents in it, e.g. {path}/*")
    if not stat.S_ISREG(mode):
        raise CodegenError(f"{path}: not a regular file (a device, pipe or socket); pass a saved document")


def _check_output_file(path: Path, inputs: list[Path]) -> None:
    if path.is_dir():
        raise CodegenError(f"-o {path}: is a folder; give a file name, e.g. {path / 'spec.json'}")
    folder = path.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise CodegenError(f"-o {path}: {folder} {what}")
    if any(path.resolve() == source.resolve() for source in inputs):
        raise CodegenError(f"-o {path}: is one of the documents being parsed; writing the spec would destroy it")
    if not os.access(folder, os.W_OK):
        raise CodegenError(f"-o {path}: cannot write in {folder}")


def _lint(args: argparse.Namespace) -> int:
    from codegen.lint import lint_partials
    from codegen.build import parse_source, read_source

    config = load_config(args.config)
    findings = []
    for service in config.services:
        partials = [parse_source(service, read_source(config, service, path)) for path in config.source_files(service)]
        findings.extend(lint_partials(partials))
    for finding in findings:
        print(finding)
    print(f"{len(findings)} findings", file=sys.stderr)
    return 1 if findings else 0


def _diff(args: argparse.Namespace) -> int:
    from codegen.spec.diff import diff_specs, format_markdown, format_text, spec_from_text
    from codegen.spec.revision import specs_at_revision, specs_in_folder

    config = load_config(args.config)
    before = specs_at_revision(config.specs, args.revision)
    after = specs_in_folder(config.specs)
    diffs = []
    for name in sorted(set(before) | set(after)):
        if before.get(name) == after.get(name):
            continue
        old, new = (spec_from_text(texts[name]) if name in texts else None for texts in (before, after))
        if (old is None and name in before) or (new is None and name in after):
            raise CodegenError(f"{config.specs.name}/{name}: not a spec this version of codegen can read")
        diff = diff_specs(old, new)
        if diff.changes:
            diffs.append(diff)
    if args.format == "markdown":
        sys.stdout.write(format_markdown(diffs))
    else:
        sys.stdout.write(format_text(diffs) or f"no API changes since {args.revision}\n")
    if args.fail_on == "breaking" and any(d.breaking for d in diffs):
        return 1
    if args.fail_on == "any" and diffs:
        return 1
    return 0


def _report(args: argparse.Namespace) -> int:
    from codegen.report import write_reports

    config = load_config(args.config)
    for path in write_reports(config, args.services, args.output or config.root / "reports"):
        print(f"wrote {path}")
    return 0


def _fetch(args: argparse.Namespace) -> int:
    from codegen.config import CACHE_FOLDER
    from codegen.init import add_pages, identify, place_downloads, staged_downloads

    if args.into is not None and args.into.exists() and not args.into.is_dir():
        raise CodegenError(f"--into {args.into}: is a file; expected a folder for the pages")
    config = load_config(args.config)
    configured = {s.name: s.version for s in config.services}
    with staged_downloads(args.urls, config.root / CACHE_FOLDER, args.rate) as downloaded:
        paths, urls = [d.path for d in downloaded], [d.url for d in downloaded]
        pages = identify(paths, args.service, args.version, configured, names=urls)
        placed = place_downloads(pages, args.into, config.specs)
    for fetched, page in zip(downloaded, placed):
        print(f"fetched {fetched.url} -> {page.path}")
    for added in add_pages(config, placed):
        new = "" if added.name in configured else " (new service)"
        print(f"added {', '.join(added.sources)} to {config.file.name} under {added.name} {added.version}{new}")
    return 0


def _init(args: argparse.Namespace) -> int:
    from codegen.init import init_project

    created = init_project(
        Path.cwd(),
        args.pages,
        package=args.package,
        service=args.service,
        version=args.version,
        ci=not args.no_ci,
        rate=args.rate,
    )
    for service in created.services:
        print(f"{service.name} {service.version}: {', '.join(service.sources)}")
    print(f"wrote the configuration to {created.config.name}")
    if created.gitignore:
        print(f"added codegen's cache folder to {created.gitignore.name}")
    if created.workflow:
        print(f"wrote {created.workflow.relative_to(Path.cwd().resolve())} (runs `codegen regenerate --check`)")
    print("next: codegen regenerate, then commit the configuration, spec/ and generated/")
    return 0


def _export(args: argparse.Namespace) -> int:
    from codegen.export.openapi import dump_openapi, openapi_filename
    from codegen.spec.io import load_spec, spec_filename

    config = load_config(args.config)
    known = {s.name for s in config.services} | {f"{s.name}-{s.version}" for s in config.services}
    unknown = sorted(set(args.services) - known)
    if unknown:
        raise CodegenError(f"{config.file}: no service {', '.join(unknown)}; configured: {', '.join(sorted(known))}")
    documents: dict[Path, str] = {}
    for service in config.services:
        if args.services and not {service.name, f"{service.name}-{service.version}"} & set(args.services):
            continue
        path = config.specs / spec_filename(service.name, service.version)
        if not path.is_file():
            raise CodegenError(f"{path}: no spec for {service.name} {service.version}; run `codegen regenerate` first")
        documents[args.output / openapi_filename(service.name, service.version)] = dump_openapi(load_spec(path))
    if args.output.exists() and not args.output.is_dir():
        raise CodegenError(f"{args.output}: not a folder; -o names the folder the documents go to")
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CodegenError(f"{args.output}: cannot create the folder: {exc.strerror or exc}") from None
    for target, text in documents.items():
        try:
            write_file_atomic(target, text)
        except OSError as exc:
            raise CodegenError(f"{target}: cannot write: {exc.strerror or exc}") from None
        print(f"wrote {target}")
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage mistakes in the same one-line form as every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"codegen: error: {message} (see {self.prog} --help)\n")


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected requests per second, a number above 0, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected requests per second, a number above 0, got {text}")
    return value


def _service_name(text: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9]*", text):
        raise argparse.ArgumentTypeError(f"expected a lower-case service name such as 'live', got {text!r}")
    return text


def _api_version(text: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f"expected an API version such as 2018-08-01, got {text!r}")
    return text


def _add_config_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--config", type=Path, help="pyproject.toml or codegen.toml (default: found from here up)")


class _VersionAction(argparse.Action):
    """`--version`, looking the version up only when asked: the lookup is slow to import."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> NoReturn:
        print(f"{parser.prog} {generator_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="codegen",
        description="Turn Tencent Cloud API documents (HTML, Markdown, page text, PDF text) into a JSON spec "
        "and typed Python clients.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version of codegen and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    regen = commands.add_parser(
        "regenerate",
        help="rebuild spec/ and generated/ from the configured sources",
        description="Parse every configured source, merge one spec per service version, render and format the "
        "clients, and write spec/ and generated/ (all or nothing).",
    )
    regen.add_argument("--check", action="store_true", help="write nothing; exit 1 and list stale files if any")
    regen.add_argument(
        "--verify-format",
        action="store_true",
        help="run black over generated/ too; exit 1 naming the files it would change",
    )
    regen.add_argument("--timings", action="store_true", help="print the time each stage took")
    regen.add_argument("--refresh", action="store_true", help="download fetched sources again before regenerating")
    regen.add_argument("--verbose", "-v", action="store_true", help="list every merge conflict and warning")
    _add_config_option(regen)
    regen.set_defaults(run=_regenerate)

    parse = commands.add_parser(
        "parse",
        help="parse documents into one spec without rendering",
        description="Parse one or more documents of the same service into a single spec, to inspect a new document.",
    )
    parse.add_argument("files", nargs="+", type=Path, metavar="FILE", help="source documents")
    parse.add_argument("--output", "-o", type=Path, help="write the spec here instead of standard output")
    parse.add_argument("--format", choices=["html", "markdown", "pagetext", "pdftext"], help="skip format detection")
    parse.add_argument("--service", type=_service_name, help="service name when the documents do not state it")
    parse.add_argument("--version", type=_api_version, help="API version when the documents do not state it")
    parse.set_defaults(run=_parse)

    lint = commands.add_parser(
        "lint",
        help="report what the configured documents say inconsistently",
        description="Report example parameters missing from tables, example values that contradict declared types, "
        "pages in different languages that disagree on a type or required flag, and error codes used but not listed. "
        "Exit 1 when anything is found.",
    )
    _add_config_option(lint)
    lint.set_defaults(run=_lint)

    diff = commands.add_parser(
        "diff",
        help="list the API changes between a git revision's specs and the working tree's",
        description="Compare the spec files of a git revision (default HEAD) with those in the working tree and list "
        "what changed in the API: actions, parameters, types, required flags, value lists, limits, errors and "
        "structures, each marked breaking or compatible for callers of the generated client.",
    )
    diff.add_argument("revision", nargs="?", default="HEAD", metavar="REV", help="git revision (default HEAD)")
    diff.add_argument("--format", choices=["text", "markdown"], default="text", help="markdown: for a pull request")
    diff.add_argument(
        "--fail-on", choices=["breaking", "any"], help="exit 1 on breaking changes (or on any API change)"
    )
    _add_config_option(diff)
    diff.set_defaults(run=_diff)

    report = commands.add_parser(
        "report",
        help="write an HTML review page per service version: what was read, and from where",
        description="Write one self-contained HTML page per service version: every action, parameter, constraint, "
        "example and structure as read, beside the source rows it came from, with warnings, lint findings, merge "
        "conflicts, undefined structures and legacy actions highlighted.",
    )
    report.add_argument("services", nargs="*", metavar="SERVICE", help="service names (default: all configured)")
    report.add_argument("--output", "-o", type=Path, help="folder for the pages (default: reports/ beside the config)")
    _add_config_option(report)
    report.set_defaults(run=_report)

    fetch = commands.add_parser(
        "fetch",
        help="download doc pages and add them to the configuration",
        description="Download documentation pages (HTML) with their URL and fetch date beside them, and add each to "
        "the sources of the service it documents (a service the configuration does not have yet gets a new entry). "
        "`regenerate --refresh` downloads them again later.",
    )
    fetch.add_argument("urls", nargs="+", metavar="URL")
    fetch.add_argument("--into", type=Path, help="folder for the pages (default: spec/sources/<service>/)")
    fetch.add_argument("--service", type=_service_name, help="the service, when the pages do not name it")
    fetch.add_argument(
        "--version", type=_api_version, help="the API version, e.g. 2018-08-01, when the pages do not state it"
    )
    fetch.add_argument("--rate", type=_rate, default=1.0, help="requests per second to one host (default 1)")
    _add_config_option(fetch)
    fetch.set_defaults(run=_fetch)

    export = commands.add_parser(
        "export",
        help="write the specs in another format (OpenAPI 3.1)",
        description="Write one OpenAPI 3.1 document (JSON) per configured service version, made from its spec in "
        "spec/: an operation per action, the structures as schemas, the error codes and the signing scheme.",
    )
    export.add_argument("format", choices=["openapi"], help="the format to write")
    export.add_argument("services", nargs="*", metavar="SERVICE", help="service names, e.g. live (default: all)")
    export.add_argument("--output", "-o", type=Path, required=True, help="folder for the documents")
    _add_config_option(export)
    export.set_defaults(run=_export)

    init = commands.add_parser(
        "init",
        help="start a project: write a configuration for the pages given",
        description="Write a configuration listing the pages (files or URLs) under the service and API version each "
        "page states: [tool.codegen] in pyproject.toml when there is one, else codegen.toml. Also adds codegen's cache "
        "folder to .gitignore and writes a GitHub Actions workflow running `codegen regenerate --check`. Never "
        "overwrites a file: refuses when the project is configured already or the workflow exists.",
    )
    init.add_argument("pages", nargs="+", metavar="PAGE_OR_URL", help="doc pages: files, or URLs to download")
    init.add_argument("--package", default="tcapi", help="top-level package of the generated code (default tcapi)")
    init.add_argument("--service", type=_service_name, help="the service, for pages that do not name it")
    init.add_argument("--version", type=_api_version, help="the API version, for pages that do not state it")
    init.add_argument("--no-ci", action="store_true", help="do not write .github/workflows/codegen.yml")
    init.add_argument("--rate", type=_rate, default=1.0, help="requests per second to one host (default 1)")
    init.set_defaults(run=_init)
    return parser


_MESSAGE_LIMIT = 400


# An error message on one readable line: a document's 50 KB cell quoted in it is cut short.
def _one_line(message: str) -> str:
    message = " ".join(message.splitlines())
    if len(message) <= _MESSAGE_LIMIT:
        return message
    return f"{message[:_MESSAGE_LIMIT]}… ({len(message) - _MESSAGE_LIMIT} more characters)"


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the command itself, not a caller's process: its objects live until it exits
        # a run builds millions of small objects and frees few cycles: collecting every 700 allocations cost
        # 15-20 % of reading a 10,000-row table
        gc.set_threshold(100_000, 20, 10)
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except CodegenError as exc:
        print(f"codegen: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except OSError as exc:  # the file system refused something no check above foresaw (disk full, read-only...)
        print(f"codegen: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("codegen: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
