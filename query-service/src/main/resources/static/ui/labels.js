// The ledger's codes in everyday words, in the page's language (their texts: messages/codes.js).

import { t } from './messages/codes.js';

/** A code with its label and hint in the page's language, read when drawn (the language may change). */
const code = (value, hint = true) => {
  const item = { value, get label() { return t(value); } };
  if (hint) Object.defineProperty(item, 'hint', { get: () => t(`${value}Hint`), enumerable: true });
  return item;
};

export const STAGES = ['PROPOSED', 'STARTED', 'CONCLUDED', 'ABANDONED'].map((v) => code(v));

export const KINDS = ['NOTE', 'MEASURE', 'CHILD_VOICE', 'FAMILY_VOICE'].map((v) => code(v));

export const DECISIONS = ['ADOPT', 'ADAPT', 'ABANDON'].map((v) => code(v));

export const TIERS = ['REGION', 'NATION'].map((v) => code(v));

export const RESULTS = ['CONFIRMED', 'CONFIRMED_WITH_ADAPTATION', 'NOT_CONFIRMED_HERE'].map((v) => code(v, false));

/** What each de-identification rule found (the command side's Finding.rule), in Czech and English. */
export const FINDING_NAMES = {
  'birth-number': { cs: 'rodné číslo', en: 'a birth number (rodné číslo)' },
  email: { cs: 'e-mailová adresa', en: 'an e-mail address' },
  phone: { cs: 'telefonní číslo', en: 'a phone number' },
  'street-address': { cs: 'adresa', en: 'a street address' },
  'date-of-birth': { cs: 'datum narození', en: 'a date of birth' },
  'personal-name': { cs: 'jméno člověka', en: 'a person’s name' },
  'age-and-place': { cs: 'přesný věk spolu s malým místem', en: 'an exact age together with a small place' },
  'exact-date': { cs: 'přesné datum', en: 'an exact date' },
  'case-number': { cs: 'číslo spisu', en: 'a case number' },
  'named-place': { cs: 'místo menší než kraj', en: 'a place smaller than the region' },
};

/** A rule's name in the page's language; an unknown rule is named by its code. */
export function findingName(rule) {
  return FINDING_NAMES[rule] ? say(FINDING_NAMES[rule]) : say({ cs: `něco, co hlídá pravidlo „${rule}“`, en: `something the "${rule}" rule flags` });
}

/** Texts of the observation's date, in Czech and English; the page's language picks one. */
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
  return t(tier === 'NATION' ? 'sharedNation' : tier === 'REGION' ? 'sharedRegion' : 'teamOnly');
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
  erased: { cs: 'text vymazán', en: 'text erased' },
  validatedBy: { cs: 'ověřeno jiným poznatkem', en: 'validated by another learning' },
  challengedBy: { cs: 'podkladem námitky', en: 'cited by a challenge' },
  finding: { cs: 'uvedeno ve zjištění rozboru případu', en: 'cited by a case review’s finding' },
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

/** The date of an erasure as people write it: "3. 12. 2026" in Czech, "3 Dec 2026" in English. */
export function erasureDate(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso || '');
  return czech() ? d.toLocaleDateString('cs', { day: 'numeric', month: 'numeric', year: 'numeric' })
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "Vymazáno 3. 12. 2026 týmem" for an item with erasedAt (and erasedBy TEAM, STEWARD or ADMINISTRATOR). */
export function erasedText(item) {
  const on = erasureDate(item.erasedAt);
  if (item.erasedBy === 'ADMINISTRATOR') return say({ cs: `Vymazáno ${on} administrátorem`, en: `Erased on ${on} by an administrator` });
  if (item.erasedBy === 'TEAM') return say({ cs: `Vymazáno ${on} týmem`, en: `Erased on ${on} by the team` });
  if (item.erasedBy === 'STEWARD') return say({ cs: `Vymazáno ${on} garantem, který poznámku napsal`, en: `Erased on ${on} by the steward who wrote it` });
  return say({ cs: `Vymazáno ${on}`, en: `Erased on ${on}` });
}

