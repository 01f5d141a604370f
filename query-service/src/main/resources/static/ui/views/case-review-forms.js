// The forms of a case review's workspace: a participant, an episode of the chronology, a finding (at least one
// contributory factor), an issue for the board and an addendum (a correction of an item; nothing is edited).
// Each calls done(id) once the command is recorded; the acting user is the token's, never a field.
import { command } from '../api.js';
import { field, h } from '../dom.js';
import { day, today } from '../i18n.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { t } from '../messages/casereviews.js';
import { checkboxes, FACTORS, refusedByGuard } from './case-review-items.js';

const ROLES = ['REVIEW_TEAM', 'CASE_GROUP'];
const send = (text) => h('div', { class: 'actions' }, h('button', { type: 'submit' }, text));
const base = (r) => `/api/case-reviews/${r.id}`;

function form(cls, headingId, heading, ...children) {
  return h('form', { class: cls, 'aria-labelledby': headingId, novalidate: true }, h('h3', { id: headingId }, heading), children);
}

export function participantForm(r, done) {
  const f = form('add-participant', 'participant-form-h', t('addParticipant'),
    field({ name: 'userId', label: t('userId'), required: true, hint: t('userHint'), attrs: { autocomplete: 'off', spellcheck: 'false' } }),
    field({ name: 'role', label: t('role'), type: 'select', required: true, value: ROLES[0], options: ROLES.map((x) => ({ value: x, label: t(x) })) }),
    send(t('addSend')));
  onSubmit(f, (v) => command('POST', `${base(r)}/participants`, { userId: (v.userId || '').trim(), role: v.role }),
    (answer) => done(answer.userId));
  return f;
}

export function episodeForm(r, done) {
  const f = form('episode', 'episode-form-h', t('episodeTitle'),
    field({ name: 'occurredOn', label: t('occurredOn'), type: 'date', required: true, attrs: { max: today() } }),
    field({ name: 'whatHappened', label: t('whatHappened'), type: 'textarea', rows: 3, required: true }),
    field({ name: 'whyItMadeSense', label: t('whyItMadeSense'), type: 'textarea', rows: 3, required: true, hint: t('whyHint') }),
    send(t('episodeSend')));
  onSubmit(f, (v) => command('POST', `${base(r)}/episodes`, { episodeId: stableId(f), occurredOn: v.occurredOn,
    whatHappened: v.whatHappened, whyItMadeSense: v.whyItMadeSense }), (answer) => { renewId(f); return done(answer.episodeId); },
  (e) => refusedByGuard(f, e));
  return f;
}

export function findingForm(r, done) {
  const f = form('finding', 'finding-form-h', t('findingTitle'),
    field({ name: 'text', label: t('findingText'), type: 'textarea', rows: 3, required: true, hint: t('findingHint') }),
    checkboxes({ name: 'factors', legend: t('factors'), options: FACTORS.map((x) => ({ value: x, label: t(x) })) }),
    h('div', { class: 'field check', dataset: { field: 'goodPractice' } },
      h('input', { type: 'checkbox', id: 'finding-good-practice', name: 'goodPractice', value: 'true' }),
      h('label', { for: 'finding-good-practice' }, t('goodPractice'))),
    send(t('findingSend')));
  onSubmit(f, (v) => command('POST', `${base(r)}/findings`, { findingId: stableId(f), text: v.text,
    factors: v.factors || [], goodPractice: (v.goodPractice || []).length > 0 }),
  (answer) => { renewId(f); return done(answer.findingId); }, (e) => refusedByGuard(f, e));
  return f;
}

export function issueForm(r, done) {
  const f = form('issue', 'issue-form-h', t('issueTitle'),
    field({ name: 'question', label: t('question'), type: 'textarea', rows: 2, required: true }),
    send(t('issueSend')));
  onSubmit(f, (v) => command('POST', `${base(r)}/issues`, { issueId: stableId(f), question: v.question }),
    (answer) => { renewId(f); return done(answer.issueId); }, (e) => refusedByGuard(f, e));
  return f;
}

const snippet = (s) => (s && s.length > 60 ? `${s.slice(0, 57)}…` : s || '');

/** What an addendum may refer to: every episode, finding and issue of the review. */
export function correctable(r) {
  return [
    ...(r.chronology || []).map((x) => ({ value: x.episodeId, label: `${t('refEpisode', day(x.occurredOn))}: ${snippet(x.whatHappened)}` })),
    ...(r.findings || []).map((x, i) => ({ value: x.findingId, label: `${t('refFinding', i + 1)}: ${snippet(x.text)}` })),
    ...(r.issues || []).map((x, i) => ({ value: x.issueId, label: `${t('refIssue', i + 1)}: ${snippet(x.question)}` })),
  ];
}

export function addendumForm(r, done) {
  const items = correctable(r);
  if (!items.length) {
    return h('div', { class: 'addendum-form' }, h('h3', { id: 'addendum-form-h' }, t('addendaTitle')), h('p', { class: 'empty' }, t('nothingToCorrect')));
  }
  const f = form('addendum', 'addendum-form-h', t('addendaTitle'),
    h('p', { class: 'hint' }, t('addendaHint')),
    field({ name: 'refersTo', label: t('refersTo'), type: 'select', required: true, options: items }),
    field({ name: 'text', label: t('addendumText'), type: 'textarea', rows: 2, required: true }),
    send(t('addendumSend')));
  onSubmit(f, (v) => command('POST', `${base(r)}/addenda`, { addendumId: stableId(f), refersTo: v.refersTo, text: v.text }),
    (answer) => { renewId(f); return done(answer.addendumId); }, (e) => refusedByGuard(f, e));
  return f;
}
