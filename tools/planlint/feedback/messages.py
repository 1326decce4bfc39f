"""The Czech wording of every finding: what to add or change, with an example from the case.

Every function takes the case's names (names.CaseNames), so examples speak of the people of
the current exercise; without an exercise they are neutral.
"""

from __future__ import annotations

import datetime as dt

from dataclasses import dataclass

from ..exercises import NEUTRAL, CaseNames
from ..judging import Finding
from .catalogue import SECTION_NAMES, help_for


def quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"„{text}“"


def date_cs(day) -> str:
    return f"{day.day}. {day.month}. {day.year}"


def example_deadline(today: dt.date) -> dt.date:
    """A plausible deadline to suggest: the end of the month after next."""
    first_of_month = dt.date(today.year + (today.month + 1) // 12, (today.month + 1) % 12 + 1, 1)
    return first_of_month - dt.timedelta(days=1)


def example_soon(today: dt.date) -> dt.date:
    """A plausible date for a first step: two weeks after the plan."""
    return today + dt.timedelta(days=14)


def _words(names: CaseNames, today: dt.date) -> dict[str, str]:
    return names.words() | {
        "example": date_cs(example_deadline(today)),
        "soon": date_cs(example_soon(today)),
        "goal_action": names.goals[0],
    }


SECTION_EXAMPLES = {
    "klient": "„{client_full}: věk, s kým bydlí, telefon (smyšlené údaje).“",
    "osoby": "„{worker_with_role} – {institution}, telefon“",
    "situace": "„Co se teď děje, co {client} chce a kdo už pomáhá.“",
    "cile": "„{Client} chce do {example} {goal_action}.“",
    "kroky": "„Co: {step}; Kdo: {worker}; Do kdy: {soon}“",
    "rizika": "„Riziko: termín se nestihne. Alternativa: {worker} do {example} svolá případovou konferenci.“",
    "zpetna_vazba": "„{Client} každý pátek telefonicky řekne {worker_dative}, co se podařilo.“",
    "vyhodnoceni": "„Plán vyhodnotíme na osobní schůzce {example}.“",
    "informovani": "„{Worker} do {soon} pošle zápis s plánem těm, kdo na konferenci nebyli.“",
    "dalsi_pk": "„Další případová konference proběhne {example}.“",
}


def section_example(section: str, today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return SECTION_EXAMPLES[section].format(**_words(names, today))


def section_missing(section: str, today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return (
        f"V plánu chybí část „{SECTION_NAMES[section]}“. Přidejte ji jako nadpis s textem, "
        f"např. {section_example(section, today, names)}"
    )


def section_empty(section: str, today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return (
        f"Část „{SECTION_NAMES[section]}“ je zatím prázdná (nebo v ní zůstal jen text ze šablony). "
        f"Doplňte ji, např. {section_example(section, today, names)}"
    )


def next_conference_missing(today: dt.date) -> str:
    return (
        "Plán neuvádí termín další případové konference. Pokud jste ho stanovili, doplňte ho, "
        f"např. „Další případová konference proběhne {date_cs(example_deadline(today))}.“"
    )


def no_plan_date(used) -> str:
    return (
        f"Plán nemá řádek s datem sestavení, termíny se proto posuzují k {date_cs(used)}. "
        f"Doplňte na začátek plánu např. „Datum sestavení plánu: {date_cs(used)}“."
    )


SMART_REASONS = {
    ("S", "vague"): (
        "Cíl {goal} je příliš obecný. Co konkrétně bude {client} dělat nebo mít (např. co podá, kam půjde, "
        "co bude mít podepsané)? Podle čeho poznáte, že je splněno?"
    ),
    ("S", "service"): (
        "Cíl {goal} popisuje práci služby, ne to, čeho dosáhne klient. Co konkrétně bude {client} dělat "
        "nebo mít (např. co podá, kam půjde, co bude mít podepsané)? Podle čeho poznáte, že je splněno?"
    ),
    ("S", "no_action"): (
        "Cíl {goal} pojmenovává oblast nebo stav, ale ne to, co se udělá. Napište konkrétní krok nebo výsledek, "
        "např. „podá žádost o příspěvek na bydlení“ místo „zajištění bydlení“."
    ),
    ("M", "feeling"): (
        "U cíle {goal} se nedá jednoznačně ověřit, zda byl splněn – popisuje pocit nebo vlastnost. "
        "Doplňte počet, částku nebo událost, kterou lze ověřit, např. „2x týdně“ nebo „smlouva je podepsaná“."
    ),
    ("M", "unmeasurable"): (
        "Podle čeho poznáte, že je cíl {goal} splněný? Doplňte počet, částku nebo ověřitelnou událost, "
        "např. „smlouva je podepsaná“ nebo „2x týdně“."
    ),
    ("A", "no_will"): (
        "Z cíle {goal} není znát, že ho {client} chce. Napište ho jako přání, např. „{Client} chce …“, "
        "nebo do plánu doplňte řádek „Souhlas klienta: {Client} s plánem souhlasí.“"
    ),
    ("M", "habit"): (
        "Cíl {goal} popisuje činnost, která se opakuje, ale neříká jak často. Doplňte četnost, "
        "např. „jednou týdně“ nebo „každé pondělí“."
    ),
    ("A", "imperative"): (
        "Cíl {goal} je napsaný jako pokyn, ne jako přání klienta. Zapište ho jeho slovy, "
        "např. „{Client} chce …“ nebo „Podám …“."
    ),
    ("A", "imposed"): (
        "Cíl {goal} zní jako příkaz („musí“, „je nutné“). Dohodněte cíl s klientem a zapište ho jeho slovy, "
        "např. „{Client} chce …“."
    ),
    ("A", "compliance"): (
        "Cíl {goal} popisuje, co po klientovi chce instituce (spolupracovat, docházet na schůzky, plnit pokyny), "
        "ne co chce {client}. Čeho chce {client} spoluprací dosáhnout? To napište jako cíl."
    ),
    ("A", "consent"): (
        "„Souhlasí, že …“ zaznamenává souhlas s textem služby, ne přání klienta. Napište cíl {goal} tak, "
        "jak ho říká {client}, např. „{Client} chce …“."
    ),
    ("A", "services"): (
        "Cíl {goal} se týká služeb, ne klienta. Cíl patří klientovi; spolupráci služeb popište v krocích. "
        "Co bude {client} dělat nebo mít?"
    ),
    ("R", "absolute"): (
        "Cíl {goal} slibuje něco, co nikdo nemůže zaručit (např. „nikdy“, „navždy“, „zcela“, „všechny problémy“). "
        "Napište, čeho {client} do {example} reálně dosáhne, a slib bez konce vynechte."
    ),
    ("R", "past"): (
        "Termín cíle {goal} ({deadline}) je dřív než datum plánu ({today}). Zvolte termín, který teprve přijde, "
        "např. „do {example}“."
    ),
    ("R", "too_short"): (
        "Na to, co cíl {goal} žádá, je termín příliš krátký. Rozdělte ho na menší kroky s reálnými termíny "
        "(u velké částky např. první splátku nebo splátkový kalendář)."
    ),
    ("T", "no_deadline"): (
        "Cíl {goal} nemá termín. Doplňte, do kdy má být splněn, např. „do {example}“ nebo „během 3 měsíců“."
    ),
    ("T", "never"): (
        "Cíl {goal} nemá termín („nikdy“ termín není). Doplňte, do kdy má být splněn, např. „do {example}“."
    ),
}


def smart(
    letter: str, reason: str, goal: str, today: dt.date, deadline: dt.date | None = None, names: CaseNames = NEUTRAL
) -> str:
    return SMART_REASONS[(letter, reason)].format(
        goal=quote(goal),
        today=date_cs(today),
        deadline=date_cs(deadline) if deadline else "",
        **_words(names, today),
    )


def no_goals(today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return (
        "V části „Cíle“ jsem nenašel žádný cíl. Každý cíl napište jako samostatnou odrážku, "
        f"např. „- {section_example('cile', today, names)[1:-1]}“"
    )


def no_steps(today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return (
        "V části „Kroky“ jsem nenašel žádný krok. Napište kroky jako tabulku se sloupci Co, Kdo, Do kdy, "
        f"nebo jako odrážky, např. „- {section_example('kroky', today, names)[1:-1]}“"
    )


STEP_PARTS = {
    "co": ("co se má udělat", "„Co: {step}“"),
    "kdo": ("kdo ho má na starosti", "„Kdo: {worker}“"),
    "kdy": ("termín, do kdy má být hotový", "„Do kdy: {soon}“"),
}


def step_part_example(part: str, today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return STEP_PARTS[part][1].format(**_words(names, today))


def step_missing(part: str, step: str, today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return (
        f"U kroku {quote(step or 'bez popisu')} chybí {STEP_PARTS[part][0]}. "
        f"Doplňte ho, např. {step_part_example(part, today, names)}."
    )


def goal_without_step(goal: str, today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return (
        f"K cíli {quote(goal)} zatím nevede žádný krok. Doplňte do části „Kroky“ aspoň jeden, který k němu vede, "
        f"např. {section_example('kroky', today, names)}."
    )


def step_after_goal(step: str | None, kdy: str | None, goal: str, goal_deadline) -> str:
    return (
        f"Krok {quote(step or 'bez popisu')} má termín „{kdy}“, ale cíl {quote(goal)}, ke kterému vede, "
        f"má být splněný už {date_cs(goal_deadline)}. Dejte kroku dřívější termín, nebo cíli pozdější."
    )


def step_person_unknown(who: str) -> str:
    return (
        f"„{who}“ má na starosti krok, ale v části „Zainteresované osoby“ chybí. Doplňte ho tam i s kontaktem, "
        f"např. „{who} – role, telefon“."
    )


def step_many_people(who: str, names: CaseNames = NEUTRAL) -> str:
    return (
        f"Za krok odpovídá víc lidí („{who}“). Za krok ať odpovídá jedna osoba; ostatní mohou pomáhat – "
        f"zmiňte je v popisu kroku. Např. „Kdo: {names.worker}“."
    )


def step_deadline_outside(kdy: str, reason: str, limit) -> str:
    if reason == "before_plan":
        return (
            f"Termín kroku „{kdy}“ je dřív než datum plánu ({date_cs(limit)}). "
            "Zvolte termín, který teprve přijde."
        )
    return (
        f"Termín kroku „{kdy}“ je až po vyhodnocení plánu ({date_cs(limit)}). Krok buď dřív dokončete, "
        "nebo posuňte vyhodnocení."
    )


def risk_example(today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return f"„Když se to stane, {names.worker} do {date_cs(example_deadline(today))} svolá případovou konferenci.“"


def risk_without_alternative(risk: str, today: dt.date, names: CaseNames = NEUTRAL) -> str:
    return (
        f"U rizika {quote(risk)} chybí, co uděláte, když nastane. Doplňte alternativní krok, "
        f"např. {risk_example(today, names)}"
    )


def alternative_incomplete(risk: str, missing: list[str], today: dt.date, names: CaseNames = NEUTRAL) -> str:
    what = " ani ".join({"kdo": "kdo ji udělá", "kdy": "do kdy"}[part] for part in missing)
    return (
        f"Alternativa u rizika {quote(risk)} neříká, {what}. Alternativa je krok jako každý jiný, "
        f"např. {risk_example(today, names)}"
    )


def feedback_example(names: CaseNames = NEUTRAL) -> str:
    return f"„{names.words()['Client']} každý pátek telefonicky řekne {names.worker_dative}, co se podařilo.“"


def feedback_incomplete(missing: str, names: CaseNames = NEUTRAL) -> str:
    what = {"who": "kdo komu zpětnou vazbu dává", "when": "kdy nebo jak často"}[missing]
    return f"V části „Zpětná vazba“ chybí, {what}. Doplňte např. {feedback_example(names)}"


def evaluation_incomplete(missing: str, today: dt.date) -> str:
    what = {"when": "termín vyhodnocení", "how": "způsob vyhodnocení (schůzka, případová konference, telefonicky …)"}[missing]
    return (
        f"V části „Vyhodnocení“ chybí {what}. "
        f"Doplňte např. „Plán vyhodnotíme na osobní schůzce {date_cs(example_deadline(today))}.“"
    )


def personal_data(kind: str) -> str:
    what = {"birth_number": "rodné číslo", "address": "úplnou adresu s číslem domu"}[kind]
    return (
        f"Text zřejmě obsahuje {what}. Ve cvičeních používejte jen smyšlené údaje, "
        "např. „bydlí v obecním bytě v centru města“."
    )


def exercise_role_missing(name: str) -> str:
    return (
        f"V části „Zainteresované osoby“ chybí „{name}“ – podle kazuistiky patří do sítě podpory. "
        f"Doplňte i kontaktní osobu, např. „{name} – jméno pracovníka, telefon“."
    )


def exercise_topic_missing(name: str) -> str:
    return (
        f"Žádný cíl se nevěnuje tématu „{name}“, které je v této kazuistice klíčové. "
        "Doplňte cíl, který ho řeší, a napište ho jako přání klienta s termínem."
    )


def consent_missing(names: CaseNames = NEUTRAL) -> str:
    return (
        f"Z plánu není znát, že s ním {names.client} souhlasí. Pokud ano, doplňte pod datum řádek "
        f"„Souhlas klienta: {names.words()['Client']} s plánem souhlasí.“ – pak platí pro všechny cíle."
    )


def message_for(finding: Finding, today: dt.date, names: CaseNames = NEUTRAL) -> str:
    """The Czech message of one finding, from the data the judging layer gave it."""
    f, rule = finding, finding.rule
    if rule in ("IP-CIL-S", "IP-CIL-M", "IP-CIL-A", "IP-CIL-R", "IP-CIL-T"):
        return smart(rule[-1], f.detail, f.subject, today, f.day, names)
    if rule in ("IP-KROK-CO", "IP-KROK-KDO", "IP-KROK-KDY"):
        return step_missing(f.detail, f.subject, today, names)
    wording = {
        "IP-SEKCE-CHYBI": lambda: section_missing(f.section, today, names),
        "IP-SEKCE-PRAZDNA": lambda: section_empty(f.section, today, names),
        "IP-DALSI-PK": lambda: next_conference_missing(today),
        "IP-DATUM": lambda: no_plan_date(f.day),
        "IP-CILE-ZADNE": lambda: no_goals(today, names),
        "IP-KROKY-ZADNE": lambda: no_steps(today, names),
        "IP-KROK-VICE-OSOB": lambda: step_many_people(f.value, names),
        "IP-CILE-BEZ-KROKU": lambda: goal_without_step(f.subject, today, names),
        "IP-KROK-PO-CILI": lambda: step_after_goal(f.subject, f.value, f.detail, f.day),
        "IP-KROK-OSOBA": lambda: step_person_unknown(f.value),
        "IP-KROK-TERMIN": lambda: step_deadline_outside(f.value, f.detail, f.day),
        "IP-RIZIKO-PLANB": lambda: risk_without_alternative(f.subject, today, names),
        "IP-RIZIKO-KDO-KDY": lambda: alternative_incomplete(f.subject, f.detail.split("+"), today, names),
        "IP-ZPETNA-VAZBA": lambda: feedback_incomplete(f.detail, names),
        "IP-VYHODNOCENI": lambda: evaluation_incomplete(f.detail, today),
        "IP-OSOBNI-UDAJE": lambda: personal_data(f.detail),
        "CV-ROLE": lambda: exercise_role_missing(f.value),
        "CV-TEMA": lambda: exercise_topic_missing(f.value),
    }
    return wording[rule]()


@dataclass
class Said(Finding):
    """A finding with its Czech message: what feedback groups and what the JSON lists."""

    message: str = ""

    def as_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "line": self.line,
            "message": self.message,
            "help": help_for(self.rule, self.section),
            "goal": self.goal,
        }


def said(findings: list[Finding], today: dt.date, names: CaseNames = NEUTRAL) -> list[Said]:
    return [Said(**vars(finding), message=message_for(finding, today, names)) for finding in findings]
