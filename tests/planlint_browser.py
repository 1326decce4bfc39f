"""Helpers for the browser tests of the exercise, drill and trainer pages."""

from __future__ import annotations

from pathlib import Path


from planlint.exercises import all_exercises

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = all_exercises(ROOT / "exercises")
EXERCISE_IDS = [e.id for e in EXERCISES]
BY_ID = {e.id: e for e in EXERCISES}
# Loading Pyodide takes a few seconds here; a generous bound keeps slow CI machines green.
READY_MS = 90_000

# A plan for rodina-aleny with known faults: OSPOD missing (CV-ROLE), a vague goal
# (IP-CIL-S/M/T), a step without its person (IP-KROK-KDO, line 31), a risk without an
# alternative (IP-RIZIKO-PLANB), an evaluation without a way (IP-VYHODNOCENI, line 43).
FAULTY_PLAN = """# Individuální plán – paní Alena

Datum sestavení plánu: 10. 3. 2025
Souhlas klienta: Paní Alena s plánem souhlasí.

## 1. Základní informace o klientce

Alena Kratochvílová, 24 let, dvě malé děti, podnájem v Podlesí.

## 2. Zainteresované osoby

- Alena Kratochvílová – klientka
- Mgr. Klára Vondrová – case managerka
- Bc. Lenka Musilová – veřejná opatrovnice
- Jakub Hron – podpora samostatného bydlení

## 3. Situace

Rodině končí 30. 6. 2025 podnájem a v bytě je plíseň.

## 4. Cíle

1. Zlepšit situaci rodiny.
2. Paní Alena chce do 31. 5. 2025 podepsat nájemní smlouvu na byt bez plísně.

## 5. Kroky

| Co | Kdo | Do kdy |
|---|---|---|
| Projít nabídky bytů | Jakub Hron | 31. 5. 2025 |
| Zavolat opatrovnici |  | 14. 3. 2025 |

## 6. Rizika

- Byt se nenajde.

## 7. Zpětná vazba

Paní Alena každý pátek telefonicky informuje Kláru Vondrovou.

## 8. Vyhodnocení

Plán vyhodnotíme 9. 6. 2025.

## 9. Informování nepřítomných

Klára Vondrová zavolá do 12. 3. 2025 učitelce z mateřské školy.
"""
# A weak 13-line first draft for rodina-aleny: three vague goals, steps with several people or
# none, a risk without a plan B, whole sections missing.
WEAK_DRAFT = """# Plán – Alena
## Cíle
- Zlepšit bydlení rodiny.
- Vyřešit dluhy.
- Paní Alena bude spolupracovat se službami.
## Kroky
- Najít byt – OSPOD a SAS – do konce května
- Zavolat opatrovnici – Klára Vondrová, Jakub Hron
- Projít dluhy s poradnou
## Rizika
- Byt se nenajde.
## Vyhodnocení
Na schůzce.
"""
FAULTY_RULES = {"CV-ROLE", "IP-CIL-S", "IP-CIL-M", "IP-CIL-T", "IP-KROK-KDO", "IP-RIZIKO-PLANB", "IP-VYHODNOCENI", "IP-DALSI-PK"}
FAULTY_STEP_LINE = 31


def exercise_url(site_url: str, exercise_id: str) -> str:
    return f"{site_url}/cviceni/{exercise_id}/"


def wait_ready(page, root: str = "") -> None:
    """Wait until the checker on the page has loaded Pyodide and planlint."""
    page.wait_for_selector(f'{root} .pl-engine[data-state="ready"]'.strip(), timeout=READY_MS)


def check_plan(page, text: str) -> list[str]:
    """Put `text` into the plan field, press the check button, return the findings' rule codes."""
    widget = page.locator(".pl-exercise")
    page.get_by_label("Individuální plán").fill(text)
    # The click handler sets data-state="checking" at once; the result sets "checked".
    page.get_by_role("button", name="Zkontrolovat plán").click()
    page.wait_for_selector('.pl-exercise[data-state="checked"]', timeout=READY_MS)
    # An item of grouped feedback carries every rule it stands for (a goal's item: each failing letter).
    return widget.locator(".pl-result [data-rules]").evaluate_all("els => els.flatMap(e => e.dataset.rules.split(' '))")


def wait_until_offline_ready(page, checker: bool = False) -> None:
    """Wait until the service worker is active and its cache holds every page (and the checker's files)."""
    import time

    from sitebuild import offline, pyodide_assets

    # Polled from here: page.wait_for_function does not await an async predicate (a pending
    # Promise counts as true), and the Cache API can only be asked asynchronously.
    ready = """async ([count, files, bundleDir]) => {
        // Filled caches are not enough: navigations reach them once the worker is active.
        const registration = await navigator.serviceWorker.getRegistration();
        if (!registration || !registration.active || registration.active.state !== "activated") return false;
        for (const name of await caches.keys()) {
            const urls = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
            const pages = urls.filter((u) => u.endsWith("/") || u.endsWith(".html")).length;
            // The bundle's own entry is written last, once every page and file from it is stored.
            const filled = urls.some((u) => u.includes("/" + bundleDir));
            if (filled && pages >= count && files.every((f) => urls.some((u) => u.endsWith("/" + f)))) return true;
        }
        return false;
    }"""
    arg = [len(offline.pages()), pyodide_assets.checker_files() if checker else [], offline.BUNDLE_DIR]
    deadline = time.monotonic() + READY_MS / 1000
    while not page.evaluate(ready, arg):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the offline cache was not filled within {READY_MS // 1000} s")
        page.wait_for_timeout(250)
