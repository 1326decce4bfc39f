// Shared plumbing for the exercise, drill and trainer pages: the checker worker, the
// "preparing the checker" status line, and small DOM helpers.
//
// Trainee text never becomes HTML: every node is made with createElement and textContent.

const STAGES = {
  python: { step: 1, text: "Kontrola plánu se připravuje (krok 1 ze 3)…" },
  planlint: { step: 2, text: "Kontrola plánu se připravuje: načítají se pravidla (krok 2 ze 3)…" },
  warmup: { step: 3, text: "Kontrola plánu se připravuje: poslední krok (krok 3 ze 3)…" },
};
const READY_TEXT = "Kontrola plánu je připravená.";
const FAILED_TEXT =
  "Kontrolu plánu se nepodařilo připravit. Zkontrolujte připojení k internetu a zkuste to znovu. Váš text zůstává uložený.";
const SLOW_TEXT = " Trvá to déle než obvykle – psát můžete dál.";
const SLOW_AFTER_MS = 20000;
// Loading is given up when no byte has arrived and no step has finished for this long: a
// slow network keeps it going, a host that never answers or a refused file stops it.
const STALL_MS = 30000;
// Once every file has arrived, starting Python is work for the computer alone: a slow or busy
// one may take long without a word from the worker, and that is no stalled network.
const CPU_MS = 180000;
// A check that keeps the worker busy for longer than this is stopped: the worker is ended and a
// new one started from the same snapshot. A report of several plans gets this much per plan.
// Far above any real plan (well under a second), far below a trainee's patience.
export const CHECK_LIMIT_MS = 8000;
// Reading a file may first import the Word and LibreOffice readers (seconds on a slow computer).
const READ_LIMIT_MS = 30000;
// What the trainee reads when a request was stopped (error.message of the rejected request).
const STOPPED_TEXT = {
  timeout:
    "Kontrola tohoto plánu trvala příliš dlouho, a tak jsme ji zastavili. Váš text zůstal, jak byl. " +
    "Kontrola se připravuje znovu; pak můžete plán zkontrolovat znovu, třeba po úpravě.",
  crashed:
    "Kontrola se u tohoto plánu nečekaně zastavila. Váš text zůstal, jak byl. " +
    "Kontrola se připravuje znovu; pak můžete plán zkontrolovat znovu, třeba po úpravě.",
};
// How long the checker waits for the service worker to take over the page (first visit), so
// that Pyodide's files pass through it into the offline cache instead of being fetched twice.
const SERVICE_WORKER_WAIT_MS = 3000;

/** Read the page's build-time configuration from <script type="application/json" class="pl-config">. */
export function readConfig(root) {
  const node = root.querySelector("script.pl-config");
  const config = JSON.parse(node ? node.textContent : "{}");
  const site = new URL(config.root || "./", document.baseURI);
  return {
    ...config,
    siteURL: site,
    pyodideURL: new URL(config.pyodide, site).href,
    archiveURL: new URL(config.archive, site).href,
    snapshotURL: config.snapshot ? new URL(config.snapshot, site).href : null,
    stdlibURL: new URL(config.stdlib, site).href,
  };
}

/**
 * A site-root-relative help path from planlint ("casework/smart/#realny") as an absolute
 * URL on this site; anything that would leave the site gives null.
 */
export function helpURL(help, siteURL) {
  if (typeof help !== "string" || !help || /^[a-z][a-z0-9+.-]*:/i.test(help) || help.startsWith("/")) return null;
  const url = new URL(help, siteURL);
  return url.origin === siteURL.origin && url.pathname.startsWith(siteURL.pathname) ? url : null;
}

/** The same help path as a link relative to this page (config.root leads to the site root). */
export function helpHref(help, config) {
  return helpURL(help, config.siteURL) ? config.root + help : null;
}

/** Create an element; string children become text nodes, never markup. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "className") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Czech plural: plural(2, ["chyba", "chyby", "chyb"]) -> "2 chyby". */
export function plural(count, [one, few, many]) {
  const word = count === 1 ? one : count >= 2 && count <= 4 ? few : many;
  return `${count} ${word}`;
}

/** "2025-03-10" -> "10. 3. 2025"; anything else is returned unchanged. */
export function czechDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
  return match ? `${Number(match[3])}. ${Number(match[2])}. ${match[1]}` : value || "";
}

/** "10. 3. 2025 14:03" for a Date. */
export function czechDateTime(date) {
  const time = `${date.getHours()}:${String(date.getMinutes()).padStart(2, "0")}`;
  return `${date.getDate()}. ${date.getMonth() + 1}. ${date.getFullYear()} ${time}`;
}

/** Offer text as a file download. */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Run fn once the browser is idle (requestIdleCallback, with a timeout fallback). */
export function whenIdle(fn, timeout = 1500) {
  if ("requestIdleCallback" in window) window.requestIdleCallback(() => fn(), { timeout });
  else window.setTimeout(fn, 200);
}

