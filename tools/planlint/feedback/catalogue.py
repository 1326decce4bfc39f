"""The rule catalogue: each stable code's help anchor and one Czech line, and the sections' Czech names.

This is the one place where rule codes meet the manual: every ``help`` value is a
page and anchor of the built site, and a test checks each one exists there.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..judging.findings import SEVERITY

PLAN_PAGE = "casework/individualni-plan/"
SMART_PAGE = "casework/smart/"

# Anchor (on PLAN_PAGE) that explains each section of the plan.
SECTION_ANCHORS = {
    "klient": "klient",
    "osoby": "osoby",
    "situace": "situace",
    "cile": "cile",
    "kroky": "kroky",
    "rizika": "rizika",
    "zpetna_vazba": "zpetna-vazba",
    "vyhodnoceni": "vyhodnoceni",
    "informovani": "informovani",
    "dalsi_pk": "dalsi-pk",
}

# Czech names of the sections as a trainee sees them in feedback.
SECTION_NAMES = {
    "klient": "Základní informace a kontakty na klienta",
    "osoby": "Zainteresované osoby a jejich kontakty",
    "situace": "Stručný popis situace",
    "cile": "Cíle",
    "kroky": "Kroky (co, kdo, do kdy)",
    "rizika": "Rizika a alternativní kroky",
    "zpetna_vazba": "Zpětná vazba o plnění plánu",
    "vyhodnoceni": "Termín a způsob vyhodnocení",
    "informovani": "Informování nepřítomných",
    "dalsi_pk": "Další případová konference",
}


@dataclass(frozen=True)
class Rule:
    code: str
    help: str
    summary: str  # one Czech line for rule listings (manual, trainer's table)

    @property
    def severity(self) -> str:
        return SEVERITY[self.code]


def _plan(anchor: str) -> str:
    return f"{PLAN_PAGE}#{anchor}"


def _smart(anchor: str) -> str:
    return f"{SMART_PAGE}#{anchor}"


RULES: dict[str, Rule] = {
    r.code: r
    for r in [
        Rule("IP-SEKCE-CHYBI", _plan("povinne-casti"), "V plánu chybí povinná část."),
        Rule("IP-SEKCE-PRAZDNA", _plan("povinne-casti"), "Povinná část plánu je prázdná."),
        Rule("IP-DALSI-PK", _plan("dalsi-pk"), "Plán neuvádí termín další případové konference."),
        Rule("IP-DATUM", _plan("datum-a-souhlas"), "Plán nemá datum sestavení."),
        Rule("IP-CIL-S", _smart("specificky"), "Cíl není specifický."),
        Rule("IP-CIL-M", _smart("meritelny"), "Cíl není měřitelný."),
        Rule("IP-CIL-A", _smart("akceptovatelny"), "Z cíle není znát souhlas nebo vůle klienta."),
        Rule("IP-CIL-R", _smart("realny"), "Cíl není reálný."),
        Rule("IP-CIL-T", _smart("terminovany"), "Cíl nemá termín."),
        Rule("IP-CILE-ZADNE", _plan("cile"), "V části Cíle není žádný cíl."),
        Rule("IP-CILE-BEZ-KROKU", _plan("kroky"), "K cíli nevede žádný krok."),
        Rule("IP-KROK-PO-CILI", _plan("kroky"), "Krok má termín až po termínu svého cíle."),
        Rule("IP-KROK-CO", _plan("kroky"), "U kroku chybí, co se má udělat."),
        Rule("IP-KROK-KDO", _plan("kroky"), "U kroku chybí, kdo ho má na starosti."),
        Rule("IP-KROK-KDY", _plan("kroky"), "U kroku chybí termín."),
        Rule("IP-KROK-OSOBA", _plan("kroky"), "Odpovědná osoba kroku není mezi zainteresovanými osobami."),
        Rule("IP-KROK-TERMIN", _plan("kroky"), "Termín kroku leží mimo dobu platnosti plánu."),
        Rule("IP-KROKY-ZADNE", _plan("kroky"), "V části Kroky není žádný krok."),
        Rule("IP-KROK-VICE-OSOB", _plan("jedna-osoba"), "Za krok odpovídá víc lidí než jeden."),
        Rule("IP-RIZIKO-PLANB", _plan("rizika"), "Riziko nemá alternativní krok."),
        Rule("IP-RIZIKO-KDO-KDY", _plan("rizika"), "Alternativní krok neříká, kdo ho udělá a do kdy."),
        Rule("IP-ZPETNA-VAZBA", _plan("zpetna-vazba"), "Zpětná vazba neříká, kdo, komu a kdy."),
        Rule("IP-VYHODNOCENI", _plan("vyhodnoceni"), "Vyhodnocení nemá termín nebo způsob."),
        Rule("IP-OSOBNI-UDAJE", _plan("osobni-udaje"), "Plán zřejmě obsahuje skutečné osobní údaje."),
        Rule("CV-ROLE", _plan("osoby"), "V plánu chybí osoba nebo instituce, kterou cvičení vyžaduje."),
        Rule("CV-TEMA", _plan("cile"), "Žádný cíl se nevěnuje tématu, které cvičení vyžaduje."),
    ]
}


def help_for(code: str, section: str | None = None) -> str:
    """Help link for a finding; section findings point at that section's explanation."""
    if section and code in ("IP-SEKCE-CHYBI", "IP-SEKCE-PRAZDNA"):
        return _plan(SECTION_ANCHORS[section])
    return RULES[code].help


def all_help_targets() -> set[str]:
    targets = {rule.help for rule in RULES.values()}
    targets |= {_plan(anchor) for anchor in SECTION_ANCHORS.values()}
    return targets
