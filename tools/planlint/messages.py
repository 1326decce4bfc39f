"""The Czech wording of every finding: what to add or change, with an example."""

from __future__ import annotations

import datetime as dt

from .rules import SECTION_EXAMPLES, SECTION_NAMES


def quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"„{text}“"


def date_cs(day) -> str:
    return f"{day.day}. {day.month}. {day.year}"


def section_missing(section: str) -> str:
    return (
        f"V plánu chybí část „{SECTION_NAMES[section]}“. Přidejte ji jako nadpis s textem, "
        f"např. {SECTION_EXAMPLES[section]}"
    )


def section_empty(section: str) -> str:
    return (
        f"Část „{SECTION_NAMES[section]}“ je zatím prázdná (nebo v ní zůstal jen text ze šablony). "
        f"Doplňte ji, např. {SECTION_EXAMPLES[section]}"
    )


def next_conference_missing() -> str:
    return (
        "Plán neuvádí termín další případové konference. Pokud jste ho stanovili, doplňte ho, "
        "např. „Další případová konference proběhne 22. 4. 2025.“"
    )


def no_plan_date(used) -> str:
    return (
        f"Plán nemá řádek s datem sestavení, termíny proto posuzuji k {date_cs(used)}. "
        "Doplňte na začátek plánu např. „Datum sestavení plánu: 3. 2. 2025“."
    )


SMART_REASONS = {
    ("S", "vague"): (
        "Cíl {goal} je příliš obecný. Napište, co konkrétně se má stát nebo udělat, "
        "např. „podá žádost o příspěvek na bydlení“ místo „zlepšit situaci“."
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
        "např. „splatí 3 splátky po 800 Kč“ nebo „žádost je podaná“."
    ),
    ("A", "no_will"): (
        "Z cíle {goal} není znát, že ho klient chce. Napište ho jako jeho přání, např. „Paní Alena chce …“, "
        "nebo do plánu doplňte řádek „Souhlas klienta: … s plánem souhlasí“."
    ),
    ("M", "habit"): (
        "Cíl {goal} popisuje činnost, která se opakuje, ale neříká jak často. Doplňte četnost, "
        "např. „jednou týdně“ nebo „každé pondělí“."
    ),
    ("A", "imperative"): (
        "Cíl {goal} je napsaný jako pokyn, ne jako přání klienta. Zapište ho jeho slovy, "
        "např. „Paní Alena chce …“ nebo „Podám …“."
    ),
    ("A", "imposed"): (
        "Cíl {goal} zní jako příkaz („musí“, „je nutné“). Dohodněte cíl s klientem a zapište ho jeho slovy, "
        "např. „Pan Novák chce …“."
    ),
    ("A", "services"): (
        "Cíl {goal} se týká služeb, ne klienta. Cíl patří klientovi; spolupráci služeb popište v krocích, "
        "např. „Paní Alena chce do 31. 3. 2025 …“."
    ),
    ("R", "absolute"): (
        "Cíl {goal} slibuje něco, co nikdo nemůže zaručit (např. „nikdy“, „zcela“, „všechny problémy“). "
        "Zvolte dosažitelný krok, např. „do 31. 3. 2025 uzavře splátkový kalendář“."
    ),
    ("R", "past"): (
        "Termín cíle {goal} ({deadline}) je dřív než datum plánu ({today}). Zvolte termín, který teprve přijde, "
        "např. „do {example}“."
    ),
    ("R", "too_short"): (
        "Na to, co cíl {goal} žádá, je termín příliš krátký. Rozdělte ho na menší kroky s reálnými termíny, "
        "např. „do {example} sepíše přehled všech dluhů“."
    ),
    ("T", "no_deadline"): (
        "Cíl {goal} nemá termín. Doplňte, do kdy má být splněn, např. „do {example}“ nebo „během 3 měsíců“."
    ),
    ("T", "never"): (
        "Cíl {goal} nemá termín („nikdy“ termín není). Doplňte, do kdy má být splněn, např. „do {example}“."
    ),
}


