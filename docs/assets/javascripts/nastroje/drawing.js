// Small drawing helpers shared by the tools' pictures: HTML and SVG elements, names broken into
// lines, centred labels, and the little samples of a legend on the page.
(function () {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";
  // Written into the pictures themselves: a downloaded SVG or PNG has no page styles.
  var FONT = "Arial, Helvetica, sans-serif";
  var INK = "#1a1a1a";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else if (attrs[name] !== null && attrs[name] !== undefined && attrs[name] !== false) node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) { if (child) node.append(child); });
    return node;
  }

  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else if (attrs[name] !== null && attrs[name] !== undefined) node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) { if (child) node.append(child); });
    return node;
  }

  function lines(text, max) {
    var words = String(text).split(/\s+/).filter(Boolean);
    var out = [];
    words.forEach(function (word) {
      var last = out[out.length - 1];
      if (last && (last + " " + word).length <= max) out[out.length - 1] = last + " " + word;
      else out.push(word);
    });
    return out.slice(0, 3);
  }

  // halo: a white outline behind the letters, so a line passing under a label never crosses it.
  function textBlock(x, y, rowsOfText, options) {
    var text = svg("text", {
      x: x, y: y, "text-anchor": "middle", "font-family": FONT, "font-size": options.size, fill: INK,
      stroke: options.halo ? "#ffffff" : null, "stroke-width": options.halo ? 4 : null, "paint-order": options.halo ? "stroke" : null,
    });
    rowsOfText.forEach(function (row, index) {
      text.append(svg("tspan", {
        x: x, dy: index === 0 ? 0 : options.lineHeight, "font-weight": row.bold ? "bold" : null,
        "font-size": row.size || null, text: row.text,
      }));
    });
    return text;
  }

  // The legend on the page: each mark drawn small beside its words, so it reads at any width.
  function sample(children) {
    return svg("svg", { viewBox: "0 0 64 24", width: 64, height: 24, "aria-hidden": "true", focusable: "false" }, children);
  }

  window.SitPodporyDrawing = {
    SVG_NS: SVG_NS, FONT: FONT, INK: INK, el: el, svg: svg, lines: lines, textBlock: textBlock, sample: sample,
  };
})();
