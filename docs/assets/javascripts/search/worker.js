/*
 * Czech site search for Síť podpory: a drop-in replacement for Material's search worker.
 *
 * Material's page script keeps the search box, the result list and the keyboard handling; it
 * talks to this worker with four messages (0 SETUP, 1 READY, 2 QUERY, 3 RESULT) and renders
 * whatever RESULT holds. This worker:
 *
 *   - folds case and diacritics ("Případová" -> "pripadova"), so queries typed without
 *     diacritics match;
 *   - stems Czech words with one algorithm used for both the index and the query (both run here,
 *     in the browser), so "pripadovou konferenci" meets "případová konference";
 *   - ranks page titles above section titles above body text, and pages that contain every query
 *     word above pages that contain some.
 *
 * The documents come from search/pages.json, written by tools/sitebuild/search_index.py after
 * MkDocs; it is fetched on the first query only, so pages do not carry the index's weight.
 * Loaded into a page instead (window.sitSearch) or into Node (module.exports), it only defines
 * the functions: tests/test_search.py checks the stemmer and the ranking that way.
 */
"use strict";

/* ---------------------------------------------------------------- text ----- */

var STOPWORDS = new Set((
  "a aby ale ani az by byl byla byli bylo co do i jak jako je jeho jej jeji jejich jen jsem " +
  "jsme jsou jste k kde kdo kdy kdyz ke ktera ktere kteri ktery kterou ma mezi mit na nad " +
  "nebo neni o od po pod pokud pro proto pri s se si ta tak take tam te ten tento tim to tom " +
  "tu tuto u uz v ve vsak z za ze"
).split(" "));

/* Words that must not be stemmed: English terms that would collide with Czech stems. */
var KEEP = new Set(["case"]);

var FOLD_CACHE = new Map();

function fold(text) {
  var folded = FOLD_CACHE.get(text);
  if (folded === undefined) {
    folded = text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    if (text.length < 40 && FOLD_CACHE.size < 100000) FOLD_CACHE.set(text, folded);
  }
  return folded;
}

var CASE_ENDINGS = [
  "etem",
  "ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu",
  "ach", "ych", "ama", "ami", "ove", "ovi", "ymi",
  "em", "im", "um", "am", "ym", "mi", "ou",
  "a", "e", "i", "o", "u", "y"
];
var VOWEL = /[aeiouy]/;

/*
 * Stem one folded word. Each step keeps at least three letters:
 *   1. case endings (longest first): konferencich -> konferenc, planu -> plan;
 *   2. possessive/adjectival -ov, -uv: pripadov -> pripad;
 *   3. the abstract-noun suffix -ost: terminovanost -> terminovan (= terminovany);
 *   4. the fleeting e: obec -> obc (= obce), clanek -> clank (= clanku);
 *   5. u/o in short stems: stul -> stol (= stolu);
 *   6. palatal alternation of the last consonant: c -> k (matce = matka), z -> h (knize = kniha);
 *   7. the feminine -k after a consonant: koordinatork -> koordinator (= koordinatorce).
 */
function stem(word) {
  if (word.length < 4 || KEEP.has(word) || /[^a-z]/.test(word)) return word;
  var s = word;
  for (var i = 0; i < CASE_ENDINGS.length; i++) {
    var ending = CASE_ENDINGS[i];
    if (s.length - ending.length >= 3 && s.endsWith(ending)) {
      s = s.slice(0, -ending.length);
      break;
    }
  }
  if (s.length >= 6 && (s.endsWith("ov") || s.endsWith("uv"))) s = s.slice(0, -2);
  if (s.length >= 7 && s.endsWith("ost")) s = s.slice(0, -3);
  var n = s.length;
  if (n >= 4 && /[^aeiouy]e[cklnr]$/.test(s)) s = s.slice(0, -2) + s[n - 1];
  if (s.length <= 4 && /[^aeiouy]u[bcdhlmnrstvz]$/.test(s)) s = s.slice(0, -2) + "o" + s.slice(-1);
  s = palatal(s);
  if (s.length >= 6 && /[^aeiouy]k$/.test(s)) s = palatal(s.slice(0, -1));
  return VOWEL.test(s) ? s : word;
}

function palatal(s) {
  if (s.endsWith("c")) return s.slice(0, -1) + "k";
  if (s.endsWith("z")) return s.slice(0, -1) + "h";
  return s;
}

