// Every refusal in words a social worker understands, placed next to the field it is about. The API's
// problem documents name the field and the rule (errors[].field/rule/message, rule, findings, detail).
import { ApiError } from './api.js';
import { findingName, say, ERASURE } from './labels.js';
import { both } from './messages/measures.js';
import { REPORTS } from './messages/reports.js';
import { both as cr } from './messages/casereviews.js';
import { both as problem, t } from './messages/problems.js';
import { language, number } from './i18n.js';

const RULES = {
  'already-started': problem('already-started'),
  'not-started': problem('not-started'),
  'experiment-ended': problem('experiment-ended'),
  'id-already-used': problem('id-already-used'),
  withdrawn: problem('withdrawn'),
  'tiers-only-widen': problem('tiers-only-widen'),
  'not-published': problem('not-published'),
  'not-a-member': problem('not-a-member'),
  'already-erased': ERASURE['already-erased'],
  'not-encrypted-yet': ERASURE['not-encrypted-yet'],
  'experiment-erased': ERASURE['experiment-erased'],
  'too-many-measures': both('errTooMany'),
  'phase-order': both('errPhaseOrder'),
  'report-erased': { en: REPORTS.en.errReportErased, cs: REPORTS.cs.errReportErased },
  'lesson-erased': { en: REPORTS.en.errLessonErased, cs: REPORTS.cs.errLessonErased },
  'second-reviewer-needed': cr('errSecondReviewer'),
  superseded: cr('errSuperseded'),
  'already-answered': cr('errAlreadyAnswered'),
  'not-answered': cr('errNotAnswered'),
  erased: cr('errErased'),
};

/** Field rules of case reviews and challenges, in Czech and English. */
const REVIEW_FIELD_RULES = {
  'at-least-one': 'errAtLeastOne', 'known-user': 'errKnownUser', 'item-of-this-review': 'errItemOfReview',
  'own-team-experiment': 'errOwnTeamExperiment', 'visible-evidence': 'errVisibleEvidence',
  'today-or-later': 'errTodayOrLater', 'within-two-years': 'errWithinTwoYears', pattern: 'errPattern',
};

const FIELD_RULES = {
  NotBlank: () => t('fillIn'),
  required: () => t('fillIn'),
  NotNull: () => t('chooseOne'),
  'one-of': () => t('chooseOption'),
  oneOf: () => t('chooseOption'),
  Size: (e) => {
    const max = /and (\d+)/.exec(e.message || '');
    return max ? t('tooLongMax', number(max[1])) : t('tooLong');
  },
  'own-experiment': () => t('ownExperiment'),
  'visible-learning': () => t('visibleLearning'),
  bigdecimal: () => t('aNumber'),
  number: () => t('aNumber'),
};

/** A measure's value and the days of measures (and of observations), in Czech and English. */
const NUMBER_RULES = { type: 'errValue', bigdecimal: 'errValue', number: 'errValue', NotNull: 'errValue', Digits: 'errDigits' };
const DAY_RULES = { 'not-in-future': 'errNotInFuture', 'not-before-2000': 'errNotBefore2000', 'within-a-year': 'errWithinAYear' };

const FIELD_SPECIAL = { value: 'measureNeedsNumber', result: 'resultWithValidates' };

/** Plain words for one field error {field, rule, message}. */
export function fieldMessage(error) {
  if (error.rule === 'identifying') return t('identifiesField', error.findings.map(findingName).join(t('or')));
  if (error.rule === 'AssertTrue' && FIELD_SPECIAL[error.field]) return t(FIELD_SPECIAL[error.field]);
  if (error.field === 'reference') return say(ERASURE.referenceInvalid);
  if (error.field === 'value' && NUMBER_RULES[error.rule]) return say(both(NUMBER_RULES[error.rule]));
  if (DAY_RULES[error.rule]) return say(both(DAY_RULES[error.rule]));
  if (REVIEW_FIELD_RULES[error.rule]) return say(cr(REVIEW_FIELD_RULES[error.rule]));
  const rule = FIELD_RULES[error.rule];
  if (rule) return rule(error);
  return t('notValid', error.message);
}

