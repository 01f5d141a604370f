// The forms of challenges: raise one (a team member for her team, a steward for her region: the path says
// which, the token who), answer it and review its outcome (a steward of its region or an administrator).
import { command } from '../api.js';
import { field, h } from '../dom.js';
import { today } from '../i18n.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { t } from '../messages/casereviews.js';
import { checkboxes, refusedByGuard } from './case-review-items.js';

const TIERS = ['REGION', 'NATION'];
const ANSWERS = ['REVISED', 'KEPT', 'UNDER_REVIEW'];
const send = (text) => h('div', { class: 'actions' }, h('button', { type: 'submit' }, text));

/** Who the reader may raise a challenge as: each of her teams, each region she stewards. */
export function raisers(ctx) {
  return [
    ...(ctx.me.teams || []).map((x) => ({ value: `/api/teams/${x.teamId}/challenges`, label: t('asTeam', x.name) })),
    ...(ctx.me.stewardOf || []).map((x) => ({ value: `/api/regions/${x.regionId}/challenges`, label: t('asSteward', x.name) })),
  ];
}

/** done(challengeId) once raised; `learnings` are what the reader may cite (shared learnings, her teams' experiments). */
export function raiseForm(ctx, learnings, done) {
  const as = raisers(ctx);
  if (!as.length) return null;
  const f = h('form', { class: 'raise-challenge', 'aria-labelledby': 'raise-h', novalidate: true },
    h('h2', { id: 'raise-h', tabindex: '-1' }, t('raiseTitle')),
    field({ name: 'path', label: t('raisedFor'), type: 'select', required: true, options: as }),
    field({ name: 'target', label: t('target'), type: 'textarea', rows: 2, required: true, hint: t('targetHint') }),
    field({ name: 'perverseEffect', label: t('perverseEffect'), type: 'textarea', rows: 3, required: true }),
    learnings.length ? checkboxes({ name: 'evidence', legend: t('evidence'), hint: t('evidenceHint'),
      options: learnings.map((l) => ({ value: l.id, label: l.title })) })
      : h('p', { class: 'hint' }, t('noEvidence')),
    field({ name: 'tier', label: t('tier'), type: 'select', required: true, value: 'REGION', options: TIERS.map((x) => ({ value: x, label: t(x) })) }),
    send(t('raiseSend')));
  onSubmit(f, (v) => command('POST', v.path, { challengeId: stableId(f), tier: v.tier, target: v.target,
    perverseEffect: v.perverseEffect, evidence: v.evidence || [] }),
  (answer) => { renewId(f); return done(answer.challengeId); }, (e) => refusedByGuard(f, e));
  return f;
}

/** done() once the answer is recorded. */
export function answerForm(c, done) {
  const id = `answer-h-${c.id}`;
  const f = h('form', { class: 'answer-challenge', 'aria-labelledby': id, novalidate: true },
    h('h3', { id }, t('answerTitle')),
    field({ name: 'answer', label: t('answerChoice'), type: 'select', required: true, value: 'UNDER_REVIEW',
      options: ANSWERS.map((x) => ({ value: x, label: t(x) })) }),
    field({ name: 'rationale', label: t('rationale'), type: 'textarea', rows: 3, required: true }),
    field({ name: 'outcomeReviewOn', label: t('outcomeReviewOn'), type: 'date', required: true, attrs: { min: today() } }),
    send(t('answerSend')));
  onSubmit(f, (v) => command('POST', `/api/challenges/${c.id}/answers`,
    { answer: v.answer, rationale: v.rationale, outcomeReviewOn: v.outcomeReviewOn }), () => done(), (e) => refusedByGuard(f, e));
  return f;
}

export function outcomeForm(c, done) {
  const id = `outcome-h-${c.id}`;
  const f = h('form', { class: 'outcome-review', 'aria-labelledby': id, novalidate: true },
    h('h3', { id }, t('outcomeTitle')),
    field({ name: 'outcome', label: t('outcome'), type: 'textarea', rows: 3, required: true }),
    send(t('outcomeSend')));
  onSubmit(f, (v) => command('POST', `/api/challenges/${c.id}/outcome-reviews`, { outcome: v.outcome }), () => done(),
    (e) => refusedByGuard(f, e));
  return f;
}
