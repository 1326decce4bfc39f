"""What each word list in tools/planlint/data does, class by class: a few representative entries of
each list, written out here, through what the checker says about a text built from them.

Entries are not pinned one by one (that only mirrored the data files); tests/test_planlint_data.py
checks instead that every entry of every list can be reached. tools/planlint/data/README.md says how
the lists work."""

from __future__ import annotations

import datetime as dt

import pytest

import planlint
from planlint.judging import dates, smart

TODAY = dt.date(2025, 3, 1)
FILLER = "zase"  # stands for "..." in a pattern: a word in no list

# Not pinned: dropping these changes nothing today, because something else covers the same words.
# smart.abstractions "podpor*", "pomoc", "pomoci" (vague verb families) and "uspesnost*", "spokojenost*"
# (the qualities "uspesn*", "spokojen*"); smart.areas "rodin*" (a person first); smart.skip "ihned" (a
# time, removed before the object is sought); smart.target_words "petk*" and smart.frequency "petkrat"
# (read as the number "pet"); plan.alternative_when "ihned", "hned", "okamzite", "do tydne", "do mesice",
# "do zitrka", "do vecera" (dates.toml finds them); dates.toml's relative phrases that the duration
# grammar reads the same ("do tydne", "behem pul roku", …).

# Each list's entries as written in its data file (a smart.toml list by its name inside its table).
PINNED = {
    "smart.have": [
        "mit", "ma", "maji", "mam", "mame", "mel", "mela", "meli", "mely",
    ],
    "smart.abstractions": [
        "situac*", "proces*", "samostatn*", "sobestacn*", "kvalit*", "vztah*", "zivot", "zivota", "zivote",
        "zivotem", "problem*", "stav", "stavu", "podmink*", "prostredi", "dovednost*", "kompetenc*",
        "gramotnost*", "motivac*", "prehled*", "spoluprac*", "komunikac*", "koordinac*", "stabilit*",
        "bezpeci", "uplatneni", "navyk*", "kvalifikac*", "znalost*", "vazb*", "odolnost*", "zamestnanost*",
        "integrac*", "pohod*", "poradek", "poradku", "klid", "klidu", "zmen*", "chut*", "vztek*", "stres*",
        "pocit*", "sebevedomi", "sebeobsluh*", "duvera", "duveru", "nezamestnanost*", "finance", "financi",
        "penez*", "penize", "starost*", "neco", "cas", "casu", "dostatek", "dostatku", "kontakt", "kontaktu",
        "kontakty",
    ],
    "smart.areas": [
        "bydleni", "pece", "peci", "zdravi", "zdravotni", "prijem", "prijmu", "hospodareni", "dochazk*",
        "prace", "praci", "zamestnani", "skol*", "domacnost*", "abstinenc*", "lecb*", "prospech*", "rozpoct*",
        "vydaj*", "dluh*", "vyziv*",
    ],
    "smart.qualities": [
        "lepsi*", "horsi*", "hezci*", "*ejsi", "*ejsim", "*ejsiho", "klidn*", "dostatecn*", "vhodn*", "dobr*",
        "stabiln*", "spravn*", "bezpecn*", "pekn*", "spokojen*", "zdrav", "zdravy", "zdrava", "zdrave",
        "stastn*", "aktivn*", "pravideln*", "mene", "vice", "vic", "lepe", "hure", "uspesn*", "fit",
    ],
    "smart.skip": [
        "se", "si", "s", "z", "ze", "na", "do", "o", "k", "ke", "v", "ve", "u", "pro", "za", "po", "od", "a",
        "i", "mu", "ji", "jim", "jeho", "jeji", "svou", "sve", "svych", "svuj", "svym", "sveho", "svemu",
        "svoji", "me", "mi", "mne", "nam", "vam", "ho", "je", "jej", "sam", "sama", "sami", "spolecne",
        "nove", "novy", "novou", "noveho", "take", "tez", "co", "nejdele", "vcas", "opet", "znovu", "uspesne",
        "nejakou", "nejaky", "aby", "bude", "budou", "budu", "byl", "byla", "jednou", "dvakrat", "trikrat",
        "kazd*", "tydne", "denne", "mesicne", "alespon", "nejmene", "pravidelne", "aktivne", "postupne",
        "porad", "zadne", "zadny", "zadnou", "zadnych", "vsechny", "vsech", "nejake",
    ],
    "smart.persons": [
        "klient*", "uzivatel*", "senior*", "syn*", "dcer*", "det*", "dit*", "matk*", "otc*", "otec", "rodic*",
        "zak*", "babick*", "dedeck*", "maminc*", "rodin*", "pan", "pani", "panu", "pana",
    ],
    "smart.target_words": [
        "polovin*", "tretin*", "ctvrtin*", "jednick*", "dvojk*", "trojk*", "ctyrk*",
    ],
    "smart.unmeasurable": [
        "citit", "citi", "cit se", "pocit*", "vztah*", "mene", "vice", "vic", "spolupracovat", "spokojen*",
        "stastn*", "klid*", "motiv*", "lepe", "lepsi", "kvalit* zivota", "*nejsi", "*nejsim", "*neji",
        "casteji", "pravidelne", "hure", "osamel*", "byt ... sobestacn*", "byt ... samostatn*",
        "byt ... v pohode", "byt ... v poradku",
    ],
    "smart.frequency": [
        "*x", "krat", "jednou", "dvakrat", "trikrat", "ctyrikrat", "kazd*", "denne", "tydne", "mesicne",
        "rocne", "ctvrtletne", "obden", "alespon", "nejmene", "minimalne", "maximalne", "nejvyse", "vzdy",
    ],
    "smart.will": [
        "chce", "chteji", "chtel*", "chci", "chceme", "preje", "preji", "souhlasi",
        "souhlasil*", "souhlas", "navrhl*", "je ochot*", "ochoten", "ochotna", "ochotni", "zajem",
        "stanovil*", "zvolil*", "dohodl*", "domluvil*", "po dohode", "rad bych", "rada bych", "radi bychom",
        "rad by", "rada by", "radi by", "dohodnut*", "slibil*", "planuje", "planuji", "touzi",
    ],
    "smart.first_person": [
        "budu", "jsem", "muzu", "mohu",
    ],
    "smart.worker_subject": [
        "socialni pracovni*", "terenni pracovni*", "pracovnice", "pracovnik", "case manager*", "koordinator*",
        "ospod", "sluzba", "sluzby", "asistent*", "poradkyne", "poradce", "kurator*", "lekar*", "lektor*",
        "urad", "obec", "mesto",
    ],
    "smart.imposed": [
        "musi", "musime", "je nutne", "je nutno", "je treba", "je potreba", "ma povinnost", "bude donucen*",
        "prikaz*", "narid*", "je povinen", "je povinna",
    ],
    "smart.services": [
        "komunikac* mezi sluzb*", "spoluprac* sluzeb", "spoluprac* mezi sluzb*", "koordinac* sluzeb",
        "mezi sluzbami", "mezi institucemi", "propojeni sluzeb", "sluzby budou",
    ],
    "smart.refusal": [
        "nesouhlas*", "odmit*", "nepodepsal*",
    ],
    "smart.absolute": [
        "nikdy", "navzdy", "uplne vyres*", "uplne prest*", "uplne zbav*", "vyres* vsech*", "vsech* problem*",
        "vsech* starost*", "bez problem*", "natrvalo", "stoprocent*",
    ],
    "smart.not_absolute": [
        "dosud nikdy", "jeste nikdy", "doposud nikdy", "zatim nikdy", "nikdy predtim", "nikdy drive",
    ],
    "smart.total_unless_amount": [
        "zcela", "uplne", "vsech* dluh*", "vsech* exekuc*", "vsech* zavazk*",
    ],
    "smart.big_task": [
        "zbav* ... zavislost*", "prekona* ... zavislost*", "abstin*", "prest* pit", "prest* hrat",
        "prest* brat*", "prest* uziv*", "prest* kourit", "vylec*", "splat* ... dluh*", "splat* ... exekuc*",
        "uhrad* ... dluh*", "zbav* ... dluh*", "vyres* ... dluh*", "najd* ... prac*", "najd* ... byt*",
        "najd* ... bydleni", "najd* ... zamestnani", "sezen* ... byt*", "sezen* ... bydleni",
        "sezen* ... prac*", "vyres* ... exekuc*", "oddluz*", "sehnat ... byt", "najit ... byt",
        "sehnat ... bydleni", "najit ... bydleni", "ziskat ... byt", "najit ... praci", "sehnat ... praci",
        "najit ... zamestnani", "sehnat ... zamestnani", "nastoupit do zamestnani", "nastoupi do zamestnani",
    ],
    "plan.column_co": [
        "co", "krok*", "ukol*", "cinnost*", "aktivit*", "popis*", "opatreni",
    ],
    "plan.column_kdo": [
        "kdo", "odpovedn*", "zodpovedn*", "odpovida*", "zodpovida*", "osoba", "realizuje", "zajisti",
        "resitel*", "garant*",
    ],
    "plan.column_kdy": [
        "kdy", "termin*", "datum", "lhut*", "deadline", "splnit do", "casov* plan*",
    ],
    "plan.label_co": [
        "co", "krok", "ukol", "cinnost",
    ],
    "plan.label_kdo": [
        "kdo", "odpovida", "odpovedna osoba", "odpovedny", "zodpovida",
    ],
    "plan.label_kdy": [
        "do kdy", "kdy", "termin", "datum", "lhuta", "splnit do",
    ],
    "plan.alternative": [
        "alternativ*", "nahradn*", "plan b", "pak", "tak", "v tom pripade", "v takovem pripade",
        "v tomto pripade", "reseni", "resenim", "jinak", "misto toho", "opatreni", "predejdeme",
        "predchazeni", "zaloha", "zalozni", "svola*", "pomuze", "pomuzeme", "zajisti", "zajistime",
        "obratime", "obrati", "kontaktuje", "kontaktujeme", "prevezme", "nahradi", "zkusime",
    ],
    "plan.alternative_when": [
        "neprodlene", "obratem", "tyz den", "tentyz den", "do druheho dne", "druhy den", "nasledujici den",
        "do ... dnu", "do ... tydnu", "predem", "ten den", "tyz vecer", "ten vecer",
    ],
    "plan.frequency": [
        "kazd*", "denne", "tydne", "mesicne", "jednou", "dvakrat", "*x", "krat", "prubezne", "pravidelne",
        "vzdy", "obden", "ctvrtletne",
    ],
    "plan.way": [
        "schuzk*", "schuzc*", "setka*", "konferenc*", "telefon*", "osobne", "osobni", "email*", "mail*",
        "sms", "zprav*", "jednani", "konzultac*", "porad*", "rozhovor*", "navstev*", "hovor*", "zapis*",
        "pisemn*", "dopis*", "videohovor*", "online",
    ],
    "plan.known_people": [
        "klient", "klientka", "klienta", "klientce", "klientovi", "vsichni", "tym", "rodina", "case manager*",
        "koordinator*", "klicov* pracovni*", "sam", "sama", "spolecne",
    ],
    "plan.titles": [
        "pan", "pani", "panu", "pana", "pane", "panem", "slecna", "mgr", "bc", "ing", "mudr", "phdr", "judr",
        "dis", "phd", "mba", "doc", "prof", "paed", "rndr", "sestra", "bratr", "syn", "dcera",
    ],
    "plan.placeholder": [
        "doplnte*", "vyplnte*", "napiste*", "uvedte*", "popiste*", "todo", "xxx", "tbd", "jmeno prijmeni",
        "jmeno a prijmeni",
    ],
    "sections.ignore": [
        "individualni plan*", "plan podpory", "plan pece",
    ],
    "sections.klient": [
        "klient", "klientk*", "klienta", "klientovi", "zakladni informace*", "zakladni udaje",
        "informace o klient*", "udaje o klient*", "kontakt* na klient*", "identifikac* klient*", "uzivatel*",
        "osobni udaje klient*", "o klientovi", "o klientce",
    ],
    "sections.osoby": [
        "zainteresovan* osob*", "zainteresovan*", "osoby", "osob", "sit podpory", "zapojen*",
        "kdo je zapojen", "ucastni*", "akter*", "kontakty", "kontaktni osob*", "tym", "spolupracujic*",
        "podpurn* sit*", "seznam osob", "zucastnen*", "osoby a kontakty", "subjekty", "instituce",
        "ucastni* pripadov* konferenc*", "seznam zainteresovan*",
    ],
    "sections.situace": [
        "situac*", "popis situace", "strucny popis*", "popis", "anamnez*", "vychozi stav", "soucasn* stav",
        "zivotni situace", "nepriznive situace", "co se deje", "priciny a popis situace",
    ],
    "sections.cile": [
        "cil*", "stanoveni cil*", "co chceme dosahnout", "zamer*", "cile klient*", "prani klient*",
        "ocekavani", "prani a ocekavani*", "prani a ocekavani klient*",
    ],
    "sections.kroky": [
        "krok*", "akcni plan", "ukol*", "prehled krok*", "konkretni krok*", "postup*", "harmonogram",
        "co kdo do kdy", "co kdo kdy", "cinnost*", "opatreni", "plan kroku", "rozdeleni ukolu",
        "plan spoluprace", "dohodnut* krok*", "prehled konkretnich krok*", "kdo co a do kdy", "kdo co do kdy",
        "kdo co a kdy",
    ],
    "sections.rizika": [
        "rizik*", "rizika a alternativ*", "alternativni krok*", "alternativ*", "plan b", "krizov* plan",
        "co kdyz", "hrozb*", "prekazk*", "nahradni reseni", "prehled rizik*",
    ],
    "sections.zpetna_vazba": [
        "zpetn* vazb*", "predavani informaci", "predavani zpetne vazby", "informovani o plneni*",
        "prubezn* informovani", "komunikace", "sdileni informaci", "jak se budeme informovat",
        "zpusob informovani",
    ],
    "sections.vyhodnoceni": [
        "vyhodnoceni*", "hodnoceni*", "vyhodnot*", "revize planu", "revize", "kontrola planu",
        "termin vyhodnoceni*", "zpusob vyhodnoceni*", "termin a zpusob vyhodnoceni*",
        "zpusob kontroly plneni", "kontrola plneni", "zpusob kontroly*",
    ],
    "sections.informovani": [
        "informovani nepritomn*", "nepritomn*", "informovani", "informovani ostatnich", "kdo informuje",
        "predani informaci nepritomn*", "kdo bude informovat*",
    ],
    "sections.dalsi_pk": [
        "dalsi pripadov* konferenc*", "pristi pripadov* konferenc*", "pripadov* konferenc*", "dalsi pk",
        "pristi pk", "dalsi setkani", "pristi setkani", "dalsi schuzk*", "pristi schuzk*", "termin dalsi*",
        "nasledn* konferenc*",
    ],
    "dates.months": [
        ["leden", "ledna", "lednu", "lednem"], ["unor", "unora", "unoru", "unorem"],
        ["brezen", "brezna", "breznu", "breznem"], ["duben", "dubna", "dubnu", "dubnem"],
        ["kveten", "kvetna", "kvetnu", "kvetnem"], ["cerven", "cervna", "cervnu", "cervnem"],
        ["cervenec", "cervence", "cervenci", "cervencem"], ["srpen", "srpna", "srpnu", "srpnem"],
        ["zari", "zarim"], ["rijen", "rijna", "rijnu", "rijnem"], ["listopad", "listopadu", "listopadem"],
        ["prosinec", "prosince", "prosinci", "prosincem"],
    ],
    "dates.weekdays": [
        ["pondeli", "pondelka"], ["utery", "uterka"], ["streda", "stredy", "stredu"], ["ctvrtek", "ctvrtka"],
        ["patek", "patku"], ["sobota", "soboty", "sobotu"], ["nedele", "nedeli"],
    ],
    "dates.period_words": [
        "do konce", "koncem", "v prubehu", "behem", "v", "ve", "od", "do", "nejpozdeji do", "nejpozdeji v",
        "nejpozdeji", "pocatkem", "zacatkem", "v polovine", "v polovici", "polovina", "do poloviny", "k",
        "ke", "na konci", "na zacatku", "po celou dobu",
    ],
}

