// The page's language, decided in one place (`<html lang>`): Czech for `cs`, English otherwise. It is chosen
// when this module is first loaded, before any view draws: the person's remembered choice
// (localStorage['ledger.lang']), else the deployment's default (config.defaultLanguage, LEDGER_WEB_LANGUAGE).
// A message catalogue is `{ en: {...}, cs: {...} }` with the same keys in both; a value is a text or a function
// of the numbers or names it says.
import config from './config.js';

export const LANGUAGES = ['cs', 'en'];
const REMEMBERED = 'ledger.lang';

function remembered() {
  try {
    const value = window.localStorage.getItem(REMEMBERED);
    return LANGUAGES.includes(value) ? value : null;
  } catch {
    return null; // storage switched off: the deployment's default
  }
}

/** The language to start in: remembered, else the deployment's default, else Czech. */
export function startLanguage() {
  return remembered() || (LANGUAGES.includes(config?.defaultLanguage) ? config.defaultLanguage : 'cs');
}

/** Sets the page's language (`<html lang>`); remember: keep it for the next visit on this device. */
export function setLanguage(lang, remember = false) {
  const chosen = LANGUAGES.includes(lang) ? lang : 'cs';
  document.documentElement.lang = chosen;
  if (remember) {
    try { window.localStorage.setItem(REMEMBERED, chosen); } catch { /* not kept: still switched for now */ }
  }
  return chosen;
}

setLanguage(startLanguage());

/** 'cs' or 'en'. */
export function language() {
  return (document.documentElement.lang || '').toLowerCase().startsWith('cs') ? 'cs' : 'en';
}

/** The locale of dates, times and numbers: Czech, or British English (both with a 24-hour clock). */
export function locale() {
  return language() === 'cs' ? 'cs' : 'en-GB';
}

/** A t(key, ...args) for one catalogue; a key the language lacks falls back to English, then to the key. */
export function translator(catalogue) {
  return (key, ...args) => {
    const text = catalogue[language()][key] ?? catalogue.en[key] ?? key;
    return typeof text === 'function' ? text(...args) : text;
  };
}

/** A plain date (yyyy-mm-dd, no time zone to shift it) as people write it: "3. 3. 2026" or "3 Mar 2026". */
export function day(iso) {
  if (!iso) return '';
  const [y, m, d] = String(iso).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(date.getTime())) return String(iso);
  return language() === 'cs'
    ? date.toLocaleDateString('cs', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' })
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A number as the language writes it (decimal comma in Czech), never rounded beyond what was entered. */
export function number(value) {
  if (value === null || value === undefined || value === '') return '';
  return Number(value).toLocaleString(locale(), { maximumFractionDigits: 6 });
}

/**
 * Today in the ledger's calendar (Europe/Prague, as the services judge days), yyyy-mm-dd: the latest day one can have
 * measured something. Not the device's: between 23:00 and midnight UTC a device on UTC is still a day behind.
 */
const LEDGER_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague', year: 'numeric', month: '2-digit', day: '2-digit' });
export function today() {
  const part = Object.fromEntries(LEDGER_DAY.formatToParts(new Date()).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}`;
}