/* Keys one folded word is indexed and looked up under: its stem, and the word itself. */
var KEY_CACHE = new Map();

function keys(folded) {
  var cached = KEY_CACHE.get(folded);
  if (!cached) {
    var st = stem(folded);
    cached = st === folded ? [folded] : [st, folded];
    if (KEY_CACHE.size < 100000) KEY_CACHE.set(folded, cached);
  }
  return cached;
}

/*
 * Tokens of a text as {start, end, word}: runs of letters and digits. `text` may hold HTML
 * entities (the index keeps text escaped); they are skipped, never tokenized.
 */
var TOKEN = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);|[\p{L}\p{N}]+/giu;

function tokenize(text) {
  var out = [];
  var m;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(text))) {
    if (m[0].charAt(0) === "&") continue;
    out.push({ start: m.index, end: m.index + m[0].length, word: fold(m[0]) });
  }
  return out;
}

function analyze(query) {
  var seen = new Set();
  var terms = [];
  var all = tokenize(query.replace(/[<>&]/g, " "));
  var content = all.filter(function (t) { return !STOPWORDS.has(t.word); });
  (content.length ? content : all).forEach(function (t) {
    if (seen.has(t.word)) return;
    seen.add(t.word);
    terms.push({ word: t.word, typed: query.slice(t.start, t.end), keys: keys(t.word) });
  });
  return terms;
}

/* ---------------------------------------------------------------- index ---- */

var WEIGHT = { page: 10, section: 5, parent: 1.5, text: 1 };
var PREFIX_WEIGHT = 0.6;

function stripTags(html) {
  return html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
}

/* Keys of a field and how often each occurs; the tokens are kept for marking matches later. */
function countKeys(text) {
  var counts = new Map();
  var tokens = tokenize(text);
  tokens.forEach(function (t) {
    if (STOPWORDS.has(t.word)) return;
    keys(t.word).forEach(function (k) { counts.set(k, (counts.get(k) || 0) + 1); });
  });
  return { counts: counts, length: tokens.length, tokens: tokens };
}

/*
 * docs: [{location, title, text}] in MkDocs order, each page followed by its sections
 * ("page/#anchor"). Text may contain HTML; it is reduced to escaped plain text.
 */
function Index(docs) {
  var self = this;
  self.docs = [];
  self.pages = new Map();
  self.vocabulary = new Map();   // key -> number of documents containing it
  self.postings = new Map();     // key -> positions in self.docs of the documents it can match
  var textLength = 0;
  var titleLength = 0;
  docs.forEach(function (raw) {
    var path = raw.location.split("#")[0];
    var isPage = raw.location.indexOf("#") < 0 || !self.pages.has(path);
    var doc = {
      location: raw.location,
      path: path,
      isPage: isPage,
      title: stripTags(raw.title || ""),
      text: stripTags(raw.text || "")
    };
    doc.fields = {
      title: countKeys(doc.title),
      text: countKeys(doc.text)
    };
    if (isPage) self.pages.set(path, doc);
    doc.page = self.pages.get(path);
    textLength += doc.fields.text.length;
    titleLength += doc.fields.title.length;
    var present = new Set();
    doc.fields.title.counts.forEach(function (_, k) { present.add(k); });
    doc.fields.text.counts.forEach(function (_, k) { present.add(k); });
    present.forEach(function (k) { self.vocabulary.set(k, (self.vocabulary.get(k) || 0) + 1); });
    // Postings: the documents a key can score in (a section also scores by its page's title).
    var reachable = new Set(present);
    if (!isPage) doc.page.fields.title.counts.forEach(function (_, k) { reachable.add(k); });
    var position = self.docs.length;
    reachable.forEach(function (k) {
      var list = self.postings.get(k);
      if (!list) self.postings.set(k, list = []);
      list.push(position);
    });
    self.docs.push(doc);
  });
  self.averageText = Math.max(1, textLength / Math.max(1, self.docs.length));
  self.averageTitle = Math.max(1, titleLength / Math.max(1, self.docs.length));
  self.sortedKeys = Array.from(self.vocabulary.keys()).sort();
}

Index.prototype.idf = function (key) {
  var n = this.vocabulary.get(key) || 0;
  var total = this.docs.length;
  return Math.log(1 + (total - n + 0.5) / (n + 0.5));
};

