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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except CodegenError as exc:
        print(f"codegen: error: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
