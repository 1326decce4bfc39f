// Module Web Worker: loads Pyodide and planlint once, then answers check requests.
//
// Messages in:  {type: "boot", pyodideURL, archiveURL, snapshotURL, libDir}
//               {type: "check", id, text, date, exercise, file}
//               {type: "goal", id, text, date, exercise}
//               {type: "report", id, plans: [{file, text}], problems: [[file, message]], exercise}
//               {type: "read", id, name, bytes}   a file (.docx .odt .txt .md) -> {text}, or its Czech problem
// Messages out: {type: "progress", stage}        stage: "python" | "planlint" | "warmup"
//               {type: "ready", from}            from: "snapshot" | "start"
//               {type: "failed", detail}
//               {type: "answer", id, ok, result | error}
//
// Everything is fetched from this site: Pyodide from its local copy (indexURL), planlint
// from a zip served next to it. No package is ever loaded from a lock file or an index.
//
// The fast way in is the build's memory snapshot (Python started, planlint imported and
// warmed up); when it cannot be fetched or restored, Python starts the ordinary way.

// Python side: one function that takes and returns JSON text, so no proxies leak out.
const BRIDGE = `
import json, sys
if LIB_DIR not in sys.path:
    sys.path.insert(0, LIB_DIR)
import planlint

def _report(request):
    """The trainer's table, exactly as "planlint report" makes it (rows and CSV)."""
    from planlint import report

    results, problems = [], [tuple(problem) for problem in request.get("problems", [])]
    for plan in request["plans"]:
        try:
            results.append(planlint.check_text(plan["text"], exercise=request.get("exercise") or None, file=plan["file"]))
        except Exception as exc:  # noqa: BLE001 - one unusable plan must not hide the others
            problems.append((plan["file"], str(exc)))
    table = report.rows(results, problems)
    return {"columns": report.COLUMNS, "rows": table, "csv": report.to_csv(table), "results": results}

def _planlint_handle(kind, payload, data=None):
    request = json.loads(payload)
    try:
        if kind == "read":
            result = {"text": planlint.read_bytes(data.to_bytes(), request.get("name") or "plan.txt")}
        elif kind == "check":
            result = planlint.check_text(
                request["text"],
                date=request.get("date") or None,
                exercise=request.get("exercise") or None,
                file=request.get("file") or "plan.md",
            )
        elif kind == "goal":
            result = planlint.check_goal(
                request["text"], date=request.get("date") or None, exercise=request.get("exercise") or None
            )
        elif kind == "report":
            result = _report(request)
        else:
            raise ValueError(kind)
        return json.dumps({"ok": True, "result": result}, ensure_ascii=False)
    except Exception as exc:  # noqa: BLE001 - every failure goes back to the page as a message
        return json.dumps({"ok": False, "error": str(exc), "kind": type(exc).__name__}, ensure_ascii=False)

_planlint_handle
`;

let handle = null; // the Python function, once booted
const waiting = []; // requests that arrived before the checker was ready

function post(message) {
  self.postMessage(message);
}

const WARMUP = JSON.stringify({ text: "# Plán\n\n## Cíle\n\n- Klient chce do 30. 6. 2025 podat žádost.\n" });

/** The snapshot's bytes; build output is gzip, but a host may already have decoded it. */
async function fetchSnapshot(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function startPython(loadPyodide, { pyodideURL, snapshotURL }) {
  const options = {
    indexURL: pyodideURL,
    packages: [],
    stdout: () => {},
    stderr: (line) => console.warn("[planlint]", line),
  };
  if (snapshotURL) {
    const snapshot = fetchSnapshot(snapshotURL);
    snapshot.catch(() => {}); // loadPyodide awaits it only later; its failure is handled below
    try {
      return { pyodide: await loadPyodide({ ...options, _loadSnapshot: snapshot }), from: "snapshot" };
    } catch (error) {
      console.warn("[planlint] snapshot not usable, starting Python the ordinary way:", error);
    }
  }
  return { pyodide: await loadPyodide(options), from: "start" };
}

async function boot({ pyodideURL, archiveURL, snapshotURL, libDir }) {
  const started = performance.now();
  const times = {};
  const lap = (name) => {
    times[name] = Math.round(performance.now() - started);
  };
  post({ type: "progress", stage: "python" });
  // Start fetching the archive now, in parallel with Pyodide itself.
  const archive = fetch(archiveURL).then((response) => {
    if (!response.ok) throw new Error(`${archiveURL}: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  archive.catch(() => {}); // reported below, when awaited
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideURL).href);
  const { pyodide, from } = await startPython(loadPyodide, { pyodideURL, snapshotURL });
  lap(from);
  post({ type: "progress", stage: "planlint" });
  pyodide.unpackArchive(await archive, "zip", { extractDir: libDir });
  lap("archive");
  post({ type: "progress", stage: "warmup" });
  pyodide.globals.set("LIB_DIR", libDir);
  const fn = pyodide.runPython(BRIDGE);
  lap("import");
  // Warm up (the first check compiles the rules) unless the snapshot already did, or a real
  // request is waiting and will do the same.
  if (from !== "snapshot" && !waiting.length) {
    fn("check", WARMUP);
    lap("warmup");
  }
  handle = fn;
  post({ type: "ready", from });
  console.info("[planlint] checker ready (ms since start):", JSON.stringify(times));
  while (waiting.length) answer(waiting.shift());
}

function answer(message) {
  const { id, type, bytes, ...payload } = message;
  let reply;
  try {
    // A file's bytes go to Python as they are (a typed array), not through JSON.
    reply = JSON.parse(bytes ? handle(type, JSON.stringify(payload), bytes) : handle(type, JSON.stringify(payload)));
  } catch (error) {
    reply = { ok: false, error: String(error && error.message ? error.message : error), kind: "WorkerError" };
  }
  post({ type: "answer", id, ...reply });
}

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "boot") {
    boot(message).catch((error) => {
      post({ type: "failed", detail: String(error && error.message ? error.message : error) });
    });
  } else if (["check", "goal", "report", "read"].includes(message.type)) {
    if (handle) answer(message);
    else waiting.push(message);
  }
});
