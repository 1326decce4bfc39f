// The ecomap page (nastroje/ekomapa/): people around the client with the kind of relation and
// the direction of support, drawn in the usual line notation, and the household's genogram
// (genogram.js). Each picture is an SVG with role="img" and a table of the same facts as its text
// alternative; both download as SVG and PNG. Everything stays in this browser.
(function () {
  "use strict";
  var root = document.querySelector(".sp-tool[data-tool='ekomapa']");
  if (!root) return;
  var Drawing = window.SitPodporyDrawing;
  var Genogram = window.SitPodporyGenogram;
  var SVG_NS = Drawing.SVG_NS;
  var FONT = Drawing.FONT;
  var INK = Drawing.INK;
  var el = Drawing.el;
  var svg = Drawing.svg;
  var lines = Drawing.lines;
  var textBlock = Drawing.textBlock;
  var sample = Drawing.sample;
  var STRESS = "#a4001d";

  // The notation of the site's guide (casework/mapovani-zdroju.md).
  var RELATIONS = {
    silny: "silný",
    bezny: "běžný",
    slaby: "slabý",
    stresujici: "stresující",
    preruseny: "přerušený",
  };
  var SUPPORT = {
    "ke-klientovi": "podporuje klienta",
    "od-klienta": "klient podporuje jeho",
    oboustranna: "vzájemná",
    zadna: "nevyznačena",
  };
  function empty() {
    return {
      client: "",
      people: [{ name: "", role: "", relation: "silny", support: "ke-klientovi" }],
      family: { sex: "zena", age: "", members: [] },
    };
  }

  var state = empty();
  var form = root.querySelector(".sp-tool-form");
  var store = new window.SitPodporyStore("ekomapa", {
    status: root.querySelector(".sp-tool-saved"),
    notice: root.querySelector(".sp-tool-conflict"),
    current: function () { return state; },
    apply: function (other) { state = normalise(other); draw(); },
  });

  function normalise(value) {
    var base = empty();
    if (!value || typeof value !== "object") return base;
    if (typeof value.client === "string") base.client = value.client;
    if (Array.isArray(value.people)) base.people = value.people;
    if (value.family && typeof value.family === "object") {
      base.family.sex = value.family.sex === "muz" ? "muz" : "zena";
      base.family.age = String(value.family.age || "");
      base.family.members = Array.isArray(value.family.members) ? value.family.members : [];
    }
    return base;
  }

  // --- the form ------------------------------------------------------------------------------

  function get(path) {
    return path.split(".").reduce(function (value, key) { return value == null ? value : value[key]; }, state);
  }

  function set(path, value) {
    var keys = path.split(".");
    var last = keys.pop();
    keys.reduce(function (object, key) { return object[key]; }, state)[last] = value;
  }

  function field(label, path, options) {
    options = options || {};
    var id = "em-" + path.replace(/\./g, "-");
    var input;
    if (options.choices) {
      input = el("select", { id: id, "data-path": path }, Object.keys(options.choices).map(function (key) {
        return el("option", { value: key, text: options.choices[key] });
      }));
      input.value = get(path) || Object.keys(options.choices)[0];
    } else if (options.kind === "check") {
      input = el("input", { id: id, type: "checkbox", "data-path": path });
      input.checked = !!get(path);
      return el("div", { class: "sp-tool-check" }, [input, el("label", { for: id, text: label })]);
    } else {
      input = el("input", { id: id, type: "text", "data-path": path, autocomplete: "off", inputmode: options.inputmode || null });
      input.value = get(path) || "";
    }
    return el("div", { class: "sp-tool-field" }, [el("label", { for: id, text: label }), input]);
  }

  function rows(list, legend, fieldsFor, addLabel) {
    var items = get(list).map(function (item, index) {
      return el("fieldset", { class: "sp-tool-row" }, [el("legend", { text: legend + " " + (index + 1) })]
        .concat(fieldsFor(list + "." + index + "."))
        .concat([el("div", { class: "sp-tool-row-actions" }, [el("button", {
          type: "button", class: "md-button sp-tool-small", "data-remove": list, "data-index": index,
          text: "Odebrat", "aria-label": "Odebrat: " + legend.toLowerCase() + " " + (index + 1),
        })])]));
    });
    return el("div", { class: "sp-tool-rows", "data-list": list }, items.concat([
      el("button", { type: "button", class: "md-button", "data-add": list, text: addLabel }),
    ]));
  }

  // --- reading people from a plan's "osoby" section -------------------------------------------

  var NAME_WORD = /^(?:\p{Lu}|paní$|pan$|pán$|sl\.$|\S+\.$)/u;

  // "- Marcela Šolcová – dcera, tel. 777 000 502", "| Jméno | Role | Telefon |" rows, "Jméno<Tab>Role".
  function readPeople(text) {
    var found = [];
    text.split(/\r?\n/).forEach(function (raw) {
      var line = raw.replace(/\*\*/g, "").trim();
      if (!line || /^#/.test(line) || /^\|?\s*:?-{3}/.test(line)) return;
      var parts;
      if (line.indexOf("|") >= 0) parts = line.replace(/^\||\|$/g, "").split("|");
      else if (line.indexOf("\t") >= 0 && !/^[-–•*o]\t/.test(line)) parts = line.split("\t");
      else parts = line.replace(/^(?:[-–•*o]|\d+[.)])\s+/, "").split(/\s+[–—-]\s+|;\s*/);
      parts = parts.map(function (part) { return part.trim(); }).filter(Boolean);
      if (!parts.length || /^jméno$/i.test(parts[0])) return;
      var name = parts[0].replace(/[.:]$/, "");
      // A heading or a sentence is no person: a name is a few capitalised words (or "paní Alena").
      var words = name.split(/\s+/);
      if (words.length > 5 || !words.every(function (word) { return NAME_WORD.test(word); })) return;
      var role = parts.slice(1).map(function (part) {
        return part.replace(/(?:^|,?\s+)(?:tel\.?\s*\d|tel\.|telefon|e-mail)[^,]*$/i, "").replace(/\S+@\S+/g, "").replace(/[\d ]{9,}/g, "").trim();
      }).filter(Boolean).join(", ");
      found.push({ name: name, role: role });
    });
    return found;
  }

  function takeFromText() {
    var text = document.getElementById("em-vlozeny").value;
    var found = readPeople(text);
    var message = root.querySelector(".em-read-status");
    if (!found.length) {
      message.textContent = "V textu jsme nenašli žádné lidi. Každý člověk má být na samostatném řádku, např. „Marcela Šolcová – dcera“.";
      return;
    }
    var people = state.people.filter(function (p) { return p.name.trim(); });
    var added = 0;
    found.forEach(function (person) {
      if (/^klient/i.test(person.role)) {
        if (!state.client.trim()) state.client = person.name;
        return;
      }
      if (person.name === state.client) return;
      people.push({ name: person.name, role: person.role, relation: "bezny", support: "ke-klientovi" });
      added += 1;
    });
    state.people = people.length ? people : empty().people;
    store.save(state);
    draw();
    message.textContent = "Převzali jsme " + added + " " + (added === 1 ? "člověka" : "lidí") +
      ". U každého teď vyberte, jaký má s klientem vztah a kdo koho podporuje.";
    message.focus();
  }

  // --- the ecomap ----------------------------------------------------------------------------

  function markers() {
    return svg("defs", {}, [
      svg("marker", {
        id: "em-sipka", viewBox: "0 0 10 10", refX: "9", refY: "5", markerWidth: "7", markerHeight: "7",
        markerUnits: "userSpaceOnUse", orient: "auto-start-reverse",
      }, [svg("path", { d: "M0,0 L10,5 L0,10 z", fill: INK })]),
    ]);
  }

  // A line in the notation of its relation from a to b; arrows at `to` (b) and/or `from` (a).
  function relationLine(a, b, relation, arrowAtA, arrowAtB) {
    var dx = b.x - a.x;
    var dy = b.y - a.y;
    var length = Math.sqrt(dx * dx + dy * dy) || 1;
    var ux = dx / length;
    var uy = dy / length;
    var marks = { "marker-start": arrowAtA ? "url(#em-sipka)" : null, "marker-end": arrowAtB ? "url(#em-sipka)" : null };
    var group = svg("g", { class: "em-vztah em-vztah--" + relation });
    function bar(at, half, colour) {
      var mx = a.x + ux * at;
      var my = a.y + uy * at;
      group.append(svg("line", {
        x1: (mx - uy * half).toFixed(1), y1: (my + ux * half).toFixed(1), x2: (mx + uy * half).toFixed(1), y2: (my - ux * half).toFixed(1),
        stroke: colour, "stroke-width": "2",
      }));
    }
    if (relation === "preruseny") {
      // Cut in the middle, the gap closed by two bars (—‖—).
      var gapStart = length / 2 - 8;
      var gapEnd = length / 2 + 8;
      group.append(svg("line", Object.assign({ x1: a.x, y1: a.y, x2: (a.x + ux * gapStart).toFixed(1), y2: (a.y + uy * gapStart).toFixed(1), stroke: INK, "stroke-width": "2" }, { "marker-start": marks["marker-start"] })));
      group.append(svg("line", Object.assign({ x1: (a.x + ux * gapEnd).toFixed(1), y1: (a.y + uy * gapEnd).toFixed(1), x2: b.x, y2: b.y, stroke: INK, "stroke-width": "2" }, { "marker-end": marks["marker-end"] })));
      bar(gapStart, 9, INK);
      bar(gapEnd, 9, INK);
      return group;
    }
    var attrs = { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: relation === "stresujici" ? STRESS : INK };
    attrs["stroke-width"] = relation === "silny" ? "5" : "2";
    if (relation === "slaby") attrs["stroke-dasharray"] = "7 6";
    group.append(svg("line", Object.assign(attrs, marks)));
    if (relation === "stresujici") {
      // Crossed by bars all along (–+–+–).
      for (var at = 14; at < length - 12; at += 14) bar(at, 6, STRESS);
    }
    return group;
  }

  function edgeOfBox(centre, toward, halfWidth, halfHeight) {
    var dx = toward.x - centre.x;
    var dy = toward.y - centre.y;
    var scale = Math.min(Math.abs(dx) > 0 ? halfWidth / Math.abs(dx) : Infinity, Math.abs(dy) > 0 ? halfHeight / Math.abs(dy) : Infinity);
    return { x: +(centre.x + dx * scale).toFixed(1), y: +(centre.y + dy * scale).toFixed(1) };
  }

  function legendGroup(y, width) {
    var items = Object.keys(RELATIONS).map(function (key) { return [key, "vztah " + RELATIONS[key]]; });
    var group = svg("g", { class: "em-legenda" }, [
      svg("text", { x: 20, y: y, "font-family": FONT, "font-size": 14, "font-weight": "bold", fill: INK, text: "Legenda" }),
    ]);
    items.forEach(function (item, index) {
      var column = index % 2;
      var row = Math.floor(index / 2);
      var x = 20 + column * (width / 2);
      var ly = y + 24 + row * 26;
      group.append(relationLine({ x: x, y: ly - 4 }, { x: x + 60, y: ly - 4 }, item[0], false, false));
      group.append(svg("text", { x: x + 70, y: ly, "font-family": FONT, "font-size": 13, fill: INK, text: item[1] }));
    });
    var ay = y + 24 + Math.ceil(items.length / 2) * 26;
    group.append(svg("line", { x1: 20, y1: ay - 4, x2: 80, y2: ay - 4, stroke: INK, "stroke-width": 2, "marker-end": "url(#em-sipka)" }));
    group.append(svg("text", { x: 90, y: ay, "font-family": FONT, "font-size": 13, fill: INK, text: "šipka: kdo koho podporuje" }));
    return group;
  }

  // On a phone the map is drawn tall and narrow, so its words keep their size without scrolling;
  // the downloaded picture is always the wide one.
  function narrowScreen() {
    return form.clientWidth > 0 && form.clientWidth < 560;
  }

  function ecomap(withLegend) {
    var people = state.people.filter(function (p) { return p.name.trim(); });
    var narrow = !withLegend && narrowScreen();
    var width = narrow ? 380 : 600;
    var height = narrow ? Math.max(440, 80 + people.length * 66) : people.length > 8 ? 520 : 460;
    var legendHeight = withLegend ? 140 : 0;
    var centre = { x: width / 2, y: height / 2 };
    var clientName = state.client.trim() || "Klient";
    var title = "Ekomapa: " + clientName;
    var description = people.length
      ? "Lidé kolem klienta a jejich vztahy; stejné údaje jsou v tabulce pod obrázkem. " +
        people.map(function (p) { return p.name.trim() + " – " + RELATIONS[p.relation]; }).join("; ") + "."
      : "Zatím bez lidí kolem klienta.";
    var picture = svg("svg", {
      xmlns: SVG_NS, viewBox: "0 0 " + width + " " + (height + legendHeight), width: width, height: height + legendHeight,
      role: "img", "aria-labelledby": "em-mapa-titulek", "aria-describedby": "em-mapa-popis",
      "aria-details": withLegend ? null : "em-mapa-tabulka", class: "em-mapa", "font-family": FONT,
    }, [
      svg("title", { id: "em-mapa-titulek", text: title }),
      svg("desc", { id: "em-mapa-popis", text: description }),
      markers(),
      svg("rect", { x: 0, y: 0, width: width, height: height + legendHeight, fill: "#ffffff" }),
    ]);
    var radiusX = width / 2 - (narrow ? 68 : 90);
    var radiusY = height / 2 - (narrow ? 34 : 40);
    var nodes = people.map(function (person, index) {
      var angle = -Math.PI / 2 + (2 * Math.PI * index) / people.length;
      var nameRows = lines(person.name.trim(), narrow ? 14 : 18);
      var roleRows = lines(person.role.trim(), narrow ? 16 : 20).slice(0, 1);
      var longest = nameRows.concat(roleRows).reduce(function (max, row) { return Math.max(max, row.length); }, 0);
      return {
        person: person,
        x: +(centre.x + radiusX * Math.cos(angle)).toFixed(1),
        y: +(centre.y + radiusY * Math.sin(angle)).toFixed(1),
        halfWidth: Math.min(narrow ? 66 : 110, Math.max(44, longest * 3.6 + 10)),
        halfHeight: 9 + (nameRows.length + roleRows.length) * 8,
        nameRows: nameRows,
        roleRows: roleRows,
      };
    });
    var clientRadius = narrow ? 42 : 52;
    nodes.forEach(function (node) {
      var dx = node.x - centre.x;
      var dy = node.y - centre.y;
      var distance = Math.sqrt(dx * dx + dy * dy) || 1;
      var from = { x: +(centre.x + (dx / distance) * clientRadius).toFixed(1), y: +(centre.y + (dy / distance) * clientRadius).toFixed(1) };
      var to = edgeOfBox(node, centre, node.halfWidth + 3, node.halfHeight + 3);
      var support = node.person.support;
      picture.append(relationLine(from, to, node.person.relation in RELATIONS ? node.person.relation : "slaby",
        support === "ke-klientovi" || support === "oboustranna", support === "od-klienta" || support === "oboustranna"));
    });
    picture.append(svg("circle", { cx: centre.x, cy: centre.y, r: clientRadius, fill: "#eef3fb", stroke: INK, "stroke-width": 3 }));
    var clientRows = lines(clientName, 12).map(function (text) { return { text: text, bold: true }; });
    picture.append(textBlock(centre.x, centre.y - (clientRows.length - 1) * 8 + 5, clientRows, { size: 14, lineHeight: 16 }));
    nodes.forEach(function (node) {
      var group = svg("g", { class: "em-clovek" }, [
        svg("title", { text: [node.person.name.trim(), node.person.role.trim()].filter(Boolean).join(" – ") }),
        svg("rect", {
          x: node.x - node.halfWidth, y: node.y - node.halfHeight, width: node.halfWidth * 2, height: node.halfHeight * 2,
          rx: 8, fill: "#ffffff", stroke: INK, "stroke-width": 1.5,
        }),
      ]);
      var rowsOfText = node.nameRows.map(function (text) { return { text: text, bold: true }; })
        .concat(node.roleRows.map(function (text) { return { text: text, size: 12 }; }));
      group.append(textBlock(node.x, node.y - node.halfHeight + 20, rowsOfText, { size: 13, lineHeight: 16 }));
      picture.append(group);
    });
    if (withLegend) picture.append(legendGroup(height + 24, width));
    return picture;
  }

  function ecomapTable() {
    var people = state.people.filter(function (p) { return p.name.trim(); });
    return el("table", { class: "em-tabulka", id: "em-mapa-tabulka" }, [
      el("caption", { text: "Ekomapa jako tabulka: " + (state.client.trim() || "klient") + " a lidé kolem" }),
      el("thead", {}, [el("tr", {}, ["Člověk", "Kdo to je", "Vztah", "Podpora"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
      el("tbody", {}, people.map(function (p) {
        return el("tr", {}, [
          el("th", { scope: "row", text: p.name.trim() }),
          el("td", { text: p.role.trim() || "–" }),
          el("td", { text: RELATIONS[p.relation] || "–" }),
          el("td", { text: SUPPORT[p.support] || "–" }),
        ]);
      })),
    ]);
  }

  // --- the page ------------------------------------------------------------------------------

  function legendList(kind) {
    var stroke = { stroke: INK, "stroke-width": 2, fill: "none" };
    var items = kind === "ekomapa"
      ? Object.keys(RELATIONS).map(function (key) {
        return [sample([relationLine({ x: 2, y: 12 }, { x: 62, y: 12 }, key, false, false)]), "vztah " + RELATIONS[key]];
      }).concat([[sample([svg("path", Object.assign({ d: "M2,12 H54" }, stroke)), svg("path", { d: "M52,6 L62,12 L52,18 z", fill: INK })]),
        "šipka: kdo koho podporuje"]])
      : Genogram.legendItems();
    return el("div", { class: "em-legenda-blok" }, [
      el("h3", { text: kind === "ekomapa" ? "Legenda ekomapy" : "Legenda genogramu" }),
      el("ul", { class: "em-legenda-seznam" }, items.map(function (item) {
        return el("li", {}, [item[0], el("span", { text: item[1] })]);
      })),
    ]);
  }

  function pictureBlock(kind, picture, table) {
    // A figure wider than a phone scrolls inside its own box, at a size that stays readable.
    return el("div", { class: "em-obrazek" }, [
      el("div", { class: "em-posuv", tabindex: "0", role: "group", "aria-label": (kind === "ekomapa" ? "Ekomapa" : "Genogram") + ", obrázek lze posouvat do stran" }, [picture]),
      legendList(kind),
      el("div", { class: "sp-tool-actions" }, [
        el("button", { type: "button", class: "md-button", "data-download": kind, "data-format": "svg", text: "Stáhnout " + (kind === "ekomapa" ? "ekomapu" : "genogram") + " jako SVG" }),
        el("button", { type: "button", class: "md-button", "data-download": kind, "data-format": "png", text: "Stáhnout " + (kind === "ekomapa" ? "ekomapu" : "genogram") + " jako obrázek PNG" }),
      ]),
      // Focusable, so a keyboard can scroll a table wider than a phone.
      el("div", { class: "sp-tool-table", tabindex: "0", role: "group", "aria-label": "Tabulka, lze posouvat do stran" }, [table]),
    ]);
  }

  function draw() {
    var focusedId = document.activeElement && document.activeElement.id;
    form.replaceChildren(
      el("section", { class: "sp-tool-part", "aria-labelledby": "em-lide" }, [
        el("h2", { id: "em-lide", tabindex: "-1", text: "Lidé kolem klienta" }),
        field("Jméno klienta (uprostřed mapy)", "client"),
        el("div", { class: "sp-tool-field" }, [
          el("label", { for: "em-vlozeny", text: "Vložte část „Zainteresované osoby“ z plánu (nepovinné)" }),
          el("p", { class: "sp-tool-hint", id: "em-vlozeny-napoveda", text: "Každý člověk na samostatném řádku, např. „Marcela Šolcová – dcera, tel. …“. Telefony a e-maily do mapy nepřevezmeme." }),
          el("textarea", { id: "em-vlozeny", rows: 4, lang: "cs", "aria-describedby": "em-vlozeny-napoveda" }),
          el("p", {}, [el("button", { type: "button", class: "md-button", "data-action": "read", text: "Převzít lidi z textu" })]),
          el("p", { class: "em-read-status", role: "status", tabindex: "-1" }),
        ]),
        rows("people", "Člověk", function (base) {
          return [
            field("Jméno", base + "name"),
            field("Kdo to je (role)", base + "role"),
            field("Vztah s klientem", base + "relation", { choices: RELATIONS }),
            field("Kdo koho podporuje", base + "support", { choices: SUPPORT }),
          ];
        }, "Přidat člověka"),
      ]),
      el("section", { class: "sp-tool-part", "aria-labelledby": "em-mapa-nadpis" }, [
        el("h2", { id: "em-mapa-nadpis", text: "Ekomapa" }),
        pictureBlock("ekomapa", ecomap(false), ecomapTable()),
      ]),
      el("section", { class: "sp-tool-part", "aria-labelledby": "em-rodina" }, [
        el("h2", { id: "em-rodina", text: "Genogram domácnosti" }),
        el("p", { class: "sp-tool-hint", text: "Klient je v genogramu dvojitě orámovaný. Zapište lidi z rodiny: rodiče, sourozence, partnery a děti. Čárkovaná čára ohraničuje ty, kdo bydlí s klientem." }),
        field("Klient je", "family.sex", { choices: Genogram.SEXES }),
        field("Věk klienta", "family.age", { inputmode: "numeric" }),
        rows("family.members", "Člen rodiny", function (base) {
          return [
            field("Jméno", base + "name"),
            field("Vztah ke klientovi", base + "link", { choices: Genogram.LINKS }),
            field("Pohlaví", base + "sex", { choices: Genogram.SEXES }),
            field("Věk", base + "age", { inputmode: "numeric" }),
            field("Zemřel nebo zemřela", base + "deceased", { kind: "check" }),
            field("Bydlí s klientem", base + "household", { kind: "check" }),
          ];
        }, "Přidat člena rodiny"),
        pictureBlock("genogram", Genogram.draw(state.family, state.client, false), Genogram.table(state.family, state.client)),
      ]),
    );
    var again = focusedId && document.getElementById(focusedId);
    if (again) again.focus();
    // The form's width is known only now, once it is on the page.
    redrawPictures();
  }

  // Only the pictures and tables follow the typing; the fields stay as they are.
  function redrawPictures() {
    wasNarrow = narrowScreen();
    var blocks = form.querySelectorAll(".em-obrazek");
    if (blocks.length !== 2) return;
    blocks[0].querySelector(".em-posuv").replaceChildren(ecomap(false));
    blocks[0].querySelector(".sp-tool-table").replaceChildren(ecomapTable());
    blocks[1].querySelector(".em-posuv").replaceChildren(Genogram.draw(state.family, state.client, false));
    blocks[1].querySelector(".sp-tool-table").replaceChildren(Genogram.table(state.family, state.client));
  }

  function fileName(kind, extension) {
    var name = (state.client.trim() || "klient").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return kind + "-" + name + "." + extension;
  }

  function download(kind, format) {
    var picture = kind === "ekomapa" ? ecomap(true) : Genogram.draw(state.family, state.client, true);
    var text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(picture);
    if (format === "svg") {
      window.SitPodporyOffice.download(new Blob([text], { type: "image/svg+xml" }), fileName(kind, "svg"));
      return;
    }
    var image = new Image();
    var scale = 2;
    image.onload = function () {
      var canvas = document.createElement("canvas");
      canvas.width = picture.getAttribute("width") * scale;
      canvas.height = picture.getAttribute("height") * scale;
      var context = canvas.getContext("2d");
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) { window.SitPodporyOffice.download(blob, fileName(kind, "png")); }, "image/png");
    };
    // A data: address, which the documented Content-Security-Policy allows for images.
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
  }

  var wasNarrow = null;
  window.addEventListener("resize", function () {
    if (narrowScreen() !== wasNarrow) redrawPictures();
  });

  form.addEventListener("input", function (event) {
    var path = event.target.getAttribute("data-path");
    if (!path) return;
    set(path, event.target.type === "checkbox" ? event.target.checked : event.target.value);
    store.save(state);
    redrawPictures();
  });

  form.addEventListener("click", function (event) {
    var target = event.target.closest("button");
    if (!target) return;
    var add = target.getAttribute("data-add");
    var remove = target.getAttribute("data-remove");
    if (add) {
      get(add).push(add === "people"
        ? { name: "", role: "", relation: "silny", support: "ke-klientovi" }
        : { name: "", link: "dite", sex: "zena", age: "", deceased: false, household: true });
      store.save(state);
      draw();
      var added = form.querySelectorAll("[data-list='" + add + "'] fieldset");
      added[added.length - 1].querySelector("input, select").focus();
    } else if (remove) {
      var index = +target.getAttribute("data-index");
      get(remove).splice(index, 1);
      if (remove === "people" && !state.people.length) state.people = empty().people;
      store.save(state);
      draw();
      var left = form.querySelectorAll("[data-list='" + remove + "'] fieldset");
      if (left.length) left[Math.min(index, left.length - 1)].querySelector("input, select").focus();
      else form.querySelector("[data-add='" + remove + "']").focus();
    } else if (target.getAttribute("data-action") === "read") {
      takeFromText();
    } else if (target.getAttribute("data-download")) {
      download(target.getAttribute("data-download"), target.getAttribute("data-format"));
    }
  });

  root.querySelector("[data-action='example']").addEventListener("click", function () {
    var example = window.SitPodporyExamples;
    state = normalise(JSON.parse(JSON.stringify(example.ekomapa)));
    store.save(state);
    draw();
    root.querySelector(".sp-tool-saved").textContent = "Načetli jsme příklad z kazuistiky " + example.source + ". Můžete ho upravit.";
    document.getElementById("em-lide").focus();
  });
  root.querySelector("[data-action='print']").addEventListener("click", function () { window.print(); });
  root.querySelector("[data-action='clear']").addEventListener("click", function () {
    if (!window.confirm("Opravdu smazat ekomapu i genogram z tohoto prohlížeče?")) return;
    state = empty();
    store.clear();
    draw();
    document.getElementById("em-lide").focus();
  });

  state = normalise(store.load());
  draw();
  root.setAttribute("data-ready", "true");
})();
