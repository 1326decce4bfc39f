/*
 * Czech site search for Síť podpory: the search worker and its index (plain JavaScript, no
 * library, no theme). The search box and the result list (search.js) send it queries.
 *
 *   - folds case and diacritics ("Případová" -> "pripadova"), so queries typed without
 *     diacritics match;
 *   - stems Czech words with one algorithm used for both the index and the query (both run here,
 *     in the browser), so "pripadovou konferenci" meets "případová konference";
 *   - forgives one wrong, missing, extra or swapped letter in a word of five letters or more
 *     that the site does not contain ("kordinator" finds "koordinátor");
 *   - ranks page titles above section titles above body text, and pages that contain every query
 *     word above pages that contain some; a page's `boost` (from its front matter) scales it.
 *
 * The documents come from search/pages.json, written from the built pages by
 * tools/sitebuild/search_index.py; it is fetched on the first query only, so pages do not carry
 * the index's weight. Loaded into a page instead (window.sitSearch) or into Node
 * (module.exports), it only defines the functions: tests/test_search.py checks the stemmer and
 * the ranking that way.
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
var TYPO_WEIGHT = 0.5;
var SYNONYM_WEIGHT = 0.8;
var TYPO_MIN_LENGTH = 5;

/* True when a and b differ by at most one letter replaced, added, left out or swapped with its neighbour. */
function withinOneEdit(a, b) {
  if (a === b) return true;
  var la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  var i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;  // replaced
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);  // swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function stripTags(html) {
  // Not \s: the index keeps the pages' no-break spaces (Czech typography).
  return html.replace(/<[^>]*>/g, " ").replace(/[ \t\n\r\f]+/g, " ").trim();
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
 * docs: [{location, title, text, boost?}], each page followed by its sections ("page/#anchor").
 * Text may contain HTML; it is reduced to escaped plain text. synonyms: groups of words that
 * find each other.
 */
