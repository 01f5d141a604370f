// The ledger's codes in everyday words.

export const STAGES = [
  { value: 'PROPOSED', label: 'Planned', hint: 'proposed, not started yet' },
  { value: 'STARTED', label: 'Running', hint: 'started, observations being recorded' },
  { value: 'CONCLUDED', label: 'Concluded', hint: 'the team decided what to do next' },
  { value: 'ABANDONED', label: 'Stopped', hint: 'abandoned before a conclusion' },
];

export const KINDS = [
  { value: 'NOTE', label: 'Note', hint: 'what the team noticed' },
  { value: 'MEASURE', label: 'Measure', hint: 'a number, such as a count' },
  { value: 'CHILD_VOICE', label: 'A child’s voice', hint: 'what a child said, in the team’s words, with no names' },
  { value: 'FAMILY_VOICE', label: 'A family’s voice', hint: 'what a parent or family said, with no names' },
];

export const DECISIONS = [
  { value: 'ADOPT', label: 'Adopt', hint: 'keep doing it as it is' },
  { value: 'ADAPT', label: 'Adapt', hint: 'keep doing it, with changes' },
  { value: 'ABANDON', label: 'Abandon', hint: 'stop doing it' },
];

export const TIERS = [
  { value: 'REGION', label: 'The region', hint: 'teams and stewards of your region' },
  { value: 'NATION', label: 'The whole country', hint: 'every team, steward and the ministry’s analysts' },
];

export const RESULTS = [
  { value: 'CONFIRMED', label: 'Confirmed' },
  { value: 'CONFIRMED_WITH_ADAPTATION', label: 'Confirmed with adaptation' },
  { value: 'NOT_CONFIRMED_HERE', label: 'Not confirmed in our context' },
];

/** What each de-identification rule found, and what to do about it. */
export const FINDINGS = {
  'birth-number': 'a birth number (rodné číslo)',
  email: 'an e-mail address',
  phone: 'a phone number',
  'street-address': 'a street address',
  'date-of-birth': 'a date of birth',
};

/**
 * Texts of the observation's date, in Czech and English; the page's language picks one (the rest of the
 * interface is English so far).
 */
export const OBSERVED_ON = {
  label: { cs: 'Pozorováno dne', en: 'Observed on' },
  hint: { cs: 'Den, kdy se to stalo, pokud to nebylo dnes. Nejpozději dnes.', en: 'The day it happened, if not today. Today at the latest.' },
  recorded: { cs: 'zapsáno', en: 'recorded' },
};

/** The local sign-in: tokens only for a browser that opened the sign-in link `infra/ledger up` printed. */
export const SIGN_IN = {
  needsLink: {
    cs: 'Pro přihlášení do místní ukázkové knihy otevřete odkaz pro přihlášení, který vypsal příkaz infra/ledger up, nebo si jej vypište znovu:',
    en: 'To sign in to the local demo ledger, open the sign-in link that infra/ledger up printed, or print it again with:',
  },
  keyRefused: {
    cs: 'Tento prohlížeč má starý odkaz pro přihlášení. Otevřete odkaz, který vypíše infra/ledger sign-in-link.',
    en: 'This browser holds an old sign-in link. Open the link that infra/ledger sign-in-link prints.',
  },
};

/** A text in the page's language (`<html lang>`): Czech for `cs`, English otherwise. */
export function say(text) {
  return (document.documentElement.lang || '').toLowerCase().startsWith('cs') ? text.cs : text.en;
}

export function label(list, value) {
  return list.find((x) => x.value === value)?.label || value || '';
}

export function tierLabel(tier) {
  return tier === 'NATION' ? 'shared with the whole country' : tier === 'REGION' ? 'shared with the region' : 'team only (draft)';
}

const czech = () => (document.documentElement.lang || '').toLowerCase().startsWith('cs');
const number = (n) => Number(n).toLocaleString(czech() ? 'cs' : 'en', { maximumFractionDigits: 1 });
/** Czech whole counts take three forms: 1; 2 to 4; 0 and 5 or more. */
const czechForm = (n, one, few, many) => (n === 1 ? one : n >= 2 && n <= 4 ? few : many);
const days = (n) => say({ cs: `${number(n)} ${Number.isInteger(n) ? czechForm(n, 'den', 'dny', 'dní') : 'dne'}`,
  en: `${number(n)} ${n === 1 ? 'day' : 'days'}` });

/** What each step of a learning's timeline ({@code GET /api/learnings/{id}/timeline}, entries[].kind) means. */
export const TIMELINE_KINDS = {
  published: { cs: 'sdíleno', en: 'shared' },
  endorsed: { cs: 'doporučeno koordinátorem', en: 'endorsed by a steward' },
  invited: { cs: 'pozvánka ke sdílení dál', en: 'invited to share wider' },
  withdrawn: { cs: 'staženo', en: 'withdrawn' },
  validatedBy: { cs: 'ověřeno jiným poznatkem', en: 'validated by another learning' },
};

/** Texts of the spread of learning (analytics), in Czech and English. */
export const SPREAD = {
  timeToFirstLead: { cs: 'Čas od prvního sdílení k prvnímu ověření jinde', en: 'Time from first sharing to the first validation elsewhere' },
  noValidationYet: { cs: 'zatím žádný poznatek neověřil jiný tým', en: 'no learning has been validated by another team yet' },
  validatedBy: { cs: 'Ověřily jiné týmy', en: 'Validated by other teams' },
  noOtherTeamYet: { cs: 'Zatím to nevyzkoušel žádný jiný tým.', en: 'No other team has tried it yet.' },
};

/**
 * The answer's timeToFirstValidation ({learnings, medianDays, buckets: [{upToDays, learnings}]}) in words, e.g.
 * "1 learning; median 3 days (0–6 days: 1; 7–29 days: 0; 30–89 days: 0; 90 days or more: 0)".
 */
export function timeToFirstValidationText(t) {
  if (!t || !t.learnings) return say(SPREAD.noValidationYet);
  const n = t.learnings;
  const count = say({ cs: `${n} ${czechForm(n, 'poznatek', 'poznatky', 'poznatků')}`, en: `${n} ${n === 1 ? 'learning' : 'learnings'}` });
  const median = t.medianDays === null || t.medianDays === undefined ? ''
    : say({ cs: `; medián ${days(t.medianDays)}`, en: `; median ${days(t.medianDays)}` });
  let from = 0;
  const buckets = (t.buckets || []).map((b) => {
    const range = b.upToDays ? `${from}–${days(b.upToDays - 1)}` : say({ cs: `${days(from)} a více`, en: `${days(from)} or more` });
    from = b.upToDays || from;
    return `${range}: ${b.learnings}`;
  });
  return `${count}${median}${buckets.length ? ` (${buckets.join('; ')})` : ''}`;
}