/** Erasure (issue 11): the reasons of the contract in plain words, the dialog and what follows. */
export const ERASURE = {
  reasons: {
    IDENTIFYING_DETAILS: {
      cs: 'Je tam něco, podle čeho se dá poznat konkrétní člověk (jméno, telefon, rodné číslo…)',
      en: 'It holds something that points at a real person (a name, a phone number, a birth number…)',
    },
    ENTERED_IN_ERROR: {
      cs: 'Zapsali jsme to omylem nebo na špatné místo',
      en: 'It was written by mistake or in the wrong place',
    },
    DATA_SUBJECT_REQUEST: {
      cs: 'Člověk, o kterém to je, požádal o výmaz (GDPR, článek 17)',
      en: 'The person it is about asked for it to be erased (GDPR Article 17)',
    },
  },
  eraseObservation: { cs: 'Vymazat…', en: 'Erase…' },
  eraseObservationLabel: { cs: 'Vymazat toto pozorování', en: 'Erase this observation' },
  eraseExperiment: { cs: 'Vymazat celý experiment…', en: 'Erase the whole experiment…' },
  eraseRevision: { cs: 'Vymazat tuto verzi textu…', en: 'Erase this revision…' },
  titleObservation: { cs: 'Vymazat toto pozorování?', en: 'Erase this observation?' },
  titleExperiment: { cs: 'Vymazat celý experiment?', en: 'Erase the whole experiment?' },
  titleRevision: { cs: 'Vymazat tuto verzi textu?', en: 'Erase this revision?' },
  explain: {
    cs: 'Text zmizí ze všech kopií v knize, natrvalo. Vrátit ho už nepůjde, nikdo ho neobnoví. Zůstane jen záznam, že tu něco bylo a kdy a kdo to vymazal.',
    en: 'The text is removed from every copy in the ledger, for good. Nobody can restore it. Only the fact that something was here, and when and by whom it was erased, stays.',
  },
  explainExperiment: {
    cs: 'Vymaže se otázka, plán, závěr i všechna pozorování tohoto experimentu. Do experimentu pak už nepůjde nic zapsat.',
    en: 'This erases the question, the plan, the conclusion and every observation of this experiment. Nothing more can be recorded in it afterwards.',
  },
  explainRevision: {
    cs: 'Pokud jste tuto verzi sdíleli, sdílení se tím stáhne.',
    en: 'If this revision was shared, the sharing is withdrawn as well.',
  },
  whatIsErased: { cs: 'Vymaže se:', en: 'What will be erased:' },
  reasonLegend: { cs: 'Proč to mažete?', en: 'Why erase it?' },
  reference: { cs: 'Číslo žádosti o výmaz', en: 'Reference of the erasure request' },
  referenceHint: {
    cs: 'Jak je vedená u vás, např. GDPR/2026/014 (písmena, číslice a znaky / . _ -).',
    en: 'As your office records it, such as GDPR/2026/014 (letters, digits and / . _ -).',
  },
  referenceInvalid: {
    cs: 'Napište číslo žádosti: písmena, číslice a znaky / . _ -, nejvýš 64 znaků.',
    en: 'Enter the request’s reference: letters, digits and / . _ -, at most 64 characters.',
  },
  confirm: { cs: 'Vymazat natrvalo', en: 'Erase for good' },
  keep: { cs: 'Nechat, nemazat', en: 'Keep it' },
  erasing: { cs: 'Mažu…', en: 'Erasing…' },
  erasedObservation: { cs: 'Pozorování je vymazané.', en: 'The observation is erased.' },
  erasedExperiment: { cs: 'Experiment je vymazaný.', en: 'The experiment is erased.' },
  erasedRevision: { cs: 'Tato verze textu je vymazaná.', en: 'This revision is erased.' },
  kept: { cs: 'Nic se nevymazalo.', en: 'Nothing was erased.' },
  erasedDraft: {
    cs: 'Pokud chcete na poznatku dál pracovat, napište jeho text znovu.',
    en: 'To keep working on this learning, write its text again.',
  },
  erasedExperimentNote: {
    cs: 'Texty tohoto experimentu jsou vymazané. Zapisovat do něj už nejde.',
    en: 'The texts of this experiment are erased. Nothing more can be recorded in it.',
  },
  feedErased: { cs: 'vymazal text poznatku.', en: 'erased the text of a learning.' },
  // refusals of the erasure endpoint (problem document rule)
  'already-erased': { cs: 'Tohle už je vymazané.', en: 'This is already erased.' },
  'not-encrypted-yet': {
    cs: 'Tento text je zapsaný ještě postaru a zatím nejde vymazat. Požádejte správce, aby spustil infra/ledger migrate, a zkuste to pak znovu.',
    en: 'This text was stored the old way and cannot be erased yet. Ask the administrator to run infra/ledger migrate, then try again.',
  },
  'experiment-erased': {
    cs: 'Tento experiment je vymazaný, nic dalšího do něj zapsat nejde.',
    en: 'This experiment is erased: nothing more can be recorded in it.',
  },
};

