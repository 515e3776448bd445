// Danish number formatting in one place: "989.049.000 kr.", "2.816", "72,8 %".
// Intl with an explicit locale keeps output identical in Node and every browser.

// Pure: a script that only formats dates leaves this formatter out of its bundle.
const integer = /* @__PURE__ */ new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0, useGrouping: true });

/** Formats a whole number the Danish way: 2816 → "2.816", -151000 → "-151.000". */
export function formatNumber(value: number): string {
  // Intl writes a real minus sign (U+2212); a hyphen-minus reads and searches better.
  return integer.format(value).replace('\u2212', '-');
}

/** Formats kroner the way the notes do: 989049000 → "989.049.000 kr.". */
export function formatKroner(value: number): string {
  return `${formatNumber(value)} kr.`;
}

// Making an Intl formatter costs far more than using one (one per percentage was 1.5% of a
// 1,000-area build's profile): one per number of decimals, made when first needed.
const decimalFormats = new Map<string, Intl.NumberFormat>();

/** The Danish formatter for a fixed number of decimals, with or without thousands separators. */
function decimalFormat(decimals: number, useGrouping: boolean): Intl.NumberFormat {
  const key = `${decimals}:${useGrouping}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping });
    decimalFormats.set(key, format);
  }
  return format;
}

/** Formats a ratio as a Danish percentage with the given decimals: 0.7283 → "72,8 %". */
export function formatPercent(ratio: number, decimals = 1): string {
  const fixed = decimalFormat(decimals, true).format(ratio * 100);
  // A no-break space keeps the number and its sign together on narrow screens.
  return `${fixed.replace('\u2212', '-')}\u00a0%`;
}

/** Formats a calendar date the Danish way: 2025-05-12 → "12. maj 2025". */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Formats a change with its sign: 41 → "+41", -65 → "-65", 0 → "0". */
export function formatSignedNumber(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/** Formats a relative change with its sign: 0.25 → "+25,0 %", -0.0602 → "-6,0 %". */
export function formatSignedPercent(ratio: number, decimals = 1): string {
  const text = formatPercent(ratio, decimals);
  // A ratio that rounds to zero keeps no sign: "-0,0 %" would claim a fall that is not there.
  if (/^-?0(,0*)?\u00a0%$/.test(text)) return text.replace('-', '');
  return ratio > 0 ? `+${text}` : text;
}

/**
 * Formats kroner in millions, for axes and bar labels where the table beside the chart has
 * the exact amount: 989049000 → "989,0 mio. kr.", 200000000 with 0 decimals → "200 mio. kr.".
 */
export function formatMillionKroner(value: number, decimals = 1): string {
  const millions = decimalFormat(decimals, true).format(value / 1_000_000);
  return `${millions.replace('\u2212', '-')} mio. kr.`;
}