# dates.toml's tables: the number words of a duration,
NUMBERS = {
    "jeden": 1, "jednoho": 1, "jedne": 1, "jednu": 1, "jedneho": 1, "dva": 2, "dve": 2, "dvou": 2, "tri": 3,
    "trech": 3, "ctyri": 4, "ctyr": 4, "pet": 5, "peti": 5, "sest": 6, "sesti": 6, "sedm": 7, "sedmi": 7,
    "osm": 8, "osmi": 8, "devet": 9, "deviti": 9, "deset": 10, "deseti": 10, "jedenact": 11, "dvanact": 12,
    "dvanacti": 12, "ctrnact": 14, "ctrnacti": 14, "patnact": 15, "dvacet": 20, "tricet": 30, "pul": 0.5,
    "ctvrt": 0.25,
}
# its units in days,
UNITS = {
    "den": 1, "dne": 1, "dnu": 1, "dni": 1, "dny": 1, "dnech": 1, "tyden": 7, "tydne": 7, "tydnu": 7,
    "tydny": 7, "tydnech": 7, "tydnum": 7, "mesic": 30, "mesice": 30, "mesicu": 30, "mesicich": 30,
    "mesicum": 30, "rok": 365, "roku": 365, "roky": 365, "let": 365, "leta": 365, "rocich": 365,
}
# phrases that are a deadline so many days after the plan date,
RELATIVE = {
    "do zitrka": 1, "do zitra": 1, "zitra": 1, "do pozitri": 2, "do vecera": 1, "ihned": 0, "okamzite": 0,
    "hned": 0, "dnes": 0, "do roka": 365, "do roka a do dne": 365, "do konce tydne": 7, "do konce tohoto tydne": 7,
}
# and phrases whose deadline is the end of a month, a year or a named period (for a plan dated TODAY).
MONTH_END = {
    "do konce mesice": "2025-03-31", "do konce tohoto mesice": "2025-03-31",
    "do konce pristiho mesice": "2025-04-30", "do konce dalsiho mesice": "2025-04-30",
    "do konce roku": "2025-12-31", "do konce tohoto roku": "2025-12-31",
    "do konce letosniho roku": "2025-12-31", "letos": "2025-12-31", "v letosnim roce": "2025-12-31",
    "behem roku": "2025-12-31", "v prubehu roku": "2025-12-31",
}
NAMED = {
    "do vanoc": "2025-12-24", "pred vanocemi": "2025-12-23", "do prazdnin": "2025-06-30",
    "do konce skolniho roku": "2025-06-30", "do konce pololeti": "2025-06-30",
    "behem skolniho roku": "2025-06-30", "v prubehu skolniho roku": "2025-06-30",
    "v 1. pololeti": "2025-06-30", "ve 2. pololeti": "2025-06-30", "v druhem pololeti": "2025-06-30",
    "ve druhem pololeti": "2025-06-30", "v prvnim pololeti": "2025-06-30", "v 1. ctvrtleti": "2025-03-31",
    "v prvnim ctvrtleti": "2025-03-31", "ve 2. ctvrtleti": "2025-06-30", "ve druhem ctvrtleti": "2025-06-30",
    "v druhem ctvrtleti": "2025-06-30", "ve 3. ctvrtleti": "2025-09-30", "ve tretim ctvrtleti": "2025-09-30",
    "v tretim ctvrtleti": "2025-09-30", "ve 4. ctvrtleti": "2025-12-31", "ve ctvrtem ctvrtleti": "2025-12-31",
    "v ctvrtem ctvrtleti": "2025-12-31", "do konce ctvrtleti": "2025-03-31", "do pololeti": "2025-06-30",
    "do leta": "2025-06-20", "do jara": "2025-03-20", "do podzimu": "2025-09-22", "do zimy": "2025-12-21",
}


