/* Money arithmetic for the acts, in whole kopiykas / cents (BigInt), so no rounding drifts:
 * reading the decimals people type, the amounts of the rows, VAT and the total, and writing
 * figures the way each language does ("12 345,67" / "12,345.67").
 *
 *   PlaybookMoney.parse("1 500,5", 2)                 -> 150050n   ("" -> null, not a number -> NaN)
 *   PlaybookMoney.totals(rows, "20", "added")         -> {rows, any, subtotal, vat, total, rate, mode, invalid,
 *                                                         incomplete, complete}
 *   PlaybookMoney.money(1234567n, "uk")               -> "12 345,67" (a no-break space between groups)
 */
(function () {
  "use strict";

  var SPACES = /[\s\u00a0\u202f]/g;
  var VAT_MODES = ["none", "added", "included"];
  var FORM_DIGITS = 12;  // the form takes at most this many whole digits; more is a typo

  /* A decimal with at most `scale` digits after the point (either "," or "."), as an integer at
   * that scale; "" -> null; anything else -> NaN. `wholeDigits` caps the digits before the point. */
  function parse(text, scale, wholeDigits) {
    var clean = String(text === undefined || text === null ? "" : text).replace(SPACES, "").replace(",", ".");
    if (!clean) return null;
    var whole = wholeDigits ? "{1," + wholeDigits + "}" : "+";
    var match = new RegExp("^(\\d" + whole + ")(?:\\.(\\d{0," + scale + "}))?$").exec(clean);
    if (!match) return NaN;
    var fraction = ((match[2] || "") + "000000").slice(0, scale);
    return BigInt(match[1]) * (10n ** BigInt(scale)) + BigInt(fraction || "0");
  }

  /* numerator / denominator, rounded half up (both non-negative). */
  function roundDiv(numerator, denominator) {
    return (2n * numerator + denominator) / (2n * denominator);
  }

  function group(digits, lang) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "en" ? "," : "\u00a0");
  }

  function decimalMark(lang) {
    return lang === "en" ? "." : ",";
  }

  /* 1234567n (cents) -> "12 345,67" (uk) or "12,345.67" (en). */
  function money(cents, lang) {
    var whole = (cents / 100n).toString(), minor = (cents % 100n).toString().padStart(2, "0");
    return group(whole, lang) + decimalMark(lang) + minor;
  }

  /* 1500n (thousandths) -> "1,5" / "1.5": a quantity shows only the decimals it has. */
  function quantity(milli, lang) {
    var whole = (milli / 1000n).toString(), fraction = (milli % 1000n).toString().padStart(3, "0").replace(/0+$/, "");
    return group(whole, lang) + (fraction ? decimalMark(lang) + fraction : "");
  }

  /* 2000n (hundredths of a per cent) -> "20"; 750n -> "7,5" / "7.5". */
  function rate(hundredths, lang) {
    var whole = (hundredths / 100n).toString();
    var fraction = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
    return whole + (fraction ? decimalMark(lang) + fraction : "");
  }

  /* The figures of an act: each row's amount (quantity × price), the subtotal, VAT at `rateText`
   * per cent in `mode` ("none", "added": on top of the subtotal, "included": within it, "": not
   * chosen) and the total. What cannot be read is left out of the sums and listed in `invalid`
   * ({row, key} or {key: "vat_rate"}). `any` is false while no row has both figures. A row with
   * one figure missing or unreadable is not counted and is listed (by index) in `incomplete`;
   * `complete` is false then, or when the VAT the mode needs has a rate that cannot be read. */
  function totals(rows, rateText, mode) {
    var result = {rows: [], any: false, subtotal: 0n, vat: 0n, total: 0n, invalid: [], incomplete: []};
    rows.forEach(function (row, index) {
      var qty = parse(row.qty, 3, FORM_DIGITS), price = parse(row.price, 2, FORM_DIGITS);
      if (Number.isNaN(qty)) result.invalid.push({row: index, key: "qty"});
      if (Number.isNaN(price)) result.invalid.push({row: index, key: "price"});
      var ok = typeof qty === "bigint" && typeof price === "bigint";
      var amount = ok ? roundDiv(qty * price, 1000n) : null;
      result.rows.push({qty: typeof qty === "bigint" ? qty : null, price: typeof price === "bigint" ? price : null,
                        amount: amount});
      if (amount !== null) {
        result.any = true;
        result.subtotal += amount;
      } else if (!(qty === null && price === null)) {
        result.incomplete.push(index);
      }
    });
    var vatRate = parse(rateText, 2, FORM_DIGITS);
    if (Number.isNaN(vatRate)) result.invalid.push({key: "vat_rate"});
    result.rate = typeof vatRate === "bigint" ? vatRate : 0n;
    result.mode = VAT_MODES.indexOf(mode) >= 0 ? mode : "";
    var rateNeeded = result.mode === "added" || result.mode === "included";
    result.complete = !result.incomplete.length && !(rateNeeded && Number.isNaN(vatRate));
    if (result.mode === "added") {
      result.vat = roundDiv(result.subtotal * result.rate, 10000n);
      result.total = result.subtotal + result.vat;
    } else if (result.mode === "included") {
      result.vat = roundDiv(result.subtotal * result.rate, 10000n + result.rate);
      result.total = result.subtotal;
    } else {
      result.total = result.subtotal;
    }
    return result;
  }

  window.PlaybookMoney = {parse: parse, roundDiv: roundDiv, money: money, quantity: quantity, rate: rate,
                          totals: totals};
})();