/**
 * The checker: one module worker running planlint under Pyodide. It starts loading when
 * the page is idle, or at once when something is asked of it. Requests made while it
 * loads are answered when it is ready; after a failure they wait for retry().
 * A request that runs too long (CHECK_LIMIT_MS, READ_LIMIT_MS) or breaks Python restarts the
 * worker (see request()); the requests behind it go to the new worker.
 * Events: "statechange" (this.state: idle | loading | ready | failed; this.stage).
 */
export class Checker extends EventTarget {
  constructor({ pyodideURL, archiveURL, snapshotURL, stdlibURL, libDir, lock }) {
    super();
    this.urls = { pyodideURL, archiveURL, snapshotURL, stdlibURL, libDir, lock };
    this.state = "idle";
    this.stage = null;
    this.worker = null;
    this.pending = new Map(); // id -> {message, resolve}
    this.nextId = 1;
  }

  start() {
    if (this.state === "loading" || this.state === "ready") return;
    this.setState("loading", "python");
    this.watch();
    serviceWorkerInCharge().then(() => {
      if (this.state !== "loading" || this.worker) return;
      const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
      this.worker = worker;
      worker.addEventListener("message", (event) => this.onMessage(worker, event.data));
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        const detail = event.message || "worker error (not served as JavaScript?)";
        if (this.state === "ready" && worker === this.worker) this.restart("crashed", this.timed, detail);
        else this.fail(worker, detail);
      });
      worker.postMessage({ type: "boot", ...this.urls });
      for (const { message } of this.pending.values()) worker.postMessage(message);
    });
  }

  /** (Re)arm the stall watchdog: without news for STALL_MS, loading has failed. */
  watch() {
    clearTimeout(this.watchdog);
    if (this.state !== "loading") return;
    const limit = this.computing ? CPU_MS : STALL_MS;
    this.watchdog = setTimeout(() => this.fail(this.worker, `no progress for ${limit / 1000} s`), limit);
  }

  startWhenIdle() {
    whenIdle(() => this.start());
  }

  retry() {
    if (this.state !== "failed") return;
    this.state = "idle";
    this.start();
  }

  /**
   * Ask the worker; resolves to {ok, result} or {ok: false, error} (planlint's own answer, e.g. a
   * Czech refusal of a file). Starts loading if needed.
   *
   * Rejects with an Error whose `.code` is "timeout" (busy longer than CHECK_LIMIT_MS) or
   * "crashed" (Pyodide failed fatally, e.g. "Maximum call stack size exceeded", or its answer
   * was no JSON) and whose `.message` is a Czech sentence for the trainee. The worker has then
   * been restarted: the next request works without a reload, so a caller going through many
   * plans (the trainer page) marks this one and goes on.
   */
  request(type, payload) {
    const id = this.nextId++;
    const message = { type, id, ...payload };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { message, resolve, reject });
      if (this.state === "idle") this.start();
      else if (this.worker && this.state !== "failed") this.worker.postMessage(message);
      this.timeNext();
    });
  }

  /**
   * Time the request the worker is busy with: it answers in the order it was asked, so that is
   * the oldest one still pending (once the worker is ready).
   */
  timeNext() {
    const [first] = this.pending.keys();
    if (this.state !== "ready" || first === undefined) {
      clearTimeout(this.checkTimer);
      this.timed = undefined;
      return;
    }
    if (first === this.timed) return;
    this.timed = first;
    clearTimeout(this.checkTimer);
    const { type, plans } = this.pending.get(first).message;
    const limit = type === "read" ? READ_LIMIT_MS : CHECK_LIMIT_MS * (plans?.length || 1);
    this.checkTimer = setTimeout(() => this.restart("timeout", first, "too slow"), limit);
  }

  /** End a stuck or broken worker and start a new one; request `id` fails with `code`. */
  restart(code, id, detail) {
    console.warn(`[planlint] checker ${code}, starting it again:`, detail);
    const entry = this.pending.get(id);
    this.pending.delete(id);
    this.worker?.terminate();
    this.worker = null;
    this.state = "idle";
    this.timeNext();
    this.start(); // sends the other pending requests to the new worker
    entry?.reject(Object.assign(new Error(STOPPED_TEXT[code]), { code }));
  }

  onMessage(worker, data) {
    if (worker !== this.worker || !data) return;
    if (data.type === "download") {
      this.computing = data.downloading === 0;
      this.watch();
    }
    else if (data.type === "progress") this.setState("loading", data.stage);
    else if (data.type === "ready") {
      this.bootedFrom = data.from;
      this.setState("ready", null);
    } else if (data.type === "failed") this.fail(worker, data.detail);
    else if (data.type === "snapshot-unusable") {
      // Start again in a clean worker, the ordinary way (requests are re-sent by start()).
      worker.terminate();
      this.worker = null;
      this.urls = { ...this.urls, snapshotURL: null };
      this.state = "idle";
      this.start();
    } else if (data.type === "crashed") this.restart("crashed", data.id, data.detail);
    else if (data.type === "answer") {
      const entry = this.pending.get(data.id);
      if (!entry) return;
      this.pending.delete(data.id);
      this.timeNext();
      entry.resolve(data);
    }
  }

  fail(worker, detail) {
    if (worker !== this.worker || this.state !== "loading") return;
    console.warn("[planlint] checker failed to start:", detail);
    worker?.terminate();
    this.worker = null;
    this.failure = detail;
    this.setState("failed", null);
  }

  setState(state, stage) {
    this.state = state;
    this.stage = stage;
    this.watch();
    this.timeNext();
    this.dispatchEvent(new Event("statechange"));
  }
}

