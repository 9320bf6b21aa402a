"""``okx-key-manager scan [PATH…]``: finds OKX keys in plain-text files and prints where, with
masked values. Exit status (like gitleaks, for hooks and CI): 0 nothing found; 1 a key found
with high or medium confidence (a known tool's file, or a variable named after OKX); 0, with a
note, when only low-confidence matches were found (a UUID near a 32-hex value). Files that could
not be read are listed ("Not read: PATH: why") and change no exit status."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gui.commands.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError, Console, report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders (default: the current folder, and where freqtrade, OKX's kit, "
        "passivbot, hummingbot and OctoBot keep their files in your home folder)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list (values masked)")


def run(args: argparse.Namespace, console: Console | None = None) -> int:
    from gui.bots.findings import Confidence
    from gui.bots.scan import MAX_FILES, default_places, scan_paths

    console = console or Console()
    try:
        roots: list[Path | tuple[Path, int]]
        if args.paths:
            roots = [Path(p).expanduser() for p in args.paths]
            missing = [str(p) for p in roots if isinstance(p, Path) and not p.exists()]
            if missing:
                raise CommandError(EXIT_USAGE, f"no such file or folder: {', '.join(missing)}")
        else:
            roots = list(default_places(Path.home(), Path.cwd()))
    except CommandError as error:
        return report("scan", error, console)
    result = scan_paths(roots)
    findings = result.findings
    if args.json:
        rows = [
            {
                "path": str(f.path),
                "line": f.line,
                "tool": None if f.tool is None else f.tool.value,
                "kind": f.kind.value,
                "confidence": f.confidence.value,
                "values": {v.field.value: v.shown() for v in f.values},
                "migratable": f.migratable,
            }
            for f in findings
        ]
        print(json.dumps(rows, indent=2), file=console.out)
    else:
        for f in findings:
            tool = f.tool.value if f.tool is not None else "-"
            print(
                f"{f.where()}  {tool}  {f.confidence.value}  {f.kind.value}  {f.shown_values()}",
                file=console.out,
            )
            reason = f.why_not_migratable()
            if reason is not None and f.confidence is not f.confidence.LOW:
                print(f"    {reason}", file=console.out)
        movable = sorted({str(f.path) for f in findings if f.migratable})
        summary = f"{len(findings)} possible OKX key(s) in {result.files} file(s) scanned."
        if result.truncated:
            summary += (
                f" Stopped after {MAX_FILES:,} files: name fewer or deeper folders to scan "
                "the rest."
            )
        print(summary, file=console.err)
        for path in movable:
            print(f"Move them out with: okx-key-manager migrate {path}", file=console.err)
    for unread, why in result.unread:
        print(f"Not read: {unread}: {why}", file=console.err)
    if findings and all(f.confidence is Confidence.LOW for f in findings):
        print(
            "Only low-confidence matches (a UUID near a 32-character hex value): look at them; "
            "the exit status stays 0.",
            file=console.err,
        )
    return EXIT_FAILED if any(f.confidence is not Confidence.LOW for f in findings) else EXIT_OK
