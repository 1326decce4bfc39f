// Module Web Worker: loads Pyodide and planlint once, then answers check requests.
//
// Messages in:  {type: "boot", pyodideURL, archiveURL, snapshotURL, stdlibURL, libDir, lock}
//               {type: "check", id, text, date, exercise, file}
//               {type: "goal", id, text, date, exercise}
//               {type: "report", id, plans: [{file, text}], problems: [[file, message]], exercise}
//               {type: "read", id, name, bytes}   a file (.docx .odt .txt .md) -> {text}, or its Czech problem
// Messages out: {type: "progress", stage}        stage: "python" | "planlint" | "warmup"
//               {type: "download", bytes}        bytes received so far (the page's stall watchdog)
//               {type: "ready", from}            from: "snapshot" | "start"
//               {type: "failed", detail}
//               {type: "snapshot-unusable", detail}  start a new worker without the snapshot
//               {type: "answer", id, ok, result | error}
//               {type: "crashed", id, detail}    Pyodide broke on request id: start a new worker
//
// Everything is fetched from this site: Pyodide from its local copy (indexURL), planlint
// from a zip served next to it. No package is ever loaded from a lock file or an index.
// Only ordinary file types are fetched (.js, .gz, .zip, .json): Pyodide's WebAssembly comes
// gzip-compressed and is decompressed here, so neither the host's MIME type for .wasm nor its
// compression matters.
//
// The fast way in is the build's memory snapshot (Python started, planlint imported and
// warmed up); when it cannot be fetched or restored, Python starts the ordinary way.

// Python side: one function that takes and returns JSON text, so no proxies leak out.
const BRIDGE = `
import json, sys
if LIB_DIR not in sys.path:
    sys.path.insert(0, LIB_DIR)
import planlint

def _message(exc, kind, request):
    """planlint's own refusals are Czech sentences; anything else (a bug, a plan that breaks the
    checker) must not reach the trainee in English."""
    if isinstance(exc, planlint.InputError):
        return str(exc)
    print(f"[planlint] {kind}: {type(exc).__name__}: {exc}", file=sys.stderr)
    if kind == "read":
        return (
            f"Soubor „{request.get('name') or 'plán'}“ se nepodařilo přečíst. "
            "Uložte plán jako prostý text (.txt) nebo ho do pole vložte."
        )
    return "Kontrola při tom narazila na vlastní chybu. Váš text zůstal, jak byl; zkuste ho upravit a zkontrolovat znovu."

def _report(request):
    """The trainer's table, exactly as "planlint report" makes it (rows and CSV)."""
    from planlint import report

    results, problems = [], [tuple(problem) for problem in request.get("problems", [])]
    for plan in request["plans"]:
        try:
            results.append(planlint.check_text(plan["text"], exercise=request.get("exercise") or None, file=plan["file"]))
        except Exception as exc:  # noqa: BLE001 - one unusable plan must not hide the others
            problems.append((plan["file"], _message(exc, "check", plan)))
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
        error = _message(exc, kind, request)
        return json.dumps({"ok": False, "error": error, "kind": type(exc).__name__}, ensure_ascii=False)

_planlint_handle
`;

let handle = null; // the Python function, once booted
const waiting = []; // requests that arrived before the checker was ready

function post(message) {
  self.postMessage(message);
}

const WARMUP = JSON.stringify({ text: "# Plán\n\n## Cíle\n\n- Klient chce do 30. 6. 2025 podat žádost.\n" });

const nativeFetch = self.fetch.bind(self);
let received = 0;
let lastReport = 0;
let downloading = 0; // requests unanswered or bodies still arriving; none means Python is busy on the CPU

/** fetch(), counted as a download until it is answered (a host that never answers is no CPU work). */
async function plainFetch(input, init) {
  downloading += 1;
  try {
    return await nativeFetch(input, init);
  } finally {
    downloading -= 1;
  }
}

/**
 * A response's body, reporting bytes as they arrive so the page can tell slow from stuck, and
 * when the last body is complete, so that a slow computer is not taken for a stalled network.
 */
function counted(body) {
  downloading += 1;
  return body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        received += chunk.byteLength;
        const now = performance.now();
        if (now - lastReport > 250) {
          lastReport = now;
          post({ type: "download", bytes: received, downloading });
        }
        controller.enqueue(chunk);
      },
      flush() {
        downloading -= 1;
        post({ type: "download", bytes: received, downloading });
      },
    }),
  );
}

