/*
 * Síť podpory: the site's search box and result list (overrides/partials/sp-search.html).
 *
 * Without JavaScript the box is a form that opens the search page (hledani/), which says that
 * search needs JavaScript. With it:
 *
 *   - the box moves into the page header when the page has one, and "/" focuses it;
 *   - every keystroke asks the search worker (worker.js, started on the first focus) and the
 *     results appear under the box; a status line tells screen readers how many were found;
 *   - Arrow Down moves from the box into the results, Arrow Up/Down between them, Escape closes
 *     them and returns to the box; Enter in the box opens the search page with every result;
 *   - on the search page itself (hledani/?q=…), every result is listed in the page.
 *
 * Results are HTML made by the worker from escaped text (only <mark> is added); nothing typed
 * leaves the browser.
 */
(function () {
  "use strict";

  var SHOWN_IN_BOX = 8;

  function plural(n) {
    if (n === 1) return "Nalezena 1 stránka.";
    if (n >= 2 && n <= 4) return "Nalezeny " + n + " stránky.";
    return "Nalezeno " + n + " stránek.";
  }

  function Search(root) {
    this.root = root;
    this.form = root.querySelector("form");
    this.input = root.querySelector("input[type=search]");
    this.panel = root.querySelector(".sp-search__results");
    this.list = root.querySelector(".sp-search__list");
    this.meta = root.querySelector(".sp-search__meta");
    this.status = root.querySelector("[role=status]");
    this.indexUrl = new URL(root.getAttribute("data-index"), document.baseURI).href;
    this.siteRoot = new URL("../", this.indexUrl).href;
    this.workerUrl = new URL(root.getAttribute("data-worker"), document.baseURI).href;
    this.worker = null;
    this.asked = 0;
    this.pageAsk = -1;
    this.pageTarget = document.querySelector("[data-sp-search-page]");
  }

  Search.prototype.start = function () {
    var self = this;
    var header = document.querySelector("header nav") || document.querySelector("header");
    if (header && !header.contains(self.root)) header.appendChild(self.root);
    self.root.classList.add("sp-search--live");

    self.input.addEventListener("focus", function () { self.startWorker(); self.showIfFilled(); });
    self.input.addEventListener("input", function () { self.ask(self.input.value, false); });
    self.input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var first = self.links()[0];
        if (first && !self.panel.hidden) { event.preventDefault(); first.focus(); }
      } else if (event.key === "Escape") {
        if (!self.panel.hidden) { event.preventDefault(); self.hide(); } else if (self.input.value) { self.input.value = ""; }
      }
    });
    self.panel.addEventListener("keydown", function (event) { self.moveInResults(event); });
    self.root.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !self.root.contains(event.relatedTarget)) self.hide();
    });
    document.addEventListener("click", function (event) {
      if (!self.root.contains(event.target)) self.hide();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      var active = document.activeElement;
      if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
      event.preventDefault();
      self.input.focus();
      self.input.select();
    });

    if (self.pageTarget) {
      var query = new URLSearchParams(window.location.search).get("q") || "";
      self.input.value = query;
      self.startWorker();
      if (query.trim()) self.ask(query, true);
      else self.pageTarget.querySelector(".sp-search-page__status").textContent =
        "Napište, co hledáte, do pole Hledat v záhlaví stránky a stiskněte Enter.";
    }
  };

  Search.prototype.startWorker = function () {
    var self = this;
    if (self.worker) return;
    self.worker = new Worker(self.workerUrl);
    self.worker.addEventListener("message", function (event) { self.answer(event.data); });
  };

  Search.prototype.ask = function (query, forPage) {
    this.startWorker();
    this.asked += 1;
    if (forPage) this.pageAsk = this.asked;
    this.worker.postMessage({ id: this.asked, query: query, index: this.indexUrl });
    if (!query.trim()) this.hide();
  };

  Search.prototype.answer = function (data) {
    if (data.id !== this.asked) return;  // a newer query is on its way
    if (data.id === this.pageAsk) this.renderPage(data);
    else if (data.query === this.input.value && data.query.trim()) this.renderBox(data);
  };

  Search.prototype.message = function (data) {
    if (data.error) return "Vyhledávání se teď nepodařilo. Zkuste to prosím znovu, případně obnovte stránku.";
    if (!data.results.length) return "Nic jsme nenašli. Zkuste jiné nebo kratší slovo.";
    return plural(data.results.length);
  };

  Search.prototype.renderBox = function (data) {
    var self = this;
    var results = data.results || [];
    var text = self.message(data);
    self.meta.textContent = results.length > SHOWN_IN_BOX
      ? text + " Ukazujeme prvních " + SHOWN_IN_BOX + ", všechny zobrazí klávesa Enter."
      : text;
    self.list.textContent = "";
    results.slice(0, SHOWN_IN_BOX).forEach(function (result) { self.list.appendChild(self.item(result)); });
    self.panel.hidden = false;
    self.panel.setAttribute("data-query", data.query);  // which query the list answers
    self.status.textContent = results.length ? text + " Na výsledky přejdete šipkou dolů." : text;
  };

  Search.prototype.renderPage = function (data) {
    var self = this;
    var target = self.pageTarget;
    target.querySelector(".sp-search-page__status").textContent =
      "Hledáte „" + data.query.trim() + "“. " + self.message(data);
    var list = target.querySelector(".sp-search-page__list");
    list.textContent = "";
    (data.results || []).forEach(function (result) { list.appendChild(self.item(result)); });
    target.setAttribute("data-query", data.query);
  };

  Search.prototype.item = function (result) {
    var li = document.createElement("li");
    li.className = "sp-search__item";
    var link = document.createElement("a");
    link.className = "sp-search__link";
    link.href = new URL(result.location, this.siteRoot).href;
    var title = document.createElement("span");
    title.className = "sp-search__title";
    var pageTitle = document.createElement("span");
    pageTitle.className = "sp-search__page";
    pageTitle.innerHTML = result.title;
    title.appendChild(pageTitle);
    if (result.section) {
      var section = document.createElement("span");
      section.className = "sp-search__section";
      section.innerHTML = " › " + result.section;
      title.appendChild(section);
    }
    link.appendChild(title);
    if (result.text) {
      var teaser = document.createElement("span");
      teaser.className = "sp-search__teaser";
      teaser.innerHTML = result.text;
      link.appendChild(teaser);
    }
    li.appendChild(link);
    if (result.sections && result.sections.length) {
      var more = document.createElement("ul");
      more.className = "sp-search__sections";
      result.sections.forEach(function (section) {
        var item = document.createElement("li");
        var a = document.createElement("a");
        a.href = new URL(section.location, this.siteRoot).href;
        a.innerHTML = section.title;
        item.appendChild(a);
        more.appendChild(item);
      }, this);
      li.appendChild(more);
    }
    return li;
  };

  Search.prototype.links = function () {
    return Array.prototype.slice.call(this.list.querySelectorAll("a"));
  };

  Search.prototype.moveInResults = function (event) {
    var links = this.links();
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at >= 0) {
      event.preventDefault();
      if (at < links.length - 1) links[at + 1].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      if (at === 0) this.input.focus(); else links[at - 1].focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.input.focus();
      this.hide();
    }
  };

  Search.prototype.showIfFilled = function () {
    if (this.input.value.trim() && this.list.children.length) {
      this.panel.hidden = false;
    }
  };

  Search.prototype.hide = function () {
    this.panel.hidden = true;
  };

  function start() {
    var root = document.querySelector("[data-sp-search]");
    if (root && root.querySelector("input[type=search]")) new Search(root).start();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
