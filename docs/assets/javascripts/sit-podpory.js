/*
 * Síť podpory: small page enhancements, loaded on every page (extra_javascript).
 *
 *  - keyboard access to Material's header toggles (navigation and search on narrow screens);
 *  - copy buttons ([data-sp-copy]) and the link snippet for municipalities;
 *  - the leaflet generator ([data-sp-leaflet]).
 *
 * Nothing is stored (no cookies, no localStorage) and nothing leaves the browser.
 */
(function () {
  "use strict";

  /* ------------------------------------------------ header toggles ------ */

  var TOGGLES = [
    ["label.md-header__button[for='__drawer']", "Otevřít nabídku stránek"],
    ["label.md-header__button[for='__search']", "Otevřít vyhledávání"]
  ];

  function setupToggles() {
    TOGGLES.forEach(function (entry) {
      var label = document.querySelector(entry[0]);
      if (!label) return;
      var input = document.getElementById(label.htmlFor);
      if (!input) return;
      label.setAttribute("role", "button");
      label.setAttribute("tabindex", "0");
      label.setAttribute("aria-label", entry[1]);
      var sync = function () { label.setAttribute("aria-expanded", input.checked ? "true" : "false"); };
      sync();
      input.addEventListener("change", sync);
      label.addEventListener("click", function () { setTimeout(sync, 0); });
      label.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        event.stopPropagation();  // Material clicks focused labels on Enter too
        label.click();  // as a mouse click would: Material then also focuses the search box
        sync();
        if (input.checked && input.id === "__drawer") {
          var first = document.querySelector(".md-sidebar--primary a, .md-sidebar--primary label[tabindex='0']");
          if (first) first.focus();
        }
      });
    });

    // On narrow screens the closed search box is invisible but focusable: keep it out of the
    // tab order (not hidden: Material focuses it by script when the search opens).
    var search = document.getElementById("__search");
    var box = document.querySelector(".md-search__input");
    var narrow = window.matchMedia("(max-width: 59.984375em)");
    if (search && box) {
      var syncBox = function () {
        if (narrow.matches && !search.checked) box.setAttribute("tabindex", "-1");
        else box.removeAttribute("tabindex");
      };
      syncBox();
      search.addEventListener("change", syncBox);
      narrow.addEventListener("change", syncBox);
    }

    var drawer = document.getElementById("__drawer");
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && drawer && drawer.checked) {
        drawer.click();
        var label = document.querySelector(TOGGLES[0][0]);
        if (label) label.focus();
      }
    });
  }

  /* ------------------------------------------------ copy buttons ------- */

  function siteAddress() {
    var config = document.getElementById("__config");
    var base = "./";
    try {
      base = JSON.parse(config.textContent).base || "./";
    } catch (err) { /* keep the default */ }
    return new URL(base, window.location.href).href;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy"));
    });
  }

  function setupCopy() {
    document.querySelectorAll("[data-sp-link-snippet]").forEach(function (code) {
      var address = siteAddress();
      code.textContent = code.textContent.replace(/href="[^"]*"/, 'href="' + address.replace(/"/g, "%22") + '"');
    });
    document.querySelectorAll("[data-sp-copy]").forEach(function (button) {
      var target = document.getElementById(button.getAttribute("data-sp-copy"));
      var status = button.parentNode.querySelector("[data-sp-copy-status]");
      if (!target) return;
      button.addEventListener("click", function () {
        copyText(target.textContent).then(function () {
          if (status) status.textContent = "Zkopírováno. Teď kód vložte do svého webu.";
        }, function () {
          if (status) status.textContent = "Kopírování se nepovedlo. Označte kód myší nebo klávesami a zkopírujte ho klávesami Ctrl+C.";
        });
      });
    });
  }

  /* ------------------------------------------------ leaflet ------------ */

  var MAX_CONTACTS = 6;
  var CONTACT_FIELDS = [
    ["name", "Jméno a příjmení", "text", "name", "např. Jana Nováková"],
    ["role", "Pracovní pozice", "text", "organization-title", "např. sociální pracovnice"],
    ["phone", "Telefon", "tel", "tel", "např. 123 456 789"],
    ["email", "E-mail", "email", "email", "např. jana.novakova@priklad.cz"]
  ];

  /* Long addresses wrap only after a whole part ("jana.novakova-svobodova" | "@urad.cz"), never
     inside a word or at the hyphen of "e-mail": each part is a nowrap span, <wbr> between them. */
  function appendBreakable(parent, text) {
    text.split(/(?=[@/])/).forEach(function (part, index) {
      if (index) parent.appendChild(document.createElement("wbr"));
      var span = document.createElement("span");
      span.className = "sp-nowrap";
      span.textContent = part;
      parent.appendChild(span);
    });
  }

  function sameAddress(a, b) {
    var plain = function (value) { return value.trim().replace(/\/+$/, "").toLowerCase(); };
    return plain(a) === plain(b);
  }

  function shownAddress(address) {
    return address.replace(/^https?:\/\//i, "").replace(/\/$/, "");
  }

  function setupLeaflet(root) {
    var list = root.querySelector("[data-sp-contact-list]");
    var addButton = root.querySelector("[data-sp-add-contact]");
    var status = root.querySelector("[data-sp-leaflet-status]");
    var out = {};
    root.querySelectorAll("[data-sp-out]").forEach(function (el) { out[el.getAttribute("data-sp-out")] = el; });
    var counter = 0;
    var qr = root.querySelector("[data-sp-qr]");
    var qrAddress = qr ? qr.getAttribute("data-sp-qr") || "" : "";
    var qrHint = root.querySelector("[data-sp-qr-hint]");
    var web = document.getElementById("sp-leaflet-web");
    if (web && qrAddress) web.value = qrAddress;

    function value(id) {
      var input = document.getElementById(id);
      return input ? input.value.trim() : "";
    }

    /* Inputs go to the preview as text only (textContent), never as HTML. */
    function render() {
      out.office.textContent = value("sp-leaflet-office") || "Váš úřad";
      out.address.textContent = value("sp-leaflet-address");
      var hours = value("sp-leaflet-hours");
      out.hours.textContent = hours ? "Kdy nás zastihnete: " + hours : "";
      var address = value("sp-leaflet-web");
      out.web.textContent = "";
      if (address) {
        out.web.appendChild(document.createTextNode("Více na webu: "));
        var strong = document.createElement("strong");
        appendBreakable(strong, shownAddress(address));
        out.web.appendChild(strong);
      }
      var qrShown = Boolean(qrAddress) && sameAddress(address, qrAddress);
      if (qr) qr.hidden = !qrShown;
      if (qrHint) {
        qrHint.textContent = qrShown || !address ? "" :
          "QR kód se na leták přidá jen pro adresu " + qrAddress + ", kterou nastavil provozovatel tohoto webu.";
      }
      out.contacts.textContent = "";
      list.querySelectorAll("li").forEach(function (row) {
        var data = {};
        row.querySelectorAll("input").forEach(function (input) {
          data[input.getAttribute("data-field")] = input.value.trim();
        });
        if (!data.name && !data.phone && !data.email) return;
        var item = document.createElement("li");
        var name = document.createElement("strong");
        name.textContent = data.name || "Sociální pracovník/pracovnice";
        item.appendChild(name);
        if (data.role) item.appendChild(document.createTextNode(", " + data.role));
        [["tel.", data.phone], ["e-mail", data.email]].forEach(function (pair) {
          if (!pair[1]) return;
          var line = document.createElement("span");
          line.className = "sp-leaflet__contact-line";
          var label = document.createElement("span");
          label.className = "sp-nowrap";
          label.textContent = pair[0] + " ";
          line.appendChild(label);
          appendBreakable(line, pair[1]);
          item.appendChild(line);
        });
        out.contacts.appendChild(item);
      });
      if (!out.contacts.children.length) {
        var empty = document.createElement("li");
        empty.textContent = "Sem se doplní kontakty z formuláře.";
        out.contacts.appendChild(empty);
      }
      addButton.disabled = list.children.length >= MAX_CONTACTS;
    }

    function renumber() {
      Array.prototype.forEach.call(list.children, function (row, index) {
        row.querySelector("legend").textContent = "Kontakt " + (index + 1);
        var remove = row.querySelector("[data-sp-remove-contact]");
        remove.textContent = "Odebrat kontakt " + (index + 1);
      });
    }

    function addContact(focus) {
      if (list.children.length >= MAX_CONTACTS) return;
      counter += 1;
      var row = document.createElement("li");
      var fieldset = document.createElement("fieldset");
      var legend = document.createElement("legend");
      fieldset.appendChild(legend);
      CONTACT_FIELDS.forEach(function (field) {
        var id = "sp-contact-" + counter + "-" + field[0];
        var p = document.createElement("p");
        var label = document.createElement("label");
        label.htmlFor = id;
        label.textContent = field[1];
        var input = document.createElement("input");
        input.id = id;
        input.type = field[2];
        input.autocomplete = "off";
        input.placeholder = field[4];
        input.maxLength = 80;
        input.setAttribute("data-field", field[0]);
        p.appendChild(label);
        p.appendChild(input);
        fieldset.appendChild(p);
      });
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "md-button sp-leaflet-remove";
      remove.setAttribute("data-sp-remove-contact", "");
      remove.addEventListener("click", function () {
        var next = row.nextElementSibling || row.previousElementSibling;
        list.removeChild(row);
        renumber();
        render();
        status.textContent = "Kontakt byl odebrán.";
        var target = next ? next.querySelector("input") : addButton;
        target.focus();
      });
      fieldset.appendChild(remove);
      row.appendChild(fieldset);
      list.appendChild(row);
      renumber();
      render();
      if (focus) {
        row.querySelector("input").focus();
        status.textContent = "Přidán kontakt " + list.children.length + ".";
      }
    }

    var logoInput = document.getElementById("sp-leaflet-logo");
    var removeLogo = root.querySelector("[data-sp-remove-logo]");
    var logoEmpty = root.querySelector("[data-sp-logo-empty]");
    function showLogo(url) {
      if (out.logo.src && out.logo.src.indexOf("blob:") === 0) URL.revokeObjectURL(out.logo.src);
      if (url) out.logo.src = url; else out.logo.removeAttribute("src");
      out.logo.hidden = !url;
      logoEmpty.hidden = Boolean(url);
      removeLogo.hidden = !url;
      root.querySelector("[data-sp-logo-slot]").classList.toggle("sp-leaflet__logo--set", Boolean(url));
    }
    // The picture stays in this browser: it is shown from a local blob: address, never uploaded.
    logoInput.addEventListener("change", function () {
      var file = logoInput.files && logoInput.files[0];
      if (!file) return;
      if (!/^image\//.test(file.type)) {
        logoInput.value = "";
        status.textContent = "Logo musí být obrázek (PNG, JPG nebo SVG).";
        return;
      }
      showLogo(URL.createObjectURL(file));
      status.textContent = "Logo je na letáku.";
    });
    removeLogo.addEventListener("click", function () {
      showLogo(null);
      logoInput.value = "";
      status.textContent = "Logo bylo odebráno.";
      logoInput.focus();
    });

    root.addEventListener("input", render);
    addButton.addEventListener("click", function () { addContact(true); });
    root.querySelector("[data-sp-print]").addEventListener("click", function () { window.print(); });
    addContact(false);
    addContact(false);
    render();
  }

  /* ------------------------------------------------ start -------------- */

  function start() {
    setupToggles();
    setupCopy();
    document.querySelectorAll("[data-sp-leaflet]").forEach(setupLeaflet);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
