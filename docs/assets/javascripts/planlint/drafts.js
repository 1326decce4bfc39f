// Drafts of the exercise page: the plan is saved in this browser from the first keystroke,
// whatever happens to the checker. A classic script placed right after the widget, so it runs
// on any host (a module may be refused for its MIME type) and before anything else can fail.
//
// Two tabs on the same exercise: when the other tab saves a different text, this tab keeps its
// own text as a backup copy at once, then asks which text to keep here. The text not chosen
// stays as the backup copy, which "Vrátit záložní kopii" swaps back in. So neither is lost.
//
// The exercise module changes the text only through the textarea and an "input" event.
(function () {
  "use strict";
  var PREFIX = "sit-podpory:plan:";
  var BACKUP_SUFFIX = ":kopie";
  // The exercise module sets data-ready when it runs; by the page's load event it has run or
  // never will (not served as JavaScript, blocked, or a browser without modules).
  var MODULE_FAILED_TEXT =
    "Kontrola plánu se na tomto webu nespustila. Plán můžete psát dál, ukládá se v tomto prohlížeči. " +
    "Zkuste stránku načíst znovu, nebo si plán stáhněte a zkontrolujte později.";

  function czechDateTime(date) {
    var minutes = String(date.getMinutes());
    return date.getDate() + ". " + (date.getMonth() + 1) + ". " + date.getFullYear() + " " +
      date.getHours() + ":" + (minutes.length < 2 ? "0" + minutes : minutes);
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

  function button(label, onClick) {
    var node = document.createElement("button");
    node.type = "button";
    node.className = "md-button";
    node.textContent = label;
    node.addEventListener("click", onClick);
    return node;
  }

  function setUp(root) {
    var key = PREFIX + root.getAttribute("data-exercise");
    var backupKey = key + BACKUP_SUFFIX;
    var textarea = root.querySelector("textarea.pl-plan");
    var line = root.querySelector(".pl-draft");
    var notice = root.querySelector(".pl-conflict");
    var warned = false;

    function save() {
      if (write(key, textarea.value)) {
        line.textContent = textarea.value ? "Koncept je uložený v tomto prohlížeči (" + czechDateTime(new Date()) + ")." : "";
      } else if (!warned) {
        warned = true;
        line.textContent =
          "Koncept se v tomto prohlížeči nedaří ukládat. Před zavřením stránky si plán stáhněte tlačítkem „Stáhnout plán“.";
      }
    }

    function setText(text) {
      textarea.value = text;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }

    function showBackupOffer(message) {
      var backup = read(backupKey);
      notice.replaceChildren();
      if (!backup) return;
      var text = document.createElement("p");
      text.textContent = message + " Záložní kopie je z " + czechDateTime(new Date(backup.saved)) + ".";
      notice.append(
        text,
        button("Vrátit záložní kopii", function () {
          var current = textarea.value;
          setText(backup.text);
          write(backupKey, current);
          showBackupOffer("Vrátili jsme záložní kopii; text, který byl v poli, je teď záložní kopií.");
          textarea.focus();
        }),
      );
    }

    function conflict(theirs) {
      // Our text is no longer the stored one: keep it before anything else can happen.
      write(backupKey, textarea.value);
      var text = document.createElement("p");
      text.textContent =
        "Tento plán máte otevřený ještě v jiné záložce nebo okně a tam se změnil. Který text chcete mít tady? " +
        "Ten druhý zůstane uložený jako záložní kopie.";
      notice.replaceChildren(
        text,
        button("Ponechat text z této záložky", function () {
          write(backupKey, theirs.text);
          save();
          showBackupOffer("Ponechali jsme text z této záložky; text z druhé záložky je záložní kopie.");
          textarea.focus();
        }),
        button("Převzít text z druhé záložky", function () {
          setText(theirs.text);
          showBackupOffer("Převzali jsme text z druhé záložky; text z této záložky je záložní kopie.");
          textarea.focus();
        }),
      );
    }

    var restored = read(key);
    if (restored && restored.text && !textarea.value) {
      textarea.value = restored.text;
      line.textContent = "Obnovili jsme váš rozepsaný plán (uložený " + czechDateTime(new Date(restored.saved)) + ").";
    }
    showBackupOffer("Máte uloženou i záložní kopii plánu z jiné záložky.");
    textarea.addEventListener("input", save);

    window.addEventListener("storage", function (event) {
      if (event.key !== key || event.storageArea !== window.localStorage) return;
      var theirs = read(key) || { text: "" }; // emptied there ("Začít znovu")
      if (theirs.text !== textarea.value) conflict(theirs);
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
