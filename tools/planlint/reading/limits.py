"""What the reading layer refuses, and how much it reads: the one error type of the layer and its bounds.

Every refusal is an InputError whose message is one Czech sentence that says what to do."""

from __future__ import annotations

# A plan's text; no plan is that long.
MAX_BYTES = 200_000
# A Word or Writer file with photos is far larger than its text; the text still has to fit MAX_BYTES.
MAX_DOCUMENT_BYTES = 20_000_000


class InputError(ValueError):
    """Input that cannot be checked at all; the message is Czech and user-facing."""