REPRESENTATIVES = 3


def entries(*names: str) -> list:
    """A few entries of each list (its first ones and its last), as pytest params with ids like
    "smart.directions:omezit"."""
    chosen = []
    for name in names:
        listed = PINNED[name]
        picked = listed[: REPRESENTATIVES - 1] + [e for e in listed[-1:] if e not in listed[: REPRESENTATIVES - 1]]
        chosen += [pytest.param(name, entry, id=f"{name}:{entry}") for entry in picked]
    return chosen


def example(pattern: str, star: str = "") -> str:
    """Text a pattern matches: "slov*" -> "slov", "*x" -> star + "x", "..." -> a filler word."""
    return " ".join(FILLER if word == "..." else (star if word.startswith("*") else "") + word.strip("*") for word in pattern.split())


def infinitive(entry: str) -> str:
    """A verb family's infinitive: "najit najd nalez" -> "najit"."""
    return entry.split()[0]


def judged(goal: str) -> smart.GoalVerdict:
    return smart.judge(goal, TODAY)


def checked(plan: str) -> dict:
    return planlint.check_text(plan, date=TODAY.isoformat())


def rules(plan: str) -> list[str]:
    return [finding["rule"] for finding in checked(plan)["findings"]]


GOAL = "Klient chce do 31. 3. 2025 {}."


