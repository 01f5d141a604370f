// The fields of a learning (draft and revision share them): what it says, the evidence, what it validates.
import { field, h, uid } from '../dom.js';
import { label, RESULTS, STAGES } from '../labels.js';
import { shownText } from '../erasure.js';

/** experiments: the team's; others: learnings of other teams the team can see (for "validates"). */
/** The texts of a learning the guard reads, as its answers name them. */
export const TEXT_FIELDS = ['title', 'summary', 'practice', 'context'];

export function learningFields(draft = {}, experiments = [], others = []) {
  const chosen = new Set(draft.evidence || []);
  const evidenceError = `${uid('f-evidence')}-error`;
  const evidence = h('fieldset', { class: 'field checks', dataset: { field: 'evidence' }, 'aria-describedby': evidenceError },
    h('legend', {}, 'Evidence: which of your team’s experiments support it?'),
    h('p', { class: 'hint' }, 'Their question, decision and conclusion are shared with the learning; observations never are.'),
    experiments.length ? experiments.map((x) => {
      const id = uid('ev');
      return h('div', { class: 'check' },
        h('input', { type: 'checkbox', id, name: 'evidence', value: x.id, checked: chosen.has(x.id) }),
        h('label', { for: id }, shownText(x.question, x), h('span', { class: 'hint' }, ` (${label(STAGES, x.status).toLowerCase()})`)));
    }) : h('p', { class: 'empty' }, 'The team has no experiments yet.'),
    h('p', { class: 'field-error', id: evidenceError, hidden: true }));

  const validation = others.length ? h('details', { class: 'panel quiet', open: Boolean(draft.validates) },
    h('summary', {}, 'Does this try a learning another team shared?'),
    field({ name: 'validates', label: 'The learning your team tried', type: 'select', value: draft.validates || '',
      options: [{ value: '', label: '— none —' }, ...others.map((l) => ({ value: l.learningId, label: `${shownText(l.title, l)} (${l.teamName})` }))] }),
    field({ name: 'result', label: 'What your team found', type: 'select', value: draft.result || '',
      options: [{ value: '', label: '— choose —' }, ...RESULTS] })) : null;

  return [
    field({ name: 'title', label: 'Title', value: draft.title || '', required: true, attrs: { maxlength: 300 } }),
    field({ name: 'summary', label: 'What did you learn?', type: 'textarea', rows: 3, value: draft.summary || '', required: true,
      hint: 'In general words: no names, addresses, phone numbers, e-mail addresses or birth dates.' }),
    field({ name: 'practice', label: 'What do you do now (the practice)?', type: 'textarea', rows: 4, value: draft.practice || '', required: true }),
    field({ name: 'context', label: 'Where does it work (the context)?', type: 'textarea', rows: 2, value: draft.context || '',
      hint: 'Optional: the kind of families, team or place it worked for.' }),
    evidence,
    validation,
  ];
}

/** The request body from the form's values. */
export function learningBody(v) {
  return {
    title: v.title, summary: v.summary, practice: v.practice, context: v.context,
    evidence: v.evidence || [], validates: v.validates || null, result: v.result || null,
  };
}
