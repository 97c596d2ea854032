/* The act of completed works: the form fills the printable act and keeps its values.
 *
 * The page (macros/acts.py) renders the blank act in three versions (uk, en, bilingual), the
 * form, and a JSON config with every text this script shows. Values are kept per named project
 * through window.PlaybookProjects (section "acts", keyed by the act: a stage id or "final").
 * Typed values reach the document only as text (textContent), never as markup.
 * Money is counted in whole kopiykas / cents (BigInt), so no rounding drifts.
 */
(function () {
  "use strict";

  var root = document.querySelector(".playbook-act");
  var configNode = document.querySelector(".playbook-act-config");
  var form = document.querySelector(".playbook-act-form");
  if (!root || !configNode || !form || !window.PlaybookProjects || !window.PlaybookAmountWords) return;

  var config = JSON.parse(configNode.textContent);
  var store = window.PlaybookProjects;
  var words = window.PlaybookAmountWords;
  var ui = config.ui;
  var actId = config.act;
  // Stored and imported projects are checked against this shape before anything reads them.
  if (store.registerSection) store.registerSection("acts", actsProblem);
  var values = load();

  function actsProblem(section) {
    var texts = function (object, where) {
      for (var key in object) {
        if (typeof object[key] !== "string") return where + "." + key + ": not text";
      }
      return null;
    };
    for (var id in section) {
      var act = section[id];
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return id + ": not an act id";
      if (!act || typeof act !== "object" || Array.isArray(act)) return id + ": not a group of values";
      for (var key in act) {
        if (key === "rows") {
          if (!Array.isArray(act.rows)) return id + ".rows: not a list";
          for (var i = 0; i < act.rows.length; i++) {
            var row = act.rows[i];
            if (!row || typeof row !== "object" || Array.isArray(row)) return id + ".rows[" + i + "]: not a row";
            var rowProblem = texts(row, id + ".rows[" + i + "]");
            if (rowProblem) return rowProblem;
          }
        } else if (typeof act[key] !== "string") {
          return id + "." + key + ": not text";
        }
      }
    }
    return null;
  }

  // --- storage -------------------------------------------------------------------------------

  function load() {
    var acts = store.section("acts");
    var stored = acts && acts[actId];
    return stored && typeof stored === "object" && !Array.isArray(stored) ? stored : {};
  }

  function save() {
    var snapshot = JSON.parse(JSON.stringify(values));
    store.updateSection("acts", function (acts) {
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

  /* The stored value, or the page's default when the user never touched the field. */
  function value(name) {
    if (Object.prototype.hasOwnProperty.call(values, name)) return String(values[name]);
    var fallback = config.defaults[name];
    return fallback === undefined ? "" : String(fallback);
  }

  function rows() {
    if (Array.isArray(values.rows)) return values.rows;
    return config.rows.map(function (row) { return {uk: row.uk, en: row.en, unit: "", qty: "", price: ""}; });
  }

  function version() {
    var chosen = value("version");
    return ["uk", "en", "bilingual"].indexOf(chosen) >= 0 ? chosen : config.defaultVersion;
  }

  // --- numbers and money ----------------------------------------------------------------------

  /* "1 500,5" -> 150050n at scale 2; "" -> null; anything else -> NaN. */
  function parseDecimal(text, scale) {
    var clean = String(text || "").replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    if (!clean) return null;
    var match = new RegExp("^(\\d{1,12})(?:\\.(\\d{0," + scale + "}))?$").exec(clean);
    if (!match) return NaN;
    var fraction = ((match[2] || "") + "000000").slice(0, scale);
    return BigInt(match[1]) * (10n ** BigInt(scale)) + BigInt(fraction || "0");
  }

  function roundDiv(numerator, denominator) {
    return (2n * numerator + denominator) / (2n * denominator);
  }

  function group(digits, separator) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  }

  /* 1234567n -> "12 345,67" (uk) or "12,345.67" (en). */
  function money(cents, lang) {
    var whole = (cents / 100n).toString(), minor = (cents % 100n).toString().padStart(2, "0");
    return lang === "en" ? group(whole, ",") + "." + minor : group(whole, "\u00a0") + "," + minor;
  }

  function quantity(milli, lang) {
    var whole = (milli / 1000n).toString(), fraction = (milli % 1000n).toString().padStart(3, "0").replace(/0+$/, "");
    var decimal = lang === "en" ? "." : ",";
    return group(whole, lang === "en" ? "," : "\u00a0") + (fraction ? decimal + fraction : "");
  }

  function currency() {
    var id = value("currency");
    for (var i = 0; i < config.currencies.length; i++) {
      if (config.currencies[i].id === id) return config.currencies[i];
    }
    return config.currencies[0];
  }

  function moneyWithCurrency(cents, lang) {
    var cur = currency();
    return lang === "en" ? cur.id + " " + money(cents, lang) : money(cents, lang) + " " + cur.short.uk;
  }

  /* Row amounts, subtotal, VAT and total for the current values. */
  function compute() {
    var result = {rows: [], any: false, subtotal: 0n, vat: 0n, total: 0n, invalid: []};
    rows().forEach(function (row, index) {
      var qty = parseDecimal(row.qty, 3), price = parseDecimal(row.price, 2);
      if (Number.isNaN(qty)) result.invalid.push({row: index, key: "qty"});
      if (Number.isNaN(price)) result.invalid.push({row: index, key: "price"});
      var ok = typeof qty === "bigint" && typeof price === "bigint";
      var amount = ok ? roundDiv(qty * price, 1000n) : null;
      result.rows.push({qty: typeof qty === "bigint" ? qty : null, price: typeof price === "bigint" ? price : null,
                        amount: amount});
      if (amount !== null) {
        result.any = true;
        result.subtotal += amount;
      }
    });
    var rate = parseDecimal(value("vat_rate"), 2);
    if (Number.isNaN(rate)) result.invalid.push({key: "vat_rate"});
    rate = typeof rate === "bigint" ? rate : 0n;
    result.rate = rate;
    var mode = value("vat_mode");
    result.mode = ["none", "added", "included"].indexOf(mode) >= 0 ? mode : "";
    if (result.mode === "added") {
      result.vat = roundDiv(result.subtotal * rate, 10000n);
      result.total = result.subtotal + result.vat;
    } else if (result.mode === "included") {
      result.vat = roundDiv(result.subtotal * rate, 10000n + rate);
      result.total = result.subtotal;
    } else {
      result.total = result.subtotal;
    }
    return result;
  }

  function rateText(rate, lang) {
    var whole = (rate / 100n).toString(), fraction = (rate % 100n).toString().padStart(2, "0").replace(/0+$/, "");
    return whole + (fraction ? (lang === "en" ? "." : ",") + fraction : "");
  }

  // --- the document ----------------------------------------------------------------------------

  function langOf(node) {
    var holder = node.closest("[lang]");
    return holder && holder.getAttribute("lang") === "en" ? "en" : "uk";
  }

  function formatDate(iso, lang) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) return "";
    var day = String(Number(match[3])), month = config.months[lang][Number(match[2]) - 1];
    if (!month) return "";
    return lang === "en" ? day + " " + month + " " + match[1] : "«" + day + "» " + month + " " + match[1] + " р.";
  }

  /* A field's text in one language; "" prints as a line to write on. */
  function fieldText(name, lang, totals) {
    if (config.perLanguage.indexOf(name) >= 0) {
      var own = lang === "en" ? name + "_en" : name, other = lang === "en" ? name : name + "_en";
      var text = value(own).trim();
      if (text) return text;
      return Object.prototype.hasOwnProperty.call(values, other) ? String(values[other]).trim() : "";
    }
    if (config.dateFields.indexOf(name) >= 0) return formatDate(value(name), lang);
    if (name === "total_figure") return totals.any ? moneyWithCurrency(totals.total, lang) : "";
    if (name === "vat_figure") return totals.any ? moneyWithCurrency(totals.vat, lang) : "";
    if (name === "total_words") return totals.any ? words.spellCents(totals.total, currency().id, lang) : "";
    if (name === "vat_clause") {
      if (!totals.mode) return "";
      var clause = config.vatClause[totals.mode][lang];
      var vatFigure = totals.any ? moneyWithCurrency(totals.vat, lang) : "\u2009________\u2009";
      return clause.replace("{vat_figure}", vatFigure);
    }
    return value(name).trim();
  }

  function blankText(name, lang) {
    if (config.dateFields.indexOf(name) >= 0) return config.blankDate[lang];
    if (name === "vat_clause") return config.vatBlank[lang];
    return "";
  }

  function fillSlots(sheet, totals) {
    sheet.querySelectorAll("[data-field]").forEach(function (slot) {
      var name = slot.getAttribute("data-field"), lang = langOf(slot);
      if (name === "stage_number" || name === "stage_title") return;
      if (name === "currency_head") {
        slot.textContent = ", " + (sheet.getAttribute("data-version") === "bilingual" ? currency().id : currency().short[lang]);
        return;
      }
      var text = fieldText(name, lang, totals);
      slot.textContent = text || blankText(name, lang);
      slot.classList.toggle("is-filled", Boolean(text));
    });
  }

  function both(langs, render) {
    return langs.map(render).join(" / ");
  }

  function cell(className, text) {
    var td = document.createElement("td");
    td.className = className;
    td.textContent = text;
    return td;
  }

  function unitLabel(id, lang) {
    for (var i = 0; i < config.units.length; i++) {
      if (config.units[i].id === id) return config.units[i].label[lang];
    }
    return "";
  }

  function fillRows(sheet, totals, langs) {
    var body = sheet.querySelector(".playbook-act__rows");
    var lang = langs[0];
    body.replaceChildren();
    rows().forEach(function (row, index) {
      var tr = document.createElement("tr"), figures = totals.rows[index];
      tr.appendChild(cell("playbook-act__c-num", String(index + 1)));
      var name = cell("playbook-act__c-name", "");
      langs.forEach(function (rowLang) {
        var own = String(row[rowLang] || "").trim(), other = String(row[rowLang === "en" ? "uk" : "en"] || "").trim();
        var span = document.createElement("span");
        span.className = "playbook-act__name-" + rowLang;
        if (langs.length > 1) span.setAttribute("lang", rowLang);
        span.textContent = own || other;
        name.appendChild(span);
      });
      tr.appendChild(name);
      tr.appendChild(cell("playbook-act__c-unit", row.unit ? both(langs, function (l) { return unitLabel(row.unit, l); }) : ""));
      tr.appendChild(cell("playbook-act__c-qty", figures.qty !== null ? quantity(figures.qty, lang) : ""));
      tr.appendChild(cell("playbook-act__c-price", figures.price !== null ? money(figures.price, lang) : ""));
      tr.appendChild(cell("playbook-act__c-amount", figures.amount !== null ? money(figures.amount, lang) : ""));
      body.appendChild(tr);
    });
  }

  function fillTotals(sheet, totals, langs) {
    var body = sheet.querySelector(".playbook-act__totals tbody");
    var lines = config.totals[totals.mode || "blank"];
    body.replaceChildren();
    lines.forEach(function (line, index) {
      var tr = document.createElement("tr"), th = document.createElement("th");
      th.setAttribute("scope", "row");
      langs.forEach(function (lang, i) {
        if (i) th.appendChild(document.createTextNode(" / "));
        var span = document.createElement("span");
        if (langs.length > 1) span.setAttribute("lang", lang);
        span.textContent = line.label[lang].replace("{rate}", rateText(totals.rate, lang));
        th.appendChild(span);
      });
      var text = "";
      if (!totals.mode && index === 1) text = totals.any ? both(langs, function (l) { return config.vatBlank[l]; }) : "";
      else if (line.value === "no_vat") text = both(langs, function (l) { return config.vatClause.none[l]; });
      else if (totals.any && line.value) text = money(totals[line.value], langs[0]);
      else if (totals.any && !totals.mode) text = money(totals.total, langs[0]);
      var td = cell(text ? "is-filled" : "playbook-act__value--line", text);
      tr.appendChild(th);
      tr.appendChild(td);
      body.appendChild(tr);
    });
  }

  function renderDocument() {
    var totals = compute(), current = version(), signing = value("signing") === "electronic" ? "electronic" : "paper";
    root.setAttribute("data-version", current);
    root.setAttribute("data-signing", signing);
    root.querySelectorAll(".playbook-act__sheet").forEach(function (sheet) {
      var sheetVersion = sheet.getAttribute("data-version");
      var langs = sheetVersion === "bilingual" ? ["uk", "en"] : [sheetVersion];
      sheet.hidden = sheetVersion !== current;
      if (sheet.hidden) return;  // filled when it is chosen
      sheet.querySelectorAll(".playbook-act__paper").forEach(function (node) { node.hidden = signing !== "paper"; });
      sheet.querySelectorAll(".playbook-act__electronic").forEach(function (node) { node.hidden = signing !== "electronic"; });
      fillRows(sheet, totals, langs);
      fillTotals(sheet, totals, langs);
      fillSlots(sheet, totals);
    });
    markInvalid(totals.invalid);
  }

  // --- the form --------------------------------------------------------------------------------

  function markInvalid(invalid) {
    form.querySelectorAll("[aria-invalid]").forEach(function (node) { node.removeAttribute("aria-invalid"); });
    var message = "";
    invalid.forEach(function (problem) {
      var selector = problem.key === "vat_rate" ? '[name="vat_rate"]'
        : '[data-row="' + problem.row + '"][data-key="' + problem.key + '"]';
      var input = form.querySelector(selector);
      if (input) {
        input.setAttribute("aria-invalid", "true");
        message = message || ui.bad_number.replace("{value}", input.value);
      }
    });
    if (message) status(message);
  }

  function rowInput(index, key, label, lang) {
    var input = document.createElement("input");
    input.type = "text";
    input.setAttribute("data-row", String(index));
    input.setAttribute("data-key", key);
    input.setAttribute("aria-label", ui.row.replace("{n}", index + 1) + ": " + label);
    if (lang) {
      input.setAttribute("lang", lang);
      input.setAttribute("data-input-lang", lang);
    }
    if (key === "qty" || key === "price") input.setAttribute("inputmode", "decimal");
    input.value = rows()[index][key] || "";
    return input;
  }

  function renderRowEditor() {
    var holder = form.querySelector(".playbook-act-form__rows");
    var list = rows(), table = config.table, pageLang = document.documentElement.lang === "en" ? "en" : "uk";
    holder.replaceChildren();
    list.forEach(function (row, index) {
      var line = document.createElement("div");
      line.className = "playbook-act-form__row";
      var number = document.createElement("span");
      number.className = "playbook-act-form__row-number";
      number.textContent = String(index + 1);
      line.appendChild(number);
      line.appendChild(rowInput(index, "uk", table.name[pageLang] + " (" + ui.in_uk + ")", "uk"));
      line.appendChild(rowInput(index, "en", table.name[pageLang] + " (" + ui.in_en + ")", "en"));
      var unit = document.createElement("select");
      unit.setAttribute("data-row", String(index));
      unit.setAttribute("data-key", "unit");
      unit.setAttribute("aria-label", ui.row.replace("{n}", index + 1) + ": " + table.unit[pageLang]);
      unit.appendChild(new Option("—", ""));
      config.units.forEach(function (u) { unit.appendChild(new Option(u.label[pageLang], u.id)); });
      unit.value = row.unit || "";
      line.appendChild(unit);
      var qty = rowInput(index, "qty", table.quantity[pageLang]);
      qty.placeholder = table.quantity[pageLang];
      line.appendChild(qty);
      var price = rowInput(index, "price", table.price[pageLang]);
      price.placeholder = table.price[pageLang];
      line.appendChild(price);
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "md-button playbook-act-form__remove";
      remove.setAttribute("data-action", "remove-row");
      remove.setAttribute("data-row", String(index));
      remove.setAttribute("aria-label", ui.remove_row.replace("{n}", index + 1));
      remove.textContent = "×";
      line.appendChild(remove);
      holder.appendChild(line);
    });
    var add = form.querySelector('[data-action="add-row"]');
    add.disabled = list.length >= config.maxRows;
    add.title = add.disabled ? ui.too_many_rows.replace("{max}", config.maxRows) : "";
  }

  function syncForm() {
    form.setAttribute("data-version", version());
    form.querySelectorAll("input[name], select[name], textarea[name]").forEach(function (control) {
      var name = control.name;
      if (control.type === "radio") {
        control.checked = control.value === version();
      } else if (control.value !== value(name)) {
        control.value = value(name);
      }
    });
    renderRowEditor();
  }

  function editRows(change) {
    values.rows = rows().map(function (row) {
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
      if (target.name === "version") form.setAttribute("data-version", version());
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
      if (rows().length >= config.maxRows) return;
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
      var inputs = form.querySelectorAll('.playbook-act-form__row:last-child input');
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