/** Warnings at the door: what the guard found in a text that was saved (it stays within the team). */
export const WARNINGS = {
  headingObservation: { cs: 'Pozorování je uložené – jen ještě jedna věc', en: 'The observation is saved – one more thing' },
  headingDraft: { cs: 'Text je uložený – jen ještě jedna věc', en: 'The text is saved – one more thing' },
  introObservation: {
    cs: 'Vidí ho jen váš tým. Takhle napsané by ale mohlo prozradit, o koho jde. Opravte ho hned, nebo uložené vymažte.',
    en: 'Only your team sees it. Written like this, though, it could tell who it is about. Correct it now, or erase the saved one.',
  },
  introDraft: {
    cs: 'Vidí ho jen váš tým. Takhle napsaný by ale mohl prozradit, o koho jde – a sdílet ho takhle nepůjde. Opravte ho hned.',
    en: 'Only your team sees it. Written like this, though, it could tell who it is about, and it could not be shared like this. Correct it now.',
  },
  looksLike: { cs: (text, what) => `„${text}“ vypadá jako ${what}.`, en: (text, what) => `“${text}” looks like ${what}.` },
  editNow: { cs: 'Opravit hned', en: 'Edit now' },
  eraseSaved: { cs: 'Vymazat uložené…', en: 'Erase the saved one…' },
  eraseSavedRevision: { cs: 'Vymazat uloženou verzi…', en: 'Erase the saved revision…' },
  howToCorrectObservation: {
    cs: 'Po opravě pozorování zapište znovu – uloží se jako nové. To první pak můžete vymazat.',
    en: 'After correcting it, record it again: it is saved as a new one. You can then erase the first one.',
  },
  howToCorrectDraft: {
    cs: 'Po opravě uložte změny. Předchozí verzi textu pak můžete vymazat.',
    en: 'After correcting it, save the changes. You can then erase the earlier revision.',
  },
  earlierStillSaved: {
    cs: 'Opravené je uložené. Ta první verze s citlivým údajem je ale pořád uložená.',
    en: 'The corrected one is saved. The first one, with the identifying detail, is still saved too.',
  },
  eraseEarlier: { cs: 'Vymazat tu první…', en: 'Erase the first one…' },
  announceObservation: {
    cs: 'Pozorování je zapsané. Může v něm být údaj, podle kterého se dá někdo poznat: podívejte se níže.',
    en: 'The observation is recorded. It may hold a detail that identifies someone: see below.',
  },
  announceDraft: {
    cs: 'Uloženo. V textu může být údaj, podle kterého se dá někdo poznat: podívejte se níže.',
    en: 'Saved. The text may hold a detail that identifies someone: see below.',
  },
  selected: { cs: 'Označené místo je vybrané v poli, můžete ho rovnou přepsat.', en: 'The place is selected in the field: type over it.' },
  finding: { cs: 'nález', en: 'finding' },
  fieldNames: {
    text: { cs: 'Co jste viděli nebo slyšeli', en: 'What was seen or said' },
    title: { cs: 'Název', en: 'Title' },
    summary: { cs: 'Co jste se naučili', en: 'What did you learn?' },
    practice: { cs: 'Jak to děláte teď', en: 'The practice' },
    context: { cs: 'Kde to funguje', en: 'The context' },
  },
};
