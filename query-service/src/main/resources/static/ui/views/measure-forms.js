// The forms of measures: define one, add a point quickly (made for typing several in a row on a tablet),
// correct a point, start a new phase. Each sends one command with an id that stays the same on a retry.
import { command } from '../api.js';
import { field, h, radios } from '../dom.js';
import { onSubmit, renewId, stableId } from '../forms.js';
import { today } from '../i18n.js';
import { t } from '../messages/measures.js';

/** A typed number in JSON's form ("2,5" and "2.5" alike, spaces between thousands dropped), or null if it is none. */
export function canonical(text) {
  if (text === null || text === undefined) return null;
  const plain = String(text).trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain)) return null;
  return plain.replace(/^\+/, '').replace(/^(-?)\./, '$10.').replace(/\.$/, '').replace(/^(-?)0+(?=\d)/, '$1');
}

/**
 * The value as typed, for the JSON body: a number goes exactly as written (JSON.rawJSON keeps all 18 digits
 * the API takes, which a JavaScript number would round); anything else goes as typed, so the API names the
 * field and says what it must be.
 */
export function decimal(text) {
  const number = canonical(text);
  if (number === null) return text === null || text === undefined ? null : String(text);
  return typeof JSON.rawJSON === 'function' ? JSON.rawJSON(number) : Number(number);
}

const choices = (prefix, list) => list.map(([value, key]) => ({ value, label: t(`${prefix}${key}`), hint: t(`${prefix}${key}Hint`) }));

/** done({result, sent}) follows a success. */
export function defineForm(x, done) {
  const form = h('form', { class: 'stack', novalidate: true, 'aria-labelledby': 'define-measure-h' },
    h('h4', { id: 'define-measure-h', class: 'visually-hidden' }, t('defineTitle')),
    field({ name: 'name', label: t('name'), hint: t('nameHint'), required: true, attrs: { maxlength: 200 } }),
    field({ name: 'unit', label: t('unit'), hint: t('unitHint'), required: true, attrs: { maxlength: 40 } }),
    radios({ name: 'better', legend: t('betterLegend'), options: choices('better', [['UP', 'Up'], ['DOWN', 'Down']]) }),
    radios({ name: 'role', legend: t('roleLegend'), value: 'OUTCOME',
      options: choices('role', [['OUTCOME', 'Outcome'], ['PROCESS', 'Process'], ['BALANCING', 'Balancing']]) }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('defineSubmit'))));
  onSubmit(form, (v) => {
    const sent = { measureId: stableId(form, 'measureId'), name: v.name, unit: v.unit, better: v.better, role: v.role };
    return command('POST', `/api/experiments/${x.id}/measures`, sent).then((result) => ({ result, sent }));
  }, async (answer) => {
    renewId(form, 'measureId');
    form.reset();
    await done(answer);
  });
  return form;
}

/** The quick form: value, day (today unless changed), note; after each save the value field is ready again. */
export function pointForm(x, m, done) {
  const headingId = `point-h-${m.measureId}`;
  const form = h('form', { class: 'quick-point', novalidate: true, 'aria-labelledby': headingId, dataset: { measure: m.measureId } },
    h('h5', { id: headingId }, t('pointTitle')),
    h('div', { class: 'quick-fields' },
      field({ name: 'value', label: t('value', m.unit), hint: t('valueHint'), required: true,
        attrs: { inputmode: 'decimal', autocomplete: 'off', enterkeyhint: 'done', class: 'value-input' } }),
      field({ name: 'observedOn', label: t('observedOn'), type: 'date', value: today(), attrs: { max: today(), min: '2000-01-01' } }),
      field({ name: 'note', label: t('note'), attrs: { maxlength: 2000, autocomplete: 'off' } })),
    h('p', { class: 'hint quick-hint' }, t('observedOnHint'), ' ', t('noteHint')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('pointSubmit'))));
  onSubmit(form, (v) => {
    const sent = { pointId: stableId(form, 'pointId'), value: decimal(v.value), note: v.note,
      ...(v.observedOn ? { observedOn: v.observedOn } : {}) };
    return command('POST', `/api/experiments/${x.id}/measures/${m.measureId}/points`, sent)
      .then((result) => ({ result, sent: { ...sent, value: v.value, observedOn: v.observedOn || today() } }));
  }, async (answer) => {
    renewId(form, 'pointId');
    // the day stays as it was: a series is often typed day after day
    form.elements.value.value = '';
    form.elements.note.value = '';
    form.elements.value.focus();
    await done(answer);
  });
  return form;
}

/** Correcting one point (value, day, note; a reason is required). */
export function correctionForm(x, m, point, on, done, cancel) {
  const headingId = `correct-h-${point.pointId}`;
  const form = h('form', { class: 'stack panel correction', novalidate: true, 'aria-labelledby': headingId, dataset: { point: point.pointId } },
    h('h5', { id: headingId }, t('correctTitle', on)),
    h('p', { class: 'hint' }, t('correctHint')),
    field({ name: 'value', label: t('value', m.unit), value: String(point.value ?? ''), required: true, attrs: { inputmode: 'decimal', autocomplete: 'off' } }),
    field({ name: 'observedOn', label: t('observedOn'), type: 'date', value: point.observedOn || '', required: true, attrs: { max: today() } }),
    field({ name: 'note', label: t('note'), value: point.note || '', attrs: { maxlength: 2000 } }),
    field({ name: 'reason', label: t('reason'), hint: t('reasonHint'), type: 'textarea', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('correctSubmit')),
      h('button', { type: 'button', class: 'secondary', onclick: cancel }, t('cancel'))));
  onSubmit(form, (v) => {
    const sent = { value: decimal(v.value), observedOn: v.observedOn, note: v.note, reason: v.reason };
    return command('POST', `/api/experiments/${x.id}/measures/${m.measureId}/points/${point.pointId}/corrections`, sent)
      .then((result) => ({ result, sent: { ...sent, value: v.value } }));
  }, done);
  return form;
}

/** A new phase from a day, with what changed. */
export function phaseForm(x, m, done) {
  const headingId = `phase-h-${m.measureId}`;
  const form = h('form', { class: 'stack', novalidate: true, 'aria-labelledby': headingId },
    h('h5', { id: headingId, class: 'visually-hidden' }, t('phaseTitle')),
    h('p', { class: 'hint' }, t('phaseHint')),
    field({ name: 'from', label: t('phaseFrom'), type: 'date', required: true, attrs: { max: today() } }),
    field({ name: 'reason', label: t('phaseReason'), type: 'textarea', rows: 2, required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, t('phaseSubmit'))));
  onSubmit(form, (v) => command('POST', `/api/experiments/${x.id}/measures/${m.measureId}/phases`, { from: v.from, reason: v.reason })
    .then((result) => ({ result, sent: { from: v.from, reason: v.reason } })), async (answer) => {
    form.reset();
    await done(answer);
  });
  return h('details', { class: 'panel quiet new-phase' }, h('summary', {}, t('phaseTitle')), form);
}

/** The optional day an experiment began, for the start form. */
export function startedOnField() {
  return field({ name: 'startedOn', label: t('startedOn'), hint: t('startedOnHint'), type: 'date', attrs: { max: today() } });
}
