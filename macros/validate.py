"""Check the data files without building the site:  python -m macros.validate [data_dir]

Prints every problem with its file, line and path, or a one-line summary when all is well, in the
language of the person running it (macros/core/messages.py). After a problem the exit code is 1 and
the last line says what to do next.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from macros.core.messages import person_language, say
from macros.core.problems import DataError
from macros.site_content import validate


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "data"
    lang = person_language()
    try:
        content = validate(data_dir)
    except DataError as error:
        print(error.worded(lang), file=sys.stderr)
        print(file=sys.stderr)
        if "MAKELEVEL" in os.environ:  # run by make, which adds a line of its own after a failure
            print(say("validate_make_note").words(lang), file=sys.stderr)
        print(say("validate_next").words(lang), file=sys.stderr)
        return 1
    items = sum(len(stage["checklist"]) for stage in content.stages)
    print(say("validate_ok", folder=data_dir.name, stages=len(content.stages),
              items=items).words(lang))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
