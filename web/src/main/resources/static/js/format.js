import { currentLanguage } from './i18n.js';

// Dates and numbers in the page's language, said one way on every page: "3 déc. 2026, 20:58".

const formats = new Map();

/** English as written in Europe ("3 Dec 2026, 20:58"), so both languages say a moment the same way. */
function locale() {
  const language = currentLanguage();
  return language === 'en' ? 'en-GB' : language;
}

function cached(key, make) {
  if (!formats.has(key)) {
    formats.set(key, make());
  }
  return formats.get(key);
}

function dateFormat(withSeconds) {
  const language = locale();
  return cached(`instant|${language}|${withSeconds}`, () => new Intl.DateTimeFormat(language, {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  }));
}

/** A date and time, to the second unless said otherwise; '' for none. */
export function formatInstant(instant, { withSeconds = true } = {}) {
  return instant ? dateFormat(withSeconds).format(new Date(instant)) : '';
}

/** From one time to another, the day said once when both fall on it. */
export function formatSpan(start, end) {
  if (!start || !end) {
    return formatInstant(start ?? end, { withSeconds: false });
  }
  return dateFormat(false).formatRange(new Date(start), new Date(end));
}

/** A calendar day given as yyyy-mm-dd ("3 déc. 2026"), as written when there is no time of day. */
export function formatDay(isoDate) {
  const [year, month, day] = String(isoDate ?? '').split('-').map(Number);
  if (!year || !month || !day) {
    return isoDate ?? '';
  }
  const language = locale();
  return cached(`day|${language}`, () => new Intl.DateTimeFormat(language, {
    day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
  })).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A number with the language's separators ("15 000,5"), at most that many decimals. */
export function formatNumber(value, digits = 0) {
  const language = locale();
  return cached(`number|${language}|${digits}`, () => new Intl.NumberFormat(language, { maximumFractionDigits: digits }))
    .format(value ?? 0);
}

/**
 * Items joined as the language says them ("A, B et C"). The browser's list formatter is made once
 * per language and only for two items or more: its first use loads data for about 0.3 s, which
 * the timeline's sentences, nearly all of none or one item, have no need to wait for.
 */
export function listOf(items) {
  if (items.length < 2) {
    return items.length === 1 ? String(items[0]) : '';
  }
  const language = currentLanguage();
  try {
    return cached(`list|${language}`, () => new Intl.ListFormat(language, { type: 'conjunction' })).format(items);
  } catch {
    return items.join(', ');
  }
}

/** A sentence put after a colon: its first letter in lower case ("Vote refusé : vous avez…"), acronyms kept. */
export function afterColon(text) {
  const value = String(text ?? '');
  const [first, second] = value;
  if (!first || (second && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase())) {
    return value;
  }
  return first.toLocaleLowerCase() + value.slice(1);
}