/**
 * Resolves once the site's service worker controls this page, or at once where there is none;
 * never later than SERVICE_WORKER_WAIT_MS. offline.js (on every page) registers it.
 */
function serviceWorkerInCharge() {
  const registering = window.sitPodporyServiceWorker;
  if (!registering || navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => {
    setTimeout(resolve, SERVICE_WORKER_WAIT_MS);
    navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true });
    registering.then((registration) => registration || resolve());
  });
}

/**
 * Wire the status line (.pl-engine) to a checker: stage text, a progress bar, and a retry
 * button when loading failed. The text is a polite live region.
 */
export function mountEngineStatus(container, checker, onChange = () => {}) {
  const text = container.querySelector(".pl-engine-text");
  const bar = container.querySelector("progress");
  const retry = container.querySelector(".pl-retry");
  let slowTimer = null;
  retry.addEventListener("click", () => {
    checker.retry();
    text.focus?.();
  });
  const update = () => {
    const { state, stage } = checker;
    container.dataset.state = state;
    clearTimeout(slowTimer);
    if (state === "loading" || state === "idle") {
      const info = STAGES[stage] || STAGES.python;
      text.textContent = info.text;
      bar.hidden = false;
      bar.value = info.step;
      retry.hidden = true;
      slowTimer = setTimeout(() => {
        if (checker.state === "loading") text.textContent = info.text + SLOW_TEXT;
      }, SLOW_AFTER_MS);
    } else if (state === "ready") {
      container.dataset.boot = checker.bootedFrom;
      text.textContent = READY_TEXT;
      bar.hidden = true;
      retry.hidden = true;
    } else if (state === "failed") {
      text.textContent = FAILED_TEXT;
      bar.hidden = true;
      retry.hidden = false;
    }
    onChange(state);
  };
  checker.addEventListener("statechange", update);
  update();
}

/** Everything a planlint page does on load: the checker and its status line. */
export function setUpChecker(root, config) {
  const checker = new Checker(config);
  const engine = root.querySelector(".pl-engine");
  if (engine) mountEngineStatus(engine, checker, (state) => (root.dataset.engine = state));
  checker.startWhenIdle();
  // Someone reaching for the widget will want a check soon: start now rather than at idle.
  for (const type of ["focusin", "pointerdown"]) {
    root.addEventListener(type, () => checker.state === "idle" && checker.start(), { once: true });
  }
  return checker;
}

const MAX_FILE_BYTES = 20 * 1000 * 1000; // as planlint's reading.MAX_DOCUMENT_BYTES

/**
 * A plan file (.docx, .odt, .txt, .md) read by planlint in the worker, exactly as the command
 * line reads it. Resolves to {text} or {problem} (one Czech sentence); never rejects.
 */
export async function readPlanFile(checker, file) {
  const empty = `Soubor „${file.name}“ je prázdný. Vyberte soubor, ve kterém je plán napsaný.`;
  if (file.size > MAX_FILE_BYTES) {
    return { problem: `Soubor „${file.name}“ je větší než 20 MB. Uložte plán bez obrázků a nahrajte ho znovu.` };
  }
  if (file.size === 0) return { problem: empty };
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { problem: `Soubor „${file.name}“ se nepodařilo otevřít. Zkuste ho vybrat znovu.` };
  }
  let answer;
  try {
    answer = await checker.request("read", { name: file.name, bytes });
  } catch {
    // Stopped (too slow) or broken: the worker has been restarted.
    return {
      problem:
        `Soubor „${file.name}“ se nepodařilo přečíst, čtení jsme zastavili. ` +
        "Uložte plán jako prostý text (.txt) nebo ho do pole vložte a zkuste to znovu.",
    };
  }
  if (!answer.ok) return { problem: answer.error };
  // Only spaces and empty lines are no plan either: never offered in place of the trainee's text.
  return answer.result.text.trim() ? { text: answer.result.text } : { problem: empty };
}