/* Index keys that start with `prefix` (binary search in the sorted vocabulary). */
Index.prototype.keysWithPrefix = function (prefix) {
  var list = this.sortedKeys;
  var lo = 0, hi = list.length;
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    if (list[mid] < prefix) lo = mid + 1; else hi = mid;
  }
  var out = [];
  for (var i = lo; i < list.length && list[i].startsWith(prefix) && out.length < 50; i++) out.push(list[i]);
  return out;
};

/* Candidate keys of one query term with their weights: exact keys 1, completions of the typed word less. */
Index.prototype.expand = function (term) {
  var self = this;
  var candidates = new Map();
  term.keys.forEach(function (k) { candidates.set(k, 1); });
  if (term.word.length >= 3) {
    self.keysWithPrefix(term.word).forEach(function (k) {
      if (!candidates.has(k)) candidates.set(k, PREFIX_WEIGHT);
    });
  }
  var out = [];
  candidates.forEach(function (weight, key) {
    if (self.vocabulary.has(key)) out.push({ key: key, weight: weight * self.idf(key) });
  });
  return out;
};

function saturate(tf, k) {
  return tf / (tf + k);
}

/* Score of one term in one document: the best of its candidate keys over the weighted fields. */
Index.prototype.termScore = function (doc, candidates) {
  var textK = 1.2 * (0.25 + 0.75 * doc.fields.text.length / this.averageText);
  var titleK = 0.5 * (0.5 + 0.5 * doc.fields.title.length / this.averageTitle);
  var titleWeight = doc.isPage ? WEIGHT.page : WEIGHT.section;
  var best = 0;
  candidates.forEach(function (c) {
    var title = doc.fields.title.counts.get(c.key) || 0;
    var text = doc.fields.text.counts.get(c.key) || 0;
    var parent = doc.isPage ? 0 : doc.page.fields.title.counts.get(c.key) || 0;
    var value = c.weight * (
      titleWeight * saturate(title, titleK) +
      WEIGHT.parent * saturate(parent, 0.5) +
      WEIGHT.text * saturate(text, textK)
    );
    if (value > best) best = value;
  });
  return best;
};

/* Mark words of `text` (escaped plain text) that match the query; return HTML. */
/* Mark the tokens of text[from, to) that match the query; return HTML. */
function markMatches(text, tokens, matches, from, to) {
  from = from || 0;
  to = to === undefined ? text.length : to;
  var out = "";
  var cursor = from;
  tokens.forEach(function (t) {
    if (t.start < from || t.end > to || !matches(t.word)) return;
    out += text.slice(cursor, t.start) + "<mark>" + text.slice(t.start, t.end) + "</mark>";
    cursor = t.end;
  });
  return out + text.slice(cursor, to);
}

/* A short teaser around the first matches of the text, with the matches marked. */
function teaser(text, tokens, matches, size) {
  var hits = tokens.filter(function (t) { return matches(t.word); });
  var start = 0;
  if (hits.length) {
    start = Math.max(0, hits[0].start - Math.floor(size / 3));
    var space = text.lastIndexOf(" ", start);
    start = start === 0 ? 0 : space + 1;
  }
  var end = Math.min(text.length, start + size);
  if (end < text.length) {
    var cut = text.lastIndexOf(" ", end);
    if (cut > start) end = cut;
  }
  return (start > 0 ? "… " : "") + markMatches(text, tokens, matches, start, end) + (end < text.length ? " …" : "");
}

/*
 * Search. Returns Material's result shape: {items: [[article, ...sections], ...]}, one group
 * per page, best page first; each item has location, title, text (HTML), score and terms
 * (matched words -> true, query words found nowhere on the page -> false).
 */
