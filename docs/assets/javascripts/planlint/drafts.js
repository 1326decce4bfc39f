// Drafts of the exercise page: the plan is saved in this browser from the first keystroke,
// whatever happens to the checker. A classic script placed right after the widget, so it runs
// on any host (a module may be refused for its MIME type) and before anything else can fail.
//
// Nothing a tab held is ever lost:
// - Every tab also keeps its text among the exercise's versions (newest first, at most
//   MAX_VERSIONS distinct texts, MAX_HISTORY_CHARS in all), which "Obnovit starší verzi" lists.
//   A version is written before the draft itself, so any text that reaches the draft is a version.
// - When another tab saves a different text, this tab stops writing the draft until the trainee
//   chooses which text to keep here: a forgotten stale tab cannot overwrite newer work.
//
// The exercise module changes the text only through the textarea and an "input" event.
(function () {
  "use strict";
  var PREFIX = "sit-podpory:plan:";
  var VERSIONS_INFIX = ":verze:"; // sit-podpory:plan:<exercise>:verze:<id>, one key per version
  // Earlier releases kept one backup copy here; it moves into the versions on the first visit.
  var OLD_BACKUP_SUFFIX = ":kopie";
  var MAX_VERSIONS = 10;
  // Three plans at the checker's 200 kB limit; a site gets about 5 MB of localStorage in all.
  var MAX_HISTORY_CHARS = 600000;
  // Typing on for longer than this starts a new version, so a long session leaves steps behind.
  var VERSION_EVERY_MS = 5 * 60 * 1000;
  // One input event that removes more than this (select all and type, a template, a file, a
  // restored version) starts a new version: the replaced text stays one.
  var REWRITE_CHARS = 40;
  var PREVIEW_CHARS = 80;
  // The exercise module sets data-ready when it runs; by the page's load event it has run or
  // never will (not served as JavaScript, blocked, or a browser without modules).
  var MODULE_FAILED_TEXT =
    "Kontrola plánu se na tomto webu nespustila. Plán můžete psát dál, ukládá se v tomto prohlížeči. " +
    "Zkuste stránku načíst znovu, nebo si plán stáhněte a zkontrolujte později.";

  function twoDigits(number) {
    return number < 10 ? "0" + number : String(number);
  }

  function czechDateTime(date, seconds) {
    return date.getDate() + ". " + (date.getMonth() + 1) + ". " + date.getFullYear() + " " +
      date.getHours() + ":" + twoDigits(date.getMinutes()) + (seconds ? ":" + twoDigits(date.getSeconds()) : "");
  }

  function characters(count) {
    var word = count === 1 ? "znak" : count >= 2 && count <= 4 ? "znaky" : "znaků";
    return count.toLocaleString("cs-CZ") + " " + word;
  }

  function newId() {
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function read(key) {
    try {
      var value = JSON.parse(window.localStorage.getItem(key));
      return value && typeof value.text === "string" ? value : null;
    } catch (error) {
      return null;
    }
  }

  function write(key, text) {
    try {
      if (text) window.localStorage.setItem(key, JSON.stringify({ text: text, saved: Date.now() }));
      else window.localStorage.removeItem(key);
      return true;
    } catch (error) {
      return false;
    }
  }

  /** The versions stored under `prefix`, newest first. */
  function readVersions(prefix) {
    var list = [];
    try {
      for (var i = 0; i < window.localStorage.length; i += 1) {
        var name = window.localStorage.key(i);
        if (!name || name.indexOf(prefix) !== 0) continue;
        var entry = read(name);
        if (entry && entry.text && typeof entry.saved === "number") {
          entry.key = name;
          list.push(entry);
        }
      }
    } catch (error) {
      return [];
    }
    return list.sort(function (a, b) {
      return b.saved - a.saved;
    });
  }

  /**
   * Store one version under its own key. Each tab writes only its own versions (tabs run in
   * different processes and see each other's writes a moment late, so a shared list would lose
   * one tab's text to another's stale copy); then the same texts and what is beyond the bounds,
   * oldest first, are removed. When storage is full, older versions make room.
   */
  function writeVersion(prefix, name, version) {
    var value = JSON.stringify({ text: version.text, saved: version.saved, started: version.started });
    for (;;) {
      var others = readVersions(prefix).filter(function (entry) {
        return entry.key !== name;
      });
      var kept = 1;
      var chars = version.text.length;
      var stored = false;
      try {
        window.localStorage.setItem(name, value);
        stored = true;
      } catch (error) {
        if (!others.length) return false;
      }
      for (var i = 0; i < others.length; i += 1) {
        var keep = stored && others[i].text !== version.text && kept < MAX_VERSIONS && chars + others[i].text.length <= MAX_HISTORY_CHARS;
        if (keep) {
          kept += 1;
          chars += others[i].text.length;
        } else if (stored || i === others.length - 1) {
          window.localStorage.removeItem(others[i].key); // the oldest goes when storage is full
        }
      }
      if (stored) return true;
    }
  }

  /** How many characters of `before` one edit removed on the way to `after`. */
  function removedChars(before, after) {
    var shorter = Math.min(before.length, after.length);
    var start = 0;
    while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
    var end = 0;
    while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) {
      end += 1;
    }
    return before.length - start - end;
  }

  function preview(text) {
    var lines = text.split("\n");
    for (var i = 0; i < lines.length; i += 1) {
      var line = lines[i].replace(/^[#\s>*-]+/, "").trim();
      if (line) return line.length > PREVIEW_CHARS ? line.slice(0, PREVIEW_CHARS) + "…" : line;
    }
    return "";
  }

  function button(label, onClick) {
    var node = document.createElement("button");
    node.type = "button";
    node.className = "md-button";
    node.textContent = label;
    node.addEventListener("click", onClick);
    return node;
  }

  /** "Obnovit starší verzi", under the conflict notice; hidden while there is no other version. */
  function versionsControl(notice) {
    var details = document.createElement("details");
    details.className = "pl-versions pl-noprint";
    details.hidden = true;
    var summary = document.createElement("summary");
    summary.textContent = "Obnovit starší verzi";
    var help = document.createElement("p");
    help.className = "pl-help";
    help.textContent =
      "Texty, které jste v tomto prohlížeči psali (i v jiných záložkách), od nejnovějšího. " +
      "Obnovená verze nahradí text v poli a ten zůstane mezi verzemi.";
    var list = document.createElement("ol");
    list.className = "pl-versions-list";
    details.append(summary, help, list);
    notice.after(details);
    return details;
  }

  function setUp(root) {
    var exercise = root.getAttribute("data-exercise");
    var key = PREFIX + exercise;
    var versionPrefix = key + VERSIONS_INFIX;
    var textarea = root.querySelector("textarea.pl-plan");
    var line = root.querySelector(".pl-draft");
    var notice = root.querySelector(".pl-conflict");
    var versions = versionsControl(notice);
    var versionList = versions.querySelector(".pl-versions-list");
    var warned = false;
    var versionId = null; // this tab's current entry among the versions
    var freshVersion = false; // the next save starts a new version
    var conflict = false; // another tab saved a different text and the trainee has not chosen yet

    /** Keep `text` as this tab's current version (a new one when it is a new start). */
    function remember(text) {
      if (!text) return;
      var now = Date.now();
      var mine = versionId && read(versionPrefix + versionId);
      if (!mine || freshVersion || now - mine.started > VERSION_EVERY_MS || removedChars(mine.text, text) > REWRITE_CHARS) {
        versionId = newId();
        mine = { started: now };
      }
      freshVersion = false;
      writeVersion(versionPrefix, versionPrefix + versionId, { text: text, saved: now, started: mine.started });
    }

    function save() {
      remember(textarea.value);
      showVersionsControl();
      if (conflict) {
        line.textContent =
          "Text z této záložky ukládáme mezi starší verze. Pod polem vyberte, který text chcete mít tady.";
        return;
      }
      if (write(key, textarea.value)) {
        line.textContent = textarea.value ? "Koncept je uložený v tomto prohlížeči (" + czechDateTime(new Date()) + ")." : "";
      } else if (!warned) {
        warned = true;
        line.textContent =
          "Koncept se v tomto prohlížeči nedaří ukládat. Před zavřením stránky si plán stáhněte tlačítkem „Stáhnout plán“.";
      }
    }

    /** Replace the text as typing would; the replaced text stays a version of its own. */
    function setText(text) {
      remember(textarea.value);
      freshVersion = true;
      textarea.value = text;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }

    function settle(message) {
      var text = document.createElement("p");
      text.textContent = message;
      notice.replaceChildren(text);
    }

    function showConflict() {
      var text = document.createElement("p");
      text.textContent =
        "Tento plán máte otevřený ještě v jiné záložce nebo okně a tam se změnil. Který text chcete mít tady? " +
        "Ten druhý najdete pod „Obnovit starší verzi“.";
      notice.replaceChildren(
        text,
        button("Ponechat text z této záložky", function () {
          conflict = false;
          save();
          settle("Ponechali jsme text z této záložky. Text z druhé záložky najdete pod „Obnovit starší verzi“.");
          textarea.focus();
        }),
        button("Převzít text z druhé záložky", function () {
          conflict = false;
          setText((read(key) || { text: "" }).text);
          settle("Převzali jsme text z druhé záložky. Text z této záložky najdete pod „Obnovit starší verzi“.");
          textarea.focus();
        }),
      );
    }

    /** Versions other than the text in the field, newest first. */
    function olderVersions() {
      var current = textarea.value;
      return readVersions(versionPrefix).filter(function (entry) {
        return entry.text !== current;
      });
    }

    function showVersionsControl() {
      versions.hidden = olderVersions().length === 0;
    }

    function listVersions() {
      var list = olderVersions();
      var labels = list.map(function (entry) {
        return czechDateTime(new Date(entry.saved));
      });
      var items = list.map(function (entry, index) {
        var clash = labels.indexOf(labels[index]) !== labels.lastIndexOf(labels[index]);
        var when = czechDateTime(new Date(entry.saved), clash);
        var about = document.createElement("span");
        about.className = "pl-version-about";
        about.id = "pl-version-" + exercise + "-" + index;
        about.textContent = characters(entry.text.length) + (preview(entry.text) ? ": „" + preview(entry.text) + "“" : "");
        var restore = button("Obnovit verzi z " + when, function () {
          conflict = false;
          notice.replaceChildren();
          setText(entry.text);
          versions.open = false;
          line.textContent =
            "Obnovili jsme verzi z " + when + ". Text, který byl v poli, najdete také pod „Obnovit starší verzi“.";
          textarea.focus();
        });
        restore.setAttribute("aria-describedby", about.id);
        var item = document.createElement("li");
        item.append(restore, " ", about);
        return item;
      });
      versionList.replaceChildren.apply(versionList, items);
      versions.hidden = items.length === 0;
    }

    var oldBackup = read(key + OLD_BACKUP_SUFFIX);
    if (oldBackup) {
      var saved = oldBackup.saved || Date.now();
      var kept = writeVersion(versionPrefix, versionPrefix + newId(), { text: oldBackup.text, saved: saved, started: saved });
      if (kept) window.localStorage.removeItem(key + OLD_BACKUP_SUFFIX);
    }

    var restored = read(key);
    if (restored && restored.text && !textarea.value) {
      textarea.value = restored.text;
      line.textContent = "Obnovili jsme váš rozepsaný plán (uložený " + czechDateTime(new Date(restored.saved)) + ").";
    }
    showVersionsControl();
    textarea.addEventListener("input", save);
    versions.addEventListener("toggle", function () {
      if (versions.open) listVersions();
    });

    window.addEventListener("storage", function (event) {
      if (event.storageArea !== window.localStorage) return;
      if (event.key === null || event.key.indexOf(versionPrefix) === 0) {
        if (!versions.open) showVersionsControl();
        return;
      }
      if (event.key !== key) return;
      var theirs = read(key) || { text: "" }; // emptied there ("Začít znovu")
      if (theirs.text === textarea.value) {
        if (conflict) settle("Text v obou záložkách je teď stejný.");
        conflict = false;
      } else if (!conflict) {
        // This tab's text is already a version (saved on every keystroke).
        conflict = true;
        showConflict();
      }
    });

    window.addEventListener("load", function () {
      if (root.getAttribute("data-ready") === "true") return;
      var engine = root.querySelector(".pl-engine");
      var retry = engine.querySelector(".pl-retry");
      engine.setAttribute("data-state", "failed");
      engine.querySelector(".pl-engine-text").textContent = MODULE_FAILED_TEXT;
      engine.querySelector("progress").hidden = true;
      retry.hidden = false;
      retry.addEventListener("click", function () {
        window.location.reload();
      });
    });
  }

  var roots = document.querySelectorAll(".pl-exercise[data-exercise]");
  for (var i = 0; i < roots.length; i += 1) setUp(roots[i]);
})();