function Index(docs, synonyms) {
  var self = this;
  self.synonyms = new Map();  // key -> keys of the other words of its group
  (synonyms || []).forEach(function (group) {
    var groupKeys = [];
    group.forEach(function (word) { tokenize(word).forEach(function (t) { groupKeys.push.apply(groupKeys, keys(t.word)); }); });
    groupKeys.forEach(function (k) {
      var others = self.synonyms.get(k) || new Set();
      groupKeys.forEach(function (other) { if (other !== k) others.add(other); });
      self.synonyms.set(k, others);
    });
  });
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
      text: stripTags(raw.text || ""),
      boost: typeof raw.boost === "number" && raw.boost > 0 ? raw.boost : 1
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

/*
 * Index keys one letter away from a word the site does not contain (a typo), or none: words and
 * stems one edit away from the typed word or its stem (with the stems of such words), and the
 * keys of the typed word with one letter left out (an extra letter in an inflected word).
 */
Index.prototype.typoKeys = function (term) {
  var self = this;
  var word = term.word;
  if (word.length < TYPO_MIN_LENGTH || term.keys.some(function (k) { return self.vocabulary.has(k); })) return [];
  var found = new Set();
  var add = function (k) { if (self.vocabulary.has(k)) found.add(k); };
  self.vocabulary.forEach(function (_, key) {
    if (key.length >= TYPO_MIN_LENGTH - 1 && term.keys.some(function (k) { return withinOneEdit(k, key); })) {
      keys(key).forEach(add);
    }
  });
  for (var i = 0; i < word.length; i++) keys(word.slice(0, i) + word.slice(i + 1)).forEach(add);
  return Array.from(found);
};

/*
 * Candidate keys of one query term with their weights: exact keys 1, completions of the typed
 * word less, and keys one typo away less again.
 */
Index.prototype.expand = function (term) {
  var self = this;
  var candidates = new Map();
  term.keys.forEach(function (k) { candidates.set(k, 1); });
  if (term.word.length >= 3) {
    self.keysWithPrefix(term.word).forEach(function (k) {
      if (!candidates.has(k)) candidates.set(k, PREFIX_WEIGHT);
    });
  }
  term.keys.forEach(function (k) {
    (self.synonyms.get(k) || []).forEach(function (other) {
      if (!candidates.has(other)) candidates.set(other, SYNONYM_WEIGHT);
    });
  });
  self.typoKeys(term).forEach(function (k) {
    if (!candidates.has(k)) candidates.set(k, TYPO_WEIGHT);
  });
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
 * Search. Returns one result per page, best first: {location, title, section, text, sections}.
 * `location` is the best matching document (the page or one of its sections), `title` the
 * page's title, `section` the matched section's title (HTML, "" for the page itself), `text` a
 * teaser (HTML) with the matched words marked, `sections` up to three more matching sections
 * of the page ({location, title}).
 */
Index.prototype.search = function (query) {
  var self = this;
  var terms = analyze(query);
  if (!terms.length) return [];
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
    var page = self.pages.get(path);
    ranked.push({
      path: path,
      group: group,
      score: (best + 0.1 * Math.min(rest, 2 * best)) * coverage * coverage * (page ? page.boost : 1)
    });
  });
  ranked.sort(function (a, b) { return b.score - a.score; });

  return ranked.map(function (entry) {
    var matchedKeys = new Set();
    entry.group.matched.forEach(function (i) {
      expanded[i].forEach(function (c) { matchedKeys.add(c.key); });
    });
    var matches = function (word) {
      return keys(word).some(function (k) { return matchedKeys.has(k); });
    };
    var best = entry.group.docs[0].doc;
    var page = self.pages.get(entry.path) || best;
    // The teaser comes from the best document that has a match in its own text.
    var shown = entry.group.docs.map(function (d) { return d.doc; }).find(function (doc) {
      return doc.fields.text.tokens.some(function (t) { return matches(t.word); });
    }) || best;
    return {
      location: best.location,
      title: markMatches(page.title, page.fields.title.tokens, matches),
      section: best.isPage ? "" : markMatches(best.title, best.fields.title.tokens, matches),
      text: teaser(shown.text, shown.fields.text.tokens, matches, 220),
      sections: entry.group.docs.slice(1, 4).filter(function (d) { return !d.doc.isPage; }).map(function (d) {
        return { location: d.doc.location, title: markMatches(d.doc.title, d.doc.fields.title.tokens, matches) };
      })
    };
  });
};

/* ---------------------------------------------------------------- worker --- */

var api = {
  fold: fold, stem: stem, keys: keys, tokenize: tokenize, analyze: analyze, withinOneEdit: withinOneEdit, Index: Index
};

if (typeof module !== "undefined" && module.exports) {
  module.exports = api;
} else if (typeof window !== "undefined") {
  window.sitSearch = api;  // loaded into a page, e.g. by the tests
} else if (typeof self !== "undefined" && typeof importScripts === "function") {
  /*
   * Messages: {id, query, index} in, where `index` is the URL of search/pages.json;
   * {id, query, results} or {id, query, error: true} out, in the order of the queries.
   * The index is fetched on the first query that has a word in it.
   */
  var indexPromise = null;
  var pending = Promise.resolve();

  var loadIndex = function (url) {
    if (!indexPromise) {
      indexPromise = fetch(url).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      }).then(function (data) { return new Index(data.docs, data.synonyms); });
      indexPromise.catch(function () { indexPromise = null; });  // a later query tries again
    }
    return indexPromise;
  };

  self.addEventListener("message", function (event) {
    var message = event.data || {};
    var query = String(message.query || "");
    pending = pending.then(function () {
      if (!analyze(query).length) return [];
      return loadIndex(message.index).then(function (index) { return index.search(query); });
    }).then(function (results) {
      self.postMessage({ id: message.id, query: query, results: results });
    }, function () {
      self.postMessage({ id: message.id, query: query, error: true });
    });
  });
}
