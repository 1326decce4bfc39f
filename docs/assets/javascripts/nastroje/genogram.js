// The genogram of the ecomap page (nastroje/ekomapa/): the client's family in the usual symbols of
// the site's guide (casework/mapovani-zdroju.md) – square a man, circle a woman, the client with a
// double outline, a cross for the deceased, lines for partners (dashed without marriage, one slash
// for separation, two for divorce), children below, a dashed line around the household.
(function () {
  "use strict";
  var Drawing = window.SitPodporyDrawing;
  var SVG_NS = Drawing.SVG_NS;
  var FONT = Drawing.FONT;
  var INK = Drawing.INK;
  var el = Drawing.el;
  var svg = Drawing.svg;
  var lines = Drawing.lines;
  var textBlock = Drawing.textBlock;
  var sample = Drawing.sample;

  var SEXES = { zena: "žena", muz: "muž" };
  var LINKS = {
    manzel: "manžel nebo manželka",
    partner: "partner nebo partnerka bez sňatku",
    odlouceni: "partneři žijí odloučeně",
    rozvod: "bývalý partner nebo partnerka (rozvod, rozchod)",
    dite: "dítě",
    rodic: "rodič",
    sourozenec: "sourozenec",
  };

  function symbol(x, y, sex, options) {
    var size = 40;
    var group = svg("g", { class: "em-symbol" });
    var shape = sex === "muz"
      ? svg("rect", { x: x - size / 2, y: y - size / 2, width: size, height: size, fill: "#ffffff", stroke: INK, "stroke-width": 2 })
      : svg("circle", { cx: x, cy: y, r: size / 2, fill: "#ffffff", stroke: INK, "stroke-width": 2 });
    group.append(shape);
    if (options.client) {
      // The client (index person): a double outline.
      group.append(sex === "muz"
        ? svg("rect", { x: x - size / 2 - 5, y: y - size / 2 - 5, width: size + 10, height: size + 10, fill: "none", stroke: INK, "stroke-width": 2 })
        : svg("circle", { cx: x, cy: y, r: size / 2 + 5, fill: "none", stroke: INK, "stroke-width": 2 }));
    }
    if (options.deceased) {
      group.append(svg("path", { d: "M" + (x - 16) + "," + (y - 16) + " L" + (x + 16) + "," + (y + 16) + " M" + (x + 16) + "," + (y - 16) + " L" + (x - 16) + "," + (y + 16), stroke: INK, "stroke-width": 2 }));
    }
    if (options.age && !options.deceased) {
      group.append(svg("text", { x: x, y: y + 5, "text-anchor": "middle", "font-family": FONT, "font-size": 13, fill: INK, text: options.age }));
    }
    var labelRows = lines(options.name, 14).map(function (text) { return { text: text }; });
    group.append(svg("title", { text: options.name }));
    group.append(textBlock(x, y + size / 2 + (options.client ? 22 : 17), labelRows, { size: 14, lineHeight: 16, halo: true }));
    return group;
  }

  // family: {sex, age, members: [{name, sex, link, age, deceased, household}]}
  function draw(family, client, withLegend) {
    var members = family.members.filter(function (m) { return String(m.name || "").trim(); });
    function of(link) { return members.filter(function (m) { return m.link === link; }); }
    var parents = of("rodic").slice(0, 2);
    var siblings = of("sourozenec");
    var partners = of("manzel").concat(of("partner"), of("odlouceni"), of("rozvod"));
    var children = of("dite");
    var step = 110;
    // Without parents the picture starts at the client's generation.
    var rowY = parents.length ? [60, 200, 350] : [-80, 60, 210];
    var rowOne = siblings.length + 1 + partners.length;
    var width = Math.max(420, Math.max(rowOne, children.length, 2) * step + 60);
    var legendHeight = withLegend ? 130 : 0;
    var height = (children.length ? rowY[2] : rowY[1]) + 90 + legendHeight;
    var clientName = String(client || "").trim() || "Klient";
    var picture = svg("svg", {
      xmlns: SVG_NS, viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img",
      "aria-labelledby": "em-genogram-titulek", "aria-describedby": "em-genogram-popis",
      "aria-details": withLegend ? null : "em-genogram-tabulka", class: "em-genogram", "font-family": FONT,
    }, [
      svg("title", { id: "em-genogram-titulek", text: "Genogram: " + clientName }),
      svg("desc", { id: "em-genogram-popis", text: members.length ? "Rodina klienta; stejné údaje jsou v tabulce pod obrázkem." : "Zatím jen klient." }),
      svg("rect", { x: 0, y: 0, width: width, height: height, fill: "#ffffff" }),
    ]);
    var startX = (width - (rowOne - 1) * step) / 2;
    var placed = [];
    siblings.forEach(function (m, i) { placed.push({ m: m, x: startX + i * step, y: rowY[1] }); });
    var client = { m: { name: clientName, sex: family.sex, age: family.age, household: true }, x: startX + siblings.length * step, y: rowY[1], client: true };
    placed.push(client);
    partners.forEach(function (m, i) { placed.push({ m: m, x: client.x + (i + 1) * step, y: rowY[1], partner: true }); });
    var line = { stroke: INK, "stroke-width": 2, fill: "none" };
    // Parents: their partnership line, and one line down to the line of their children.
    var sibship = placed.filter(function (p) { return !p.partner; });
    var sibMid = (sibship[0].x + sibship[sibship.length - 1].x) / 2;
    parents.forEach(function (m, i) {
      placed.push({ m: m, x: parents.length === 2 ? sibMid + (i ? 55 : -55) : sibMid, y: rowY[0] });
    });
    if (parents.length) {
      var bar = rowY[0] + 60; // below the parents' names
      var up = rowY[1] - 40;
      if (parents.length === 2) picture.append(svg("path", Object.assign({ d: "M" + (sibMid - 55) + "," + (rowY[0] + 20) + " V" + bar + " H" + (sibMid + 55) + " V" + (rowY[0] + 20) }, line)));
      picture.append(svg("path", Object.assign({ d: "M" + sibMid + "," + (parents.length === 2 ? bar : rowY[0] + 20) + " V" + up }, line)));
      picture.append(svg("path", Object.assign({ d: "M" + sibship[0].x + "," + up + " H" + sibship[sibship.length - 1].x }, line)));
      sibship.forEach(function (p) { picture.append(svg("path", Object.assign({ d: "M" + p.x + "," + up + " V" + (rowY[1] - (p.client ? 25 : 20)) }, line))); });
    }
    // Partnerships: a line below the two symbols; a separation is crossed by two slashes.
    var childrenFrom = client.x;
    placed.filter(function (p) { return p.partner; }).forEach(function (p, i) {
      var depth = rowY[1] + 66 + i * 12;
      picture.append(svg("path", Object.assign({
        d: "M" + client.x + "," + (rowY[1] + 25) + " V" + depth + " H" + p.x + " V" + (rowY[1] + 20),
        "stroke-dasharray": p.m.link === "partner" ? "8 5" : null,
      }, line)));
      var mx = (client.x + p.x) / 2;
      var slashes = { odlouceni: [0], rozvod: [-5, 5] }[p.m.link] || [];
      slashes.forEach(function (offset) {
        picture.append(svg("path", Object.assign({ d: "M" + (mx + offset - 5) + "," + (depth + 9) + " L" + (mx + offset + 5) + "," + (depth - 9) }, line)));
      });
      // With one partner the children come from the couple's line; with more, the picture cannot
      // tell whose they are, so they come from the client alone.
      if (partners.length === 1) childrenFrom = mx;
    });
    if (children.length) {
      var childStart = childrenFrom - ((children.length - 1) * step) / 2;
      // Not under the client's brothers and sisters, whom the household line would then take in.
      if (siblings.length) childStart = Math.max(childStart, client.x - 30);
      childStart = Math.max(50, Math.min(childStart, width - 50 - (children.length - 1) * step));
      var join = rowY[2] - 45;
      var top = childrenFrom === client.x ? rowY[1] + 25 : rowY[1] + 66;
      picture.append(svg("path", Object.assign({ d: "M" + childrenFrom + "," + top + " V" + join }, line)));
      picture.append(svg("path", Object.assign({ d: "M" + Math.min(childStart, childrenFrom) + "," + join + " H" + Math.max(childStart + (children.length - 1) * step, childrenFrom) }, line)));
      children.forEach(function (m, i) {
        var x = childStart + i * step;
        picture.append(svg("path", Object.assign({ d: "M" + x + "," + join + " V" + (rowY[2] - 20) }, line)));
        placed.push({ m: m, x: x, y: rowY[2] });
      });
    }
    // The household: a dashed line around everyone who lives with the client.
    var home = placed.filter(function (p) { return p.client || p.m.household; });
    var left = Math.min.apply(null, home.map(function (p) { return p.x; })) - 52;
    var right = Math.max.apply(null, home.map(function (p) { return p.x; })) + 52;
    var topY = Math.min.apply(null, home.map(function (p) { return p.y; })) - 34;
    var bottom = Math.max.apply(null, home.map(function (p) { return p.y; })) + 58;
    picture.append(svg("rect", { x: left, y: topY, width: right - left, height: bottom - topY, rx: 14, fill: "none", stroke: "#2d5aa0", "stroke-width": 2, "stroke-dasharray": "8 5", class: "em-domacnost" }));
    placed.forEach(function (p) {
      picture.append(symbol(p.x, p.y, p.m.sex, { client: p.client, deceased: p.m.deceased, age: String(p.m.age || "").trim(), name: String(p.m.name).trim() }));
    });
    if (withLegend) picture.append(genogramLegend(height - legendHeight + 20));
    return picture;
  }

  function genogramLegend(y) {
    function label(x, ly, text) {
      return svg("text", { x: x, y: ly, "font-family": FONT, "font-size": 13, fill: INK, text: text });
    }
    var stroke = { stroke: INK, "stroke-width": 2, fill: "none" };
    return svg("g", { class: "em-legenda" }, [
      svg("text", { x: 20, y: y, "font-family": FONT, "font-size": 14, "font-weight": "bold", fill: INK, text: "Legenda" }),
      svg("rect", Object.assign({ x: 20, y: y + 12, width: 20, height: 20 }, stroke)), label(48, y + 27, "muž"),
      svg("circle", Object.assign({ cx: 100, cy: y + 22, r: 10 }, stroke)), label(116, y + 27, "žena"),
      svg("rect", Object.assign({ x: 170, y: y + 12, width: 20, height: 20 }, stroke)),
      svg("rect", Object.assign({ x: 166, y: y + 8, width: 28, height: 28 }, stroke)), label(202, y + 27, "klient"),
      svg("path", Object.assign({ d: "M260," + (y + 12) + " l20,20 m0,-20 l-20,20" }, stroke)), label(288, y + 27, "zemřel/a"),
      svg("path", Object.assign({ d: "M20," + (y + 58) + " H60" }, stroke)), label(66, y + 63, "manželství"),
      svg("path", Object.assign({ d: "M150," + (y + 58) + " H190", "stroke-dasharray": "8 5" }, stroke)), label(196, y + 63, "bez sňatku"),
      svg("path", Object.assign({ d: "M280," + (y + 58) + " H320 M296," + (y + 67) + " l8,-18" }, stroke)), label(326, y + 63, "odloučení"),
      svg("path", Object.assign({ d: "M20," + (y + 94) + " H60 M31," + (y + 103) + " l8,-18 M41," + (y + 103) + " l8,-18" }, stroke)),
      label(66, y + 99, "rozvod, rozchod"),
      svg("rect", { x: 190, y: y + 84, width: 40, height: 20, rx: 6, fill: "none", stroke: "#2d5aa0", "stroke-width": 2, "stroke-dasharray": "8 5" }),
      label(238, y + 99, "společná domácnost"),
    ]);
  }

  function table(family, client) {
    var rowsOfData = [[String(client || "").trim() || "Klient", "klient", SEXES[family.sex], family.age, "bydlí v domácnosti"]];
    family.members.filter(function (m) { return String(m.name || "").trim(); }).forEach(function (m) {
      var notes = [];
      if (m.deceased) notes.push(m.sex === "muz" ? "zemřel" : "zemřela");
      if (m.household) notes.push("bydlí s klientem");
      if (m.link === "odlouceni") notes.push("žijí odloučeně");
      rowsOfData.push([m.name.trim(), LINKS[m.link] || "–", SEXES[m.sex] || "–", String(m.age || "").trim(), notes.join(", ")]);
    });
    return el("table", { class: "em-tabulka", id: "em-genogram-tabulka" }, [
      el("caption", { text: "Genogram jako tabulka" }),
      el("thead", {}, [el("tr", {}, ["Člen rodiny", "Vztah ke klientovi", "Pohlaví", "Věk", "Poznámka"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
      el("tbody", {}, rowsOfData.map(function (row) {
        return el("tr", {}, [el("th", { scope: "row", text: row[0] })].concat(row.slice(1).map(function (text) { return el("td", { text: text || "–" }); })));
      })),
    ]);
  }

  function legendItems() {
    var stroke = { stroke: INK, "stroke-width": 2, fill: "none" };
    return [
      [sample([svg("rect", Object.assign({ x: 22, y: 2, width: 20, height: 20 }, stroke))]), "muž"],
      [sample([svg("circle", Object.assign({ cx: 32, cy: 12, r: 10 }, stroke))]), "žena"],
      [sample([svg("rect", Object.assign({ x: 24, y: 4, width: 16, height: 16 }, stroke)), svg("rect", Object.assign({ x: 20, y: 0, width: 24, height: 24 }, stroke))]), "klient (dvojitý obrys)"],
      [sample([svg("path", Object.assign({ d: "M22,2 L42,22 M42,2 L22,22" }, stroke))]), "zemřel/a (křížek)"],
      [sample([svg("path", Object.assign({ d: "M2,12 H62" }, stroke))]), "manželství"],
      [sample([svg("path", Object.assign({ d: "M2,12 H62", "stroke-dasharray": "8 5" }, stroke))]), "partneři bez sňatku"],
      [sample([svg("path", Object.assign({ d: "M2,12 H62 M28,21 l8,-18" }, stroke))]), "odloučení"],
      [sample([svg("path", Object.assign({ d: "M2,12 H62 M23,21 l8,-18 M33,21 l8,-18" }, stroke))]), "rozvod, rozchod"],
      [sample([svg("rect", { x: 4, y: 3, width: 56, height: 18, rx: 6, fill: "none", stroke: "#2d5aa0", "stroke-width": 2, "stroke-dasharray": "8 5" })]), "společná domácnost"],
    ];
  }

  window.SitPodporyGenogram = { SEXES: SEXES, LINKS: LINKS, draw: draw, table: table, legendItems: legendItems };
})();
