// Every refusal in words a social worker understands, placed next to the field it is about. The API's
// problem documents name the field and the rule (errors[].field/rule/message, rule, findings, detail).
import { ApiError } from './api.js';
import { say, ERASURE } from './labels.js';
import { both } from './messages/measures.js';
import { REPORTS } from './messages/reports.js';
import { both as cr } from './messages/casereviews.js';

const RULES = {
  'already-started': 'This experiment has already started.',
  'not-started': 'Start the experiment first: observations and a conclusion come after the start.',
  'experiment-ended': 'This experiment has already ended, so it can no longer be changed.',
  'id-already-used': 'Something with the same identifier already exists with different content. Reload the page and enter it again.',
  withdrawn: 'This learning was withdrawn. It can no longer be changed or shared.',
  'tiers-only-widen': 'It is already shared more widely. A learning can be shared more widely, never less.',
  'not-published': 'This learning has not been shared yet.',
  'not-a-member': 'This person is not a member of the team.',
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

/** A rule's words: a plain string (English so far) or a text in Czech and English. */
const words = (text) => (typeof text === 'string' ? text : say(text));

const FIELD_RULES = {
  NotBlank: () => 'Please fill this in.',
  required: () => 'Please fill this in.',
  NotNull: () => 'Please choose one.',
  'one-of': () => 'Please choose one of the options.',
  oneOf: () => 'Please choose one of the options.',
  Size: (e) => {
    const max = /and (\d+)/.exec(e.message || '');
    return max ? `This is too long: please keep it to ${max[1]} characters or fewer.` : 'This is too long.';
  },
  'own-experiment': () => 'Evidence can only be experiments of your own team.',
  'visible-learning': () => 'This must be a learning or a lesson your team can see.',
  bigdecimal: () => 'Please enter a number, such as 4 or 2.5.',
  number: () => 'Please enter a number, such as 4 or 2.5.',
};

/** A measure's value and the days of measures (and of observations), in Czech and English. */
const NUMBER_RULES = { type: 'errValue', bigdecimal: 'errValue', number: 'errValue', NotNull: 'errValue', Digits: 'errDigits' };
const DAY_RULES = { 'not-in-future': 'errNotInFuture', 'not-before-2000': 'errNotBefore2000', 'within-a-year': 'errWithinAYear' };

const FIELD_SPECIAL = {
  value: 'A measure needs a number.',
  result: 'When you say which learning you tried, also say what you found (and only then).',
};

/** Plain words for one field error {field, rule, message}. */
export function fieldMessage(error) {
  if (error.rule === 'AssertTrue' && FIELD_SPECIAL[error.field]) return FIELD_SPECIAL[error.field];
  if (error.field === 'reference') return say(ERASURE.referenceInvalid);
  if (error.field === 'value' && NUMBER_RULES[error.rule]) return say(both(NUMBER_RULES[error.rule]));
  if (DAY_RULES[error.rule]) return say(both(DAY_RULES[error.rule]));
  if (REVIEW_FIELD_RULES[error.rule]) return say(cr(REVIEW_FIELD_RULES[error.rule]));
  const rule = FIELD_RULES[error.rule];
  if (rule) return rule(error);
  return `This answer ${error.message || 'is not valid'}.`;
}

/** The one sentence that says what went wrong with a request as a whole. */
export function summary(error) {
  if (!(error instanceof ApiError)) return `Something unexpected happened: ${error.message || error}. Please try again.`;
  const p = error.problem || {};
  switch (error.status) {
    case 0:
      return 'The ledger cannot be reached just now. Check the connection and try again: nothing is recorded twice.';
    case 400:
      return (p.errors || []).length ? 'Some answers need another look: see the marked fields.' : 'The request could not be read. Please reload the page and try again.';
    case 401:
      return 'Your sign-in has expired. Please sign in again.';
    case 403:
      return /owning team/i.test(p.detail || '') ? 'Only members of the team that owns this can do this.'
        : /steward/i.test(p.detail || '') ? 'Only a steward of a region where this learning is shared can do this.'
          : 'You are not allowed to do this.';
    case 404:
      return error.missingEndpoint ? 'This part of the ledger is not available yet.'
        : 'This could not be found. It may not exist, or it may not be shared with you.';
    case 409:
      return (RULES[p.rule] && words(RULES[p.rule])) || p.detail || 'This clashes with a change made at the same time. Please try again.';
    case 422:
      return 'Nothing was shared: the text would identify a child, a family or a worker. The places are marked below.';
    default:
      return error.status >= 500 ? 'Something went wrong on the ledger\'s side. Please try again in a moment: nothing is recorded twice.'
        : p.detail || `The ledger refused this (${error.status}).`;
  }
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
  const fieldErrors = error instanceof ApiError ? (error.problem.errors || []) : [];
  const unplaced = [];
  let first = null;
  for (const e of fieldErrors) {
    const name = String(e.field || '').replace(/\[.*$/, '').split('.')[0];
    const wrapper = form.querySelector(`.field[data-field="${CSS.escape(name)}"]`);
    if (!wrapper) { unplaced.push(fieldMessage(e)); continue; }
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
    ? `${what} is not available yet in this version of the ledger.`
    : `${what} could not be shown. ${summary(error)}`;
  return p;
}
