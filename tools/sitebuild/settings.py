"""settings.toml: who runs this copy of the site and where, set in one file by the municipality.

Every value may stay empty: an empty value is left out of the pages (no contact line, no
leaflet QR code), never replaced by an example. The build names each empty value, so a
municipality sees what it has not filled in yet.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields

from .paths import ROOT

SETTINGS_FILE = ROOT / "settings.toml"


@dataclass(frozen=True)
class Operator:
    name: str = ""
    url: str = ""
    email: str = ""
    phone: str = ""
    contact_person: str = ""
    postal_address: str = ""


@dataclass(frozen=True)
class Settings:
    operator: Operator = Operator()
    address: str = ""  # where this copy runs: the leaflet's address and QR code, the accessibility statement


# What the build says about an empty value (the file's section.key and where it would show).
EMPTY_NOTES = {
    "operator.name": "název provozovatele (patička, prohlášení o přístupnosti)",
    "operator.url": "web provozovatele (odkaz v patičce)",
    "operator.email": "e-mail (patička, prohlášení o přístupnosti)",
    "operator.phone": "telefon (patička, prohlášení o přístupnosti)",
    "operator.contact_person": "kontaktní osoba pro přístupnost (prohlášení o přístupnosti)",
    "operator.postal_address": "poštovní adresa (prohlášení o přístupnosti)",
    "site.address": "adresa webu (leták a jeho QR kód, prohlášení o přístupnosti)",
}


class SettingsError(Exception):
    """settings.toml cannot be used; the message is Czech."""


def _text(table: dict, key: str, where: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise SettingsError(f"{SETTINGS_FILE.name}: údaj {where}.{key} musí být text v uvozovkách.")
    return value.strip()


def parse(text: str) -> Settings:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{SETTINGS_FILE.name} nejde přečíst: {exc}") from None
    operator = data.get("operator") or {}
    site = data.get("site") or {}
    return Settings(
        operator=Operator(**{f.name: _text(operator, f.name, "operator") for f in fields(Operator)}),
        address=_text(site, "address", "site"),
    )


def load() -> Settings:
    """The settings file, or all values empty when a copy has none."""
    if not SETTINGS_FILE.is_file():
        return Settings()
    return parse(SETTINGS_FILE.read_text(encoding="utf-8"))


def empty_values(settings: Settings) -> list[str]:
    values = {f"operator.{f.name}": getattr(settings.operator, f.name) for f in fields(Operator)}
    values["site.address"] = settings.address
    return [key for key, value in values.items() if not value]


def warn_empty(settings: Settings) -> list[str]:
    """One line per empty value, for the build's output."""
    empty = empty_values(settings)
    if not empty:
        return []
    return [f"Upozornění: v {SETTINGS_FILE.name} zůstalo prázdné:"] + [
        f"  {key} – {EMPTY_NOTES[key]}" for key in empty
    ]
