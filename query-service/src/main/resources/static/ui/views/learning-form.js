// The fields of a learning (draft and revision share them): what it says, the evidence, what it validates.
import { field, h, uid } from '../dom.js';
import { label, RESULTS, STAGES } from '../labels.js';
import { shownText } from '../erasure.js';
import { t } from '../messages/learnings.js';

/** experiments: the team's; others: learnings of other teams the team can see (for "validates"). */
/** The texts of a learning the guard reads, as its answers name them. */
export const TEXT_FIELDS = ['title', 'summary', 'practice', 'context'];

export function learningFields(draft = {}, experiments = [], others = []) {
  const chosen = new Set(draft.evidence || []);
  const evidenceError = `${uid('f-evidence')}-error`;
  const evidence = h('fieldset', { class: 'field checks', dataset: { field: 'evidence' }, 'aria-describedby': evidenceError },
    h('legend', {}, t('evidence')),
    h('p', { class: 'hint' }, t('evidenceHint')),
    experiments.length ? experiments.map((x) => {
      const id = uid('ev');
      return h('div', { class: 'check' },
        h('input', { type: 'checkbox', id, name: 'evidence', value: x.id, checked: chosen.has(x.id) }),
        h('label', { for: id }, shownText(x.question, x), h('span', { class: 'hint' }, ` (${label(STAGES, x.status).toLowerCase()})`)));
    }) : h('p', { class: 'empty' }, t('noExperiments')),
    h('p', { class: 'field-error', id: evidenceError, hidden: true }));

  const validation = others.length ? h('details', { class: 'panel quiet', open: Boolean(draft.validates) },
    h('summary', {}, t('validatesSummary')),
    field({ name: 'validates', label: t('validates'), type: 'select', value: draft.validates || '',
      options: [{ value: '', label: t('none') }, ...others.map((l) => ({ value: l.learningId, label: `${shownText(l.title, l)} (${l.teamName})` }))] }),
    field({ name: 'result', label: t('result'), type: 'select', value: draft.result || '',
      options: [{ value: '', label: t('choose') }, ...RESULTS] })) : null;

  return [
    field({ name: 'title', label: t('title'), value: draft.title || '', required: true, attrs: { maxlength: 300 } }),
    field({ name: 'summary', label: t('summary'), type: 'textarea', rows: 3, value: draft.summary || '', required: true,
      hint: t('summaryHint') }),
    field({ name: 'practice', label: t('practice'), type: 'textarea', rows: 4, value: draft.practice || '', required: true }),
    field({ name: 'context', label: t('context'), type: 'textarea', rows: 2, value: draft.context || '',
      hint: t('contextHint') }),
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
