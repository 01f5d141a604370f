// A publication refused by the de-identification guard (422): each field's text with every finding marked
// (start inclusive, end exclusive, in UTF-16 units as JavaScript counts them) and explained.
import { h, uid } from './dom.js';
import { findingName, say, WARNINGS } from './labels.js';
import { t } from './messages/problems.js';

/** A field's name as the form says it, in the page's language. */
const fieldName = (name) => (WARNINGS.fieldNames[name] ? say(WARNINGS.fieldNames[name]) : name);

/** Overlapping findings become one mark, which lists every rule that matched inside it. */
export function groups(findings) {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.findings.push(f);
    } else {
      out.push({ start: f.start, end: f.end, findings: [f] });
    }
  }
  return out;
}

/** The text as paragraphs of plain text and <mark> elements, numbered from `first`. */
export function markedText(text, findings, first = 1) {
  const parts = [];
  let at = 0;
  let n = first;
  for (const g of groups(findings)) {
    const start = Math.max(at, Math.min(g.start, text.length));
    const end = Math.min(g.end, text.length);
    parts.push(text.slice(at, start));
    const rules = [...new Set(g.findings.map((f) => f.rule))];
    parts.push(h('mark', {
      class: 'finding', dataset: { start: String(g.start), end: String(g.end), rule: rules.join(' '), n: String(n) },
      'aria-label': `${text.slice(start, end)} (${say(WARNINGS.finding)} ${n}: ${rules.map(findingName).join(', ')})`,
    }, text.slice(start, end), h('sup', { 'aria-hidden': 'true' }, String(n))));
    n += 1;
    at = end;
  }
  parts.push(text.slice(at));
  return { node: h('p', { class: 'marked' }, parts), next: n };
}

function explanation(rules, text) {
  return t('looksLike', text, rules.map(findingName).join(t('or')));
}

/**
 * texts: field -> the full text that was checked; evidenceNames: index -> the experiment's question.
 * select(field, start, end): moves the reader to the place in the form, where there is one.
 */
export function findingsPanel(findings, texts, evidenceNames, select) {
  const byField = new Map();
  for (const f of findings) {
    if (!byField.has(f.field)) byField.set(f.field, []);
    byField.get(f.field).push(f);
  }
  const blocks = [];
  let n = 1;
  for (const [name, list] of byField) {
    const ev = /^evidence\[(\d+)\]\.(question|summary)$/.exec(name);
    const title = ev ? t('evidenceField', t(ev[2] === 'question' ? 'theQuestion' : 'theConclusion'), evidenceNames[ev[1]] || t('anExperiment'))
      : fieldName(name);
    const text = texts[name];
    const marked = text ? markedText(text, list, n) : null;
    const explained = groups(list).map((g) => {
      const number = n;
      n += 1;
      const rules = [...new Set(g.findings.map((f) => f.rule))];
      const shown = text ? text.slice(g.start, g.end) : g.findings.map((f) => f.text).join(' ');
      return h('li', { value: number },
        explanation(rules, shown), ' ',
        select && !ev ? h('button', { type: 'button', class: 'link', onclick: () => select(name, g.start, g.end) }, t('showInForm')) : null);
    });
    blocks.push(h('section', { class: 'finding-field', dataset: { field: name } },
      h('h3', {}, title),
      marked ? marked.node : null,
      h('ol', { class: 'explanations', id: uid('findings-list') }, explained),
      ev ? h('p', { class: 'hint' }, t('experimentFixed')) : null));
  }
  return h('section', { class: 'findings', tabindex: '-1', 'aria-labelledby': 'findings-h' },
    h('h2', { id: 'findings-h' }, t('findingsTitle')),
    h('p', {}, t('findingsIntro')),
    blocks);
}
