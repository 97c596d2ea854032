"""The engagement: the current project's plan and derived status (project/), its printed status
report, the share link and the Odoo CSV with the planned deadlines."""
