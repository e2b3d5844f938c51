"""Command line: `codegen regenerate`, `codegen parse`, `codegen fetch`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.config import load_config
from codegen.errors import CodegenError
from codegen.pipeline import STAGES, Summary, regenerate


def _regenerate(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if args.refresh:
        from codegen.fetch import refresh_sources

        metas = sorted(
            {m for s in config.services for p in config.source_files(s) for m in p.parent.glob("*.meta.json")}
        )
        for page in refresh_sources(metas):
            print(f"refreshed {page.url}{' (changed)' if page.changed else ''}")
    summary = regenerate(config, check=args.check)
    if args.check:
        if summary.stale:
            print("stale (regenerate to update):", file=sys.stderr)
            for name in summary.stale:
                print(f"  {name}", file=sys.stderr)
            return 1
        print(
            f"up to date: {len(summary.specs)} specs and {config.output.name}/ match the sources ({summary.seconds:.2f}s)"
        )
        return 0
    _print_summary(summary, args.timings, args.verbose)
    return 0


def _print_summary(summary: Summary, timings: bool, verbose: bool) -> None:
    for spec in summary.specs:
        undefined = sum(1 for s in spec.structures.values() if not s.defined)
        print(
            f"{spec.service} {spec.version}: {len(spec.actions)} actions, {len(spec.structures)} structures"
            f" ({undefined} undefined), {len(spec.errors)} error codes, {len(spec.conflicts)} merge conflicts resolved"
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
    print(
        f"{len(summary.written)} files written, {summary.formatted} formatted with black,"
        f" {summary.conflicts} conflicts resolved, {summary.seconds:.2f}s"
    )
    if timings:
        print("timings: " + ", ".join(f"{stage} {summary.timings[stage]:.3f}s" for stage in STAGES))


def _parse(args: argparse.Namespace) -> int:
    from codegen.ingest import read_document
    from codegen.parse import parse_document
    from codegen.spec.io import dump_spec
    from codegen.spec.merge import merge_specs

    partials = [parse_document(read_document(path, format=args.format)) for path in args.files]
    service = args.service or next((p.service for p in partials if p.service), "")
    version = args.version or next((p.version for p in partials if p.version), "")
    if not service:
        raise CodegenError("the documents do not name their service; pass --service")
    text = dump_spec(merge_specs(service, version, partials))
    if args.output:
        Path(args.output).write_text(text, "utf-8")
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def _lint(args: argparse.Namespace) -> int:
    from codegen.lint import lint_partials
    from codegen.pipeline import parse_source, read_source

    config = load_config(args.config)
    findings = []
    for service in config.services:
        partials = [parse_source(service, read_source(config, service, path)) for path in config.source_files(service)]
        findings.extend(lint_partials(partials))
    for finding in findings:
        print(finding)
    print(f"{len(findings)} findings", file=sys.stderr)
    return 1 if findings else 0


def _fetch(args: argparse.Namespace) -> int:
    from codegen.config import add_sources
    from codegen.fetch import fetch_pages

    pages = fetch_pages(args.urls, args.into, rate=args.rate)
    for page in pages:
        print(f"fetched {page.url} -> {page.path}")
    config = load_config(args.config)
    if args.service:
        added = add_sources(config, args.service, args.version, [p.path for p in pages])
        for path in added:
            print(f"added {path} to {config.file.name} under {args.service} {args.version or ''}".rstrip())
    else:
        covered = {f.resolve() for s in config.services for f in config.source_files(s)}
        loose = [p.path for p in pages if p.path.resolve() not in covered]
        if loose:
            print(f"{len(loose)} page(s) are in no service's sources: pass --service NAME --version V to add them")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="codegen",
        description="Turn Tencent Cloud API documents (HTML, Markdown, page text, PDF text) into a JSON spec "
        "and typed Python clients.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    regen = commands.add_parser(
        "regenerate",
        help="rebuild spec/ and generated/ from the configured sources",
        description="Parse every configured source, merge one spec per service version, render and format the "
        "clients, and write spec/ and generated/ (all or nothing).",
    )
    regen.add_argument("--check", action="store_true", help="write nothing; exit 1 and list stale files if any")
    regen.add_argument("--timings", action="store_true", help="print the time each stage took")
    regen.add_argument("--refresh", action="store_true", help="download fetched sources again before regenerating")
    regen.add_argument("--verbose", "-v", action="store_true", help="list every merge conflict and warning")
    regen.add_argument("--config", type=Path, help="pyproject.toml or codegen.toml (default: found from here up)")
    regen.set_defaults(run=_regenerate)

    parse = commands.add_parser(
        "parse",
        help="parse documents into one spec without rendering",
        description="Parse one or more documents of the same service into a single spec, to inspect a new document.",
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="source documents")
    parse.add_argument("--output", "-o", help="write the spec here instead of standard output")
    parse.add_argument("--format", choices=["html", "markdown", "pagetext", "pdftext"], help="skip format detection")
    parse.add_argument("--service", help="service name when the documents do not state it")
    parse.add_argument("--version", help="API version when the documents do not state it")
    parse.set_defaults(run=_parse)

    lint = commands.add_parser(
        "lint",
        help="report what the configured documents say inconsistently",
        description="Report example parameters missing from tables, example values that contradict declared types, "
        "pages in different languages that disagree on a type or required flag, and error codes used but not listed. "
        "Exit 1 when anything is found.",
    )
    lint.add_argument("--config", type=Path, help="pyproject.toml or codegen.toml (default: found from here up)")
    lint.set_defaults(run=_lint)

    fetch = commands.add_parser(
        "fetch",
        help="download doc pages into a sources folder",
        description="Download documentation pages (HTML) with their URL and fetch date beside them, and optionally add "
        "them to a service's sources in the configuration. `regenerate --refresh` downloads them again later.",
    )
    fetch.add_argument("urls", nargs="+", metavar="URL")
    fetch.add_argument("--into", type=Path, required=True, help="folder for the pages, e.g. spec/sources/live/")
    fetch.add_argument("--service", help="add the pages to this service's sources in the configuration")
    fetch.add_argument("--version", help="the service's API version, e.g. 2018-08-01 (with --service)")
    fetch.add_argument("--rate", type=float, default=1.0, help="requests per second to one host (default 1)")
    fetch.add_argument("--config", type=Path, help="pyproject.toml or codegen.toml (default: found from here up)")
    fetch.set_defaults(run=_fetch)
    return parser


_MESSAGE_LIMIT = 400


# An error message on one readable line: a document's 50 KB cell quoted in it is cut short.
def _one_line(message: str) -> str:
    message = " ".join(message.splitlines())
    if len(message) <= _MESSAGE_LIMIT:
        return message
    return f"{message[:_MESSAGE_LIMIT]}… ({len(message) - _MESSAGE_LIMIT} more characters)"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except CodegenError as exc:
        print(f"codegen: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
