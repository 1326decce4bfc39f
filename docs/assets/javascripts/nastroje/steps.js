// The checker's rules for one step (the rulebook's section 3, the same rule codes as planlint),
// judged at once in the browser while the agreement is typed. They mirror IP-KROK-CO, -KDO, -KDY,
// -VICE-OSOB and the "kdo is not among the people" warning; the downloaded plan is then read by the
// checker itself. Kept in JavaScript on purpose: a warning must appear at the keystroke, and the
// checker's Python engine (several megabytes) is not worth loading for these few rules.
(function () {
  "use strict";

  var MONTHS = ["ledn", "únor", "unor", "břez", "brez", "dub", "květ", "kvet", "červ", "cerv", "srp", "září", "zari",
    "říj", "rij", "listop", "prosin"];
  // Words that only order or soften: no deadline (IP-KROK-KDY).
  var VAGUE = /průběžně|prubezne|co nejdříve|co nejdrive|dle potřeby|podle potřeby|až to půjde|nejprve|potom|poté|později|brzy/i;
  var TITLES = /^(mgr|bc|ing|mudr|phdr|judr|phdr|doc|prof|dis|ph\.?d)\.?$/i;
  var SEPARATORS = /\s*(?:,|;|\/|\+|&|\s+a\s+|\s+nebo\s+)\s*/i;

  function fold(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(function (word) {
      return word.length >= 3 && !TITLES.test(word);
    });
  }

  // "Tomáši Beranovi" ~ "Tomáš Beran", "sestra" ~ "sestra domácí péče": Czech endings differ,
  // the first four letters of a word rarely do.
  function samePerson(who, person) {
    var theirs = words(person.name + " " + (person.role || "")).map(function (word) { return word.slice(0, 4); });
    return words(who).some(function (word) { return theirs.indexOf(word.slice(0, 4)) >= 0; });
  }

  // A Czech date "7. 4. 2025" or "7.4.2025" (the year may be missing), or an ISO date.
  function parseDate(text, reference) {
    var iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
    if (iso) return new Date(+iso[1], +iso[2] - 1, +iso[3]);
    var czech = /(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})?/.exec(text);
    if (!czech) return null;
    var year = czech[3] ? +czech[3] : reference ? reference.getFullYear() : new Date().getFullYear();
    return new Date(year, +czech[2] - 1, +czech[1]);
  }

  function isDeadline(text) {
    if (VAGUE.test(text) && !/\d/.test(text)) return false;
    if (/\d/.test(text)) return true;
    var folded = fold(text);
    return MONTHS.some(function (month) { return folded.indexOf(fold(month)) >= 0; }) ||
      /konc|polovin|zacat|tyden|tydn|mesic|rok/.test(folded);
  }

  // step: {co, kdo, kdy}; people: [{name, role}]; date: the conference's Date or null.
  // Returns the findings as {rule, message} (the checker's rule codes), [] when the step is complete.
  function judge(step, people, date) {
    var co = (step.co || "").trim();
    var kdo = (step.kdo || "").trim();
    var kdy = (step.kdy || "").trim();
    var messages = [];
    function add(rule, message) { messages.push({ rule: rule, message: message }); }
    if (!co && !kdo && !kdy) return messages;
    if (!co) add("IP-KROK-CO", "Napište, co se má udělat.");
    if (!kdo) {
      add("IP-KROK-KDO", "Doplňte, kdo za krok odpovídá – jednoho člověka, nejlépe ze seznamu účastníků.");
    } else if (kdo.split(SEPARATORS).filter(Boolean).length > 1) {
      add("IP-KROK-VICE-OSOB", "Za krok odpovídá víc lidí („" + kdo + "“). Za krok ať odpovídá jedna osoba; ostatní mohou pomáhat.");
    } else if (people.length && !people.some(function (person) { return samePerson(kdo, person); })) {
      add("IP-KROK-OSOBA", "„" + kdo + "“ není mezi účastníky. Doplňte ho do seznamu účastníků, nebo vyberte někoho z nich.");
    }
    if (!kdy) {
      add("IP-KROK-KDY", "Doplňte, do kdy se krok udělá, např. „30. 4. 2025“.");
    } else if (!isDeadline(kdy)) {
      add("IP-KROK-KDY", "„" + kdy + "“ není termín. Napište datum, např. „30. 4. 2025“.");
    } else {
      var deadline = parseDate(kdy, date);
      if (deadline && date && deadline < date) add("IP-KROK-TERMIN", "Termín je dřív než den konference. Zkontrolujte datum.");
    }
    return messages;
  }

  window.SitPodporySteps = { judge: judge, parseDate: parseDate, samePerson: samePerson };
})();
