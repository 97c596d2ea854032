/* The printable act of completed works, filled from the values typed into the form.
 *
 * The page (macros/acts/pages.py) renders the blank act in three versions (uk, en, bilingual):
 * every value slot is an element with data-field, the rows and totals are table bodies this
 * script fills, and the JSON config (.playbook-act-config) carries every text it prints.
 * Typed values reach the document only as text (textContent), never as markup; an empty value
 * prints as a line to write on. The form (acts/form.js) calls:
 *
 *   PlaybookActDocument.values(config, stored)   the stored values read with the page's defaults
 *   PlaybookActDocument.fill(root, config, stored)   fills the chosen version; returns what it
 *                                                     could not read ({row, key} / {key})
 */
(function () {
  "use strict";

  var money = window.PlaybookMoney;
  var words = window.PlaybookAmountWords;
  var format = window.PlaybookText && window.PlaybookText.format;
  if (!money || !words || !format) return;

  var VERSIONS = ["uk", "en", "bilingual"];
  var has = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };

  /* The act's values: what was typed, or the page's default where nothing was. */
  function values(config, stored) {
    function value(name) {
      if (has(stored, name)) return String(stored[name]);
      var fallback = config.defaults[name];
      return fallback === undefined ? "" : String(fallback);
    }
    return {
      value: value,
      /* What was typed only, without the default. */
      typed: function (name) {
        return has(stored, name) ? String(stored[name]) : "";
      },
      rows: function () {
        if (Array.isArray(stored.rows)) return stored.rows;
        return config.rows.map(function (row) { return {uk: row.uk, en: row.en, unit: "", qty: "", price: ""}; });
      },
      version: function () {
        var chosen = value("version");
        return VERSIONS.indexOf(chosen) >= 0 ? chosen : config.defaultVersion;
      },
      signing: function () {
        return value("signing") === "electronic" ? "electronic" : "paper";
      },
      currency: function () {
        var id = value("currency");
        for (var i = 0; i < config.currencies.length; i++) {
          if (config.currencies[i].id === id) return config.currencies[i];
        }
        return config.currencies[0];
      }
    };
  }

  // --- dates ------------------------------------------------------------------------------------

  /* How an act writes a date, from Intl's own words: Ukrainian acts quote the day as the blank does
   * («28» листопада 2026 р.), English ones write day, month, year ("28 November 2026"), as the
   * blank "____ ______________ 20____" does. A narrow no-break space, which some ICU versions put
   * before «р.», prints as a plain space, so the text does not depend on the browser's version. */
  var DATE_LOCALES = {uk: "uk", en: "en-GB"};
  var dateFormats = {};

  function formatDate(iso, lang) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) return "";
    var date = new Date(0);
    date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) return "";
    if (!dateFormats[lang]) {
      dateFormats[lang] = new Intl.DateTimeFormat(DATE_LOCALES[lang],
        {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"});
    }
    return dateFormats[lang].formatToParts(date).map(function (part) {
      if (part.type === "day" && lang === "uk") return "«" + part.value + "»";
      return part.value.replace(/\u202f/g, " ");
    }).join("");
  }

  // --- figures ----------------------------------------------------------------------------------

  function moneyWithCurrency(act, cents, lang) {
    var currency = act.currency();
    return lang === "en" ? currency.id + " " + money.money(cents, lang) : money.money(cents, lang) + " " + currency.short.uk;
  }

  /* The total in words; "" (a line to write on) for a sum too large to be meant. */
  function totalWords(act, cents, lang) {
    try {
      return words.spellCents(cents, act.currency().id, lang);
    } catch (error) {
      if (error instanceof RangeError) return "";
      throw error;
    }
  }

  // --- the slots --------------------------------------------------------------------------------

  function langOf(node) {
    var holder = node.closest("[lang]");
    return holder && holder.getAttribute("lang") === "en" ? "en" : "uk";
  }

  /* A field's text in one language; "" prints as a line to write on. */
  function fieldText(config, act, name, lang, totals) {
    if (config.perLanguage.indexOf(name) >= 0) {
      var own = lang === "en" ? name + "_en" : name, other = lang === "en" ? name : name + "_en";
      return act.value(own).trim() || act.typed(other).trim();
    }
    if (config.dateFields.indexOf(name) >= 0) return formatDate(act.value(name), lang);
    if (name === "total_figure") return totals.any ? moneyWithCurrency(act, totals.total, lang) : "";
    if (name === "vat_figure") return totals.any ? moneyWithCurrency(act, totals.vat, lang) : "";
    if (name === "total_words") return totals.any ? totalWords(act, totals.total, lang) : "";
    if (name === "vat_clause") {
      if (!totals.mode) return "";
      var vatFigure = totals.any ? moneyWithCurrency(act, totals.vat, lang) : "\u2009________\u2009";
      return format(config.vatClause[totals.mode][lang], {vat_figure: vatFigure});
    }
    return act.value(name).trim();
  }

  function blankText(config, name, lang) {
    if (config.dateFields.indexOf(name) >= 0) return config.blankDate[lang];
    if (name === "vat_clause") return config.vatBlank[lang];
    return "";
  }

  function fillSlots(sheet, config, act, totals) {
    sheet.querySelectorAll("[data-field]").forEach(function (slot) {
      var name = slot.getAttribute("data-field"), lang = langOf(slot);
      if (name === "stage_number" || name === "stage_title") return;
      if (name === "currency_head") {
        var currency = act.currency();
        slot.textContent = ", " + (sheet.getAttribute("data-version") === "bilingual" ? currency.id : currency.short[lang]);
        return;
      }
      var text = fieldText(config, act, name, lang, totals);
      slot.textContent = text || blankText(config, name, lang);
      slot.classList.toggle("is-filled", Boolean(text));
    });
  }

  // --- the tables -------------------------------------------------------------------------------

  function both(langs, render) {
    return langs.map(render).join(" / ");
  }

  function cell(className, text) {
    var td = document.createElement("td");
    td.className = className;
    td.textContent = text;
    return td;
  }

  function unitLabel(config, id, lang) {
    for (var i = 0; i < config.units.length; i++) {
      if (config.units[i].id === id) return config.units[i].label[lang];
    }
    return "";
  }

  function fillRows(sheet, config, act, totals, langs) {
    var body = sheet.querySelector(".playbook-act__rows");
    var lang = langs[0];
    body.replaceChildren();
    act.rows().forEach(function (row, index) {
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
      tr.appendChild(cell("playbook-act__c-unit",
        row.unit ? both(langs, function (l) { return unitLabel(config, row.unit, l); }) : ""));
      tr.appendChild(cell("playbook-act__c-qty", figures.qty !== null ? money.quantity(figures.qty, lang) : ""));
      tr.appendChild(cell("playbook-act__c-price", figures.price !== null ? money.money(figures.price, lang) : ""));
      tr.appendChild(cell("playbook-act__c-amount", figures.amount !== null ? money.money(figures.amount, lang) : ""));
      body.appendChild(tr);
    });
  }

  function fillTotals(sheet, config, totals, langs) {
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
        span.textContent = format(line.label[lang], {rate: money.rate(totals.rate, lang)});
        th.appendChild(span);
      });
      var text = "";
      if (!totals.mode && index === 1) text = totals.any ? both(langs, function (l) { return config.vatBlank[l]; }) : "";
      else if (line.value === "no_vat") text = both(langs, function (l) { return config.vatClause.none[l]; });
      else if (totals.any && line.value) text = money.money(totals[line.value], langs[0]);
      else if (totals.any && !totals.mode) text = money.money(totals.total, langs[0]);
      tr.appendChild(th);
      tr.appendChild(cell(text ? "is-filled" : "playbook-act__value--line", text));
      body.appendChild(tr);
    });
  }

  /* Shows the chosen version and signing, and fills that version (the others when chosen). */
  function fill(root, config, stored) {
    var act = values(config, stored);
    var totals = money.totals(act.rows(), act.value("vat_rate"), act.value("vat_mode"));
    var current = act.version(), signing = act.signing();
    root.setAttribute("data-version", current);
    root.setAttribute("data-signing", signing);
    root.querySelectorAll(".playbook-act__sheet").forEach(function (sheet) {
      var sheetVersion = sheet.getAttribute("data-version");
      var langs = sheetVersion === "bilingual" ? ["uk", "en"] : [sheetVersion];
      sheet.hidden = sheetVersion !== current;
      if (sheet.hidden) return;
      sheet.querySelectorAll(".playbook-act__paper").forEach(function (node) { node.hidden = signing !== "paper"; });
      sheet.querySelectorAll(".playbook-act__electronic").forEach(function (node) { node.hidden = signing !== "electronic"; });
      fillRows(sheet, config, act, totals, langs);
      fillTotals(sheet, config, totals, langs);
      fillSlots(sheet, config, act, totals);
    });
    return totals.invalid;
  }

  window.PlaybookActDocument = {values: values, fill: fill};
})();
