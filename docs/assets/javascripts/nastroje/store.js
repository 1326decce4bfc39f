// Local state of the tools (case-conference companion, ecomap): one JSON object per tool, kept in
// this browser's localStorage, never sent anywhere. The same approach as the exercises' drafts
// (planlint/drafts.js): when another tab saves a different state, this tab keeps its own state as
// a backup copy at once and asks which one to keep; the one not chosen stays as the backup copy,
// which "Vrátit záložní kopii" swaps back in. So neither tab loses anything.
(function () {
  "use strict";
  var PREFIX = "sit-podpory:nastroj:";
  var BACKUP_SUFFIX = ":kopie";

  function czechDateTime(date) {
    var minutes = String(date.getMinutes());
    return date.getDate() + ". " + (date.getMonth() + 1) + ". " + date.getFullYear() + " " +
      date.getHours() + ":" + (minutes.length < 2 ? "0" + minutes : minutes);
  }

  function read(key) {
    try {
      var value = JSON.parse(window.localStorage.getItem(key));
      return value && value.state && typeof value.state === "object" ? value : null;
    } catch (error) {
      return null;
    }
  }

  function write(key, state) {
    try {
      if (state) window.localStorage.setItem(key, JSON.stringify({ state: state, saved: Date.now() }));
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

  function paragraph(text) {
    var node = document.createElement("p");
    node.textContent = text;
    return node;
  }

  // tool: the tool's name in the key; status: where "saved" lines go; notice: where the two-tab
  // question appears; current(): the tool's state now; apply(state): show another state.
  function ToolStore(tool, options) {
    this.key = PREFIX + tool;
    this.backupKey = this.key + BACKUP_SUFFIX;
    this.options = options;
    this.warned = false;
    var self = this;
    window.addEventListener("storage", function (event) {
      if (event.key !== self.key || event.storageArea !== window.localStorage) return;
      var theirs = read(self.key);
      var ours = JSON.stringify(self.options.current());
      if (JSON.stringify(theirs ? theirs.state : null) !== ours) self.conflict(theirs);
    });
  }

  ToolStore.prototype.load = function () {
    var stored = read(this.key);
    if (stored) {
      this.options.status.textContent =
        "Obnovili jsme rozepsané údaje (uložené " + czechDateTime(new Date(stored.saved)) + ").";
    }
    this.offerBackup("Máte uloženou i záložní kopii z jiné záložky.");
    return stored ? stored.state : null;
  };

  ToolStore.prototype.save = function (state) {
    var status = this.options.status;
    if (write(this.key, state)) {
      status.textContent = state ? "Uloženo jen v tomto prohlížeči (" + czechDateTime(new Date()) + ")." : "";
    } else if (!this.warned) {
      this.warned = true;
      status.textContent = "Údaje se v tomto prohlížeči nedaří ukládat. Před zavřením stránky si je stáhněte.";
    }
  };

  ToolStore.prototype.clear = function () {
    write(this.key, null);
    write(this.backupKey, null);
    this.options.notice.replaceChildren();
    this.options.status.textContent = "Všechny údaje jsme z tohoto prohlížeče smazali.";
  };

  // After a choice the buttons that had focus are gone: focus goes to what replaced them.
  ToolStore.prototype.focusNotice = function () {
    var target = this.options.notice.querySelector("button");
    if (target) target.focus();
  };

  ToolStore.prototype.offerBackup = function (message) {
    var self = this;
    var backup = read(this.backupKey);
    var notice = this.options.notice;
    notice.replaceChildren();
    if (!backup) return;
    notice.append(
      paragraph(message + " Záložní kopie je z " + czechDateTime(new Date(backup.saved)) + "."),
      button("Vrátit záložní kopii", function () {
        var current = self.options.current();
        self.options.apply(backup.state);
        write(self.backupKey, current);
        self.save(backup.state);
        self.offerBackup("Vrátili jsme záložní kopii; údaje, které tu byly, jsou teď záložní kopií.");
        self.focusNotice();
      }),
    );
  };

  ToolStore.prototype.conflict = function (theirs) {
    var self = this;
    var ours = this.options.current();
    // Our state is no longer the stored one: keep it before anything else can happen.
    write(this.backupKey, ours);
    this.options.notice.replaceChildren(
      paragraph(
        "Tento nástroj máte otevřený ještě v jiné záložce nebo okně a tam se údaje změnily. " +
        "Které údaje chcete mít tady? Ty druhé zůstanou uložené jako záložní kopie.",
      ),
      button("Ponechat údaje z této záložky", function () {
        write(self.backupKey, theirs ? theirs.state : null);
        self.save(ours);
        self.offerBackup("Ponechali jsme údaje z této záložky; údaje z druhé záložky jsou záložní kopie.");
        self.focusNotice();
      }),
      button("Převzít údaje z druhé záložky", function () {
        self.options.apply(theirs ? theirs.state : null);
        self.offerBackup("Převzali jsme údaje z druhé záložky; údaje z této záložky jsou záložní kopie.");
        self.focusNotice();
      }),
    );
  };

  window.SitPodporyStore = ToolStore;
})();
