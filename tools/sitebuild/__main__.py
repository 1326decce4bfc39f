"""Command line: `python -m sitebuild build` or `python -m sitebuild serve [--ucebna] [--port N]`."""

from __future__ import annotations

import argparse
import sys

from . import build, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sitebuild", description="Build or serve the Síť podpory site.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="build the static site into site/ (MkDocs + Material, production)")
    sub.add_parser("build-zensical", help="build the same pages with Zensical into site-zensical/")
    serve_cmd = sub.add_parser("serve", help="build the site if its inputs changed, then serve it on localhost")
    serve_cmd.add_argument("--port", type=int, default=8000)
    serve_cmd.add_argument("--host", default="127.0.0.1")
    serve_cmd.add_argument(
        "--ucebna", "--room", dest="room", action="store_true",
        help="training room: serve the local network and print the address (and QR code) participants type",
    )
    serve_cmd.add_argument("--no-build", action="store_true", help="serve the last build as it is")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build.build()
    if args.command == "build-zensical":
        return build.build("zensical")
    if not args.no_build and (status := build.build_if_changed()):
        return status
    return serve.serve(args.host, args.port, room=args.room)


if __name__ == "__main__":
    sys.exit(main())
