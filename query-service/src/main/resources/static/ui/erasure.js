// Erasure (issue 11): an item's text removed from every copy for good. The confirmation is a modal <dialog>:
// focus moves into it, Tab stays inside, Escape or "Keep it" closes it, and focus goes back to the control that
// opened it. Where an item was erased the API answers its text fields as null with `erasedAt` (and `erasedBy`:
// TEAM or ADMINISTRATOR) on the item; `shown` puts "Erased on 3 Dec 2026 by the team" in the text's place.
import { ApiError, command } from './api.js';
import { field, h, radios, uid } from './dom.js';
import { onSubmit } from './forms.js';
import { erasedText, say, ERASURE } from './labels.js';

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9/._-]{0,63}$/;

/** The first of the holders (the item, then the items around it) that was erased, or null. */
export function erasure(...holders) {
  return holders.find((x) => x && x.erasedAt) || null;
}

/** The note that stands where an erased text was. */
export function erasedNote(item, tag = 'span') {
  return h(tag, { class: 'erased', dataset: { erasedAt: item.erasedAt, erasedBy: item.erasedBy || '' } }, erasedText(item));
}

/** The text, or, when it is null and one of its holders was erased, the note in its place. */
export function shown(value, ...holders) {
  if (value !== null && value !== undefined) return value;
  const e = erasure(...holders);
  return e ? erasedNote(e) : value;
}

/** The same for places that take plain text only (the page's title, an option, a label). */
export function shownText(value, ...holders) {
  if (value !== null && value !== undefined) return value;
  const e = erasure(...holders);
  return e ? erasedText(e) : value;
}

export function isAdministrator(ctx) {
  return (ctx.me?.roles || []).includes('admin');
}

/**
 * Asks, then erases. options: title, explain (more words), preview (the text that goes), path (the erasure
 * endpoint), body (what names the item), member (the reader is of the owning team), reason (chosen at first),
 * announce (said after), done(result) (re-renders; may return the element to focus afterwards).
 */
export function confirmErasure(ctx, options) {
  const trigger = document.activeElement;
  const reasons = [...(options.member ? ['IDENTIFYING_DETAILS', 'ENTERED_IN_ERROR'] : []),
    ...(isAdministrator(ctx) ? ['DATA_SUBJECT_REQUEST'] : [])];
  const titleId = uid('erase-h');
  const descId = uid('erase-d');
  const chosen = reasons.includes(options.reason) ? options.reason : reasons.length === 1 ? reasons[0] : null;
  const reference = reasons.includes('DATA_SUBJECT_REQUEST')
    ? field({ name: 'reference', label: say(ERASURE.reference), hint: say(ERASURE.referenceHint), attrs: { maxlength: 64, autocomplete: 'off', spellcheck: 'false' } })
    : null;
  let erased = false;
  const dialog = h('dialog', { class: 'erase-dialog', 'aria-labelledby': titleId, 'aria-describedby': descId });
  const form = h('form', { class: 'stack', novalidate: true },
    h('h2', { id: titleId }, options.title),
    h('p', { id: descId }, say(ERASURE.explain), options.explain ? ` ${options.explain}` : ''),
    options.preview ? h('div', { class: 'erase-preview' }, h('p', { class: 'hint' }, say(ERASURE.whatIsErased)), h('blockquote', {}, options.preview)) : null,
    radios({ name: 'reason', legend: say(ERASURE.reasonLegend), value: chosen,
      options: reasons.map((r) => ({ value: r, label: say(ERASURE.reasons[r]) })) }),
    reference,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'danger' }, say(ERASURE.confirm)),
      h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, say(ERASURE.keep))));
  dialog.append(form);
  const syncReference = () => { if (reference) reference.hidden = form.elements.reason.value !== 'DATA_SUBJECT_REQUEST'; };
  form.addEventListener('change', syncReference);
  syncReference();

  onSubmit(form, (v) => {
    if (!v.reason) throw new ApiError(400, { errors: [{ field: 'reason', rule: 'NotNull' }] });
    const request = v.reason === 'DATA_SUBJECT_REQUEST';
    if (request && !REFERENCE.test(v.reference || '')) throw new ApiError(400, { errors: [{ field: 'reference', rule: 'Pattern' }] });
    return command('POST', options.path, { ...options.body, reason: v.reason, ...(request ? { reference: v.reference } : {}) });
  }, async (result) => {
    erased = true;
    dialog.close();
    ctx.announce(options.announce);
    const next = await options.done(result);
    const target = next || (trigger && trigger.isConnected ? trigger : document.querySelector('main h2, main h1'));
    if (target) {
      if (!target.matches('a, button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  });

  dialog.addEventListener('close', () => {
    dialog.remove();
    if (erased) return;
    ctx.announce(say(ERASURE.kept), 'info');
    if (trigger && trigger.isConnected) trigger.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  (form.querySelector('input[name=reason]:checked') || form.querySelector('input[name=reason]'))?.focus();
  return dialog;
}
