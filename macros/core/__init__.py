"""The core: loading and checking the data, interface strings, URLs, markup. Imports no feature."""
