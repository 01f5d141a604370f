// The report figures (issue 15) for analysts (every region) and reviewers (their regions): how many
// confidential reports came in per region and kind, with no number where fewer than 5 fall in a cell.
import { get } from '../api.js';
import { h } from '../dom.js';
import { notice } from '../errors.js';
import { number } from '../i18n.js';
import { t } from '../messages/lessons.js';
import { t as reports } from '../messages/reports.js';
import { t as ta } from '../messages/app.js';

export async function figuresView(main, ctx) {
  document.title = `${t('figuresTitle')} · ${ta('ledger')}`;
  main.append(h('h1', {}, t('figuresTitle')), h('p', {}, t('figuresIntro')), h('p', { class: 'hint' }, t('figuresRule')));
  let cells;
  try {
    cells = (await get('/api/reports/figures')).cells || [];
  } catch (e) {
    main.append(notice(e, t('figuresTitle')));
    return;
  }
  const regions = [...new Set(cells.map((c) => c.regionId))]
    .sort((a, b) => ctx.regionName(a).localeCompare(ctx.regionName(b)));
  if (!regions.length) { main.append(h('p', { class: 'empty' }, t('noRegions'))); return; }
  for (const region of regions) {
    const name = ctx.regionName(region);
    main.append(h('section', { 'aria-label': name, class: 'figures', dataset: { region } }, h('h2', {}, name),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden' }, t('caption', name)),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('colKind')), h('th', { scope: 'col' }, t('colReports')))),
        h('tbody', {}, cells.filter((c) => c.regionId === region).map((c) => h('tr', { dataset: { kind: c.kind } },
          h('th', { scope: 'row' }, reports(c.kind)),
          h('td', { dataset: { fewerThan5: String(c.fewerThan5) } }, c.fewerThan5 ? t('fewerThan5') : number(c.reports)))))))));
  }
}
