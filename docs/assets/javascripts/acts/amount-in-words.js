/* Amounts in words for the acts of completed works, in Ukrainian and English.
 *
 * The one implementation of the total in words: the printed act (acts/document.js) calls it as
 * you type, and the tests call it in the browser. The number words below are grammar, not
 * interface text, so they live here with the rules that use them:
 *   Ukrainian: the noun after a number takes the form of its plural category (Intl.PluralRules:
 *   1 гривня «one», 2 гривні «few», 5 гривень «many»; 11–14 always «many»), and the number agrees
 *   with the noun's gender (одна гривня, один долар, одне євро; одна тисяча, один мільйон).
 *   English: "twenty-one", "one hundred one" (no "and" inside the number), singular for one.
 * The kopiykas / cents are written in figures, two digits, as Ukrainian accounting documents do:
 * "Дванадцять тисяч триста сорок пʼять гривень 67 копійок".
 *
 *   PlaybookAmountWords.spell("12345.67", "UAH", "uk")
 *   PlaybookAmountWords.spellCents(1234567n, "USD", "en")
 *
 * Reads decimals with acts/money.js, which loads first.
 */
(function () {
  "use strict";

  var UK = {
    zero: "нуль",
    ones: {
      m: ["", "один", "два", "три", "чотири", "пʼять", "шість", "сім", "вісім", "девʼять"],
      f: ["", "одна", "дві", "три", "чотири", "пʼять", "шість", "сім", "вісім", "девʼять"],
      n: ["", "одне", "два", "три", "чотири", "пʼять", "шість", "сім", "вісім", "девʼять"]
    },
    teens: ["десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "пʼятнадцять",
            "шістнадцять", "сімнадцять", "вісімнадцять", "девʼятнадцять"],
    tens: ["", "", "двадцять", "тридцять", "сорок", "пʼятдесят", "шістдесят", "сімдесят", "вісімдесят",
           "девʼяносто"],
    hundreds: ["", "сто", "двісті", "триста", "чотириста", "пʼятсот", "шістсот", "сімсот", "вісімсот",
               "девʼятсот"],
    // Thousands, millions, …: the forms by plural category and the gender of the word.
    scales: [
      null,
      {forms: ukForms("тисяча", "тисячі", "тисяч"), gender: "f"},
      {forms: ukForms("мільйон", "мільйони", "мільйонів"), gender: "m"},
      {forms: ukForms("мільярд", "мільярди", "мільярдів"), gender: "m"},
      {forms: ukForms("трильйон", "трильйони", "трильйонів"), gender: "m"}
    ],
    currencies: {
      UAH: {forms: ukForms("гривня", "гривні", "гривень"), gender: "f", minor: ukForms("копійка", "копійки", "копійок")},
      USD: {forms: ukForms("долар США", "долари США", "доларів США"), gender: "m", minor: ukForms("цент", "центи", "центів")},
      EUR: {forms: ukForms("євро", "євро", "євро"), gender: "n", minor: ukForms("цент", "центи", "центів")}
    }
  };

  var EN = {
    zero: "zero",
    ones: ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
    tens: ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    scales: ["", "thousand", "million", "billion", "trillion"],
    currencies: {
      UAH: {forms: enForms("hryvnia", "hryvnias"), minor: enForms("kopiyka", "kopiykas")},
      USD: {forms: enForms("US dollar", "US dollars"), minor: enForms("cent", "cents")},
      EUR: {forms: enForms("euro", "euros"), minor: enForms("cent", "cents")}
    }
  };

  var MAX_UNITS = 1000000000000000n; // below a quadrillion

  /* A noun's forms by CLDR plural category; whole numbers fall into these only. */
  function ukForms(one, few, many) {
    return {one: one, few: few, many: many};
  }

  function enForms(one, other) {
    return {one: one, other: other};
  }

  var pluralRules = {};

  /* The form of a noun after the whole number n. */
  function form(forms, n, lang) {
    if (!pluralRules[lang]) pluralRules[lang] = new Intl.PluralRules(lang);
    return forms[pluralRules[lang].select(n)];
  }

  function ukTriple(n, gender) {
    var words = [], hundreds = Math.floor(n / 100), rest = n % 100;
    if (hundreds) words.push(UK.hundreds[hundreds]);
    if (rest >= 10 && rest < 20) {
      words.push(UK.teens[rest - 10]);
    } else {
      if (rest >= 20) words.push(UK.tens[Math.floor(rest / 10)]);
      if (rest % 10) words.push(UK.ones[gender][rest % 10]);
    }
    return words;
  }

  function enTriple(n) {
    var words = [], hundreds = Math.floor(n / 100), rest = n % 100;
    if (hundreds) words.push(EN.ones[hundreds] + " hundred");
    if (rest >= 20) {
      words.push(EN.tens[Math.floor(rest / 10)] + (rest % 10 ? "-" + EN.ones[rest % 10] : ""));
    } else if (rest) {
      words.push(EN.ones[rest]);
    }
    return words;
  }

  /* Groups of three digits, lowest first: 12345n -> [345, 12]. */
  function triples(units) {
    var groups = [];
    do {
      groups.push(Number(units % 1000n));
      units = units / 1000n;
    } while (units > 0n);
    return groups;
  }

  /* A whole number in words; gender (uk only) is that of the noun that follows. */
  function numberWords(units, lang, gender) {
    units = BigInt(units);
    if (units < 0n || units >= MAX_UNITS) throw new RangeError("amount out of range: " + units);
    if (units === 0n) return lang === "uk" ? UK.zero : EN.zero;
    var groups = triples(units), words = [];
    for (var scale = groups.length - 1; scale >= 0; scale--) {
      var n = groups[scale];
      if (!n) continue;
      if (lang === "uk") {
        var info = UK.scales[scale];
        words = words.concat(ukTriple(n, info ? info.gender : gender));
        if (info) words.push(form(info.forms, n, "uk"));
      } else {
        words = words.concat(enTriple(n));
        if (scale) words.push(EN.scales[scale]);
      }
    }
    return words.join(" ");
  }

  function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /* The amount (an integer number of kopiykas / cents) in words with its currency. */
  function spellCents(cents, currency, lang) {
    cents = BigInt(cents);
    if (cents < 0n) throw new RangeError("negative amount");
    var units = cents / 100n, minor = Number(cents % 100n), minorDigits = (minor < 10 ? "0" : "") + minor;
    if (lang === "uk") {
      var uk = UK.currencies[currency];
      if (!uk) throw new Error("unknown currency: " + currency);
      return capitalise(numberWords(units, "uk", uk.gender)) + " " + form(uk.forms, Number(units), "uk") + " "
        + minorDigits + " " + form(uk.minor, minor, "uk");
    }
    var en = EN.currencies[currency];
    if (!en) throw new Error("unknown currency: " + currency);
    return capitalise(numberWords(units, "en")) + " " + form(en.forms, Number(units), "en") + " and "
      + minorDigits + " " + form(en.minor, minor, "en");
  }

  /* A decimal amount written with digits ("12345.67", "12 345,67", 12345.67) in cents, or null. */
  function toCents(amount) {
    var cents = window.PlaybookMoney.parse(amount, 2);
    return typeof cents === "bigint" ? cents : null;
  }

  function spell(amount, currency, lang) {
    var cents = toCents(amount);
    if (cents === null) throw new Error("not an amount: " + amount);
    return spellCents(cents, currency, lang);
  }

  window.PlaybookAmountWords = {spell: spell, spellCents: spellCents, numberWords: numberWords, toCents: toCents};
})();
