"""The methodology's versions: the "what changed" page, the current version on every page and
printed sheet, and the checks of data/changelog.yml."""