# --- smart.toml: verbs (judged by their lemma; the lists are pinned in test_planlint_goal_grammar.py) ---


@pytest.mark.parametrize("name, entry", entries("smart.have"))
def test_a_form_of_mit_with_a_thing_is_a_checkable_state(name, entry):
    assert judged(f"Klient {entry} do 31. 3. 2025 smlouvu.").smart["S"]


# --- smart.toml: objects ------------------------------------------------------------------------


@pytest.mark.parametrize("name, entry", entries("smart.abstractions"))
def test_an_action_on_an_abstraction_is_vague(name, entry):
    assert judged(GOAL.format(f"ziskat {example(entry)}")).reasons.get("S") == "vague"


@pytest.mark.parametrize("name, entry", entries("smart.qualities"))
def test_a_thing_described_by_a_quality_is_not_concrete(name, entry):
    verdict = judged(GOAL.format(f"ziskat {example(entry, star='nov')} smlouvu"))
    assert not verdict.smart["S"], verdict.reasons


@pytest.mark.parametrize("name, entry", entries("smart.areas"))
def test_an_area_of_life_is_specific_after_an_action_only(name, entry):
    area = example(entry)
    assert not judged(GOAL.format(f"zajistit {area}")).smart["S"]
    assert judged(GOAL.format(f"ziskat {area}")).smart["S"]


