// Adds bytecode for Pyodide's own Python to the planlint archive, so the browser imports
// planlint without compiling it first. Run by pyodide_assets.py: node compile_pyc.mjs IN.zip OUT.zip
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [input, output] = process.argv.slice(2);
const pyodide = await loadPyodide({ packages: [], stdout: () => {}, stderr: (line) => console.error(line) });
pyodide.FS.writeFile("/tmp/in.zip", readFileSync(input));
pyodide.runPython(`
import compileall, py_compile, zipfile

with zipfile.ZipFile("/tmp/in.zip") as source:
    source.extractall("/tmp/lib")
    names = source.namelist()
# Unchecked-hash bytecode: used as it is, whatever mtime unpacking gives the source files.
compileall.compile_dir("/tmp/lib", quiet=2, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
import pathlib
root = pathlib.Path("/tmp/lib")
bytecode = sorted(str(p.relative_to(root)) for p in root.rglob("*.pyc"))
with zipfile.ZipFile("/tmp/out.zip", "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as target:
    for name in names + bytecode:
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        target.writestr(info, (root / name).read_bytes())
`);
writeFileSync(output, pyodide.FS.readFile("/tmp/out.zip"));
