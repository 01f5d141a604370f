// The observation form of a running experiment: recorded at once when there is a connection, or waiting on the
// device until there is one; warned by the guard while typed and after saving; what is typed is kept.
import { command, until } from '../api.js';
import { field, h, radios } from '../dom.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { label, say, ERASURE, KINDS, OBSERVED_ON, WARNINGS } from '../labels.js';
import { confirmErasure, erasure } from '../erasure.js';
import { earlierPanel, selectIn, warningsPanel } from '../warnings.js';
import { liveGuard } from '../live-guard.js';
import { commandOrWait, waitingFor } from '../outbox.js';
import { today } from '../i18n.js';
import { keepTyped } from '../keep.js';
import { t as tf } from '../messages/field.js';
import { t } from '../messages/experiments.js';

export const obsOf = (x, id) => (x.observations || []).find((o) => o.observationId === id);

/** Asks, erases one observation, and shows it erased; the form keeps what the worker is typing. */
export function eraseObservation(ctx, x, o, refresh, reason) {
  confirmErasure(ctx, {
    title: say(ERASURE.titleObservation),
    preview: o.text,
    path: `/api/experiments/${x.id}/erasures`,
    body: { item: 'OBSERVATION', observationId: o.observationId },
    member: true,
    reason,
    announce: say(ERASURE.erasedObservation),
    done: async () => {
      await refresh((y) => Boolean(erasure(obsOf(y, o.observationId) || {})), {}, { keepForm: true, focus: false });
      return document.getElementById(`obs-text-${o.observationId}`);
    },
  });
}

/** What the observation form holds now, to keep it across a re-render (an erasure meanwhile). */
export function formState(body) {
  const form = body.querySelector('form[aria-labelledby=observe-h]');
  if (!form) return null;
  return { kind: form.elements.kind.value, text: form.elements.text.value, value: form.elements.value.value,
    observedOn: form.elements.observedOn.value, replaces: form.dataset.replaces || null, id: form.dataset.id || null };
}

/** The form, and above it what the last save left to say: the guard's warnings, or the first one still saved. */
export function observeForm(ctx, x, refresh, after, keep) {
  const value = field({ name: 'value', label: t('number'), type: 'number', attrs: { step: 'any', inputmode: 'decimal' },
    hint: t('numberHint') });
  const form = h('form', { class: 'stack panel', novalidate: true, 'aria-labelledby': 'observe-h' },
    h('h4', { id: 'observe-h' }, t('record')),
    radios({ name: 'kind', legend: t('kind'), options: KINDS, value: keep?.kind || 'NOTE' }),
    field({ name: 'text', label: t('text'), type: 'textarea', rows: 3, required: true, value: keep?.text || '',
      hint: t('textHint') }),
    value,
    field({ name: 'observedOn', label: say(OBSERVED_ON.label), type: 'date', value: keep?.observedOn || '', attrs: { max: today() },
      hint: say(OBSERVED_ON.hint) }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('recordSubmit'))));
  if (keep?.value) form.elements.value.value = keep.value;
  if (keep?.id) form.dataset.id = keep.id;
  const replaces = keep?.replaces && !erasure(obsOf(x, keep.replaces) || {}) ? keep.replaces : null;
  if (replaces) form.dataset.replaces = replaces;
  const syncValue = () => { value.hidden = form.elements.kind.value !== 'MEASURE'; };
  form.addEventListener('change', syncValue);
  syncValue();
  liveGuard(form, ['text']);
  keepTyped(form, `observe.${x.id}`, ['kind', 'text', 'value', 'observedOn'], ctx.announce);

  // "Edit now": the saved text back in the form, the place selected; recording it again makes a new observation.
  const edit = (saved) => (name, start, end) => {
    const kind = [...form.elements.kind].find((r) => r.value === saved.kind);
    if (kind) kind.checked = true;
    form.elements.text.value = saved.text;
    form.elements.value.value = saved.value ?? '';
    form.elements.observedOn.value = saved.observedOn || '';
    form.dataset.replaces = saved.observationId;
    syncValue();
    selectIn(form.elements.text, start, end);
    ctx.announce(say(WARNINGS.selected), 'info');
  };
  const saved = after.saved && !erasure(obsOf(x, after.saved.observationId) || {}) ? after.saved : null;
  const earlier = after.replaced && obsOf(x, after.replaced) && !erasure(obsOf(x, after.replaced)) ? obsOf(x, after.replaced) : null;
  const panels = [
    earlier ? earlierPanel(() => eraseObservation(ctx, x, earlier, refresh, 'IDENTIFYING_DETAILS')) : null,
    saved && saved.warnings.length ? warningsPanel({
      kind: 'observation', warnings: saved.warnings, texts: { text: saved.text }, edit: edit(saved),
      erase: () => eraseObservation(ctx, x, obsOf(x, saved.observationId) || { observationId: saved.observationId, text: saved.text },
        refresh, 'IDENTIFYING_DETAILS'),
    }) : null,
  ].filter(Boolean);

  const path = `/api/experiments/${x.id}/observations`;
  onSubmit(form, (v) => commandOrWait('POST', path, {
    observationId: stableId(form), kind: v.kind, text: v.text,
    value: v.kind === 'MEASURE' && v.value !== null ? Number(v.value) : null,
    // Left empty, the command side takes the day it records the observation; one that waits for a
    // connection keeps the day it was typed.
    ...(v.observedOn ? { observedOn: v.observedOn } : {}),
  }, (body) => ({ observedOn: today(), ...body })).then((result) => (result.queued ? result
    : { result, sent: { observationId: result.observationId, kind: v.kind, text: v.text, value: v.value, observedOn: v.observedOn } })),
  async (answer) => {
    renewId(form);
    if (answer.queued) {
      form.reset();
      syncValue();
      form.before(waitingList(path));
      ctx.announce(tf('queued'), 'info');
      return;
    }
    const { result, sent } = answer;
    const warnings = result.warnings || [];
    const replaced = form.dataset.replaces || null;
    ctx.announce(warnings.length ? say(WARNINGS.announceObservation) : t('recorded'));
    await refresh((y) => (y.observations || []).some((o) => o.observationId === result.observationId),
      { saved: { ...sent, warnings }, replaced }, { focus: !warnings.length && !replaced });
    const panel = document.querySelector('article.experiment .warnings-panel');
    if (panel && (warnings.length || replaced)) panel.focus();
  });
  return [...panels, waitingList(path), form];
}

/** Observations recorded here without a connection, still waiting to be sent. */
function waitingList(path) {
  document.querySelector('article.experiment .waiting-list')?.remove();
  const items = waitingFor(path);
  return items.length ? h('section', { class: 'panel waiting-list', 'aria-label': tf('waiting', items.length) },
    h('p', {}, h('strong', {}, tf('waiting', items.length))),
    h('ul', {}, items.map((o) => h('li', { class: 'waiting' }, o.text)))) : null;
}