@pytest.mark.parametrize("name, entry", entries("smart.skip", "smart.persons"))
def test_skipped_words_and_persons_are_not_the_object(name, entry):
    word = example(entry)
    # Three of them would fill the object's phrase; skipped, the object is the abstraction after them.
    assert not judged(GOAL.format(f"ziskat {word} {word} {word} prehled")).smart["S"]
    assert judged(GOAL.format(f"ziskat {word} smlouvu")).smart["S"]


@pytest.mark.parametrize("name, entry", entries("smart.target_words"))
def test_a_target_word_scopes_a_direction(name, entry):
    assert judged(GOAL.format(f"snizit vydaje na {example(entry)}")).smart["S"]


# --- smart.toml: M, A and R ---------------------------------------------------------------------


@pytest.mark.parametrize("name, entry", entries("smart.unmeasurable"))
def test_a_feeling_is_named_as_unmeasurable(name, entry):
    verdict = judged(f"Klient chce {example(entry, star='vol')}.")
    assert verdict.reasons.get("M") == "feeling", verdict.reasons


@pytest.mark.parametrize("name, entry", entries("smart.frequency"))
def test_a_frequency_makes_a_habit_measurable(name, entry):
    verdict = judged(GOAL.format(f"chodit na kontroly {example(entry, star='2')}"))
    assert verdict.smart["M"], verdict.reasons


