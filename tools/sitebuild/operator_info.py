"""After the generator: who runs the site (settings.toml) into the footer and the accessibility statement.

The footer template (overrides/partials/copyright.html) leaves an empty operator slot on every
page, and docs/pristupnost.md two slots (the statement's scope and its contacts). This step
fills them from settings.toml with what is set and leaves out what is not, so no page ever
shows an example address. It works on the built HTML, so both generators get the same.
"""

from __future__ import annotations

import html
from pathlib import Path

from . import settings as site_settings
from .paths import SITE

FOOTER_SLOT = '<p class="sp-operator" data-sp-operator></p>'
SCOPE_SLOT = '<div data-sp-settings="accessibility-scope"></div>'
CONTACT_SLOT = '<div data-sp-settings="accessibility-contact"></div>'
STATEMENT = "pristupnost/index.html"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _mail(address: str) -> str:
    return f'<a href="mailto:{_e(address)}">{_e(address)}</a>'


def footer_line(operator: site_settings.Operator) -> str:
    parts = []
    if operator.name:
        name = f'<a href="{_e(operator.url)}">{_e(operator.name)}</a>' if operator.url else _e(operator.name)
        parts.append(f"Web provozuje {name}.")
    contacts = ([_mail(operator.email)] if operator.email else []) + ([f"tel. {_e(operator.phone)}"] if operator.phone else [])
    if contacts:
        parts.append(f"Kontakt: {', '.join(contacts)}")
    return f'<p class="sp-operator">{" ".join(parts)}</p>' if parts else ""


def scope_paragraph(settings: site_settings.Settings) -> str:
    where = f" na adrese {_e(settings.address)}" if settings.address else ""
    who = f", které provozuje {_e(settings.operator.name)}" if settings.operator.name else ""
    return f"<p>Prohlášení o přístupnosti se vztahuje na internetové stránky Síť podpory{where}{who}.</p>"


def contact_list(operator: site_settings.Operator) -> str:
    items = [
        (label, value)
        for label, value in (
            ("Kontaktní osoba nebo útvar", _e(operator.contact_person)),
            ("E-mail", _mail(operator.email) if operator.email else ""),
            ("Telefon", _e(operator.phone)),
            ("Adresa", _e(operator.postal_address)),
        )
        if value
    ]
    if not items:
        return "<p>Kontaktní údaje provozovatele této kopie webu zatím nejsou doplněné.</p>"
    return "<ul>" + "".join(f"<li>{label}: {value}</li>" for label, value in items) + "</ul>"


def fill_page(text: str, settings: site_settings.Settings) -> str:
    text = text.replace(FOOTER_SLOT, footer_line(settings.operator))
    text = text.replace(SCOPE_SLOT, scope_paragraph(settings))
    return text.replace(CONTACT_SLOT, contact_list(settings.operator))


def build_step(site: Path = SITE) -> None:
    settings = site_settings.load()
    statement = site / STATEMENT
    if statement.exists() and not all(slot in statement.read_text(encoding="utf-8") for slot in (SCOPE_SLOT, CONTACT_SLOT)):
        raise SystemExit(f"{statement}: v prohlášení o přístupnosti chybí místo pro údaje provozovatele.")
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        if "data-sp-operator" in text or "data-sp-settings" in text:
            path.write_text(fill_page(text, settings), encoding="utf-8")
