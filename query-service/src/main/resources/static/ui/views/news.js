// "New for you": what happened to the reader's teams' learnings and challenges, newest first, each with a link to
// where she can read it in full. Her last look is kept in this browser per person (no event records a look), so
// the menu counts what came after it.
import { get } from '../api.js';
import { userName } from '../auth.js';
import { h, time } from '../dom.js';
import { notice } from '../errors.js';
import { label, RESULTS } from '../labels.js';
import { t as answers } from '../messages/casereviews.js';
import { t } from '../messages/news.js';

const seenKey = () => `ledger.news.seen.${userName()}`;

function lastLook() {
  try { return window.localStorage.getItem(seenKey()); } catch { return null; }
}

function remember(at) {
  try { if (at) window.localStorage.setItem(seenKey(), at); } catch { /* not kept: counted again next time */ }
}

/** The menu's link: "New for you", then its count once the ledger answers ("New for you (3)"). */
export function newsLink(current) {
  const link = h('a', { href: '#/news', 'data-testid': 'news-link', 'aria-current': current ? 'page' : null }, t('nav', 0));
  const since = lastLook();
  // on the page itself the page counts: a count asked here could land after the page has marked all seen
  if (!current) get(`/api/me/news${since ? `?since=${encodeURIComponent(since)}` : ''}`).then((news) => {
    link.textContent = t('nav', news.count);
    link.dataset.count = String(news.count);
    if (news.count) link.setAttribute('aria-label', `${t('title')}: ${t('navLabel', news.count)}`);
  }).catch(() => { /* no count: the link still leads to the page */ });
  return h('li', {}, link);
}

const what = (item, ctx) => {
  const region = ctx.regionName(item.regionId);
  switch (item.kind) {
    case 'endorsed': return t('endorsed', item.regionName || region);
    case 'invited': return t('invited', item.regionName || region);
    case 'answered': return t('answered', item.regionName || region);
    default: return t('tried', item.byTeamName || t('anotherTeam'));
  }
};

function entry(item, ctx, fresh) {
  const subject = item.kind === 'answered'
    ? h('a', { href: `#/challenges/${item.challengeId}` }, item.challengeTarget || t('aChallenge'))
    : h('a', { href: `#/learning/${item.learningId}` }, item.learningTitle || t('aLearning'));
  const text = (value) => (value === null || value === undefined ? h('em', {}, t('erased')) : value);
  return h('li', { class: `news-item${fresh ? ' fresh' : ''}`, 'data-kind': item.kind },
    fresh ? h('span', { class: 'badge' }, t('fresh')) : null, ' ',
    h('strong', {}, what(item, ctx)), ': ', subject, ' · ', time(item.at),
    item.teamName && ctx.me.teams.length > 1 ? h('p', { class: 'hint' }, t('yourTeam', item.teamName)) : null,
    item.kind === 'endorsed' ? h('p', {}, `${t('note')}: `, text(item.note)) : null,
    item.kind === 'answered' ? h('p', {}, `${t('answer')}: ${answers(item.answer)}. `, text(item.note)) : null,
    item.kind === 'tried' ? h('p', {}, `${t('result')}: ${label(RESULTS, item.result)}`,
      item.byLearningId ? [' · ', h('a', { href: `#/learning/${item.byLearningId}` }, item.byLearningTitle || t('theirLearning'))] : null) : null);
}

export async function newsView(main, ctx) {
  document.title = `${t('title')} · Learning ledger`;
  main.append(h('h1', {}, t('title')), h('p', { class: 'hint' }, t('intro')));
  const since = lastLook();
  let news;
  try {
    news = await get('/api/me/news');
  } catch (e) {
    main.append(notice(e, t('title')));
    return;
  }
  const fresh = news.items.filter((item) => !since || Date.parse(item.at) > Date.parse(since));
  main.append(h('p', { class: 'news-since' }, since ? (fresh.length ? t('since', time(since).textContent) : t('nothing')) : t('firstLook')));
  if (news.items.length) main.append(h('ol', { class: 'news' }, news.items.map((item) => entry(item, ctx, fresh.includes(item)))));
  // this look is the last one now: the menu counts from the newest item seen (the server's clock, not the device's)
  remember(news.items[0]?.at || since);
  const link = document.querySelector('[data-testid=news-link]');
  if (link) { link.textContent = t('nav', 0); link.dataset.count = '0'; link.removeAttribute('aria-label'); }
}
