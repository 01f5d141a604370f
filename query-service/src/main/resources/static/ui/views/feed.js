// The steward's live feed: what teams of the region share, endorsements, validations and withdrawals,
// newest first, as they happen. The stream reconnects by itself and resumes where it stopped.
import { clear, formatTime, h } from '../dom.js';
import { label, say, ERASURE, RESULTS, tierLabel } from '../labels.js';
import { erasedNote, erasure, shown } from '../erasure.js';
import { follow } from '../sse.js';
import { lessonFeedItem } from '../lesson-entry.js';
import { caseReviewFeedItem, challengeFeedItem } from '../casereview-entry.js';
import { t } from '../messages/reading.js';
import { t as ta } from '../messages/app.js';

const STATES = { open: 'feedOpen', reconnecting: 'feedReconnecting', unavailable: 'feedUnavailable', forbidden: 'feedForbidden', closed: 'feedClosed' };

export async function feedView(main, ctx) {
  const regions = ctx.me.stewardOf;
  document.title = `${ta('regionFeed')} · ${ta('ledger')}`;
  const select = h('select', { id: 'feed-region', name: 'region' },
    h('option', { value: '' }, regions.length > 1 ? t('allMyRegions') : t('everythingICanSee')),
    regions.map((r) => h('option', { value: r.regionId, selected: regions.length === 1 }, r.name)));
  const state = h('p', { class: 'feed-state', role: 'status', 'data-state': 'connecting' }, t('connecting'));
  // Quiet while the backlog arrives; new items are announced after that.
  const list = h('ol', { class: 'feed', reversed: true, 'aria-live': 'off', 'aria-relevant': 'additions', 'aria-label': t('feedItems') });
  let speak = null;
  main.append(
    h('h1', {}, regions.length ? t('feedTitle', regions.map((r) => r.name)) : t('feedLive')),
    h('div', { class: 'toolbar' }, h('label', { for: 'feed-region' }, t('show')), select),
    state, list);

  let subscription = null;
  const open = () => {
    if (subscription) subscription.close();
    clear(list);
    list.setAttribute('aria-live', 'off');
    const region = select.value;
    subscription = follow(`/api/feed${region ? `?region=${encodeURIComponent(region)}` : ''}`, {
      onState: (s) => {
        state.textContent = STATES[s] ? t(STATES[s]) : s;
        state.dataset.state = s;
        clearTimeout(speak);
        if (s === 'open') speak = setTimeout(() => list.setAttribute('aria-live', 'polite'), 1500);
      },
      onEvent: (e) => {
        let data;
        try { data = JSON.parse(e.data); } catch { return; }
        placeNewestFirst(list, item(ctx, e.event, data));
      },
    });
  };
  select.addEventListener('change', open);
  open();
  return () => subscription && subscription.close();
}

function item(ctx, kind, d) {
  if (kind === 'lesson') return lessonFeedItem(ctx, d);
  if (kind === 'case-review') return caseReviewFeedItem(ctx, d);
  if (kind === 'challenge') return challengeFeedItem(ctx, d);
  const team = ctx.teamName(d.teamId);
  // an erased revision: its texts null, erasedAt on the snapshot (or the entry)
  const title = shown(d.snapshot?.title, d.snapshot, d);
  const link = (text) => h('a', { href: `#/learning/${d.learningId}` }, text || t('theLearningLink'));
  let what;
  let when;
  if (kind === 'published') {
    what = [t('teamShared', team), link(title), ` — ${tierLabel(d.tier)}`, d.version > 1 ? t('feedVersion', d.version) : ''];
    when = d.publishedAt;
  } else if (kind === 'validated') {
    what = [t('teamTried', team), h('a', { href: `#/learning/${d.validates}` }, t('aLearningShared')), `: ${label(RESULTS, d.result).toLowerCase()}`,
      title ? [' — ', link(title)] : ''];
    when = d.publishedAt;
  } else if (kind === 'endorsed') {
    what = [t('stewardEndorsed', ctx.regionName(d.stewardRegionId)), link(t('learningOf', team)),
      d.note ? [': ', h('q', {}, d.note)] : erasure(d) ? [': ', erasedNote(erasure(d))] : ''];
    when = d.endorsedAt;
  } else if (kind === 'erased') {
    what = [`${team} `, say(ERASURE.feedErased), ' ', link(), d.erasedAt ? [' · ', erasedNote(d)] : ''];
    when = d.erasedAt;
  } else if (kind === 'withdrawn') {
    what = [t('teamWithdrew', team)];
    when = d.withdrawnAt;
  } else {
    what = [`${kind}`];
  }
  return h('li', { class: `feed-item feed-${kind}`, dataset: { kind, learning: d.learningId || '', position: String(d.position || '') } },
    h('p', { class: 'meta' }, when ? h('time', { datetime: when }, formatTime(when)) : null),
    h('p', {}, what),
    kind === 'published' && d.snapshot?.summary ? h('p', { class: 'summary' }, d.snapshot.summary)
      : kind === 'published' && erasure(d.snapshot, d) ? h('p', { class: 'summary' }, erasedNote(erasure(d.snapshot, d))) : null);
}

/**
 * Newest first by when it happened (the item's <time>), whatever order the stream delivers them in: the stream
 * follows the ledger's positions, which need not follow time across learnings. Same instant: the later arrival first.
 */
function placeNewestFirst(list, el) {
  const at = (li) => Date.parse(li.querySelector('time')?.getAttribute('datetime') || '') || 0;
  const when = at(el);
  const after = [...list.children].find((li) => at(li) <= when);
  list.insertBefore(el, after || null);
}
