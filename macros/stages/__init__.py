"""Stage guides: one page per stage and language."""
