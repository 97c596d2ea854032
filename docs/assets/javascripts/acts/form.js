/* The act's form and its row editors: keeps what is typed in the current named project and has
 * the printable act (acts/document.js) follow as you type.
 *
 * The page (macros/acts/pages.py) renders the form and a JSON config with every text this
 * script shows. Values are kept per named project through window.PlaybookProjects (section
 * "acts", keyed by the act: a stage id or "final"; its shape is checked by acts/section.js).
 *
 * The contract's and the parties' fields (config.partyFields) are shared by every act of the project
 * and the project page: they are kept in the project's "parties" section (engagement/sections.js).
 * An act saved before that keeps its own values, which it goes on showing; typing in such a field
 * moves the value to the shared section.
 *
 * Every control has a visible label, and a number that cannot be read gets its message next to
 * it. Two notices never change the user's values by themselves:
 * - a stage act saved while acts were filled from the checklist still lists checklist items:
 *   a button replaces them with the stage's services (and can bring them back until the page is left);
 * - a final act accepted stage by stage keeps the prices it was given aside (they print again once
 *   it is accepted at the end).
 */
(function () {
  "use strict";

  var root = document.querySelector(".playbook-act");
  var configNode = document.querySelector(".playbook-act-config");
  var form = document.querySelector(".playbook-act-form");
  var store = window.PlaybookProjects;
  var parties = window.PlaybookParties;
  var actDocument = window.PlaybookActDocument;
  if (!root || !configNode || !form || !store || !actDocument || !window.PlaybookText || !window.PlaybookMoney || !parties) return;

  var SECTION = "acts";
  var format = window.PlaybookText.format;
  var money = window.PlaybookMoney;
  var config = JSON.parse(configNode.textContent);
  var ui = config.ui;
  var actId = config.act;
  var pageLang = document.documentElement.lang === "en" ? "en" : "uk";
  var partyFields = config.partyFields || [];
  var actOrder = (config.stageActIds || []).concat(["final"]);
  var values = load();
  var shared = sharedValues();
  var others = otherActs();  // the project's other acts, which a final act lists
  var writing = false;
  var undoRows = null;  // the rows before the checklist items were replaced, on this visit only

  /* What the act shows: its own values over the project's shared parties. */
  function shown() {
    return Object.assign({}, shared, values);
  }

  function act() {
    return actDocument.values(config, shown(), store.section(SECTION));
  }

  // --- storage -------------------------------------------------------------------------------

  function load() {
    var acts = store.section(SECTION);
    var stored = acts && acts[actId];
    return stored && typeof stored === "object" && !Array.isArray(stored) ? stored : {};
  }

  function otherActs() {
    var acts = store.section(SECTION);
    delete acts[actId];
    return JSON.stringify(acts);
  }

  function sharedValues() {
    return parties.values(partyFields, actOrder);
  }

  /* Shared fields typed here ({name: text}): the act's own values of them give way to the shared
   * ones. `writing` keeps the store's notice of this change from reloading the form before the act's
   * own save follows. */
  function saveParties(changes) {
    Object.keys(changes).forEach(function (name) { delete values[name]; });
    writing = true;
    try {
      parties.update(partyFields, actOrder, changes);
    } finally {
      writing = false;
    }
    shared = sharedValues();
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

  // --- small builders ----------------------------------------------------------------------------

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* A labelled control: <div class="playbook-act-form__field"><label for>…</label><control></div>. */
  function field(id, label, control, extraClass) {
    var holder = element("div", "playbook-act-form__field" + (extraClass ? " " + extraClass : ""));
    var caption = element("label");
    caption.htmlFor = id;
    caption.appendChild(document.createTextNode(label.text));
    if (label.inLang) caption.appendChild(element("span", "playbook-act-form__in-lang", " (" + label.inLang + ")"));
    control.id = id;
    holder.appendChild(caption);
    holder.appendChild(control);
    return holder;
  }

  function textInput(attributes, value) {
    var input = element("input");
    input.type = attributes.type || "text";
    input.autocomplete = "off";
    Object.keys(attributes).forEach(function (name) {
      if (name !== "type") input.setAttribute(name, attributes[name]);
    });
    input.value = value || "";
    return input;
  }

  function button(action, text, className) {
    var node = element("button", "md-button" + (className ? " " + className : ""), text);
    node.type = "button";
    node.setAttribute("data-action", action);
    return node;
  }

  // --- the document and the messages ---------------------------------------------------------------

  function renderDocument() {
    var filled = actDocument.fill(root, config, shown(), store.section(SECTION));
    markInvalid(filled.invalid);
    showTotal(filled.totals);
    showNotices();
  }

  /* Each number that cannot be read: marked, and its message put next to it. */
  function markInvalid(invalid) {
    form.querySelectorAll("[aria-invalid]").forEach(function (node) {
      node.removeAttribute("aria-invalid");
      node.removeAttribute("aria-describedby");
    });
    form.querySelectorAll(".playbook-act-form__error").forEach(function (node) { node.remove(); });
    var message = "";
    invalid.forEach(function (problem) {
      var selector = problem.stage ? '[data-stage="' + problem.stage + '"][data-key="' + problem.key + '"]'
        : problem.key === "vat_rate" ? '[name="vat_rate"]'
        : '[data-row="' + problem.row + '"][data-key="' + problem.key + '"]';
      var input = form.querySelector(selector);
      if (!input) return;
      var text = format(ui.bad_number, {value: input.value});
      var error = element("p", "playbook-act-form__error", text);
      error.id = input.id + "-error";
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", error.id);
      input.parentNode.appendChild(error);
      message = message || text;
    });
    if (message) status(message);
  }

  /* The total under the works, or which rows it leaves out. */
  function showTotal(totals) {
    var node = form.querySelector(".playbook-act-form__total");
    if (!node) return;
    node.classList.toggle("is-incomplete", !totals.complete);
    if (totals.incomplete.length) {
      node.textContent = format(ui.total_incomplete, {rows: totals.incomplete.map(function (i) { return i + 1; }).join(", ")});
    } else if (totals.any && totals.complete) {
      var currency = act().currency(), figure = money.money(totals.total, pageLang);
      node.textContent = format(ui.total, {total: pageLang === "en" ? currency.id + " " + figure : figure + " " + currency.short.uk});
    } else {
      node.textContent = "";
    }
  }

  // --- notices --------------------------------------------------------------------------------------

  function formerSets() {
    var sets = {uk: {}, en: {}};
    config.formerRows.forEach(function (row) {
      sets.uk[row.uk.trim()] = true;
      sets.en[row.en.trim()] = true;
    });
    return sets;
  }

  /* A stored row that is one of the checklist items the act used to be filled with. */
  function isFormerRow(row, sets) {
    return Boolean(sets.uk[String(row.uk || "").trim()] || sets.en[String(row.en || "").trim()]);
  }

  function formerRows() {
    if (!config.formerRows.length || !Array.isArray(values.rows)) return [];
    var sets = formerSets();
    return values.rows.filter(function (row) { return isFormerRow(row, sets); });
  }

  function showNotices() {
    var former = form.querySelector('[data-notice="former-rows"]');
    if (former) {
      var rows = formerRows();
      former.replaceChildren();
      if (rows.length) {
        var example = String(rows[0][pageLang] || rows[0].uk || rows[0].en || "").trim();
        var text = format(ui.former_rows, {n: rows.length, example: example});
        var priced = rows.some(function (row) { return row.unit || String(row.qty || "").trim() || String(row.price || "").trim(); });
        former.appendChild(element("p", "", priced ? text + " " + ui.former_rows_prices : text));
        former.appendChild(button("replace-former-rows", ui.former_rows_replace));
      } else if (undoRows) {
        former.appendChild(element("p", "", ui.former_rows_replaced));
        former.appendChild(button("undo-replace", ui.former_rows_undo));
      }
      former.hidden = !former.childNodes.length;
    }
    var aside = form.querySelector('[data-notice="prices-aside"]');
    if (aside) {
      var current = act(), count = current.pricedRows().length;
      aside.replaceChildren();
      if (current.acceptance() === "stages" && count) aside.appendChild(element("p", "", format(ui.prices_aside, {n: count})));
      aside.hidden = !aside.childNodes.length;
    }
  }

  function replaceFormerRows() {
    var sets = formerSets();
    var rows = act().rows();
    undoRows = JSON.parse(JSON.stringify(rows));
    var services = config.rows.map(function (row) { return {uk: row.uk, en: row.en, unit: "", qty: "", price: ""}; });
    values.rows = services.concat(rows.filter(function (row) { return !isFormerRow(row, sets); })).slice(0, config.maxRows);
  }

  // --- the row editor (the works) ------------------------------------------------------------------

  function rowInput(row, index, key, lang) {
    var attributes = {"data-row": String(index), "data-key": key};
    if (lang) attributes.lang = lang;
    if (key === "qty" || key === "price") attributes.inputmode = "decimal";
    return textInput(attributes, row[key]);
  }

  function renderRowEditor() {
    var holder = form.querySelector(".playbook-act-form__rows");
    if (!holder) return;
    var list = act().rows(), table = config.table;
    holder.replaceChildren();
    list.forEach(function (row, index) {
      var line = element("fieldset", "playbook-act-form__row");
      line.appendChild(element("legend", "", format(ui.row, {n: index + 1})));
      var fields = element("div", "playbook-act-form__row-fields");
      ["uk", "en"].forEach(function (lang) {
        var name = field("act-row-" + index + "-" + lang, {text: ui.row_name, inLang: ui["in_" + lang]},
                         rowInput(row, index, lang, lang), "playbook-act-form__field--name");
        name.setAttribute("data-input-lang", lang);
        fields.appendChild(name);
      });
      var unit = element("select");
      unit.setAttribute("data-row", String(index));
      unit.setAttribute("data-key", "unit");
      unit.appendChild(new Option("—", ""));
      config.units.forEach(function (u) { unit.appendChild(new Option(u.label[pageLang], u.id)); });
      unit.value = row.unit || "";
      fields.appendChild(field("act-row-" + index + "-unit", {text: table.unit[pageLang]}, unit, "playbook-act-form__field--figure"));
      fields.appendChild(field("act-row-" + index + "-qty", {text: table.quantity[pageLang]}, rowInput(row, index, "qty"),
                               "playbook-act-form__field--figure"));
      fields.appendChild(field("act-row-" + index + "-price", {text: table.price[pageLang]}, rowInput(row, index, "price"),
                               "playbook-act-form__field--figure"));
      var remove = button("remove-row", ui.remove_row_short, "playbook-act-form__remove");
      remove.setAttribute("data-row", String(index));
      remove.setAttribute("aria-label", format(ui.remove_row, {n: index + 1}));
      fields.appendChild(remove);
      line.appendChild(fields);
      holder.appendChild(line);
    });
    var add = form.querySelector('[data-action="add-row"]');
    add.disabled = list.length >= config.maxRows;
    add.title = add.disabled ? format(ui.too_many_rows, {max: config.maxRows}) : "";
  }

  function editRows(change) {
    values.rows = act().rows().map(function (row) {
      return {uk: row.uk || "", en: row.en || "", unit: row.unit || "", qty: row.qty || "", price: row.price || ""};
    });
    change(values.rows);
  }

  // --- the stage acts a final act lists ------------------------------------------------------------

  function renderStageActsEditor() {
    var holder = form.querySelector(".playbook-act-form__stage-acts");
    if (!holder) return;
    holder.replaceChildren();
    act().stageActs().forEach(function (entry) {
      var id = entry.stage.id, prefix = "act-stage-" + id + "-";
      var group = element("fieldset", "playbook-act-form__stage-act" + (entry.include ? "" : " is-excluded"));
      var legend = element("legend"), label = element("label"), box = element("input");
      box.type = "checkbox";
      box.checked = entry.include;
      box.setAttribute("data-stage", id);
      box.setAttribute("data-key", "include");
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + entry.stage.heading));
      legend.appendChild(label);
      group.appendChild(legend);
      var fields = element("div", "playbook-act-form__row-fields");
      [["number", ui.stage_act_number, {type: "text"}, entry.number.text],
       ["date", ui.stage_act_date, {type: "date"}, entry.date.text],
       ["amount", ui.stage_act_amount, {type: "text", inputmode: "decimal"},
        entry.amount.typed ? entry.amount.text : entry.cents !== null ? money.money(entry.cents, pageLang) : ""]
      ].forEach(function (spec) {
        var attributes = Object.assign({"data-stage": id, "data-key": spec[0]}, spec[2]);
        var input = textInput(attributes, spec[3]);
        input.disabled = !entry.include;
        fields.appendChild(field(prefix + spec[0], {text: spec[1]}, input, "playbook-act-form__field--figure"));
      });
      group.appendChild(fields);
      if (entry.otherCurrency && !entry.amount.typed && entry.include) {
        group.appendChild(element("p", "playbook-act-form__hint", format(ui.stage_act_currency, {currency: entry.otherCurrency})));
      }
      holder.appendChild(group);
    });
  }

  function editStageAct(id, key, value) {
    if (!values.stage_acts || typeof values.stage_acts !== "object" || Array.isArray(values.stage_acts)) values.stage_acts = {};
    var entry = values.stage_acts[id];
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) entry = values.stage_acts[id] = {};
    entry[key] = value;
  }

  // --- the form as a whole ---------------------------------------------------------------------

  function syncForm() {
    var current = act();
    var chosen = {version: current.version(), acceptance: current.acceptance()};
    form.setAttribute("data-version", chosen.version);
    if (chosen.acceptance) form.setAttribute("data-acceptance", chosen.acceptance);
    form.querySelectorAll("input[name], select[name], textarea[name]").forEach(function (control) {
      var name = control.name;
      if (control.type === "radio") {
        control.checked = control.value === chosen[name];
      } else if (control.value !== current.value(name)) {
        control.value = current.value(name);
      }
    });
    renderRowEditor();
    renderStageActsEditor();
  }

  form.addEventListener("input", function (event) {
    var target = event.target;
    if (target.hasAttribute("data-stage")) {
      var key = target.getAttribute("data-key");
      editStageAct(target.getAttribute("data-stage"), key, key === "include" ? (target.checked ? "yes" : "no") : target.value);
      if (key === "include") renderStageActsEditor();
    } else if (target.hasAttribute("data-row")) {
      var index = Number(target.getAttribute("data-row")), rowKey = target.getAttribute("data-key");
      editRows(function (list) { if (list[index]) list[index][rowKey] = target.value; });
    } else if (partyFields.indexOf(target.name) >= 0) {
      var change = {};
      change[target.name] = target.value;
      saveParties(change);
    } else if (target.name) {
      values[target.name] = target.value;
      if (target.name === "version") form.setAttribute("data-version", act().version());
      if (target.name === "acceptance") form.setAttribute("data-acceptance", act().acceptance());
      if (target.name === "currency") renderStageActsEditor();
    } else {
      return;
    }
    save();
    renderDocument();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  form.addEventListener("click", function (event) {
    var control = event.target.closest("button[data-action]");
    if (!control) return;
    var action = control.getAttribute("data-action");
    if (action === "print") {
      window.print();
      return;
    }
    if (action === "add-row") {
      if (act().rows().length >= config.maxRows) return;
      editRows(function (list) { list.push({uk: "", en: "", unit: "", qty: "", price: ""}); });
    } else if (action === "remove-row") {
      var index = Number(control.getAttribute("data-row"));
      editRows(function (list) { list.splice(index, 1); });
    } else if (action === "reset-rows") {
      delete values.rows;
    } else if (action === "replace-former-rows") {
      replaceFormerRows();
    } else if (action === "undo-replace") {
      if (undoRows) values.rows = undoRows;
      undoRows = null;
    } else if (action === "clear") {
      if (!window.confirm(ui.clear_confirm)) return;
      values = {};
      var cleared = {};
      partyFields.forEach(function (name) { cleared[name] = ""; });
      saveParties(cleared);
    }
    save();
    syncForm();
    renderDocument();
    if (action === "replace-former-rows") status(ui.former_rows_replaced);
    if (action === "add-row") {
      var inputs = form.querySelectorAll(".playbook-act-form__row:last-child input");
      var first = Array.prototype.find.call(inputs, function (input) { return input.offsetParent !== null; });
      if (first) first.focus();
    }
  });

  store.subscribe(function () {
    if (writing) return;
    var fresh = load(), freshOthers = otherActs(), freshShared = sharedValues();
    if (JSON.stringify(fresh) === JSON.stringify(values) && freshOthers === others &&
        JSON.stringify(freshShared) === JSON.stringify(shared)) return;  // our own save
    others = freshOthers;
    values = fresh;
    shared = freshShared;
    undoRows = null;
    syncForm();
    renderDocument();
  });

  syncForm();
  renderDocument();
  root.classList.add("is-live");
})();