/** The one sentence that says what went wrong with a request as a whole. */
export function summary(error) {
  if (!(error instanceof ApiError)) return t('unexpected', error.message || error);
  const p = error.problem || {};
  // the server's detail is English: shown only to an English reader, when no rule of ours explains it
  const detail = language() === 'en' ? p.detail : null;
  switch (error.status) {
    case 0:
      return t('unreachable');
    case 400:
      return (p.errors || []).length ? t('seeFields') : t('unreadable');
    case 401:
      return t('expired');
    case 403:
      return /owning team/i.test(p.detail || '') ? t('onlyOwningTeam')
        : /steward/i.test(p.detail || '') ? t('onlySteward')
          : t('notAllowed');
    case 404:
      return error.missingEndpoint ? t('notYetPart') : t('notFound');
    case 409:
      return (RULES[p.rule] && say(RULES[p.rule])) || detail || t('clash');
    case 422:
      return t('identifying');
    default:
      return error.status >= 500 ? t('serverSide') : detail || t('refused', error.status);
  }
}

/** A refusal by the de-identification guard (422) as one field error per field: {field, rule: 'identifying', findings}. */
function identifying(error) {
  if (error.status !== 422) return [];
  const byField = new Map();
  for (const f of error.problem.findings || []) {
    if (!byField.has(f.field)) byField.set(f.field, new Set());
    byField.get(f.field).add(f.rule);
  }
  return [...byField].map(([field, rules]) => ({ field, rule: 'identifying', findings: [...rules] }));
}

/**
 * Adds an element to what a screen reader says of a control (aria-describedby), until the form's errors are
 * cleared: the guard's explanations of a field's text are then said at the field itself, not only "see below".
 */
export function describeAlsoBy(control, id) {
  if (!('describedBy' in control.dataset)) control.dataset.describedBy = control.getAttribute('aria-describedby') || '';
  control.setAttribute('aria-describedby', `${control.dataset.describedBy} ${id}`.trim());
}

/** Gives every control of the form back its own description. */
export function restoreDescriptions(form) {
  form.querySelectorAll('[data-described-by]').forEach((el) => {
    if (el.dataset.describedBy) el.setAttribute('aria-describedby', el.dataset.describedBy);
    else el.removeAttribute('aria-describedby');
    delete el.dataset.describedBy;
  });
}

export function clearErrors(form) {
  restoreDescriptions(form);
  form.querySelectorAll('.field-error').forEach((el) => { el.hidden = true; el.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field.has-error').forEach((el) => el.classList.remove('has-error'));
  const box = form.querySelector(':scope > .form-error');
  if (box) box.remove();
}

/** Puts each field's message under that field and a summary at the top of the form; focuses the first. */
export function showErrors(form, error) {
  clearErrors(form);
  const fieldErrors = error instanceof ApiError ? [...(error.problem.errors || []), ...identifying(error)] : [];
  const unplaced = [];
  let first = null;
  for (const e of fieldErrors) {
    const name = String(e.field || '').replace(/\[.*$/, '').split('.')[0];
    const wrapper = form.querySelector(`.field[data-field="${CSS.escape(name)}"]`);
    // the guard's findings outside this form are named by the summary ("the places are marked below")
    if (!wrapper) { if (e.rule !== 'identifying') unplaced.push(fieldMessage(e)); continue; }
    wrapper.classList.add('has-error');
    const message = wrapper.querySelector('.field-error');
    message.textContent = fieldMessage(e);
    message.hidden = false;
    const control = wrapper.querySelector('input, textarea, select');
    if (control) control.setAttribute('aria-invalid', 'true');
    first = first || control;
  }
  const box = document.createElement('div');
  box.className = 'form-error';
  box.setAttribute('role', 'alert');
  box.textContent = [summary(error), ...unplaced].join(' ');
  form.prepend(box);
  if (first) first.focus();
  if (error instanceof ApiError && error.status === 401) window.dispatchEvent(new CustomEvent('ledger:unauthenticated'));
}

/** A short notice for a section that could not be loaded. */
export function notice(error, what) {
  const p = document.createElement('p');
  p.className = error instanceof ApiError && error.missingEndpoint ? 'notice unavailable' : 'notice error';
  p.setAttribute('role', 'status');
  p.textContent = error instanceof ApiError && error.missingEndpoint
    ? t('notYetAvailable', what)
    : t('couldNotShow', what, summary(error));
  return p;
}
