"""What an act is made of: the final act's id and its two ways of acceptance, the {placeholder}
syntax of its sentences, the requisites the template can carry and the form's field ids
(data/acts.yml)."""
from __future__ import annotations

import re

FINAL_ACT = "final"
# How a contract has its work accepted, which decides what the final act says (data/acts.yml `final`):
# stage by stage (the stage acts are signed; the final act lists them, with no total of its own),
# or once at the end (the final act lists the work and carries the total).
ACCEPTANCE_MODES = ("stages", "end")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

# Every requisite the data lists must be carried by some part of the rendered act
# (macros/acts/pages.py marks those parts with data-requisite); these are the ids it knows.
KNOWN_REQUISITES = ("document-name", "date", "parties", "works", "positions", "signatures", "number",
                    "place", "contract", "representation", "total", "total-in-words", "no-claims", "seal")


def field_ids(acts: dict) -> list[str]:
    return [field["id"] for group in acts["field_groups"] for field in group["fields"]]
