/* The printable act of completed works, filled from the values typed into the form.
 *
 * The page (macros/acts/pages.py) renders the blank act in three versions (uk, en, bilingual), the
 * final act in each of its two ways of acceptance too: every value slot is an element with
 * data-field, the rows and totals are table bodies this script fills, and the JSON config
 * (.playbook-act-config) carries every text it prints. Typed values reach the document only as text
 * (textContent), never as markup; an empty value prints as a line to write on. The form
 * (acts/form.js) calls:
 *
 *   PlaybookActDocument.values(config, stored, section)   the stored values read with the page's
 *                                                          defaults (section: the project's acts, which
 *                                                          the final act lists the stage acts from)
 *   PlaybookActDocument.fill(root, config, stored, section)   fills the chosen version; returns
 *                                                          {invalid, totals, stageActs}
 */
(function () {
  "use strict";

  var money = window.PlaybookMoney;
  var words = window.PlaybookAmountWords;
  var format = window.PlaybookText && window.PlaybookText.format;
  if (!money || !words || !format) return;

  var VERSIONS = ["uk", "en", "bilingual"];
  var FORM_DIGITS = 12;
  var has = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  /* Rows that carry a figure: what a final act accepted once at the end is priced by. */
  function pricedRows(rows) {
    return (Array.isArray(rows) ? rows : []).filter(function (row) {
      return isObject(row) && (String(row.qty || "").trim() || String(row.price || "").trim());
    });
  }

  function findCurrency(config, id) {
    for (var i = 0; i < config.currencies.length; i++) {
      if (config.currencies[i].id === id) return config.currencies[i];
    }
    return null;
  }

  /* A stored act's total, as its own page computes it: {cents, currency} or null while incomplete. */
  function storedTotal(config, stored) {
    if (!Array.isArray(stored.rows)) return null;
    var rate = has(stored, "vat_rate") ? stored.vat_rate : config.defaults.vat_rate;
    var totals = money.totals(stored.rows, rate, stored.vat_mode);
    if (!totals.any || !totals.complete) return null;
    var currency = findCurrency(config, stored.currency) || findCurrency(config, config.defaults.currency);
    return {cents: totals.total, currency: currency.id};
  }

  /* The act's values: what was typed, or the page's default where nothing was. */
  function values(config, stored, section) {
    var acts = isObject(section) ? section : {};

    function stageAct(id) {
      return isObject(acts[id]) ? acts[id] : {};
    }

    /* The final act's currency, until one is chosen: the stage acts' own, when they agree. */
    function stageActsCurrency() {
      var found = "";
      (config.stageActs || []).forEach(function (stage) {
        var id = stageAct(stage.id).currency;
        if (findCurrency(config, id) && !found) found = id;
      });
      return found;
    }

    function value(name) {
      if (has(stored, name)) return String(stored[name]);
      if (name === "currency" && config.stageActs && stageActsCurrency()) return stageActsCurrency();
      var fallback = config.defaults[name];
      return fallback === undefined ? "" : String(fallback);
    }

    function currency() {
      return findCurrency(config, value("currency")) || config.currencies[0];
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
      pricedRows: function () {
        return pricedRows(stored.rows);
      },
      version: function () {
        var chosen = value("version");
        return VERSIONS.indexOf(chosen) >= 0 ? chosen : config.defaultVersion;
      },
      /* The final act's way of acceptance ("" for a stage act): the one chosen, or, for an act
       * saved before there was a choice, "end" when it carries prices (as it printed then). */
      acceptance: function () {
        if (!config.stageActs) return "";
        var chosen = stored.acceptance;
        if (config.acceptanceModes.indexOf(chosen) >= 0) return chosen;
        return pricedRows(stored.rows).length ? "end" : config.acceptanceModes[0];
      },
      signing: function () {
        return value("signing") === "electronic" ? "electronic" : "paper";
      },
      currency: currency,
      /* The stage acts a final act lists: what was typed in it about each, or else the stage act's
       * own number, date and total (its total only when it is in this act's currency). */
      stageActs: function () {
        var typedAll = isObject(stored.stage_acts) ? stored.stage_acts : {};
        var own = currency().id;
        return (config.stageActs || []).map(function (stage) {
          var typed = isObject(typedAll[stage.id]) ? typedAll[stage.id] : {};
          var source = stageAct(stage.id);
          var total = storedTotal(config, source);
          function pick(key, derived) {
            var text = typeof typed[key] === "string" ? typed[key].trim() : "";
            return text ? {text: text, typed: true} : {text: derived || "", typed: false};
          }
          var number = pick("number", typeof source.number === "string" ? source.number.trim() : "");
          var date = pick("date", typeof source.date === "string" ? source.date : "");
          var amount = pick("amount", "");
          var cents = null, invalid = false;
          if (amount.typed) {
            cents = money.parse(amount.text, 2, FORM_DIGITS);
            invalid = Number.isNaN(cents);
            if (invalid) cents = null;
          } else if (total && total.currency === own) {
            cents = total.cents;
          }
          var include = typed.include === "yes" ? true : typed.include === "no" ? false
            : !stage.optional || Boolean(number.text);
          return {stage: stage, include: include, number: number, date: date, amount: amount, cents: cents,
                  invalid: invalid, otherCurrency: total && total.currency !== own ? total.currency : ""};
        });
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

  /* A field's text in one language; "" prints as a line to write on. An incomplete total prints
   * no figure at all: a sum that leaves out a row must not look like the act's total. */
  function fieldText(config, act, name, lang, totals) {
    var shown = totals.any && totals.complete;
    if (config.perLanguage.indexOf(name) >= 0) {
      var own = lang === "en" ? name + "_en" : name, other = lang === "en" ? name : name + "_en";
      return act.value(own).trim() || act.typed(other).trim();
    }
    if (config.dateFields.indexOf(name) >= 0) return formatDate(act.value(name), lang);
    if (name === "total_figure") return shown ? moneyWithCurrency(act, totals.total, lang) : "";
    if (name === "vat_figure") return shown ? moneyWithCurrency(act, totals.vat, lang) : "";
    if (name === "total_words") return shown ? totalWords(act, totals.total, lang) : "";
    if (name === "vat_clause") {
      if (!totals.mode) return "";
      var vatFigure = shown ? moneyWithCurrency(act, totals.vat, lang) : "\u2009________\u2009";
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

  /* The name cell: one text per language of the act, each in its own span. */
  function nameCell(langs, render) {
    var name = cell("playbook-act__c-name", "");
    langs.forEach(function (lang) {
      var span = document.createElement("span");
      span.className = "playbook-act__name-" + lang;
      if (langs.length > 1) span.setAttribute("lang", lang);
      render(span, lang);
      name.appendChild(span);
    });
    return name;
  }

  function fillRows(sheet, config, act, totals, langs) {
    var body = sheet.querySelector(".playbook-act__rows");
    var lang = langs[0];
    body.replaceChildren();
    act.rows().forEach(function (row, index) {
      var tr = document.createElement("tr"), figures = totals.rows[index];
      tr.appendChild(cell("playbook-act__c-num", String(index + 1)));
      tr.appendChild(nameCell(langs, function (span, rowLang) {
        var own = String(row[rowLang] || "").trim(), other = String(row[rowLang === "en" ? "uk" : "en"] || "").trim();
        span.textContent = own || other;
      }));
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
      var text = "", incomplete = !totals.complete && line.value !== "no_vat";
      if (incomplete) text = both(langs, function (l) { return config.totalIncomplete[l]; });
      else if (!totals.mode && index === 1) text = totals.any ? both(langs, function (l) { return config.vatBlank[l]; }) : "";
      else if (line.value === "no_vat") text = both(langs, function (l) { return config.vatClause.none[l]; });
      else if (totals.any && line.value) text = money.money(totals[line.value], langs[0]);
      else if (totals.any && !totals.mode) text = money.money(totals.total, langs[0]);
      tr.appendChild(th);
      tr.appendChild(cell(incomplete ? "is-filled is-incomplete" : text ? "is-filled" : "playbook-act__value--line", text));
      body.appendChild(tr);
    });
  }

  /* A text of the final act's list of stage acts, its {placeholders} as text or lines to write on. */
  function placeParts(span, template, values) {
    template.split(/(\{\w+\})/).forEach(function (part) {
      var match = /^\{(\w+)\}$/.exec(part);
      if (!match) {
        if (part) span.appendChild(document.createTextNode(part));
        return;
      }
      var text = values[match[1]] || "";
      var slot = document.createElement("span");
      slot.className = "playbook-act__value playbook-act__value--short playbook-act__value--line" + (text ? " is-filled" : "");
      slot.textContent = text;
      span.appendChild(slot);
    });
  }

  function fillStageActs(sheet, config, act, stageActs, langs) {
    var body = sheet.querySelector(".playbook-act__stage-act-rows");
    body.replaceChildren();
    stageActs.filter(function (entry) { return entry.include; }).forEach(function (entry, index) {
      var tr = document.createElement("tr");
      tr.appendChild(cell("playbook-act__c-num", String(index + 1)));
      tr.appendChild(nameCell(langs, function (span, lang) {
        placeParts(span, config.stageActRow[lang], {
          act_number: entry.number.text, act_date: formatDate(entry.date.text, lang),
          stage_number: String(entry.stage.number), stage_title: entry.stage.title[lang]});
      }));
      tr.appendChild(cell("playbook-act__c-amount", entry.cents !== null ? money.money(entry.cents, langs[0]) : ""));
      body.appendChild(tr);
    });
  }

  /* Shows the chosen version and signing (and the final act's way of acceptance), and fills that
   * document. Returns what could not be read ({row, key}, {key} or {stage, key}), the totals and
   * the stage acts a final act lists. */
  function fill(root, config, stored, section) {
    var act = values(config, stored, section);
    var totals = money.totals(act.rows(), act.value("vat_rate"), act.value("vat_mode"));
    var current = act.version(), signing = act.signing(), acceptance = act.acceptance();
    var stageActs = config.stageActs ? act.stageActs() : [];
    root.setAttribute("data-version", current);
    root.setAttribute("data-signing", signing);
    if (acceptance) root.setAttribute("data-acceptance", acceptance);
    root.querySelectorAll(".playbook-act__sheet").forEach(function (sheet) {
      var sheetVersion = sheet.getAttribute("data-version"), sheetAcceptance = sheet.getAttribute("data-acceptance");
      var langs = sheetVersion === "bilingual" ? ["uk", "en"] : [sheetVersion];
      sheet.hidden = sheetVersion !== current || Boolean(sheetAcceptance && sheetAcceptance !== acceptance);
      if (sheet.hidden) return;
      sheet.querySelectorAll(".playbook-act__paper").forEach(function (node) { node.hidden = signing !== "paper"; });
      sheet.querySelectorAll(".playbook-act__electronic").forEach(function (node) { node.hidden = signing !== "electronic"; });
      if (sheetAcceptance === "stages") {
        fillStageActs(sheet, config, act, stageActs, langs);
      } else {
        fillRows(sheet, config, act, totals, langs);
        fillTotals(sheet, config, totals, langs);
      }
      fillSlots(sheet, config, act, totals);
    });
    var invalid = acceptance === "stages"
      ? stageActs.filter(function (entry) { return entry.include && entry.invalid; })
        .map(function (entry) { return {stage: entry.stage.id, key: "amount"}; })
      : totals.invalid;
    return {invalid: invalid, totals: totals, stageActs: stageActs};
  }

  window.PlaybookActDocument = {values: values, fill: fill, formatDate: formatDate};
})();
