// Warnings at the door: an observation or a draft is saved even when the guard finds a phone number, a
// name, a birth number or an age with a small place in it; the command answers those findings as
// `warnings: [{field, rule, start, end, text, message}]` (start inclusive, end exclusive, in UTF-16 units).
// The panel says calmly what was found and where, and offers to fix it at once. Styled like the refusal
// panel (findings.js), in a calmer colour: nothing was refused.
import { h, uid } from './dom.js';
import { groups, markedText } from './findings.js';
import { findingName, say, WARNINGS } from './labels.js';

/** Handed from the page that saved a draft to the page it opens next (memory only: never stored). */
const pending = new Map();
export function stash(key, value) { pending.set(key, value); }
export function take(key) {
  const value = pending.get(key);
  pending.delete(key);
  return value;
}

/**
 * kind: 'observation' or 'draft'; warnings: the answer's list; texts: field -> the text as saved;
 * edit(field, start, end): puts the text back in the form with that place selected; erase: opens the
 * erasure of the saved item (or null where it cannot be erased); eraseLabel: the button's words;
 * words: another kind's own {heading, intro, howTo, fields: {name: text}}, each text as {cs, en}.
 */
export function warningsPanel({ kind, warnings, texts, edit, erase, eraseLabel, words }) {
  const byField = new Map();
  for (const w of warnings) {
    if (!byField.has(w.field)) byField.set(w.field, []);
    byField.get(w.field).push(w);
  }
  const headingId = uid(`warnings-h-${kind}`);
  const blocks = [];
  let n = 1;
  for (const [name, list] of byField) {
    const text = texts[name] || '';
    const marked = text ? markedText(text, list, n) : null;
    const explained = groups(list).map((g) => {
      const number = n;
      n += 1;
      const rules = [...new Set(g.findings.map((f) => f.rule))];
      const quoted = text ? text.slice(g.start, g.end) : g.findings.map((f) => f.text).join(' ');
      const what = rules.map(findingName).join(say({ cs: ' nebo ', en: ' or ' }));
      return h('li', { value: number, dataset: { rule: rules.join(' '), start: String(g.start), end: String(g.end) } },
        say(WARNINGS.looksLike)(quoted, what), ' ',
        edit ? h('button', { type: 'button', class: 'link edit-now', onclick: () => edit(name, g.start, g.end) }, say(WARNINGS.editNow)) : null);
    });
    const fieldName = words?.fields?.[name] || WARNINGS.fieldNames[name];
    blocks.push(h('section', { class: 'warning-field', dataset: { field: name } },
      byField.size > 1 || kind === 'draft' || words ? h('h4', {}, fieldName ? say(fieldName) : name) : null,
      marked ? marked.node : null,
      h('ol', { class: 'explanations' }, explained)));
  }
  const observation = kind === 'observation';
  return h('section', { class: 'warnings-panel', tabindex: '-1', 'aria-labelledby': headingId, dataset: { kind } },
    h('h3', { id: headingId }, say(words?.heading || (observation ? WARNINGS.headingObservation : WARNINGS.headingDraft))),
    h('p', {}, say(words?.intro || (observation ? WARNINGS.introObservation : WARNINGS.introDraft))),
    blocks,
    h('p', { class: 'hint' }, say(words?.howTo || (observation ? WARNINGS.howToCorrectObservation : WARNINGS.howToCorrectDraft))),
    erase ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary erase-saved', onclick: erase },
      eraseLabel || say(WARNINGS.eraseSaved))) : null);
}

/** After a correction: the first one, with the identifying detail, is still saved; offers to erase it. */
export function earlierPanel(erase) {
  return h('section', { class: 'warnings-panel earlier', tabindex: '-1', 'aria-label': say(WARNINGS.earlierStillSaved) },
    h('p', {}, say(WARNINGS.earlierStillSaved)),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary erase-earlier', onclick: erase }, say(WARNINGS.eraseEarlier))));
}

/** Selects start..end in a text control and brings it into view. */
export function selectIn(control, start, end) {
  if (!control) return;
  control.focus();
  control.setSelectionRange(start, end);
}
