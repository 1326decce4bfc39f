// "Načíst příklad": the tools filled in from the site's case study Pan Josef po propuštění z
// nemocnice (kazuistiky/pan-josef.md) and its model plan (exercises/pan-josef.toml). Invented
// people and numbers, like the case itself.
(function () {
  "use strict";
  var CASE = "Pan Josef po propuštění z nemocnice";

  var konference = {
    client: {
      name: "Josef Vondráček",
      contact: "tel. 777 000 501 (smyšlené údaje)",
      about: "81 let, vdovec, žije sám v rodinném domku v Lískové; po zlomenině krčku stehenní kosti chodí o chodítku",
    },
    meeting: {
      date: "2025-04-07",
      time: "10.00–11.30",
      place: "u pana Josefa doma v Lískové",
      goal: "Domluvit, jak může pan Josef bezpečně zůstat doma – hlavně o víkendech a s léky.",
      facilitator: "Mgr. Hana Doležalová, koordinátorka podpory MěÚ Podlesí",
      needs: "Od každého potřebujeme vědět, s čím může pomoci ve všední dny a o víkendech.",
      shared: "že se pan Josef vrátil z nemocnice po zlomenině, jaké služby už má a že se ztrácí v lécích.",
      replyBy: "4. 4. 2025",
      sender: "Mgr. Tomáš Beran, case manager, sociální odbor MěÚ Podlesí, tel. 777 000 504",
    },
    participants: [
      { name: "Josef Vondráček", role: "klient", contact: "tel. 777 000 501", present: true },
      { name: "Marcela Šolcová", role: "dcera, na konferenci po telefonu", contact: "tel. 777 000 502", present: true },
      { name: "Zdeňka Bartošová", role: "sousedka, má klíč od domu", contact: "tel. 777 000 503", present: true },
      { name: "Mgr. Tomáš Beran", role: "case manager, sociální odbor MěÚ Podlesí", contact: "tel. 777 000 504", present: true },
      { name: "Bc. Lada Marková", role: "zdravotně-sociální pracovnice nemocnice Podlesí", contact: "tel. 777 000 505", present: true },
      { name: "MUDr. Jiří Kučera", role: "praktický lékař", contact: "tel. 777 000 506", present: false },
      { name: "Romana Pešková", role: "sestra domácí zdravotní péče", contact: "tel. 777 000 507", present: true },
      { name: "Věra Machová", role: "vedoucí pečovatelské služby Podlesí", contact: "tel. 777 000 508", present: true },
      { name: "Pavel Trnka", role: "starosta obce Lísková", contact: "tel. 777 000 509", present: true },
      { name: "Mgr. Hana Doležalová", role: "koordinátorka podpory, konferenci facilitovala", contact: "tel. 777 000 112", present: true },
    ],
    agenda: [
      { point: "Úvodní slovo – cíl konference a kolik máme času", notes: "Máme hodinu a půl. Cílem je, aby pan Josef mohl bezpečně zůstat doma." },
      { point: "Představení – kdo je kdo a v jaké roli přichází", notes: "Dcera Marcela je připojená telefonem." },
      { point: "Cíle setkání – co chceme dnes společně dokázat", notes: "Víkendy, léky, koupelna a topení." },
      { point: "Aktuální potřeby klienta – nejdřív mluví klient", notes: "„Do domova důchodců nepůjdu. Hlavně ať mi někdo pomůže s koupáním a s uhlím.“" },
      { point: "Aktuální stav z pohledu jednotlivých účastníků", notes: "O víkendech nechodí obědy ani pečovatelská služba; léky si pan Josef spletl." },
      { point: "Návrhy řešení – zatím bez hodnocení", notes: "Obědy z hospody v Lískové, dávkovač léků, tísňové tlačítko, pomoc obce s uhlím." },
      { point: "Tvorba konkrétního plánu – co, kdo, do kdy", notes: "Viz dohody." },
      { point: "Termín dalšího setkání – kdy a jak plán vyhodnotíme", notes: "12. 5. 2025 u pana Josefa doma." },
      { point: "Zhodnocení setkání", notes: "Pan Josef je rád, že se jednalo u něj doma." },
    ],
    situation: "Pan Josef se 28. 3. 2025 vrátil z nemocnice domů. Sám se neodváží do koupelny, nedonese uhlí ke kamnům a s osmi druhy léků se ztrácí. Ve všední dny mu pečovatelská služba vozí obědy a dvakrát týdně pomáhá s hygienou, o víkendech nemá nikoho kromě sousedky. Pan Josef chce zůstat doma a v létě zase pracovat na zahradě.",
    goals: [
      "Pan Josef chce do 30. 4. 2025 mít v koupelně namontované madlo a protiskluzovou podložku a u postele tísňové tlačítko.",
      "Pan Josef souhlasí, že mu od 10. 4. 2025 sestra domácí péče jednou týdně nachystá všechny léky do týdenního dávkovače.",
      "Pan Josef chce od 12. 4. 2025 dostat každou sobotu a neděli teplý oběd a mít jednu návštěvu denně.",
    ].join("\n"),
    consent: "Pan Josef se s plánem seznámil a souhlasí s ním; dcera Marcela s plánem souhlasí také (7. 4. 2025).",
    steps: [
      { co: "Poslat všem zapojeným zápis z konference s plánem", kdo: "Tomáš Beran", kdy: "9. 4. 2025" },
      { co: "Domluvit dovoz víkendových obědů z hospody v Lískové", kdo: "Pavel Trnka", kdy: "11. 4. 2025" },
      { co: "Rozepsat se sousedkou Zdeňkou Bartošovou víkendové návštěvy", kdo: "Marcela Šolcová", kdy: "11. 4. 2025" },
      { co: "Nachystat léky do dávkovače a ukázat panu Josefovi, jak s ním zachází", kdo: "Romana Pešková", kdy: "10. 4. 2025" },
      { co: "Zapůjčit tísňové tlačítko a objednat montáž madla", kdo: "Věra Machová", kdy: "30. 4. 2025" },
    ],
    risks: [
      { risk: "Pan Josef znovu upadne.", alternative: "Dokud nemá tísňové tlačítko, Marcela Šolcová mu každý večer zavolá a sousedka se ráno zastaví." },
      { risk: "Víkendový oběd nedorazí.", alternative: "Sousedka Zdeňka Bartošová ještě týž den ohřeje náhradní jídlo z mrazáku a dá vědět Tomáši Beranovi." },
    ],
    informing: [
      { kdo: "Tomáš Beran", koho: "MUDr. Kučeru", jak: "pošle mu e-mailem zápis s plánem do 11. 4. 2025" },
    ],
    feedback: "Dcera Marcela každou neděli večer zavolá Tomáši Beranovi, jak proběhl víkend. Tomáš Beran jednou za 14 dní pošle e-mailem krátkou zprávu všem zapojeným.",
    evaluation: "Plán vyhodnotíme na případové konferenci u pana Josefa doma 12. 5. 2025; posoudíme, jak zvládá víkendy a léky.",
    next: "12. 5. 2025 v 10.00 u pana Josefa doma v Lískové",
  };

  var ekomapa = {
    client: "Josef Vondráček",
    people: [
      { name: "Marcela Šolcová", role: "dcera", relation: "silny", support: "ke-klientovi" },
      { name: "Zdeňka Bartošová", role: "sousedka", relation: "silny", support: "oboustranna" },
      { name: "Romana Pešková", role: "sestra domácí péče", relation: "bezny", support: "ke-klientovi" },
      { name: "Věra Machová", role: "pečovatelská služba", relation: "bezny", support: "ke-klientovi" },
      { name: "MUDr. Jiří Kučera", role: "praktický lékař", relation: "slaby", support: "ke-klientovi" },
      { name: "Bc. Lada Marková", role: "nemocnice Podlesí", relation: "preruseny", support: "zadna" },
      { name: "Pavel Trnka", role: "starosta Lískové", relation: "slaby", support: "ke-klientovi" },
      { name: "Mgr. Tomáš Beran", role: "case manager", relation: "slaby", support: "ke-klientovi" },
    ],
    family: {
      sex: "muz",
      age: "81",
      members: [
        { name: "manželka", sex: "zena", link: "manzel", age: "", deceased: true, household: false },
        { name: "Marcela Šolcová", sex: "zena", link: "dite", age: "54", deceased: false, household: false },
      ],
    },
  };

  window.SitPodporyExamples = { source: CASE, konference: konference, ekomapa: ekomapa };
})();
