// The case-conference companion (nastroje/konference/): before the conference the participants,
// the invitation and the agenda; during it notes, agreements (co / kdo / do kdy, judged at once
// by the checker's step rules), risks and who informs whom; after it the minutes to print and the
// individual plan to download (.docx, .odt, Markdown). Everything stays in this browser.
//
// The form is drawn from one state object; typing changes the state in place (data-path on each
// field), and only adding or removing a row draws the form again.
(function () {
  "use strict";
  var root = document.querySelector(".sp-tool[data-tool='konference']");
  if (!root) return;
  var Steps = window.SitPodporySteps;
  var Office = window.SitPodporyOffice;
  var el = window.SitPodporyDrawing.el;

  // The guide's programme (casework/pripadova-konference.md, "Průběh a program").
  var AGENDA = [
    "Úvodní slovo – cíl konference a kolik máme času",
    "Představení – kdo je kdo a v jaké roli přichází",
    "Cíle setkání – co chceme dnes společně dokázat",
    "Aktuální potřeby klienta – nejdřív mluví klient",
    "Aktuální stav z pohledu jednotlivých účastníků",
    "Návrhy řešení – zatím bez hodnocení",
    "Tvorba konkrétního plánu – co, kdo, do kdy",
    "Termín dalšího setkání – kdy a jak plán vyhodnotíme",
    "Zhodnocení setkání",
  ];

  function empty() {
    return {
      client: { name: "", contact: "", about: "" },
      meeting: { date: "", time: "", place: "", goal: "", facilitator: "", needs: "", shared: "", replyBy: "", sender: "" },
      participants: [{ name: "", role: "", contact: "", present: true }],
      agenda: AGENDA.map(function (point) { return { point: point, notes: "" }; }),
      situation: "",
      goals: "",
      consent: "",
      steps: [{ co: "", kdo: "", kdy: "" }],
      risks: [{ risk: "", alternative: "" }],
      informing: [{ kdo: "", koho: "", jak: "" }],
      feedback: "",
      evaluation: "",
      next: "",
    };
  }

  var ROWS = {
    participants: { blank: { name: "", role: "", contact: "", present: true }, legend: "Účastník" },
    agenda: { blank: { point: "", notes: "" }, legend: "Bod programu" },
    steps: { blank: { co: "", kdo: "", kdy: "" }, legend: "Dohoda" },
    risks: { blank: { risk: "", alternative: "" }, legend: "Riziko" },
    informing: { blank: { kdo: "", koho: "", jak: "" }, legend: "Informování" },
  };

  var state = empty();
  var form = root.querySelector(".sp-tool-form");
  var store = new window.SitPodporyStore("konference", {
    status: root.querySelector(".sp-tool-saved"),
    notice: root.querySelector(".sp-tool-conflict"),
    current: function () { return state; },
    apply: function (other) { state = normalise(other); draw(); },
  });

  // A stored state from an older page may lack a field: fill in what is missing.
  function normalise(value) {
    var base = empty();
    if (!value || typeof value !== "object") return base;
    Object.keys(base).forEach(function (key) {
      if (Array.isArray(base[key])) base[key] = Array.isArray(value[key]) ? value[key] : base[key];
      else if (typeof base[key] === "object") base[key] = Object.assign(base[key], value[key] || {});
      else if (typeof value[key] === "string") base[key] = value[key];
    });
    return base;
  }

  // --- small DOM helpers ---------------------------------------------------------------------

  function get(path) {
    return path.split(".").reduce(function (value, key) { return value == null ? value : value[key]; }, state);
  }

  function set(path, value) {
    var keys = path.split(".");
    var last = keys.pop();
    keys.reduce(function (object, key) { return object[key]; }, state)[last] = value;
  }

  function idFor(path) {
    return "kf-" + path.replace(/\./g, "-");
  }

  // A labelled field bound to a path of the state. kind: "text" (default), "area", "date", "check".
  function field(label, path, options) {
    options = options || {};
    var id = idFor(path);
    var hint = options.hint ? el("p", { class: "sp-tool-hint", id: id + "-hint", text: options.hint }) : null;
    var describedBy = [hint ? id + "-hint" : null, options.describedBy].filter(Boolean).join(" ") || null;
    var input;
    if (options.kind === "area") {
      input = el("textarea", { id: id, rows: options.rows || 3, "data-path": path, "aria-describedby": describedBy, lang: "cs" });
      input.value = get(path) || "";
    } else if (options.kind === "check") {
      input = el("input", { id: id, type: "checkbox", "data-path": path });
      input.checked = !!get(path);
      return el("div", { class: "sp-tool-check" }, [input, el("label", { for: id, text: label })]);
    } else {
      input = el("input", {
        id: id, type: options.kind === "date" ? "date" : "text", "data-path": path, "aria-describedby": describedBy,
        list: options.list || null, autocomplete: "off",
      });
      input.value = get(path) || "";
    }
    return el("div", { class: "sp-tool-field" + (options.wide ? " sp-tool-field--wide" : "") }, [
      el("label", { for: id, text: label }), hint, input,
    ]);
  }

  function rowButtons(list, index) {
    return el("div", { class: "sp-tool-row-actions" }, [
      el("button", {
        type: "button", class: "md-button sp-tool-small", "data-remove": list, "data-index": index,
        text: "Odebrat", "aria-label": "Odebrat: " + ROWS[list].legend.toLowerCase() + " " + (index + 1),
      }),
    ]);
  }

  function rows(list, fieldsFor, addLabel) {
    var items = state[list].map(function (item, index) {
      return el("fieldset", { class: "sp-tool-row" }, [
        el("legend", { text: ROWS[list].legend + " " + (index + 1) }),
      ].concat(fieldsFor(index, list + "." + index + ".")).concat([rowButtons(list, index)]));
    });
    return el("div", { class: "sp-tool-rows", "data-list": list }, items.concat([
      el("button", { type: "button", class: "md-button", "data-add": list, text: addLabel }),
    ]));
  }

  function section(title, id, children) {
    return el("section", { class: "sp-tool-part", "aria-labelledby": id }, [el("h2", { id: id, tabindex: "-1", text: title })].concat(children));
  }

  function sub(title, children) {
    return [el("h3", { text: title })].concat(children);
  }

  // --- the form ------------------------------------------------------------------------------

  function peopleList() {
    return el("datalist", { id: "kf-lide" }, state.participants.filter(function (p) { return p.name.trim(); }).map(function (p) {
      return el("option", { value: p.name.trim() });
    }));
  }

  function draw() {
    var focusedId = document.activeElement && document.activeElement.id;
    form.replaceChildren(
      peopleList(),
      section("Před konferencí", "kf-pred", [].concat(
        sub("Klient a setkání", [
          field("Jméno klienta", "client.name", { hint: "Nebo jen křestní jméno, jak se s klientem domluvíte." }),
          field("Kontakt na klienta", "client.contact"),
          field("O klientovi: věk, s kým a kde žije", "client.about", { kind: "area", rows: 2 }),
          field("Datum konference", "meeting.date", { kind: "date" }),
          field("Čas (od – do)", "meeting.time", { hint: "Například 10.00–11.30." }),
          field("Místo", "meeting.place"),
          field("Cíl setkání, jak ho stanovil klient", "meeting.goal", { kind: "area", rows: 2 }),
          field("Konferenci povede (facilitátor)", "meeting.facilitator"),
        ]),
        sub("Účastníci", [
          el("p", { class: "sp-tool-hint", text: "Kdo bude u stolu. Ty, kdo nepřijdou, nechte v seznamu a odškrtněte „Přijde na konferenci“: plán pak řekne, kdo je bude informovat." }),
          rows("participants", function (index, base) {
            return [
              field("Jméno", base + "name"),
              field("Role nebo organizace", base + "role"),
              field("Telefon nebo e-mail", base + "contact"),
              field("Přijde na konferenci", base + "present", { kind: "check" }),
            ];
          }, "Přidat účastníka"),
        ]),
        sub("Program", [
          el("p", { class: "sp-tool-hint", text: "Body programu podle průvodce. Můžete je přepsat, přidat nebo odebrat." }),
          rows("agenda", function (index, base) {
            return [field("Bod programu", base + "point", { wide: true })];
          }, "Přidat bod programu"),
        ]),
        sub("Pozvánka", [
          field("Co potřebujeme od účastníků", "meeting.needs", { kind: "area", rows: 2, hint: "Konkrétně: s čím může účastník pomoci a proč bez něj plán nevznikne." }),
          field("Informace o klientovi, které účastníci mohou znát", "meeting.shared", { kind: "area", rows: 2, hint: "Jen v rozsahu, se kterým klient souhlasil." }),
          field("Písemné vyjádření a potvrzení účasti do", "meeting.replyBy", { hint: "Například 3. 4. 2025." }),
          field("Pozvánku posílá (jméno, role, telefon, e-mail)", "meeting.sender"),
          el("p", { class: "sp-tool-hint", id: "kf-pozvanka-popis", text: "Text pozvánky podle formuláře webu. Doplňuje se sám z údajů výše; zkopírujte ho do e-mailu nebo dopisu." }),
          el("label", { for: "kf-pozvanka", text: "Text pozvánky" }),
          el("textarea", { class: "sp-tool-invitation", id: "kf-pozvanka", rows: 16, readonly: "readonly", "aria-describedby": "kf-pozvanka-popis" }),
          el("p", {}, [el("button", { type: "button", class: "md-button", "data-action": "copy-invitation", text: "Zkopírovat text pozvánky" })]),
        ]),
      )),
      section("Během konference", "kf-behem", [].concat(
        sub("Poznámky k bodům programu", state.agenda.map(function (item, index) {
          return field((index + 1) + ". " + (item.point || "Bod programu"), "agenda." + index + ".notes", { kind: "area", rows: 2 });
        })),
        sub("Situace a cíle", [
          field("Stručný popis situace", "situation", { kind: "area", rows: 3, hint: "Co se děje a co klient chce, pokud možno jeho slovy." }),
          field("Cíle klienta", "goals", { kind: "area", rows: 4, hint: "Každý cíl na nový řádek, jako přání klienta: co konkrétně a do kdy. Například: Pan Karel chce do 30. 4. 2025 podepsat dohodu o splátkách." }),
          field("Souhlas klienta s plánem", "consent", { hint: "Například: Pan Josef se s plánem seznámil a souhlasí s ním." }),
        ]),
        sub("Dohody: co, kdo, do kdy", [
          el("p", { class: "sp-tool-hint", text: "Za každou dohodu odpovídá jeden člověk; ostatní mohou pomáhat. Upozornění se objeví hned, jak píšete." }),
          rows("steps", function (index, base) {
            return [
              field("Co", base + "co", { wide: true, kind: "area", rows: 2 }),
              field("Kdo (jeden člověk)", base + "kdo", { list: "kf-lide", describedBy: "kf-krok-" + index }),
              field("Do kdy", base + "kdy", { describedBy: "kf-krok-" + index }),
              el("ul", { class: "sp-tool-warnings", id: "kf-krok-" + index }),
            ];
          }, "Přidat dohodu"),
          el("p", { class: "sp-tool-summary", role: "status", id: "kf-kroky-stav" }),
        ]),
        sub("Rizika a plán B", [
          rows("risks", function (index, base) {
            return [
              field("Co se může pokazit", base + "risk", { wide: true }),
              field("Co pak uděláme – kdo a do kdy", base + "alternative", { wide: true, describedBy: "kf-riziko-" + index }),
              el("ul", { class: "sp-tool-warnings", id: "kf-riziko-" + index }),
            ];
          }, "Přidat riziko"),
        ]),
        sub("Kdo koho informuje", [
          rows("informing", function (index, base) {
            return [
              field("Kdo informuje", base + "kdo", { list: "kf-lide" }),
              field("Koho", base + "koho"),
              field("Jak a do kdy", base + "jak"),
            ];
          }, "Přidat informování"),
        ]),
        sub("Zpětná vazba, vyhodnocení a další setkání", [
          field("Zpětná vazba: kdo, komu, jak a jak často dává vědět", "feedback", { kind: "area", rows: 2 }),
          field("Vyhodnocení plánu: termín a způsob", "evaluation", { kind: "area", rows: 2, hint: "Například: na případové konferenci 12. 5. 2025." }),
          field("Další případová konference: termín a místo", "next"),
        ]),
      )),
      section("Po konferenci", "kf-po", [
        el("p", { text: "Zápis se skládá z údajů výše. Vytiskněte ho, nebo si stáhněte individuální plán a upravte ho ve Wordu či LibreOffice. Kroky plánu jsou vaše dohody." }),
        el("div", { class: "sp-tool-actions" }, [
          el("button", { type: "button", class: "md-button md-button--primary", "data-action": "print", text: "Vytisknout zápis" }),
          el("button", { type: "button", class: "md-button", "data-action": "docx", text: "Stáhnout plán pro Word (.docx)" }),
          el("button", { type: "button", class: "md-button", "data-action": "odt", text: "Stáhnout plán pro LibreOffice (.odt)" }),
          el("button", { type: "button", class: "md-button", "data-action": "md", text: "Stáhnout plán jako text (Markdown)" }),
        ]),
        el("h3", { id: "kf-zapis-nadpis", text: "Zápis z případové konference" }),
        el("div", { class: "sp-tool-minutes", id: "kf-zapis" }),
      ]),
    );
    update();
    var again = focusedId && document.getElementById(focusedId);
    if (again) again.focus();
  }

  // --- what follows from the state -----------------------------------------------------------

  function meetingDate() {
    return state.meeting.date ? Steps.parseDate(state.meeting.date) : null;
  }

  function czechDate(iso) {
    var date = iso ? Steps.parseDate(iso) : null;
    return date ? date.getDate() + ". " + (date.getMonth() + 1) + ". " + date.getFullYear() : "";
  }

  function filled(list, keys) {
    return list.filter(function (item) { return keys.some(function (key) { return String(item[key] || "").trim(); }); });
  }

  function or(text, placeholder) {
    return String(text || "").trim() || placeholder;
  }

  function invitation() {
    var people = filled(state.participants, ["name", "role"]);
    var agenda = filled(state.agenda, ["point"]);
    var gap = "……………";
    return [
      "Dobrý den,",
      "",
      "zveme vás na případovou konferenci. Sejdeme se s klientem, jeho blízkými a službami, abychom se společně domluvili, jak dál.",
      "",
      "Klient: " + or(state.client.name, gap),
      "Kdy: " + or(czechDate(state.meeting.date), gap) + (state.meeting.time.trim() ? ", " + state.meeting.time.trim() : ""),
      "Kde: " + or(state.meeting.place, gap),
      "",
      "Proč se scházíme: " + or(state.meeting.goal, gap),
      "",
      "Kdo bude u stolu:",
    ].concat(people.length ? people.map(function (p) { return "– " + [p.name.trim(), p.role.trim()].filter(Boolean).join(", "); }) : ["– " + gap])
      .concat([
        "Konferenci povede: " + or(state.meeting.facilitator, gap),
        "",
        "Program:",
      ])
      .concat(agenda.map(function (item, index) { return (index + 1) + ". " + item.point.trim(); }))
      .concat([
        "",
        "Co potřebujeme právě od vás: " + or(state.meeting.needs, gap),
        "",
        "Klient souhlasí, aby účastníci znali tyto informace: " + or(state.meeting.shared, gap) +
          " Prosíme, zacházejte s nimi důvěrně a nepředávejte je dál.",
        "",
        "Když nemůžete přijít, pošlete nám prosím do " + or(state.meeting.replyBy, gap) +
          " písemné vyjádření: co o situaci víte a co můžete nabídnout. Účast potvrďte do " + or(state.meeting.replyBy, gap) + ".",
        "",
        "Pozvánku posílá: " + or(state.meeting.sender, gap),
      ]).join("\n");
  }

  function goals() {
    return state.goals.split("\n").map(function (line) { return line.replace(/^\s*(\d+[.)]|[-–•*])\s*/, "").trim(); }).filter(Boolean);
  }

  function personLine(p) {
    return [p.name.trim(), p.role.trim(), p.contact.trim()].filter(Boolean).join(" – ") + (p.present === false ? " (na konferenci nebyl/a)" : "");
  }

  function informingLine(item) {
    return [item.kdo.trim(), "informuje", item.koho.trim()].filter(Boolean).join(" ") + (item.jak.trim() ? ": " + item.jak.trim() : "") + ".";
  }

  function clientParagraph() {
    var who = [state.client.name.trim(), state.client.about.trim()].filter(Boolean).join(", ");
    var contact = state.client.contact.trim();
    return [who, contact ? "Kontakt: " + contact : ""].filter(Boolean).map(function (part) {
      return /[.!?)]$/.test(part) ? part : part + ".";
    }).join(" ");
  }

  // The individual plan, in the sections (and order) of the site's form (forms/individualni-plan.md).
  function planBlocks() {
    var people = filled(state.participants, ["name", "role", "contact"]);
    var steps = filled(state.steps, ["co", "kdo", "kdy"]);
    var risks = filled(state.risks, ["risk", "alternative"]);
    var informing = filled(state.informing, ["kdo", "koho", "jak"]);
    var name = or(state.client.name, "klient");
    var missing = "Doplňte.";
    var absent = state.participants.filter(function (p) { return p.present === false && p.name.trim(); });
    var blocks = [
      { kind: "heading", level: 1, text: "Individuální plán – " + name },
      { kind: "paragraph", text: "Datum sestavení plánu: " + or(czechDate(state.meeting.date), missing) + "\nSouhlas klienta: " + or(state.consent, missing) },
      { kind: "heading", level: 2, text: "1. Základní informace a kontakty na klienta" },
      { kind: "paragraph", text: clientParagraph() || missing },
      { kind: "heading", level: 2, text: "2. Zainteresované osoby a kontakty" },
      people.length ? { kind: "list", ordered: false, items: people.map(personLine) } : { kind: "paragraph", text: missing },
      { kind: "heading", level: 2, text: "3. Stručný popis situace" },
      { kind: "paragraph", text: or(state.situation, missing) },
      { kind: "heading", level: 2, text: "4. Cíle" },
      goals().length ? { kind: "list", ordered: true, items: goals() } : { kind: "paragraph", text: missing },
      { kind: "heading", level: 2, text: "5. Kroky" },
      steps.length ? {
        kind: "table",
        rows: [["Co", "Kdo", "Do kdy"]].concat(steps.map(function (s) { return [s.co.trim(), s.kdo.trim(), s.kdy.trim()]; })),
      } : { kind: "paragraph", text: missing },
      { kind: "heading", level: 2, text: "6. Rizika a alternativní kroky" },
      risks.length ? {
        kind: "list", ordered: false,
        items: risks.map(function (r) { return "Riziko: " + or(r.risk, "?") + " Alternativa: " + or(r.alternative, "doplňte"); }).map(function (line) {
          return line.replace(/([^.!?])( Alternativa:)/, "$1.$2").replace(/([^.!?])$/, "$1.");
        }),
      } : { kind: "paragraph", text: missing },
      { kind: "heading", level: 2, text: "7. Zpětná vazba" },
      { kind: "paragraph", text: or(state.feedback, missing) },
      { kind: "heading", level: 2, text: "8. Vyhodnocení plánu" },
      { kind: "paragraph", text: or(state.evaluation, missing) },
      { kind: "heading", level: 2, text: "9. Informování nepřítomných" },
      informing.length ? { kind: "list", ordered: false, items: informing.map(informingLine) } :
        { kind: "paragraph", text: absent.length ? "Doplňte, kdo informuje: " + absent.map(function (p) { return p.name.trim(); }).join(", ") + "." : "Na konferenci byli všichni zapojení." },
      { kind: "heading", level: 2, text: "10. Další případová konference" },
      { kind: "paragraph", text: or(state.next, "Termín zatím nebyl stanoven.") },
    ];
    return blocks;
  }

  function minutes() {
    var container = el("div");
    var present = state.participants.filter(function (p) { return p.present !== false && p.name.trim(); });
    var absent = state.participants.filter(function (p) { return p.present === false && p.name.trim(); });
    function dl(pairs) {
      return el("dl", {}, [].concat.apply([], pairs.map(function (pair) {
        return [el("dt", { text: pair[0] }), el("dd", { text: or(pair[1], "–") })];
      })));
    }
    function list(items, ordered) {
      return items.length ? el(ordered ? "ol" : "ul", {}, items.map(function (text) { return el("li", { text: text }); })) : el("p", { text: "–" });
    }
    var steps = filled(state.steps, ["co", "kdo", "kdy"]);
    var table = el("table", {}, [
      el("thead", {}, [el("tr", {}, ["Co", "Kdo", "Do kdy"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
      el("tbody", {}, steps.map(function (s) {
        return el("tr", {}, [s.co, s.kdo, s.kdy].map(function (text) { return el("td", { text: text.trim() || "–" }); }));
      })),
    ]);
    container.append(
      dl([
        ["Klient", state.client.name],
        ["Datum a čas", [czechDate(state.meeting.date), state.meeting.time.trim()].filter(Boolean).join(", ")],
        ["Místo", state.meeting.place],
        ["Facilitátor", state.meeting.facilitator],
        ["Cíl setkání", state.meeting.goal],
      ]),
      el("h4", { text: "Přítomni" }), list(present.map(personLine)),
      el("h4", { text: "Nepřítomni" }), list(absent.map(function (p) { return [p.name.trim(), p.role.trim()].filter(Boolean).join(" – "); })),
      el("h4", { text: "Hlavní zjištění podle bodů programu" }),
      list(filled(state.agenda, ["notes"]).map(function (item) { return or(item.point, "Bod") + ": " + item.notes.trim(); }), true),
      el("h4", { text: "Dohodnuté cíle" }), list(goals(), true),
      el("h4", { text: "Dohodnuté kroky" }), steps.length ? el("div", { class: "sp-tool-table", tabindex: "0", role: "group", "aria-label": "Tabulka kroků, lze posouvat do stran" }, [table]) : el("p", { text: "–" }),
      el("h4", { text: "Rizika a plán B" }),
      list(filled(state.risks, ["risk", "alternative"]).map(function (r) { return or(r.risk, "?") + " → " + or(r.alternative, "plán B chybí"); })),
      el("h4", { text: "Kdo koho informuje" }), list(filled(state.informing, ["kdo", "koho", "jak"]).map(informingLine)),
      dl([
        ["Zpětná vazba", state.feedback],
        ["Vyhodnocení plánu", state.evaluation],
        ["Další případová konference", state.next],
      ]),
    );
    return container;
  }

  // findings: [{rule, message}]; the rule code names the checker's rule each warning mirrors.
  function showWarnings(listId, findings) {
    var list = document.getElementById(listId);
    if (!list) return;
    list.replaceChildren.apply(list, findings.map(function (finding) {
      return el("li", { "data-rule": finding.rule, text: finding.message });
    }));
  }

  function riskMessages(risk) {
    var text = (risk.alternative || "").trim();
    if (!(risk.risk || "").trim() && !text) return [];
    if (!text) return [{ rule: "IP-RIZIKO-PLANB", message: "Doplňte plán B: co se udělá, kdo to udělá a do kdy." }];
    var findings = [];
    var people = state.participants.filter(function (p) { return p.name.trim(); });
    if (people.length && !people.some(function (p) { return Steps.samePerson(text, p); })) {
      findings.push({ rule: "IP-RIZIKO-KDO-KDY", message: "Napište, kdo plán B udělá – jméno z účastníků." });
    }
    if (!/\d|týd|tyd|den|dní|dni|ihned|hned|okamžitě|týž|tentýž|ještě/i.test(text)) {
      findings.push({ rule: "IP-RIZIKO-KDO-KDY", message: "Napište, do kdy se plán B udělá, např. „do 3 pracovních dnů“." });
    }
    return findings;
  }

  var lastSummary = "";

  function update() {
    var people = state.participants.filter(function (p) { return p.name.trim() || p.role.trim(); });
    var date = meetingDate();
    var complete = 0;
    var withWarnings = 0;
    state.steps.forEach(function (step, index) {
      var messages = Steps.judge(step, people, date);
      showWarnings("kf-krok-" + index, messages);
      if ((step.co || step.kdo || step.kdy) && !messages.length) complete += 1;
      if (messages.length) withWarnings += 1;
    });
    state.risks.forEach(function (risk, index) { showWarnings("kf-riziko-" + index, riskMessages(risk)); });
    var summary = complete + " " + (complete === 1 ? "dohoda je úplná" : complete >= 2 && complete <= 4 ? "dohody jsou úplné" : "dohod je úplných") +
      (withWarnings ? ", " + withWarnings + " " + (withWarnings === 1 ? "potřebuje doplnit" : "potřebují doplnit") : "") + ".";
    var status = document.getElementById("kf-kroky-stav");
    // Announced only when it changes, not at every keystroke.
    if (status && summary !== lastSummary) status.textContent = summary;
    lastSummary = summary;
    var invitationNode = document.getElementById("kf-pozvanka");
    if (invitationNode) invitationNode.value = invitation();
    var minutesNode = document.getElementById("kf-zapis");
    if (minutesNode) minutesNode.replaceChildren(minutes());
    var list = document.getElementById("kf-lide");
    if (list) list.replaceWith(peopleList());
  }

  // --- events -----------------------------------------------------------------------------------

  form.addEventListener("input", function (event) {
    var path = event.target.getAttribute("data-path");
    if (!path) return;
    set(path, event.target.type === "checkbox" ? event.target.checked : event.target.value);
    store.save(state);
    update();
  });
  // An agenda point renamed: the label of its notes follows once the field is left, not mid-word.
  form.addEventListener("change", function (event) {
    if (event.target.getAttribute("data-path") && /^agenda\.\d+\.point$/.test(event.target.getAttribute("data-path"))) draw();
  });

  form.addEventListener("click", function (event) {
    var target = event.target.closest("button");
    if (!target) return;
    var add = target.getAttribute("data-add");
    var remove = target.getAttribute("data-remove");
    var action = target.getAttribute("data-action");
    if (add) {
      state[add].push(Object.assign({}, ROWS[add].blank));
      store.save(state);
      draw();
      var rowsNode = form.querySelector("[data-list='" + add + "']");
      var fresh = rowsNode.querySelectorAll("fieldset");
      fresh[fresh.length - 1].querySelector("input, textarea").focus();
    } else if (remove) {
      var index = +target.getAttribute("data-index");
      state[remove].splice(index, 1);
      if (!state[remove].length) state[remove].push(Object.assign({}, ROWS[remove].blank));
      store.save(state);
      draw();
      var left = form.querySelectorAll("[data-list='" + remove + "'] fieldset");
      var next = left[Math.min(index, left.length - 1)];
      next.querySelector("input, textarea").focus();
    } else if (action === "copy-invitation") {
      copy(invitation(), target);
    } else if (action === "print") {
      window.print();
    } else if (action === "docx" || action === "odt" || action === "md") {
      var name = "individualni-plan" + (state.client.name.trim() ? "-" + slug(state.client.name) : "");
      Office.save(planBlocks(), "Individuální plán – " + or(state.client.name, "klient"), name, action);
    }
  });

  function slug(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }

  function copy(text, button) {
    var status = root.querySelector(".sp-tool-saved");
    function done(ok) {
      status.textContent = ok ? "Text pozvánky je zkopírovaný. Vložte ho do e-mailu nebo dopisu." :
        "Kopírování se nepodařilo. Označte text pozvánky a zkopírujte ho klávesami Ctrl+C.";
      button.focus();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    } else done(false);
  }

  root.querySelector("[data-action='example']").addEventListener("click", function () {
    state = normalise(JSON.parse(JSON.stringify(window.SitPodporyExamples.konference)));
    store.save(state);
    draw();
    root.querySelector(".sp-tool-saved").textContent = "Načetli jsme příklad z kazuistiky " + window.SitPodporyExamples.source + ". Můžete ho upravit.";
    document.getElementById("kf-pred").focus();
  });
  root.querySelector("[data-action='clear']").addEventListener("click", function () {
    if (!window.confirm("Opravdu smazat všechny údaje tohoto nástroje z tohoto prohlížeče?")) return;
    state = empty();
    store.clear();
    draw();
    document.getElementById("kf-pred").focus();
  });

  state = normalise(store.load());
  draw();
  root.setAttribute("data-ready", "true");
})();
