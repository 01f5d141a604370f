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
