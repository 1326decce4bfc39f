"""Command line: `python -m sitebuild build` or `python -m sitebuild serve [--port N]`."""

from __future__ import annotations

import argparse
import sys

from . import build, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sitebuild", description="Build or serve the Síť podpory site.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build the static site into site/ (MkDocs + Material, production)")
    sub.add_parser("build-zensical", help="build the same pages with Zensical into site-zensical/")
    serve_cmd = sub.add_parser("serve", help="serve the built site on localhost")
    serve_cmd.add_argument("--port", type=int, default=8000)
    serve_cmd.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build.build()
    if args.command == "build-zensical":
        return build.build("zensical")
    return serve.serve(args.host, args.port)


if __name__ == "__main__":
    sys.exit(main())