@pytest.mark.parametrize("name, entry", entries("smart.will"))
def test_the_clients_will_makes_a_goal_acceptable(name, entry):
    verdict = judged(f"Klient {example(entry)} do 31. 3. 2025 podat zadost.")
    assert verdict.smart["A"], verdict.reasons


@pytest.mark.parametrize("name, entry", entries("smart.first_person"))
def test_the_first_person_is_the_clients_own_voice(name, entry):
    assert judged(f"{entry} do 31. 3. 2025 podat zadost.").smart["A"]


@pytest.mark.parametrize("name, entry", entries("smart.worker_subject"))
def test_a_professionals_will_is_not_the_clients(name, entry):
    verdict = judged(f"{example(entry)} chce, aby klient do 31. 3. 2025 podal zadost.")
    assert not verdict.smart["A"], verdict.reasons


@pytest.mark.parametrize("name, entry", entries("smart.imposed"))
def test_an_imposed_goal_is_not_acceptable(name, entry):
    assert judged(f"Klient {example(entry)} do 31. 3. 2025 podat zadost.").reasons.get("A") == "imposed"


@pytest.mark.parametrize("name, entry", entries("smart.services"))
def test_a_goal_about_the_services_is_not_the_clients(name, entry):
    assert judged(f"Do 31. 3. 2025 zlepsit {example(entry)}.").reasons.get("A") == "services"


@pytest.mark.parametrize("name, entry", entries("smart.refusal"))
def test_a_refusal_on_the_consent_line_outweighs_a_will(name, entry):
    plan = f"# Plán\n\nSouhlas klienta: {example(entry)}, chce plán probrat s dcerou.\n\n## Cíle\n\n- Do 31. 3. 2025 podat žádost o byt.\n"
    assert checked(plan)["goals"][0]["smart"]["A"] is False


@pytest.mark.parametrize("name, entry", entries("smart.absolute"))
def test_an_absolute_promise_is_unrealistic_and_never_ends(name, entry):
    verdict = judged(f"Klient chce podat zadost {example(entry)}.")
    assert verdict.reasons.get("R") == "absolute" and verdict.reasons.get("T") == "never", verdict.reasons


@pytest.mark.parametrize("name, entry", entries("smart.not_absolute"))
def test_never_about_the_past_is_no_promise(name, entry):
    verdict = judged(f"Klient chce do 31. 3. 2025 podat zadost, o kterou {example(entry)} nezadal.")
    assert verdict.smart["R"], verdict.reasons


@pytest.mark.parametrize("name, entry", entries("smart.total_unless_amount"))
def test_a_total_outcome_without_an_amount_is_unrealistic(name, entry):
    assert judged(GOAL.format(f"podat zadost {example(entry)}")).reasons.get("R") == "absolute"


