"""Interactive checklists (a page per stage and the master checklist) and the Odoo task export."""