def example_deadline(today: dt.date) -> dt.date:
    """A plausible deadline to suggest: the end of the month after next."""
    first_of_month = dt.date(today.year + (today.month + 1) // 12, (today.month + 1) % 12 + 1, 1)
    return first_of_month - dt.timedelta(days=1)


def smart(letter: str, reason: str, goal: str, today: dt.date, deadline: dt.date | None = None) -> str:
    return SMART_REASONS[(letter, reason)].format(
        goal=quote(goal),
        today=date_cs(today),
        deadline=date_cs(deadline) if deadline else "",
        example=date_cs(example_deadline(today)),
    )


def no_goals() -> str:
    return (
        "V části „Cíle“ jsem nenašel žádný cíl. Každý cíl napište jako samostatnou odrážku, "
        "např. „- Pan Malý chce do 28. 2. 2025 uzavřít dohodu o splátkách.“"
    )


def no_steps() -> str:
    return (
        "V části „Kroky“ jsem nenašel žádný krok. Napište kroky jako tabulku se sloupci Co, Kdo, Do kdy, "
        "nebo jako odrážky, např. „- Co: podat žádost; Kdo: paní Alena; Do kdy: 15. 3. 2025“."
    )


def step_missing(part: str, step: str) -> str:
    wording = {
        "co": ("U kroku {step} chybí, co se má udělat.", "„Co: podat žádost o příspěvek na bydlení“"),
        "kdo": ("U kroku {step} chybí, kdo ho má na starosti.", "„Kdo: Petra Nová (case managerka)“"),
        "kdy": ("U kroku {step} chybí termín, do kdy má být hotový.", "„Do kdy: 15. 3. 2025“"),
    }[part]
    return wording[0].format(step=quote(step or "bez popisu")) + f" Doplňte ho, např. {wording[1]}."


def step_person_unknown(who: str) -> str:
    return (
        f"„{who}“ má na starosti krok, ale v části „Zainteresované osoby“ chybí. Doplňte ho tam i s kontaktem, "
        "např. „Eva Malá – sestra klienta, tel. 600 123 456“."
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


def risk_without_alternative(risk: str) -> str:
    return (
        f"U rizika {quote(risk)} chybí, co uděláte, když nastane. Doplňte alternativní krok, "
        "např. „Když obec dohodu odmítne, svolá Petra Nová do 7. 3. případovou konferenci.“"
    )


def feedback_incomplete(missing: str) -> str:
    what = {"who": "kdo komu zpětnou vazbu dává", "when": "kdy nebo jak často"}[missing]
    return (
        f"V části „Zpětná vazba“ chybí, {what}. Doplňte např. „Pan Malý každý pátek telefonicky informuje "
        "Petru Novou, co se mu podařilo.“"
    )


def evaluation_incomplete(missing: str) -> str:
    what = {"when": "termín vyhodnocení", "how": "způsob vyhodnocení (schůzka, případová konference, telefonicky …)"}[missing]
    return f"V části „Vyhodnocení“ chybí {what}. Doplňte např. „Plán vyhodnotíme na osobní schůzce 15. 4. 2025.“"


def personal_data(kind: str) -> str:
    what = {"birth_number": "rodné číslo", "address": "úplnou adresu s číslem domu"}[kind]
    return (
        f"Text zřejmě obsahuje {what}. Ve cvičeních používejte jen smyšlené údaje, "
        "např. „bydlí v obecním bytě v centru města“."
    )


def exercise_role_missing(name: str) -> str:
    return (
        f"V části „Zainteresované osoby“ chybí „{name}“ – podle kazuistiky patří do sítě podpory. "
        f"Doplňte i kontaktní osobu, např. „{name} – Mgr. Jana Dobrá, tel. 555 000 111“."
    )


def exercise_topic_missing(name: str) -> str:
    return (
        f"Žádný cíl se nevěnuje tématu „{name}“, které je v této kazuistice klíčové. "
        "Doplňte cíl, který ho řeší, a napište ho jako přání klienta s termínem."
    )
