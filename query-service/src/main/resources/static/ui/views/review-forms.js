// The reviewers' forms on a report: a reply, a triage (state and reason), a lesson. A lesson the
// de-identification guard refuses (422) is marked next to its field and explained as a publication is.
import { ApiError, command } from '../api.js';
import { field, fill, h } from '../dom.js';
import { findingsPanel } from '../findings.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { showErrors } from '../errors.js';
import { t } from '../messages/reports.js';

const STATES = ['UNDER_REVIEW', 'ANSWERED', 'CLOSED'];
const TIERS = ['REGION', 'NATION'];
const button = (text) => h('div', { class: 'actions' }, h('button', { type: 'submit' }, text));

/** done(replyId) once the reply is recorded. */
export function replyForm(r, done) {
  const form = h('form', { class: 'reply', 'aria-labelledby': 'reply-h', novalidate: true },
    h('h3', { id: 'reply-h' }, t('replyTitle')),
    field({ name: 'text', label: t('replyText'), type: 'textarea', rows: 3, required: true, hint: t('replyHint') }),
    button(t('replySend')));
  onSubmit(form, (v) => command('POST', `/api/reports/${r.id}/replies`, { replyId: stableId(form), text: v.text }),
    (answer) => { renewId(form); return done(answer.replyId); });
  return form;
}

/** done(n): n = the triage entries before this one. */
export function triageForm(r, done) {
  const form = h('form', { class: 'triage', 'aria-labelledby': 'triage-h', novalidate: true },
    h('h3', { id: 'triage-h' }, t('triageTitle')),
    field({ name: 'state', label: t('triageState'), type: 'select', required: true,
      value: r.state === 'NEW' ? 'UNDER_REVIEW' : r.state, options: STATES.map((s) => ({ value: s, label: t(s) })) }),
    field({ name: 'reason', label: t('triageReason'), type: 'textarea', rows: 2, required: true }),
    button(t('triageSend')));
  const before = (r.triage || []).length;
  onSubmit(form, (v) => command('POST', `/api/reports/${r.id}/triage`, { state: v.state, reason: v.reason }), () => done(before));
  return form;
}

/** done(lessonId) once the draft is recorded. */
export function lessonForm(r, done) {
  const place = h('div', { class: 'findings-place' });
  const form = h('form', { class: 'lesson', 'aria-labelledby': 'lesson-h', novalidate: true },
    h('h3', { id: 'lesson-h' }, t('lessonTitle')),
    h('p', { class: 'hint' }, t('lessonIntro')),
    field({ name: 'title', label: t('title'), required: true, attrs: { maxlength: 200 } }),
    field({ name: 'summary', label: t('summary'), type: 'textarea', rows: 3, required: true }),
    field({ name: 'practice', label: t('practice'), type: 'textarea', rows: 4, required: true }),
    field({ name: 'tier', label: t('tier'), type: 'select', value: 'REGION', options: TIERS.map((x) => ({ value: x, label: t(x) })) }),
    button(t('lessonSend')));
  let sent = {};
  onSubmit(form, (v) => {
    fill(place);
    sent = { title: v.title || '', summary: v.summary || '', practice: v.practice || '' };
    return command('POST', `/api/reports/${r.id}/lessons`, { lessonId: stableId(form), ...v });
  }, (answer) => { renewId(form); return done(answer.lessonId); }, (e) => {
    const findings = e instanceof ApiError && e.status === 422 ? e.problem.findings || [] : [];
    if (!findings.length) return false;
    showErrors(form, e);
    refused(form, place, findings, sent);
    return true;
  });
  return h('div', { class: 'lesson-form' }, form, place);
}

/** Each refused field says so next to it; the panel below marks the places and can select them in the form. */
function refused(form, place, findings, texts) {
  const select = (name, start, end) => {
    const control = form.querySelector(`.field[data-field="${name}"] textarea, .field[data-field="${name}"] input`);
    if (!control) return;
    control.focus();
    control.setSelectionRange(start, end);
  };
  let first = null;
  for (const name of Object.keys(texts)) {
    const count = findings.filter((f) => f.field === name).length;
    const wrapper = form.querySelector(`.field[data-field="${name}"]`);
    if (!count || !wrapper) continue;
    wrapper.classList.add('has-error');
    const control = wrapper.querySelector('input, textarea');
    control.setAttribute('aria-invalid', 'true');
    first = first || control;
    const message = wrapper.querySelector('.field-error');
    message.textContent = count === 1 ? t('oneFinding') : t('manyFindings', count);
    message.hidden = false;
  }
  fill(place, findingsPanel(findings, texts, [], select));
  first?.focus();
}