Index.prototype.search = function (query) {
  var self = this;
  var terms = analyze(query);
  if (!terms.length) return { items: [] };
  var expanded = terms.map(function (t) { return self.expand(t); });

  var candidates = new Set();
  expanded.forEach(function (list) {
    list.forEach(function (c) {
      (self.postings.get(c.key) || []).forEach(function (position) { candidates.add(position); });
    });
  });
  var groups = new Map();
  Array.from(candidates).sort(function (a, b) { return a - b; }).forEach(function (position) {
    var doc = self.docs[position];
    var score = 0;
    var matched = [];
    expanded.forEach(function (candidates, i) {
      var s = candidates.length ? self.termScore(doc, candidates) : 0;
      if (s > 0) matched.push(i);
      score += s;
    });
    if (score <= 0) return;
    var group = groups.get(doc.path);
    if (!group) groups.set(doc.path, group = { docs: [], matched: new Set() });
    group.docs.push({ doc: doc, score: score });
    matched.forEach(function (i) { group.matched.add(i); });
  });

  var ranked = [];
  groups.forEach(function (group, path) {
    group.docs.sort(function (a, b) { return b.score - a.score; });
    var best = group.docs[0].score;
    var rest = group.docs.slice(1).reduce(function (sum, d) { return sum + d.score; }, 0);
    var coverage = group.matched.size / terms.length;
    ranked.push({
      path: path,
      group: group,
      score: (best + 0.1 * Math.min(rest, 2 * best)) * coverage * coverage
    });
  });
  ranked.sort(function (a, b) { return b.score - a.score; });

  var items = ranked.map(function (entry) {
    var matchedKeys = new Set();
    entry.group.matched.forEach(function (i) {
      expanded[i].forEach(function (c) { matchedKeys.add(c.key); });
    });
    var matches = function (word) {
      return keys(word).some(function (k) { return matchedKeys.has(k); });
    };
    var termsMap = {};
    terms.forEach(function (t, i) {
      if (!entry.group.matched.has(i)) termsMap[t.typed] = false;
    });
    var render = function (doc, score) {
      // Matched words as they stand in the text: Material puts them in the result link (?h=),
      // and the target page marks them.
      var docTerms = {};
      [[doc.title, doc.fields.title.tokens], [doc.text, doc.fields.text.tokens]].forEach(function (field) {
        field[1].forEach(function (t) {
          if (matches(t.word)) docTerms[field[0].slice(t.start, t.end).toLowerCase()] = true;
        });
      });
      Object.keys(termsMap).forEach(function (k) { docTerms[k] = false; });
      return {
        location: doc.location,
        title: markMatches(doc.title, doc.fields.title.tokens, matches),
        text: teaser(doc.text, doc.fields.text.tokens, matches, 220),
        score: score * 100,
        terms: docTerms
      };
    };
    var list = entry.group.docs.map(function (d, i) {
      return render(d.doc, i === 0 ? entry.score : entry.score * d.score / entry.group.docs[0].score);
    });
    if (!entry.group.docs.some(function (d) { return d.doc.isPage; })) {
      var page = self.pages.get(entry.path);
      list.push({ location: page.location, title: page.title, text: "", score: 0, terms: {} });
    }
    return list;
  });
  return { items: items };
};

/* ---------------------------------------------------------------- worker --- */

var api = { fold: fold, stem: stem, keys: keys, tokenize: tokenize, analyze: analyze, Index: Index };

if (typeof module !== "undefined" && module.exports) {
  module.exports = api;
} else if (typeof window !== "undefined") {
  window.sitSearch = api;  // loaded into a page, e.g. by the tests
} else if (typeof self !== "undefined" && typeof importScripts === "function") {
  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var fallbackDocs = [];
  var indexPromise = null;
  var pending = Promise.resolve();
  var pagesUrl = new URL("../../../search/pages.json", self.location.href).href;

  var loadIndex = function () {
    if (!indexPromise) {
      indexPromise = fetch(pagesUrl)
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) { return new Index(data.docs); })
        .catch(function () { return new Index(fallbackDocs); });
    }
    return indexPromise;
  };

  self.addEventListener("message", function (event) {
    var message = event.data;
    if (message.type === SETUP) {
      fallbackDocs = (message.data && message.data.docs) || [];
      self.postMessage({ type: READY });
    } else if (message.type === QUERY) {
      var query = String(message.data || "");
      // Answers go out in the order of the queries. An empty query (Material sends one when the
      // worker is ready) is answered without loading the index.
      pending = pending.then(function () {
        return analyze(query).length ? loadIndex() : null;
      }).then(function (index) {
        var data = { items: [] };
        if (index) {
          try {
            data = index.search(query);
          } catch (err) {
            data = { items: [] };
          }
        }
        self.postMessage({ type: RESULT, data: data });
      });
    }
  });
  self.sitSearch = api;
}
