// Small helpers to build the page from data without innerHTML: text is always text, never markup.
import { locale } from './i18n.js';

/** h('p', {class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key in el && typeof value !== 'string') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the element's children; null, undefined and false are skipped (replaceChildren would print "null"). */
export function fill(el, ...children) {
  clear(el);
  return append(el, children);
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

let counter = 0;
/** A unique id for label/aria wiring. */
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled input, textarea or select with a place for its error message right below it. */
export function field({ name, label, type = 'text', value = '', hint, required = false, rows, options, attrs = {} }) {
  const id = uid(`f-${name}`);
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  let control;
  if (type === 'textarea') {
    control = h('textarea', { id, name, rows: rows || 4, required, 'aria-describedby': describedBy, ...attrs }, value);
  } else if (type === 'select') {
    control = h('select', { id, name, required, 'aria-describedby': describedBy, ...attrs },
      options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
  } else {
    control = h('input', { id, name, type, value, required, 'aria-describedby': describedBy, ...attrs });
  }
  return h('div', { class: 'field', dataset: { field: name } },
    h('label', { for: id }, label, required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    h('p', { class: 'field-error', id: errorId, hidden: true }));
}

/** A group of radio buttons in a fieldset with a legend; the error goes below the group. */
export function radios({ name, legend, options, value, hint }) {
  const errorId = uid(`f-${name}`) + '-error';
  return h('fieldset', { class: 'field radios', dataset: { field: name }, 'aria-describedby': errorId },
    h('legend', {}, legend),
    hint ? h('p', { class: 'hint' }, hint) : null,
    options.map((o) => {
      const id = uid(`r-${name}`);
      return h('div', { class: 'radio' },
        h('input', { type: 'radio', id, name, value: o.value, checked: o.value === value }),
        h('label', { for: id }, o.label, o.hint ? h('span', { class: 'hint' }, ` ${o.hint}`) : null));
    }),
    h('p', { class: 'field-error', id: errorId, hidden: true }));
}

/** A moment in the page's language: "3. 12. 2026 14:05" in Czech (24-hour clock), "3 Dec 2026, 14:05" in English. */
export function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
}

/** A day in the page's language: "3. 12. 2026" in Czech, "3 Dec 2026" in English. */
export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleDateString(locale(), { dateStyle: 'medium' });
}

/** A number in the page's language (decimal comma in Czech). */
export function formatNumber(value) {
  if (value === null || value === undefined || value === '') return '';
  const n = Number(value);
  return Number.isNaN(n) ? String(value) : n.toLocaleString(locale(), { maximumFractionDigits: 6 });
}

/** A <time> element that shows a readable date and keeps the exact one. */
export function time(iso) {
  return iso ? h('time', { datetime: iso }, formatTime(iso)) : null;
}