/** GET a file of this site; HTTP errors become exceptions. */
async function get(url) {
  const response = await plainFetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/**
 * The decompressed body of a .gz file. A host that sends it with Content-Encoding: gzip has
 * let the browser decompress it already.
 */
function gunzipped(response) {
  const body = counted(response.body);
  const decoded = /gzip/i.test(response.headers.get("Content-Encoding") || "");
  return decoded ? body : body.pipeThrough(new DecompressionStream("gzip"));
}

async function fetchSnapshot(url) {
  return new Uint8Array(await new Response(gunzipped(await get(url))).arrayBuffer());
}

/**
 * Pyodide fetches "pyodide.asm.wasm" with the global fetch; the site has only the .gz. Answer
 * with the decompressed bytes and the right type.
 * Whatever else Pyodide fetches (the standard library) is counted for the watchdog.
 */
function serveCompressedWasm(pyodideURL) {
  const wasmURL = new URL("pyodide.asm.wasm", pyodideURL).href;
  self.fetch = async (input, init) => {
    const href = input instanceof Request ? input.url : String(input);
    if (href === wasmURL) {
      // Decompressed in full before compiling: Chromium's renderer crashed when a page was
      // reloaded while WebAssembly compiled from a decompressing stream.
      const bytes = await new Response(gunzipped(await get(wasmURL + ".gz"))).arrayBuffer();
      return new Response(bytes, { headers: { "Content-Type": "application/wasm" } });
    }
    const response = await plainFetch(input, init);
    if (!response.body) return response;
    const { status, statusText, headers } = response;
    return new Response(counted(response.body), { status, statusText, headers });
  };
}

/** A Content-Security-Policy without 'wasm-unsafe-eval' forbids WebAssembly; say so at once. */
function assertWebAssemblyAllowed() {
  try {
    new WebAssembly.Module(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  } catch (error) {
    throw new Error(`WebAssembly is not allowed here (Content-Security-Policy?): ${error}`);
  }
}

async function startPython(loadPyodide, createPyodideModule, { pyodideURL, snapshotURL, stdlibURL, lock }) {
  const options = {
    indexURL: pyodideURL,
    createPyodideModule,
    stdLibURL: stdlibURL,
    lockFileContents: lock, // lists no packages: nothing is ever fetched from a package index
    packageBaseUrl: pyodideURL,
    packages: [],
    stdout: () => {},
    stderr: (line) => console.warn("[planlint]", line),
  };
  if (!snapshotURL) return { pyodide: await loadPyodide(options), from: "start" };
  const snapshot = fetchSnapshot(snapshotURL);
  snapshot.catch(() => {}); // loadPyodide awaits it only later; its failure is handled below
  try {
    return { pyodide: await loadPyodide({ ...options, _loadSnapshot: snapshot }), from: "snapshot" };
  } catch (error) {
    // A failed loadPyodide leaves its state behind in this worker; a new one starts clean.
    console.warn("[planlint] snapshot not usable, starting Python the ordinary way:", error);
    throw Object.assign(new Error(String(error)), { snapshotUnusable: true });
  }
}

async function boot({ pyodideURL, archiveURL, snapshotURL, stdlibURL, libDir, lock }) {
  const started = performance.now();
  const times = {};
  const lap = (name) => {
    times[name] = Math.round(performance.now() - started);
  };
  post({ type: "progress", stage: "python" });
  assertWebAssemblyAllowed();
  serveCompressedWasm(pyodideURL);
  // Start fetching the archive now, in parallel with Pyodide itself.
  const archive = get(archiveURL).then((response) => new Response(counted(response.body)).arrayBuffer());
  archive.catch(() => {}); // reported below, when awaited
  // Pyodide's modules under .js names (any host serves .js as JavaScript); the core module is
  // handed to loadPyodide, which would otherwise import it as "pyodide.asm.mjs".
  const [{ loadPyodide }, { default: createPyodideModule }] = await Promise.all([
    import(new URL("pyodide.js", pyodideURL).href),
    import(new URL("pyodide.asm.js", pyodideURL).href),
  ]);
  const { pyodide, from } = await startPython(loadPyodide, createPyodideModule, { pyodideURL, snapshotURL, stdlibURL, lock });
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
  // The Czech dictionary is not in the snapshot (it would make it several times larger): load it
  // now, before the first click, unless a request is already waiting (that check loads it).
  if (!waiting.length) {
    pyodide.runPython("from planlint.judging import morphology; morphology.load()");
    lap("dictionary");
  }
  handle = fn;
  post({ type: "ready", from });
  console.info("[planlint] checker ready (ms since start):", JSON.stringify(times));
  while (waiting.length) answer(waiting.shift());
}

/**
 * Python answers every request itself, failures included (as JSON). An exception here means
 * Pyodide itself broke (a fatal error such as "Maximum call stack size exceeded", or an answer
 * that is no JSON): this worker is of no further use, and the page starts a new one.
 */
function answer(message) {
  const { id, type, bytes, ...payload } = message;
  let reply;
  try {
    // A file's bytes go to Python as they are (a typed array), not through JSON.
    reply = JSON.parse(bytes ? handle(type, JSON.stringify(payload), bytes) : handle(type, JSON.stringify(payload)));
  } catch (error) {
    post({ type: "crashed", id, detail: String(error && error.message ? error.message : error) });
    return;
  }
  post({ type: "answer", id, ...reply });
}

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "boot") {
    boot(message).catch((error) => {
      const detail = String(error && error.message ? error.message : error);
      post({ type: error && error.snapshotUnusable ? "snapshot-unusable" : "failed", detail });
    });
  } else if (["check", "goal", "report", "read"].includes(message.type)) {
    if (handle) answer(message);
    else waiting.push(message);
  }
});
