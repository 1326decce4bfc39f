// Makes the checker's memory snapshot: Pyodide's memory after Python has started, planlint
// has been imported from its archive and one plan has been checked. The browser restores it
// instead of starting Python and importing planlint again, which is most of the waiting.
// Run by pyodide_assets.py: node make_snapshot.mjs ARCHIVE.zip LIB_DIR STDLIB.zip OUT
//
// The snapshot is only valid for this exact Pyodide build and archive; the worker unpacks the
// same archive into the same LIB_DIR after restoring it (files are not part of the memory), and
// mounts the same trimmed standard library (Python keeps the zip's table of contents in memory).
// loadPyodide's _makeSnapshot/_loadSnapshot options are marked private in Pyodide; the worker
// falls back to an ordinary start whenever restoring fails.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { loadPyodide } from "pyodide";

const [archive, libDir, stdlib, output] = process.argv.slice(2);
const pyodide = await loadPyodide({
  packages: [],
  stdLibURL: stdlib,
  _makeSnapshot: true,
  stdout: () => {},
  stderr: (line) => console.error(line),
});
pyodide.unpackArchive(new Uint8Array(readFileSync(archive)), "zip", { extractDir: libDir });
pyodide.runPython(`
import gc, sys
sys.path.insert(0, ${JSON.stringify(libDir)})
import planlint
from planlint import report  # the trainer page's table

# Compile every lexicon and pattern once, as the first check in the browser would. No plan is
# checked here: a check loads the Czech dictionary, and the memory it grows to (over 100 MB, never
# given back) would make the snapshot four times larger and too large to restore. The worker loads
# the dictionary after the snapshot, while the page is idle.
import datetime
from planlint.judging import dates, lexicon
from planlint.reading import blocks
lexicon.smart(), lexicon.smart_settings(), lexicon.plan_words(), lexicon.sections(), lexicon.sections_data()
dates.find("do 30. 6. 2025, každý týden, do konce června", datetime.date(2025, 1, 1))
blocks._parser().parse("# Plán\\n\\n## Cíle\\n\\n- cíl\\n\\n| Co | Kdo |\\n|---|---|\\n| a | b |\\n")
from planlint.judging import morphology
assert not morphology._forms.cache_info().currsize, "the snapshot must not hold the dictionary"
gc.collect()
`);
writeFileSync(output, gzipSync(pyodide.makeMemorySnapshot(), { level: 9 }));
