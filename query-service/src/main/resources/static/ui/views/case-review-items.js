// Parts shared by a case review's workspace and its published snapshot: findings with their factor tags,
// issues for the board, addenda under what they correct, the form that links a finding to an experiment of
// the reader's team, and the marks of a text the de-identification guard refused (422).
import { ApiError, command } from '../api.js';
import { field, formatTime, h, uid } from '../dom.js';
import { onSubmit } from '../forms.js';
import { showErrors } from '../errors.js';
import { findingName } from '../labels.js';
import { t } from '../messages/casereviews.js';

export const FACTORS = ['PERSON', 'TASK', 'TOOLS_AND_TECHNOLOGY', 'ORGANISATION', 'ENVIRONMENT'];

/** What stands where an erased text was. */
export const text = (value, r) => value ?? (r?.erasedAt ? h('span', { class: 'erased' }, t('erasedBadge')) : '');

export function factorTags(factors) {
  const ordered = FACTORS.filter((f) => (factors || []).includes(f));
  return h('p', { class: 'factors' }, `${t('factorsOf')}: `,
    h('span', { class: 'tags' }, ordered.map((f) => h('span', { class: 'tag', dataset: { factor: f } }, t(f)))));
}

/** Addenda of the workspace ({text, recordedBy, recordedAt}) or of a snapshot (texts, or {text}). */
export function addendaList(addenda, r) {
  if (!(addenda || []).length) return null;
  return h('ul', { class: 'addenda' }, addenda.map((a) => {
    const words = typeof a === 'string' ? a : a?.text;
    return h('li', {}, h('strong', {}, `${t('addendum')}: `), text(words, r),
      a?.recordedBy ? [' · ', t('by', a.recordedBy), ' · ', h('time', { datetime: a.recordedAt }, formatTime(a.recordedAt))] : null);
  }));
}

/** One finding; `extra` is what the view adds below it (who wrote it, the link form). */
export function findingItem(f, r, extra) {
  return h('li', { class: 'finding', dataset: { finding: f.findingId } },
    h('p', { class: 'text' }, text(f.text, r)),
    factorTags(f.factors),
    f.goodPractice ? h('p', {}, h('span', { class: 'badge good-practice' }, t('goodPracticeBadge'))) : null,
    addendaList(f.addenda, r),
    (f.cites || []).length ? h('p', { class: 'cites' }, t('cites', f.cites.length), ' ',
      f.cites.map((c) => h('a', { href: `#/learning/${c.learningId || c}` }, c.title || t('openIt')))) : null,
    f.experimentsLinked ? h('p', { class: 'responding' }, t('experimentsLinked', f.experimentsLinked)) : null,
    f.respondingExperiments ? h('p', { class: 'responding' }, t('respondingExperiments', f.respondingExperiments)) : null,
    extra);
}

export function issueItem(i, r, extra) {
  return h('li', { class: 'issue', dataset: { issue: i.issueId } },
    h('p', { class: 'text' }, text(i.question, r)), addendaList(i.addenda, r), extra);
}

/** A group of checkboxes with a legend; the error goes below the group (errors.js finds it by its name). */
export function checkboxes({ name, legend, options, hint }) {
  const errorId = `${uid(`f-${name}`)}-error`;
  return h('fieldset', { class: 'field checks', dataset: { field: name }, 'aria-describedby': errorId },
    h('legend', {}, legend),
    hint ? h('p', { class: 'hint' }, hint) : null,
    options.map((o) => {
      const id = uid(`c-${name}`);
      return h('div', { class: 'check' }, h('input', { type: 'checkbox', id, name, value: o.value }), h('label', { for: id }, o.label));
    }),
    h('p', { class: 'field-error', id: errorId, hidden: true }));
}

/** The reader's own experiments (of every team she is in), as {experimentId, label}. */
export function experimentOptions(own) {
  return own.map((x) => ({ value: x.id, label: `${x.teamName}: ${x.question ?? x.id}` }));
}

/** Links the finding to an experiment of the reader's team; done() after a success. Null without experiments. */
export function linkForm(reviewId, finding, own, done) {
  if (!own.length) return null;
  const form = h('form', { class: 'link-experiment', novalidate: true, 'aria-label': t('linkSend') },
    field({ name: 'experimentId', label: t('linkExperiment'), type: 'select', required: true, options: experimentOptions(own) }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('linkSend'))));
  onSubmit(form, (v) => command('POST', `/api/case-reviews/${reviewId}/findings/${finding.findingId}/experiments`,
    { experimentId: v.experimentId }), () => done(finding));
  return form;
}

/** A field or item name of the guard's answer: findings[0].text → "Finding 1", issues[1].question → "Issue 2". */
function itemName(name) {
  const m = /^(findings|issues)\[(\d+)\]/.exec(name || '');
  if (!m) return t(name === 'title' ? 'title' : 'question');
  return m[1] === 'findings' ? t('refFinding', Number(m[2]) + 1) : t('refIssue', Number(m[2]) + 1);
}

/**
 * A 422 of the guard: each finding says what could identify someone, next to its field when the form has it,
 * else in the form's message. Returns false for any other error (onSubmit shows it as usual).
 */
export function refusedByGuard(form, e) {
  const findings = e instanceof ApiError && e.status === 422 ? e.problem.findings || [] : [];
  if (!findings.length) return false;
  showErrors(form, e);
  const box = form.querySelector(':scope > .form-error');
  const elsewhere = [];
  let first = null;
  for (const f of findings) {
    const wrapper = form.querySelector(`.field[data-field="${CSS.escape(String(f.field || ''))}"]`);
    if (!wrapper) { elsewhere.push(t('refusedItem', itemName(f.field), findingName(f.rule))); continue; }
    wrapper.classList.add('has-error');
    const control = wrapper.querySelector('input, textarea, select');
    control?.setAttribute('aria-invalid', 'true');
    const message = wrapper.querySelector('.field-error');
    message.textContent = t('refusedField', findingName(f.rule));
    message.hidden = false;
    first = first || control;
  }
  if (box) {
    box.textContent = t('refused');
    if (elsewhere.length) box.append(h('ul', {}, elsewhere.map((x) => h('li', {}, x))));
  }
  (first || box)?.focus?.();
  if (!first && box) { box.setAttribute('tabindex', '-1'); box.focus(); }
  return true;
}
