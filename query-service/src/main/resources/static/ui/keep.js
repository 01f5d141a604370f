// Typed text kept on this device until it is recorded (issue 13, item 4): a sign-in that expires, a reload
// without a connection or a discarded tab loses nothing. Per person and form; cleared when the form's
// command succeeds, when the person discards it, and at sign-out (a shared tablet keeps nothing after).
import { userName } from './auth.js';
import { h } from './dom.js';
import { t } from './messages/field.js';

const PREFIX = 'ledger.typed.';

/** Keeps the named controls of `form` under `key` (e.g. `observe.<experimentId>`) and brings them back. */
export function keepTyped(form, key, names, announce = () => {}) {
  const user = userName();
  if (!user) return;
  const storeKey = `${PREFIX}${user}.${key}`;
  const initial = JSON.stringify(current(form, names));
  const saved = read(storeKey);
  if (saved && JSON.stringify(saved) !== initial && Object.values(saved).some(Boolean)) {
    restore(form, saved);
    const note = h('div', { class: 'notice info kept-typed' }, h('p', {}, t('restored')),
      h('button', { type: 'button', class: 'link', onclick: () => {
        localStorage.removeItem(storeKey);
        restore(form, JSON.parse(initial));
        note.remove();
        announce(t('discarded'), 'info');
      } }, t('discard')));
    form.prepend(note);
  }
  let timer = null;
  const save = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = current(form, names);
      if (JSON.stringify(now) === initial) localStorage.removeItem(storeKey);
      else localStorage.setItem(storeKey, JSON.stringify(now));
    }, 250);
  };
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('ledger:recorded', () => {
    clearTimeout(timer);
    localStorage.removeItem(storeKey);
    form.querySelector('.kept-typed')?.remove();
  });
}

/** Forgets everything typed and not recorded in this browser (sign-out). */
export function forgetTyped() {
  Object.keys(localStorage).filter((k) => k.startsWith(PREFIX)).forEach((k) => localStorage.removeItem(k));
}

function current(form, names) {
  return Object.fromEntries(names.map((n) => {
    const c = form.elements[n];
    return [n, c ? c.value ?? '' : ''];
  }));
}

function restore(form, values) {
  for (const [name, value] of Object.entries(values)) {
    const c = form.elements[name];
    if (!c) continue;
    if (c instanceof RadioNodeList || c.length && c[0]?.type === 'radio') {
      [...c].forEach((r) => { r.checked = r.value === value; });
    } else {
      c.value = value;
    }
  }
  form.dispatchEvent(new Event('change'));
}

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key) || 'null');
  } catch {
    return null;
  }
}
