// The receipt page: with the code alone, never with a sign-in token, the reporter reads where their report
// stands, the replies (unsigned), the lessons written from it, and adds information. The code stays in memory.
import { ApiError, command, get, until } from '../api.js';
import { field, fill, formatTime, h } from '../dom.js';
import { clearErrors, showErrors } from '../errors.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { language } from '../i18n.js';
import { t } from '../messages/reports.js';

const NO_TOKEN = { anonymous: true };
/** The code as typed, without spaces (dashes, case and I/L/O for 1/0 the ledger forgives itself). */
const path = (code) => `/api/reports/receipts/${encodeURIComponent(code.replace(/\s+/g, ''))}`;
const read = (code) => get(path(code),
  { ...NO_TOKEN, headers: { 'Accept-Language': language() } });

/** The API's 404 and 429 in calm words; anything else as every form says it. */
function refusal(form, e) {
  if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 429)) return false;
  clearErrors(form);
  const minutes = Math.max(1, Math.ceil((e.retryAfter || 60) / 60));
  const box = h('div', { class: 'form-error', role: 'alert' }, e.status === 404 ? t('notFound') : t('tooMany', minutes));
  form.prepend(box);
  form.querySelector('input')?.focus();
  return true;
}

export function receiptView(main, ctx) {
  const place = h('div', { class: 'receipt-report' });
  const form = h('form', { class: 'receipt-code-form', 'aria-labelledby': 'receipt-h', novalidate: true },
    field({ name: 'code', label: t('code'), hint: t('codeHint'), required: true,
      attrs: { autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false' } }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('open'))));
  main.append(h('h1', { id: 'receipt-h' }, t('receiptTitle')), h('p', {}, t('receiptIntro')), form, place);
  let code = null;
  const show = async (focus, before = -1) => {
    // a wrong code is asked once (each counts towards the limit); after an addition, until the query side has it
    const report = before < 0 ? await read(code)
      : await until(() => read(code), (r) => (r.additions || []).length > before, { timeout: 10_000 });
    fill(place, reportSection(report), addForm(code, () => show('#additions-h', (report.additions || []).length)));
    place.querySelector(focus)?.focus();
  };
  onSubmit(form, async (v) => { code = v.code || ''; await show('#report-h'); }, () => {}, (e) => refusal(form, e));
}

function reportSection(r) {
  const list = (items, text, at) => (items.length ? h('ul', { class: 'thread' }, items.map((i) => h('li', {},
    h('span', { class: 'text' }, i[text]), ' · ', h('time', { datetime: i[at] }, formatTime(i[at]))))) : null);
  return h('section', { class: 'report', 'aria-labelledby': 'report-h' },
    h('h2', { id: 'report-h', tabindex: '-1' }, t('yourReport'), ': ', t(r.kind)),
    h('p', { class: 'state', dataset: { state: r.state } }, t('stateIs'), ' ', h('strong', {}, t(r.state)),
      ' · ', t('sentOn'), ' ', h('time', { datetime: r.submittedAt }, formatTime(r.submittedAt))),
    texts(r),
    h('h3', { id: 'additions-h', tabindex: '-1' }, t('additions')), list(r.additions || [], 'text', 'addedAt'),
    h('h3', { id: 'replies-h' }, t('replies')),
    list(r.replies || [], 'text', 'repliedAt') || h('p', { class: 'empty' }, t('noReplies')),
    h('h3', { id: 'lessons-h' }, t('changed')),
    (r.lessons || []).length ? h('ul', { class: 'lessons' }, r.lessons.map((l) => h('li', { dataset: { lesson: l.lessonId } },
      h('strong', {}, l.title), ` (${t(l.tier)})`))) : h('p', { class: 'empty' }, t('noLessons')));
}

/** What the report says, as a definition list (shared with the reviewers' page). */
export function texts(r) {
  return h('dl', { class: 'report-texts' }, ['whatHappened', 'whatHelped', 'whatCouldChange']
    .filter((k) => r[k]).map((k) => [h('dt', {}, t(k)), h('dd', { dataset: { field: k } }, r[k])]));
}

function addForm(code, done) {
  const form = h('form', { class: 'add-information', 'aria-labelledby': 'add-h', novalidate: true },
    h('h3', { id: 'add-h' }, t('addTitle')),
    field({ name: 'text', label: t('addText'), type: 'textarea', rows: 3, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('addSend'))));
  onSubmit(form, (v) => command('POST', `${path(code)}/additions`,
    { additionId: stableId(form), text: v.text }, NO_TOKEN), async () => {
    renewId(form);
    await done(); // polls until the query side has it
  }, (e) => { if (refusal(form, e)) return true; showErrors(form, e); return true; });
  return form;
}