@pytest.mark.parametrize("name, entry", entries("smart.big_task"))
def test_a_big_task_in_a_few_days_is_unrealistic(name, entry):
    assert judged(f"Klient chce do 5. 3. 2025 {example(entry)}.").reasons.get("R") == "too_short"


# --- plan.toml ----------------------------------------------------------------------------------

STEP = "| podat žádost | Eva Dobrá | 20. 3. 2025 |"


@pytest.mark.parametrize("name, entry", entries("plan.column_co"))
def test_a_co_column_is_found_by_its_heading(name, entry):
    # Without a "co" heading the first unnamed column would be taken for it.
    plan = f"## Kroky\n\n| Poznámka | {example(entry)} | Kdo | Do kdy |\n|---|---|---|---|\n| pozor | podat žádost | Eva Dobrá | 20. 3. 2025 |\n"
    assert checked(plan)["steps"][0]["co"] == "podat žádost"


@pytest.mark.parametrize("name, entry", entries("plan.column_kdo"))
def test_a_kdo_column_is_found_by_its_heading(name, entry):
    plan = f"## Kroky\n\n| Co | {example(entry)} | Do kdy |\n|---|---|---|\n{STEP}\n"
    assert checked(plan)["steps"][0]["kdo"] == "Eva Dobrá"


@pytest.mark.parametrize("name, entry", entries("plan.column_kdy"))
def test_a_kdy_column_is_found_by_its_heading(name, entry):
    plan = f"## Kroky\n\n| Co | Kdo | {example(entry)} |\n|---|---|---|\n{STEP}\n"
    assert checked(plan)["steps"][0]["kdy"] == "20. 3. 2025"


LABELLED = {"co": "podat žádost", "kdo": "Eva Dobrá", "kdy": "20. 3. 2025"}


@pytest.mark.parametrize("name, entry", entries("plan.label_co", "plan.label_kdo", "plan.label_kdy"))
def test_a_labelled_step_part_is_found_by_its_label(name, entry):
    part = name.removeprefix("plan.label_")
    labels = {"co": "Co", "kdo": "Kdo", "kdy": "Do kdy", part: example(entry).capitalize()}
    item = "; ".join(f"{labels[kind]}: {value}" for kind, value in LABELLED.items())
    assert checked(f"## Kroky\n\n- {item}\n")["steps"][0][part] == LABELLED[part]
    # A template's empty labels are no content ("Do kdy:" does not count as the word "do").
    template = "; ".join(f"{labels[kind]}:" for kind in LABELLED)
    assert checked(f"## Kroky\n\n- {template}\n- {template}\n")["sections"]["kroky"] == "empty"


PEOPLE = "## Osoby\n\n- Eva Dobrá\n\n"


@pytest.mark.parametrize("name, entry", entries("plan.alternative"))
def test_a_risk_with_an_alternative_word_has_its_plan_b(name, entry):
    plan = f"## Rizika\n\n- Byt nebude volný, {example(entry)} Eva Dobrá do 15. 4. 2025 domluví azylový dům.\n"
    assert "IP-RIZIKO-PLANB" not in rules(plan)


@pytest.mark.parametrize("name, entry", entries("plan.alternative_when"))
def test_an_alternative_says_when_without_a_date(name, entry):
    plan = f"{PEOPLE}## Rizika\n\n- Byt nebude volný, pak Eva Dobrá {example(entry)} domluví azylový dům.\n"
    assert "IP-RIZIKO-KDO-KDY" not in rules(plan)


@pytest.mark.parametrize("name, entry", entries("plan.frequency"))
def test_feedback_says_when_by_a_frequency(name, entry):
    plan = f"{PEOPLE}## Zpětná vazba\n\nKlára {example(entry, star='2')} informuje Evu Dobrou.\n"
    assert "IP-ZPETNA-VAZBA" not in rules(plan)


@pytest.mark.parametrize("name, entry", entries("plan.way"))
def test_evaluation_says_how(name, entry):
    assert "IP-VYHODNOCENI" not in rules(f"## Vyhodnocení\n\nPlán vyhodnotíme 30. 4. 2025 {example(entry)}.\n")


@pytest.mark.parametrize("name, entry", entries("plan.known_people"))
def test_a_known_role_needs_no_listing_among_the_persons(name, entry):
    plan = f"{PEOPLE}## Kroky\n\n- Co: podat žádost; Kdo: {example(entry)}; Do kdy: 20. 3. 2025\n"
    assert "IP-KROK-OSOBA" not in rules(plan)


