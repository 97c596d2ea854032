/* The Odoo task CSV of the current project: the file the build writes (checklists/odoo-tasks.csv, from
 * macros/checklists/odoo_export.py) with one column more, the deadline, each task taking its stage's
 * planned end. The rows are the build's, read as they are; this only adds a column.
 *
 *   PlaybookTasksCsv.withDeadlines(csvText, {"<external id>": "YYYY-MM-DD"}, idColumn, deadlineColumn)
 *     -> {text, rows, dated} */
(function () {
  "use strict";

  /* RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
  function parse(text) {
    var rows = [], row = [], field = "", quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') {
        quoted = true;
      } else if (c === ",") {
        row.push(field); field = "";
      } else if (c === "\r" || c === "\n") {
        if (c === "\r" && text[i + 1] === "\n") i++;
        row.push(field); rows.push(row); row = []; field = "";
      } else {
        field += c;
      }
    }
    if (quoted) throw new Error("an unclosed quote");
    if (field !== "" || row.length) { row.push(field); rows.push(row); }
    return rows;
  }

  /* As Python's csv module writes it (QUOTE_MINIMAL, CRLF), so the build's rows stay byte for byte. */
  function field(value) {
    return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  function withDeadlines(text, deadlines, idColumn, deadlineColumn) {
    var rows = parse(text);
    if (!rows.length) throw new Error("an empty file");
    var idIndex = rows[0].indexOf(idColumn);
    if (idIndex < 0) throw new Error("no «" + idColumn + "» column");
    var dated = 0;
    var out = rows.map(function (row, index) {
      if (index === 0) return row.concat([deadlineColumn]);
      var deadline = deadlines[row[idIndex]] || "";
      if (deadline) dated++;
      return row.concat([deadline]);
    });
    return {
      text: out.map(function (row) { return row.map(field).join(","); }).join("\r\n") + "\r\n",
      rows: rows.length - 1,
      dated: dated
    };
  }

  window.PlaybookTasksCsv = {parse: parse, withDeadlines: withDeadlines};
})();
