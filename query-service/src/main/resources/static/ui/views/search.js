// Search over everything the reader may see (GET /api/search): words typed with or without diacritics, filters
// by team focus, region, stage and dates; each result with its kind, title, a short excerpt, stage and date. The
// number of results is said in a live region, so a screen reader hears that the search is done.
import { get } from '../api.js';
import { field, fill, formatDate, h } from '../dom.js';
import { notice } from '../errors.js';
import { t } from '../messages/search.js';
import { t as codes } from '../messages/codes.js';
import { t as ts } from '../messages/screens.js';

const PAGE = 100;
const FOCUSES = ['parental-conflict', 'safety-risk-evaluation', 'worker-wellbeing'];
const EXPERIMENT_STAGES = ['PROPOSED', 'STARTED', 'CONCLUDED', 'ABANDONED'];
const OTHER_STAGES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN', 'APPROVED'];
const stageLabel = (stage) => (EXPERIMENT_STAGES.includes(stage) ? codes(stage) : t(stage));

/** The search's parameters from the address (#/search?q=...), so a search can be linked and gone back to. */
function asked() {
  const query = window.location.hash.split('?')[1] || '';
  return Object.fromEntries(new URLSearchParams(query));
}

export async function searchView(main, ctx) {
  document.title = `${t('title')} · Learning ledger`;
  const params = asked();
  const select = (name, label, any, options) => field({ name, label, type: 'select', value: params[name] || '',
    options: [{ value: '', label: any }, ...options] });
  const form = h('form', { role: 'search', class: 'search-form', novalidate: true },
    field({ name: 'q', label: t('words'), type: 'text', value: params.q || '', hint: t('wordsHint'), required: true,
      attrs: { maxlength: 200, autocomplete: 'off', enterkeyhint: 'search' } }),
    h('fieldset', { class: 'search-filters' }, h('legend', {}, t('filters')),
      select('topic', t('topic'), t('anyTopic'), FOCUSES.map((f) => ({ value: f, label: ts(f) }))),
      select('region', t('region'), t('anyRegion'), [...ctx.regions.values()]
        .map((r) => ({ value: r.regionId, label: r.name })).sort((a, b) => a.label.localeCompare(b.label))),
      select('stage', t('stage'), t('anyStage'), [...EXPERIMENT_STAGES, ...OTHER_STAGES].map((s) => ({ value: s, label: stageLabel(s) }))),
      field({ name: 'from', label: t('from'), type: 'date', value: params.from || '' }),
      field({ name: 'to', label: t('to'), type: 'date', value: params.to || '' })),
    h('button', { type: 'submit' }, t('search')));
  const count = h('p', { class: 'search-count', role: 'status', 'aria-live': 'polite', 'data-testid': 'search-count' });
  const results = h('div', { class: 'search-results' });
  main.append(h('div', { class: 'search' }, h('h1', {}, t('title')), h('p', {}, t('intro')), form, count, results));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (String(value).trim()) chosen.set(name, String(value).trim());
    ctx.go(`#/search?${chosen}`);
  });
  if (!params.q) return;
  count.textContent = t('searching');
  let hits;
  try {
    hits = await get(`/api/search?${new URLSearchParams({ ...params, limit: String(PAGE) })}`);
  } catch (e) {
    count.textContent = '';
    fill(results, notice(e, t('title')));
    return;
  }
  // a fresh text so the live region is read out again for the same count
  count.textContent = hits.length === 0 ? t('nothing') : hits.length >= PAGE ? t('more', PAGE) : t('results', hits.length);
  if (hits.length) fill(results, h('ol', { class: 'search-list' }, hits.map((hit) => result(ctx, hit))));
}

function result(ctx, hit) {
  const whose = hit.teamId ? ctx.teamName(hit.teamId) : null;
  return h('li', { class: 'search-hit', dataset: { kind: hit.kind, id: hit.id } },
    h('p', { class: 'meta' }, h('span', { class: 'badge' }, t(hit.kind)), whose ? ` · ${whose}` : null,
      hit.stage ? ` · ${stageLabel(hit.stage)}` : null,
      hit.date ? [' · ', h('time', { datetime: hit.date }, formatDate(hit.date))] : null),
    h('h2', {}, h('a', { href: hit.link }, hit.title || t('untitled'))),
    hit.snippet ? h('p', { class: 'snippet' }, hit.snippet) : null);
}
