// A document made of a few kinds of blocks, written as Markdown, Word (.docx) or LibreOffice
// (.odt), in the browser. The Word and LibreOffice files are the least their formats need:
// real heading styles (so Word's navigation pane, screen readers and the plan checker see the
// sections) and real tables. fflate (vendored, global `fflate`) zips them.
//
// Blocks: {kind: "heading", level, text}, {kind: "paragraph", text},
// {kind: "list", ordered, items: [text]}, {kind: "table", rows: [[text]]} (first row = header).
(function () {
  "use strict";

  function xml(text) {
    return String(text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
  }

  // --- Markdown -----------------------------------------------------------------------------

  function cell(text) {
    return String(text).replace(/\|/g, "/").replace(/\s*\n\s*/g, " ");
  }

  function markdown(blocks) {
    var out = [];
    blocks.forEach(function (block) {
      if (block.kind === "heading") out.push(new Array(block.level + 1).join("#") + " " + block.text);
      else if (block.kind === "paragraph") out.push(block.text);
      else if (block.kind === "list") {
        out.push(block.items.map(function (item, index) {
          return (block.ordered ? index + 1 + ". " : "- ") + item;
        }).join("\n"));
      } else if (block.kind === "table") {
        var lines = block.rows.map(function (row) { return "| " + row.map(cell).join(" | ") + " |"; });
        lines.splice(1, 0, "|" + block.rows[0].map(function () { return "---|"; }).join(""));
        out.push(lines.join("\n"));
      }
    });
    return out.join("\n\n") + "\n";
  }

  // --- Word (.docx) -------------------------------------------------------------------------

  var W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

  function wRun(text, bold) {
    return "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") +
      '<w:t xml:space="preserve">' + xml(text) + "</w:t></w:r>";
  }

  function wParagraph(text, style, bold) {
    return "<w:p>" + (style ? '<w:pPr><w:pStyle w:val="' + style + '"/></w:pPr>' : "") + wRun(text, bold) + "</w:p>";
  }

  function wTable(rows) {
    var grid = rows[0].map(function () { return '<w:gridCol w:w="3000"/>'; }).join("");
    var body = rows.map(function (row, index) {
      var header = index === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : "";
      return "<w:tr>" + header + row.map(function (text) {
        return '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>' + wParagraph(text, null, index === 0) + "</w:tc>";
      }).join("") + "</w:tr>";
    }).join("");
    return '<w:tbl><w:tblPr><w:tblStyle w:val="Mkatabulky"/><w:tblW w:w="5000" w:type="pct"/>' +
      "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map(function (side) {
        return "<w:" + side + ' w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
      }).join("") + "</w:tblBorders></w:tblPr><w:tblGrid>" + grid + "</w:tblGrid>" + body + "</w:tbl>";
  }

  function docxBody(blocks) {
    return blocks.map(function (block) {
      if (block.kind === "heading") return wParagraph(block.text, "Heading" + block.level);
      if (block.kind === "paragraph") return block.text.split("\n").map(function (line) { return wParagraph(line); }).join("");
      if (block.kind === "list") {
        return block.items.map(function (item, index) {
          return wParagraph((block.ordered ? index + 1 + ". " : "• ") + item);
        }).join("");
      }
      return wTable(block.rows) + "<w:p/>";
    }).join("");
  }

  function docxStyles() {
    function heading(level, size) {
      return '<w:style w:type="paragraph" w:styleId="Heading' + level + '"><w:name w:val="heading ' + level + '"/>' +
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>' +
        '<w:outlineLvl w:val="' + (level - 1) + '"/></w:pPr><w:rPr><w:b/><w:sz w:val="' + size + '"/></w:rPr></w:style>';
    }
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ' + W + ">" +
      '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:lang w:val="cs-CZ"/></w:rPr></w:rPrDefault>' +
      '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
      heading(1, 32) + heading(2, 26) +
      '<w:style w:type="table" w:styleId="Mkatabulky"><w:name w:val="Table Grid"/></w:style></w:styles>';
  }

  function docx(blocks, title) {
    var u = fflate.strToU8;
    return fflate.zipSync({
      "[Content_Types].xml": u('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        "</Types>"),
      "_rels/.rels": u('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        "</Relationships>"),
      "docProps/core.xml": u('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' + xml(title) + "</dc:title>" +
        "<dc:language>cs-CZ</dc:language></cp:coreProperties>"),
      "word/_rels/document.xml.rels": u('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        "</Relationships>"),
      "word/styles.xml": u(docxStyles()),
      "word/document.xml": u('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + W + "><w:body>" +
        docxBody(blocks) +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1020" w:right="1134" w:bottom="1020" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
        "</w:body></w:document>"),
    });
  }

  // --- LibreOffice (.odt) -------------------------------------------------------------------

  var ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"';

  function odtBody(blocks) {
    var tables = 0;
    return blocks.map(function (block) {
      if (block.kind === "heading") {
        return '<text:h text:style-name="Heading_20_' + block.level + '" text:outline-level="' + block.level + '">' +
          xml(block.text) + "</text:h>";
      }
      if (block.kind === "paragraph") {
        return block.text.split("\n").map(function (line) {
          return '<text:p text:style-name="Text_20_body">' + xml(line) + "</text:p>";
        }).join("");
      }
      if (block.kind === "list") {
        return block.items.map(function (item, index) {
          return '<text:p text:style-name="Text_20_body">' + xml((block.ordered ? index + 1 + ". " : "• ") + item) + "</text:p>";
        }).join("");
      }
      tables += 1;
      var columns = '<table:table-column table:number-columns-repeated="' + block.rows[0].length + '"/>';
      var rows = block.rows.map(function (row, index) {
        var style = index === 0 ? "Table_20_Heading" : "Table_20_Contents";
        var cells = row.map(function (text) {
          return '<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="' + style + '">' +
            xml(text) + "</text:p></table:table-cell>";
        }).join("");
        var tr = "<table:table-row>" + cells + "</table:table-row>";
        return index === 0 ? "<table:table-header-rows>" + tr + "</table:table-header-rows>" : tr;
      }).join("");
      return '<table:table table:name="Tabulka' + tables + '" table:style-name="Table">' + columns + rows + "</table:table>";
    }).join("");
  }

  function odtStyles() {
    function heading(level, size) {
      return '<style:style style:name="Heading_20_' + level + '" style:display-name="Heading ' + level + '" ' +
        'style:family="paragraph" style:parent-style-name="Text_20_body" style:next-style-name="Text_20_body" ' +
        'style:default-outline-level="' + level + '"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" ' +
        'fo:keep-with-next="always"/><style:text-properties fo:font-size="' + size + '" fo:font-weight="bold"/></style:style>';
    }
    return '<?xml version="1.0" encoding="UTF-8"?><office:document-styles ' + ODF_NS + "><office:styles>" +
      '<style:default-style style:family="paragraph"><style:text-properties fo:language="cs" fo:country="CZ" fo:font-size="11pt"/></style:default-style>' +
      '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph">' +
      '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/></style:style>' +
      '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"/>' +
      '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph">' +
      '<style:text-properties fo:font-weight="bold"/></style:style>' +
      heading(1, "18pt") + heading(2, "14pt") +
      '</office:styles><office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties ' +
      'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2cm" ' +
      'fo:margin-right="2cm"/></style:page-layout></office:automatic-styles><office:master-styles>' +
      '<style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles></office:document-styles>';
  }

  function odt(blocks, title) {
    var u = fflate.strToU8;
    var content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content ' + ODF_NS + ">" +
      '<office:automatic-styles><style:style style:name="Table" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>' +
      '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>' +
      "</office:automatic-styles><office:body><office:text>" + odtBody(blocks) + "</office:text></office:body></office:document-content>";
    return fflate.zipSync({
      // The ODF package rule: "mimetype" first and uncompressed, so tools recognise the file.
      mimetype: [u("application/vnd.oasis.opendocument.text"), { level: 0 }],
      "META-INF/manifest.xml": u('<?xml version="1.0" encoding="UTF-8"?>' +
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
        "</manifest:manifest>"),
      "meta.xml": u('<?xml version="1.0" encoding="UTF-8"?><office:document-meta ' + ODF_NS + "><office:meta><dc:title>" +
        xml(title) + "</dc:title><dc:language>cs-CZ</dc:language></office:meta></office:document-meta>"),
      "styles.xml": u(odtStyles()),
      "content.xml": u(content),
    });
  }

  var TYPES = {
    md: "text/markdown;charset=utf-8",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    odt: "application/vnd.oasis.opendocument.text",
  };

  function download(blob, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  // format: "md", "docx" or "odt"
  function save(blocks, title, baseName, format) {
    var data = format === "md" ? markdown(blocks) : format === "docx" ? docx(blocks, title) : odt(blocks, title);
    download(new Blob([data], { type: TYPES[format] }), baseName + "." + format);
  }

  window.SitPodporyOffice = { save: save, download: download };
})();
