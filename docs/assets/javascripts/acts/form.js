/* The act's form and its row editor: keeps what is typed in the current named project and has
 * the printable act (acts/document.js) follow as you type.
 *
 * The page (macros/acts/pages.py) renders the form and a JSON config with every text this
 * script shows. Values are kept per named project through window.PlaybookProjects (section
 * "acts", keyed by the act: a stage id or "final"; its shape is checked by acts/section.js).
 */
(function () {
  "use strict";

  var root = document.querySelector(".playbook-act");
  var configNode = document.querySelector(".playbook-act-config");
  var form = document.querySelector(".playbook-act-form");
  var store = window.PlaybookProjects;
  var actDocument = window.PlaybookActDocument;
  if (!root || !configNode || !form || !store || !actDocument || !window.PlaybookText) return;

  var SECTION = "acts";
  var format = window.PlaybookText.format;
  var config = JSON.parse(configNode.textContent);
  var ui = config.ui;
  var actId = config.act;
  var values = load();

  function act() {
    return actDocument.values(config, values);
  }

  // --- storage -------------------------------------------------------------------------------

  function load() {
    var acts = store.section(SECTION);
    var stored = acts && acts[actId];
    return stored && typeof stored === "object" && !Array.isArray(stored) ? stored : {};
  }

  function save() {
    var snapshot = JSON.parse(JSON.stringify(values));
    store.updateSection(SECTION, function (acts) {
      if (Object.keys(snapshot).length) acts[actId] = snapshot;
      else delete acts[actId];
      return acts;
    });
    status(ui.saved);
  }

  function status(text) {
    var node = form.querySelector(".playbook-act-form__status");
    if (node) node.textContent = text;
  }

  // --- the document ----------------------------------------------------------------------------

  function renderDocument() {
    markInvalid(actDocument.fill(root, config, values));
  }

  function markInvalid(invalid) {
    form.querySelectorAll("[aria-invalid]").forEach(function (node) { node.removeAttribute("aria-invalid"); });
    var message = "";
    invalid.forEach(function (problem) {
      var selector = problem.key === "vat_rate" ? '[name="vat_rate"]'
        : '[data-row="' + problem.row + '"][data-key="' + problem.key + '"]';
      var input = form.querySelector(selector);
      if (input) {
        input.setAttribute("aria-invalid", "true");
        message = message || format(ui.bad_number, {value: input.value});
      }
    });
    if (message) status(message);
  }

  // --- the row editor --------------------------------------------------------------------------

  function rowLabel(index, label) {
    return format(ui.row, {n: index + 1}) + ": " + label;
  }

  function rowInput(rows, index, key, label, lang) {
    var input = document.createElement("input");
    input.type = "text";
    input.setAttribute("data-row", String(index));
    input.setAttribute("data-key", key);
    input.setAttribute("aria-label", rowLabel(index, label));
    if (lang) {
      input.setAttribute("lang", lang);
      input.setAttribute("data-input-lang", lang);
    }
    if (key === "qty" || key === "price") input.setAttribute("inputmode", "decimal");
    input.value = rows[index][key] || "";
    return input;
  }

  function renderRowEditor() {
    var holder = form.querySelector(".playbook-act-form__rows");
    var list = act().rows(), table = config.table, pageLang = document.documentElement.lang === "en" ? "en" : "uk";
    holder.replaceChildren();
    list.forEach(function (row, index) {
      var line = document.createElement("div");
      line.className = "playbook-act-form__row";
      var number = document.createElement("span");
      number.className = "playbook-act-form__row-number";
      number.textContent = String(index + 1);
      line.appendChild(number);
      line.appendChild(rowInput(list, index, "uk", table.name[pageLang] + " (" + ui.in_uk + ")", "uk"));
      line.appendChild(rowInput(list, index, "en", table.name[pageLang] + " (" + ui.in_en + ")", "en"));
      var unit = document.createElement("select");
      unit.setAttribute("data-row", String(index));
      unit.setAttribute("data-key", "unit");
      unit.setAttribute("aria-label", rowLabel(index, table.unit[pageLang]));
      unit.appendChild(new Option("—", ""));
      config.units.forEach(function (u) { unit.appendChild(new Option(u.label[pageLang], u.id)); });
      unit.value = row.unit || "";
      line.appendChild(unit);
      var qty = rowInput(list, index, "qty", table.quantity[pageLang]);
      qty.placeholder = table.quantity[pageLang];
      line.appendChild(qty);
      var price = rowInput(list, index, "price", table.price[pageLang]);
      price.placeholder = table.price[pageLang];
      line.appendChild(price);
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "md-button playbook-act-form__remove";
      remove.setAttribute("data-action", "remove-row");
      remove.setAttribute("data-row", String(index));
      remove.setAttribute("aria-label", format(ui.remove_row, {n: index + 1}));
      remove.textContent = "×";
      line.appendChild(remove);
      holder.appendChild(line);
    });
    var add = form.querySelector('[data-action="add-row"]');
    add.disabled = list.length >= config.maxRows;
    add.title = add.disabled ? format(ui.too_many_rows, {max: config.maxRows}) : "";
  }

  function syncForm() {
    var current = act();
    form.setAttribute("data-version", current.version());
    form.querySelectorAll("input[name], select[name], textarea[name]").forEach(function (control) {
      var name = control.name;
      if (control.type === "radio") {
        control.checked = control.value === current.version();
      } else if (control.value !== current.value(name)) {
        control.value = current.value(name);
      }
    });
    renderRowEditor();
  }

  function editRows(change) {
    values.rows = act().rows().map(function (row) {
      return {uk: row.uk || "", en: row.en || "", unit: row.unit || "", qty: row.qty || "", price: row.price || ""};
    });
    change(values.rows);
  }

  form.addEventListener("input", function (event) {
    var target = event.target;
    if (target.hasAttribute("data-row")) {
      var index = Number(target.getAttribute("data-row")), key = target.getAttribute("data-key");
      editRows(function (list) { if (list[index]) list[index][key] = target.value; });
    } else if (target.name) {
      values[target.name] = target.value;
      if (target.name === "version") form.setAttribute("data-version", act().version());
    } else {
      return;
    }
    save();
    renderDocument();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (!button) return;
    var action = button.getAttribute("data-action");
    if (action === "print") {
      window.print();
      return;
    }
    if (action === "add-row") {
      if (act().rows().length >= config.maxRows) return;
      editRows(function (list) { list.push({uk: "", en: "", unit: "", qty: "", price: ""}); });
    } else if (action === "remove-row") {
      var index = Number(button.getAttribute("data-row"));
      editRows(function (list) { list.splice(index, 1); });
    } else if (action === "reset-rows") {
      delete values.rows;
    } else if (action === "clear") {
      if (!window.confirm(ui.clear_confirm)) return;
      values = {};
    }
    save();
    syncForm();
    renderDocument();
    if (action === "add-row") {
      var inputs = form.querySelectorAll(".playbook-act-form__row:last-child input");
      var first = Array.prototype.find.call(inputs, function (input) { return input.offsetParent !== null; });
      if (first) first.focus();
    }
  });

  store.subscribe(function () {
    var fresh = load();
    if (JSON.stringify(fresh) === JSON.stringify(values)) return;  // our own save
    values = fresh;
    syncForm();
    renderDocument();
  });

  syncForm();
  renderDocument();
  root.classList.add("is-live");
})();
