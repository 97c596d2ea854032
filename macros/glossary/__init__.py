"""The glossary (data/glossary.yml) and the questions clients ask (data/faq.yml): their pages and checks."""
