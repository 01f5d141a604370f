// The guard's findings while a text is typed (issue 13, item 3): a pause in typing sends the watched fields to
// the command service's guard (POST /api/guard/findings, which records nothing) and says under each field
// what may identify someone, before anything is saved. It only informs: saving and sharing decide as before.
import { command } from './api.js';
import { h } from './dom.js';
import { groups } from './findings.js';
import { findingName, say, WARNINGS } from './labels.js';
import { t } from './messages/sharing.js';

const PAUSE_MS = 700;

/** Watches the named text controls of a form. */
export function liveGuard(form, names) {
  let timer = null;
  let asked = 0;
  let last = '';
  const controls = () => names.map((n) => [n, form.elements[n]]).filter(([, c]) => c);
  const check = async () => {
    const texts = Object.fromEntries(controls().map(([n, c]) => [n, c.value]));
    const key = JSON.stringify(texts);
    if (key === last) return;
    last = key;
    const mine = ++asked;
    let findings;
    try {
      findings = (await command('POST', '/api/guard/findings', { texts })).findings || [];
    } catch (e) {
      return; // no connection or a sign-in to renew: the save still warns
    }
    if (mine !== asked) return; // a later check is under way
    for (const [name, control] of controls()) show(control, texts[name], findings.filter((f) => f.field === name));
  };
  form.addEventListener('input', (event) => {
    if (!names.includes(event.target.name)) return;
    clearTimeout(timer);
    timer = setTimeout(check, PAUSE_MS);
  });
}

function show(control, text, findings) {
  const wrapper = control.closest('.field') || control.parentElement;
  let note = wrapper.querySelector(':scope > .live-findings');
  if (!note) {
    note = h('div', { class: 'live-findings', 'aria-live': 'polite' });
    wrapper.append(note);
  }
  note.replaceChildren();
  if (!findings.length) return;
  const items = groups(findings).map((g) => {
    const what = [...new Set(g.findings.map((f) => f.rule))].map(findingName).join(say({ cs: ' nebo ', en: ' or ' }));
    return h('li', {}, say(WARNINGS.looksLike)(text.slice(g.start, g.end), what));
  });
  note.append(h('p', {}, t('asTyped')), h('ul', {}, items));
}
