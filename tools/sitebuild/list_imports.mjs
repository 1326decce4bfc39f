// Lists the standard-library files the checker needs, so the site can ship a trimmed
// python_stdlib.zip. Run by stdlib.py: node list_imports.mjs ARCHIVE.zip LIB_DIR > names.json
//
// Two sources, both run in Pyodide's own Python: what a real check imports (every exercise's
// template and model answer, a goal, the trainer's table), and every `import` written anywhere
// in the archive (planlint and the packages it bundles), imported for real so that what those
// modules import in turn is counted too. Prints the zip member names of everything imported.
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [archive, libDir] = process.argv.slice(2);
const pyodide = await loadPyodide({ packages: [], stdout: () => {}, stderr: (line) => console.error(line) });
pyodide.unpackArchive(new Uint8Array(readFileSync(archive)), "zip", { extractDir: libDir });
const names = pyodide.runPython(`
import ast, importlib, json, pathlib, sys
sys.path.insert(0, ${JSON.stringify(libDir)})
import planlint
from planlint import exercises, report

results = []
for exercise in exercises.all_exercises():
    for text in (exercise.template, exercise.model_answer):
        results.append(planlint.check_text(text, exercise=exercise.id, file=exercise.id + ".md"))
planlint.check_goal("Do 30. 6. 2025 si paní podá žádost o příspěvek na bydlení.")
from planlint.judging import morphology
morphology.load()  # the worker loads the Czech dictionary after the snapshot
table = report.rows(results, [("x.md", "problém")])
report.to_csv(table), report.to_html(table)

written = set()
for path in pathlib.Path(${JSON.stringify(libDir)}).rglob("*.py"):
    try:
        tree = ast.parse(path.read_bytes())
    except (SyntaxError, ValueError):
        continue
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            written.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            written.add(node.module)
            written.update(f"{node.module}.{alias.name}" for alias in node.names)
for name in sorted(written):
    try:
        importlib.import_module(name)
    except Exception:  # a name imported from a module, not a module; or not for this platform
        pass

zip_root = next(p for p in sys.path if p.endswith(".zip")) + "/"
files = {getattr(m, "__file__", None) or "" for m in list(sys.modules.values())}
json.dumps(sorted(f[len(zip_root):] for f in files if f.startswith(zip_root)))
`);
process.stdout.write(names);
