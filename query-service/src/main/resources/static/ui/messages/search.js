// Texts of the search page (issue 13, item 5): the form, its filters and the results, in English and Czech with
// the same keys. Czech as social workers say it: "experiment", "poznatek", "poučení", "rozbor případu".
import { translator } from '../i18n.js';

/** Czech counts: 1 výsledek, 2–4 výsledky, 0 and 5 or more výsledků. */
const czechResults = (n) => (n === 1 ? '1 výsledek' : n >= 2 && n <= 4 ? `${n} výsledky` : `${n} výsledků`);

export const SEARCH = {
  en: {
    navSearch: 'Search',
    title: 'Search',
    intro: 'Search everything you may see: your teams’ experiments and drafts, shared learnings, lessons and case review findings.',
    words: 'Words to find',
    wordsHint: 'No need for accents: “skola” finds “škola” too. Every word must be there; a word may be the start of one (“skol” finds “školy”).',
    topic: 'Team focus', anyTopic: 'Any focus',
    region: 'Region', anyRegion: 'Any region',
    stage: 'Stage', anyStage: 'Any stage',
    from: 'From', to: 'To',
    search: 'Search',
    searching: 'Searching…',
    results: (n) => (n === 1 ? '1 result' : `${n} results`),
    more: (n) => `${n} or more results: the first ones are shown. Add a word or a filter to narrow them.`,
    nothing: 'Nothing found. Try fewer words, or the start of a word.',
    filters: 'Narrow the search',
    experiment: 'Experiment', learning: 'Learning', lesson: 'Lesson', caseReview: 'Case review findings',
    DRAFT: 'Draft, within the team', PUBLISHED: 'Shared', WITHDRAWN: 'Withdrawn by your team', APPROVED: 'Approved',
    untitled: '(without a title)',
  },
  cs: {
    navSearch: 'Hledat',
    title: 'Hledat',
    intro: 'Hledejte ve všem, co smíte vidět: v experimentech a konceptech svých týmů, ve sdílených poznatcích, poučeních a zjištěních z rozborů případů.',
    words: 'Co hledáte',
    wordsHint: 'Diakritiku psát nemusíte: „skola“ najde i „škola“. Najde se jen to, kde jsou všechna slova; stačí začátek slova („skol“ najde i „školy“).',
    topic: 'Zaměření týmu', anyTopic: 'Jakékoli zaměření',
    region: 'Kraj', anyRegion: 'Jakýkoli kraj',
    stage: 'Fáze', anyStage: 'Jakákoli fáze',
    from: 'Od', to: 'Do',
    search: 'Hledat',
    searching: 'Hledám…',
    results: czechResults,
    more: (n) => `${n} a více výsledků: ukazujeme ty první. Zužte hledání dalším slovem nebo filtrem.`,
    nothing: 'Nic jsme nenašli. Zkuste méně slov nebo jen začátek slova.',
    filters: 'Zúžit hledání',
    experiment: 'Experiment', learning: 'Poznatek', lesson: 'Poučení', caseReview: 'Zjištění z rozboru případu',
    DRAFT: 'Koncept, jen v týmu', PUBLISHED: 'Sdílené', WITHDRAWN: 'Stažené vaším týmem', APPROVED: 'Schválené',
    untitled: '(bez názvu)',
  },
};

export const t = translator(SEARCH);
