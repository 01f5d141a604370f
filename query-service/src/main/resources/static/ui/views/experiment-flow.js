// The daily flow on one experiment (issue 13, item 5): correcting a proposal before it starts, correcting an
// observation (the earlier wording stays in its history), and from a concluded experiment a learning's draft or
// the next cycle, each opened prefilled in its own form (nothing is recorded or shared until that form is sent).
import { command } from '../api.js';
import { field, h, time } from '../dom.js';
import { onSubmit } from '../forms.js';
import { label, KINDS } from '../labels.js';
import { shownText } from '../erasure.js';
import { t } from '../messages/experiments.js';

/** The proposal's four texts in a form that replaces them (PROPOSED only). */
export function reviseForm(ctx, x, refresh) {
  const form = h('form', { class: 'stack', novalidate: true, 'aria-label': t('correctProposal') },
    field({ name: 'question', label: t('question'), type: 'textarea', rows: 2, required: true, value: x.question || '' }),
    field({ name: 'prediction', label: t('prediction'), type: 'textarea', rows: 2, required: true, value: x.prediction || '' }),
    field({ name: 'plan', label: t('plan'), type: 'textarea', rows: 3, required: true, value: x.plan || '' }),
    field({ name: 'measures', label: t('measures'), type: 'textarea', rows: 2, required: true, value: x.measures || '' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('correctProposalSubmit'))));
  onSubmit(form, (v) => command('PUT', `/api/experiments/${x.id}`,
    { question: v.question, prediction: v.prediction, plan: v.plan, measures: v.measures }), async (result) => {
    if (!result.changed) { ctx.announce(t('unchanged'), 'info'); return; }
    ctx.announce(t('proposalCorrected'));
    await refresh((y) => y.revisedAt && y.revisedAt !== x.revisedAt);
  });
  return h('details', { class: 'panel quiet correct-proposal' }, h('summary', {}, t('correctProposal')), form);
}

/** Under an observation: "corrected" with its earlier wordings, and the form that corrects it. */
export function observationCorrection(ctx, x, o, refresh) {
  const history = o.history || [];
  const earlier = history.slice(0, -1);
  const shownHistory = earlier.length ? h('details', { class: 'obs-history' },
    h('summary', {}, t('corrected'), ' ', time(o.correctedAt)),
    h('ol', {}, earlier.map((w) => h('li', {},
      h('span', { class: 'meta' }, label(KINDS, w.kind), ' · ', time(w.at)), ' ',
      w.text === null || w.text === undefined ? h('em', {}, t('erasedWording')) : h('q', {}, w.text)))),
    history.at(-1)?.reason ? h('p', { class: 'hint' }, t('why', history.at(-1).reason)) : null) : null;
  const form = h('form', { class: 'stack', novalidate: true, 'aria-label': t('correctObservation') },
    field({ name: 'kind', label: t('kind'), type: 'select', value: o.kind,
      options: KINDS.filter((k) => k.value !== 'MEASURE' || (o.value !== null && o.value !== undefined)) }),
    field({ name: 'text', label: t('text'), type: 'textarea', rows: 3, required: true, value: o.text || '' }),
    field({ name: 'reason', label: t('correctionReason'), required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('correctObservationSubmit'))));
  onSubmit(form, (v) => command('POST', `/api/experiments/${x.id}/observations/${o.observationId}/corrections`,
    { kind: v.kind, text: v.text, reason: v.reason }), async (result) => {
    if (!result.changed) { ctx.announce(t('unchanged'), 'info'); return; }
    ctx.announce(t('observationCorrected'));
    await refresh((y) => (y.observations || []).some((n) => n.observationId === o.observationId
      && n.correctedAt && n.correctedAt !== o.correctedAt), {}, { keepForm: true, focus: false });
    document.getElementById(`obs-text-${o.observationId}`)?.focus();
  });
  return [shownHistory, h('details', { class: 'correct-observation' }, h('summary', {}, t('correct')), form)];
}

/** Facts rows: which experiment this one follows, and the cycles that follow it. */
export function cycleFacts(teamId, x) {
  const link = (id, question, y) => h('a', { href: `#/team/${teamId}/experiments/${id}` }, shownText(question, y) || t('erasedWording'));
  return [
    [t('follows'), x.follows ? link(x.follows, x.followsQuestion, {}) : null],
    [t('nextCycle'), (x.nextCycles || []).length ? x.nextCycles.map((c, i) => [i ? ', ' : '', link(c.id, c.question, c)]) : null],
  ];
}

/** On a concluded experiment: draft a learning from it; after ADOPT or ADAPT, start the next cycle. */
export function concludedFlow(ctx, teamId, x) {
  if (x.status !== 'CONCLUDED') return null;
  const go = (hash, text, kind) => h('button', { type: 'button', class: kind, onclick: () => ctx.go(hash) }, text);
  return h('section', { class: 'next-steps flow', 'aria-labelledby': 'flow-h' },
    h('h3', { id: 'flow-h' }, t('nextSteps')),
    h('p', { class: 'actions' },
      go(`#/team/${teamId}/learnings/from/${x.id}`, t('draftLearning'), 'primary'), ' ',
      x.decision === 'ADOPT' || x.decision === 'ADAPT'
        ? go(`#/team/${teamId}/next/${x.id}`, t('startNextCycle'), 'secondary') : null),
    h('p', { class: 'hint' }, t('flowHint')));
}
