"""Named client projects kept in the browser: the project bar shared by checklists and acts."""
