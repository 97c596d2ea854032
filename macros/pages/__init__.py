"""Pages written around the stages: home, SaaS specifics, conclusion, editorial notes."""
