"""Check the data files without building the site:  python -m macros.validate [data_dir]

Prints every problem with its file, line and path, or a one-line summary when all is well.
"""
from __future__ import annotations

import sys
from pathlib import Path

from macros.site_content import validate
from macros.core.i18n import count
from macros.core.problems import DataError


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "data"
    try:
        content = validate(data_dir)
    except DataError as error:
        print(error, file=sys.stderr)
        print("\nFix the lines above and run `make validate` again.", file=sys.stderr)
        return 1
    items = sum(len(stage["checklist"]) for stage in content.stages)
    names = ", ".join(f"{data_dir.name}/{name}.yml" for name in sorted(content.files))
    print(f"OK: {names} — {count(len(content.stages), 'stage', 'en')}, "
          f"{count(items, 'item', 'en')} in the checklists.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
