"""What the reading layer refuses, and how much it reads: the one error type of the layer and its bounds.

Every refusal is an InputError whose message is one Czech sentence that says what to do."""

from __future__ import annotations

# A plan's text; no plan is that long.
MAX_BYTES = 200_000
# A plan's lines: a real plan has tens or hundreds; thousands of one-word lines within 200 kB would
# only make the checker (and markdown-it before it) work for seconds.
MAX_LINES = 3_000
# A Word or Writer file with photos is far larger than its text; the text still has to fit MAX_BYTES.
MAX_DOCUMENT_BYTES = 20_000_000


class InputError(ValueError):
    """Input that cannot be checked at all; the message is Czech and user-facing."""


def refuse_too_many_lines(text: str, name: str | None = None) -> None:
    """InputError when the text has more lines than any plan has."""
    if text.count("\n") >= MAX_LINES:
        where = f"Text plánu v „{name}“" if name else "Plán"
        raise InputError(
            f"{where} má přes 3 000 řádků. Tak dlouhý plán nikdo nepíše – zkontrolujte, zda jde o správný soubor."
        )
