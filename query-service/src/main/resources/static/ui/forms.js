// Submitting a form as a command: one request at a time, errors next to the fields, and a client-chosen id
// that stays the same on every retry of the same entry (so a retried request is never recorded twice).
import { clearErrors, showErrors } from './errors.js';

/** A random UUID (version 4); crypto.randomUUID exists only on https and localhost. */
export function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable id per form: made once, kept across retries, renewed only after a success. */
export function stableId(form, key = 'id') {
  if (!form.dataset[key]) form.dataset[key] = uuid();
  return form.dataset[key];
}

export function renewId(form, key = 'id') {
  delete form.dataset[key];
}

/** The form's values by name; checkboxes with one name become a list. */
export function values(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === 'checkbox') {
      out[el.name] = out[el.name] || [];
      if (el.checked) out[el.name].push(el.value);
    } else if (el.type === 'radio') {
      if (el.checked) out[el.name] = el.value;
      else if (!(el.name in out)) out[el.name] = null;
    } else {
      out[el.name] = el.value.trim() === '' ? null : el.value;
    }
  }
  return out;
}

/**
 * Wires the submit: `run(values)` sends the command; `done(result)` follows a success. `failed(error)` may
 * show more (the de-identification findings) and return true when it showed the error itself.
 */
export function onSubmit(form, run, done, failed) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = event.submitter || form.querySelector('button[type=submit]');
    if (form.getAttribute('aria-busy') === 'true') return;
    form.setAttribute('aria-busy', 'true');
    if (button) button.disabled = true;
    clearErrors(form);
    try {
      const result = await run(values(form), button);
      // what the form held is recorded (or waits in the outbox): the copy kept on the device can go
      form.dispatchEvent(new CustomEvent('ledger:recorded'));
      await done(result);
    } catch (e) {
      if (!(failed && failed(e))) showErrors(form, e);
    } finally {
      form.removeAttribute('aria-busy');
      if (button) button.disabled = false;
    }
  });
}
