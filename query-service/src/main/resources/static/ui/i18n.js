// The page's language, decided in one place (`<html lang>`): Czech for `cs`, English otherwise. A message
// catalogue is `{ en: {...}, cs: {...} }` with the same keys in both; a value is a text or a function of the
// numbers or names it says.

/** 'cs' or 'en'. */
export function language() {
  return (document.documentElement.lang || '').toLowerCase().startsWith('cs') ? 'cs' : 'en';
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
  return Number(value).toLocaleString(language() === 'cs' ? 'cs' : 'en-GB', { maximumFractionDigits: 6 });
}

/** Today in the browser's calendar, yyyy-mm-dd: the latest day one can have measured something. */
export function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}
