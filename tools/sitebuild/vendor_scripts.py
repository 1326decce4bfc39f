"""After MkDocs: copy the small npm libraries that pages load as classic scripts into site/.

fflate (MIT) zips the Word (.docx) and LibreOffice (.odt) files that the case-conference companion
builds in the browser; its UMD build defines the global `fflate`, so a classic script can use it
on any host (no module MIME type needed). Pages name it by this fixed path.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .paths import NODE_MODULES

# (npm file, path in the site)
VENDORED = (("fflate/umd/index.js", "assets/javascripts/vendor/fflate.js"),)


def build_step(site: Path) -> None:
    for source, target in VENDORED:
        destination = Path(site) / target
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NODE_MODULES / source, destination)
