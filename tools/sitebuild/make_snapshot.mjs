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

# Compile every lexicon and rule once, as the first check in the browser would.
planlint.check_text("# Plán\\n\\n## Cíle\\n\\n- Klient chce do 30. 6. 2025 podat žádost.\\n")
planlint.check_goal("Do 30. 6. 2025 si paní podá žádost o příspěvek na bydlení.")
# The Czech dictionary (tens of MB in memory) stays out of the snapshot; the worker loads it while idle.
from planlint.judging import morphology
morphology.unload()
gc.collect()
`);
writeFileSync(output, gzipSync(pyodide.makeMemorySnapshot(), { level: 9 }));