@pytest.mark.parametrize("name, entry", entries("plan.titles"))
def test_a_title_alone_names_nobody(name, entry):
    plan = f"{PEOPLE}## Rizika\n\n- Byt nebude volný, pak {entry.capitalize()} do 15. 4. 2025 zavolá na úřad.\n"
    assert "IP-RIZIKO-KDO-KDY" in rules(plan)


@pytest.mark.parametrize("name, entry", entries("plan.placeholder"))
def test_a_placeholder_is_no_content(name, entry):
    assert checked(f"## Situace\n\n{example(entry)} situaci klienta.\n")["sections"]["situace"] == "empty"


# --- sections.toml ------------------------------------------------------------------------------

BODY = "Paní Klára a Eva Dobrá, 20. 3. 2025."


@pytest.mark.parametrize("name, entry", entries("sections.ignore"))
def test_a_heading_that_names_the_plan_is_no_section(name, entry):
    plan = f"# Plán\n\n## {example(entry)} kroky\n\n- Co: podat žádost; Kdo: Eva Dobrá; Do kdy: 20. 3. 2025\n"
    assert checked(plan)["sections"]["kroky"] == "missing"


SECTIONS = [name for name in PINNED if name.startswith("sections.") and name != "sections.ignore"]


@pytest.mark.parametrize("name, entry", entries(*SECTIONS))
def test_a_heading_names_its_section_by_all_its_words(name, entry):
    section, heading = name.removeprefix("sections."), example(entry)
    assert checked(f"# Plán\n\n## {heading}\n\n{BODY}\n")["sections"][section] == "ok"
    # Pasted from Word, "Heading: text" opens a section only when every word of the label names it.
    assert checked(f"{heading.capitalize()}: {BODY}\n")["sections"][section] == "ok"


# --- dates.toml ---------------------------------------------------------------------------------


def found(text: str) -> list[tuple[int, int, dt.date | None]]:
    return [(item.start, item.end, item.deadline) for item in dates.find(text, TODAY)]


MONTH_FORMS = [pytest.param(form, month, id=f"dates.months:{form}") for month, forms in enumerate(PINNED["dates.months"], 1) for form in forms]


@pytest.mark.parametrize("form, month", MONTH_FORMS)
def test_every_form_of_a_month_is_a_deadline(form, month):
    text = f"do {form}"
    month_ends = [(start, end, deadline.month, (deadline + dt.timedelta(days=1)).day) for start, end, deadline in found(text)]
    assert month_ends == [(0, len(text), month, 1)]


WEEKDAY_FORMS = [pytest.param(form, day, id=f"dates.weekdays:{form}") for day, forms in enumerate(PINNED["dates.weekdays"]) for form in forms]


@pytest.mark.parametrize("form, weekday", WEEKDAY_FORMS)
def test_every_form_of_a_weekday_is_a_deadline(form, weekday):
    text = f"do {form}"
    days = [(start, end, deadline.weekday(), 0 < (deadline - TODAY).days <= 7) for start, end, deadline in found(text)]
    assert days == [(0, len(text), weekday, True)]


@pytest.mark.parametrize("name, entry", entries("dates.period_words"))
def test_a_period_word_belongs_to_the_months_time_frame(name, entry):
    text = f"{entry} rijna"
    assert [(start, end) for start, end, _ in found(text)] == [(0, len(text))]


@pytest.mark.parametrize("word, count", [pytest.param(w, n, id=f"dates.numbers:{w}") for w, n in NUMBERS.items()])
def test_a_number_word_counts_a_duration(word, count):
    text = f"do {word} tydnu"
    assert found(text) == [(0, len(text), TODAY + dt.timedelta(days=round(count * 7)))]


@pytest.mark.parametrize("unit, days", [pytest.param(u, d, id=f"dates.units:{u}") for u, d in UNITS.items()])
def test_a_unit_measures_a_duration(unit, days):
    text = f"do 3 {unit}"
    assert found(text) == [(0, len(text), TODAY + dt.timedelta(days=3 * days))]


PHRASES = (
    [pytest.param(p, TODAY + dt.timedelta(days=d), id=f"dates.relative:{p}") for p, d in RELATIVE.items()]
    + [pytest.param(p, dt.date.fromisoformat(d), id=f"dates.month_end:{p}") for p, d in MONTH_END.items()]
    + [pytest.param(p, dt.date.fromisoformat(d), id=f"dates.named:{p}") for p, d in NAMED.items()]
)


@pytest.mark.parametrize("phrase, deadline", PHRASES)
def test_a_fixed_phrase_is_a_deadline(phrase, deadline):
    assert found(phrase) == [(0, len(phrase), deadline)]
