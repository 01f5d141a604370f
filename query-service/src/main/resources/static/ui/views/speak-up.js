// Speak up: a short form for a confidential report. The answer's receipt code is shown once, large, with a
// copy button; it is never stored in the browser and nothing on the page can show it again.
import { command } from '../api.js';
import { clear, field, h, radios } from '../dom.js';
import { onSubmit, stableId } from '../forms.js';
import { t } from '../messages/reports.js';

const KINDS = ['INCIDENT', 'NEAR_MISS', 'GOOD_PRACTICE', 'CONCERN'];

/** The reader's own region: of their first team, else where they steward or review. */
function ownRegion(me) {
  return me?.teams?.[0]?.regionId || me?.stewardOf?.[0]?.regionId || me?.reviews?.[0] || '';
}

export function speakUpView(main, ctx) {
  const regions = [...ctx.regions.values()];
  const form = h('form', { class: 'speak-up', 'aria-labelledby': 'speak-h', novalidate: true },
    field({ name: 'regionId', label: t('region'), type: 'select', hint: t('regionHint'), required: true, value: ownRegion(ctx.me),
      options: regions.map((r) => ({ value: r.regionId, label: r.name })) }),
    radios({ name: 'kind', legend: t('kindLegend'), value: 'INCIDENT',
      options: KINDS.map((k) => ({ value: k, label: t(k), hint: `– ${t(`${k}_HINT`)}` })) }),
    field({ name: 'whatHappened', label: t('whatHappened'), type: 'textarea', rows: 5, required: true, hint: t('whatHappenedHint') }),
    field({ name: 'whatHelped', label: t('whatHelped'), type: 'textarea', rows: 3, hint: t('optional') }),
    field({ name: 'whatCouldChange', label: t('whatCouldChange'), type: 'textarea', rows: 3, hint: t('optional') }),
    h('p', { class: 'notice ok no-name' }, t('noName')),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('send'))));
  main.append(h('h1', { id: 'speak-h' }, t('speakTitle')), h('p', {}, t('speakIntro')), form);
  onSubmit(form, (v) => command('POST', '/api/reports', {
    reportId: stableId(form), regionId: v.regionId, kind: v.kind, whatHappened: v.whatHappened,
    whatHelped: v.whatHelped, whatCouldChange: v.whatCouldChange,
  }), (answer) => shown(main, ctx, answer.receipt));
}

/** The receipt, once: the form is gone, so nothing can be sent twice and the code is not kept anywhere. */
function shown(main, ctx, receipt) {
  const message = h('p', { class: 'copy-message', role: 'status' });
  const code = h('output', { class: 'receipt-code', id: 'receipt-code', 'aria-labelledby': 'receipt-code-label' }, receipt);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt);
      message.textContent = t('copied');
    } catch {
      window.getSelection().selectAllChildren(code);
      message.textContent = t('copyFailed');
    }
  };
  const heading = h('h1', { id: 'sent-h', tabindex: '-1' }, t('sentTitle'));
  clear(main).append(heading,
    h('section', { class: 'receipt', 'aria-labelledby': 'receipt-code-label' },
      h('h2', { id: 'receipt-code-label' }, t('receiptLabel')),
      code,
      h('p', { class: 'receipt-once' }, h('strong', {}, t('receiptOnce'))),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary copy-receipt', onclick: copy }, t('copy'))),
      message),
    h('p', {}, h('a', { href: '#/receipt' }, t('toReceipt'))));
  heading.focus();
  ctx.announce(t('sentTitle'));
}
