// The web interface: a hash router, the header (who is signed in, what they can open, the language) and the views.
// The language is chosen by i18n.js when it is first loaded, before anything here draws (frame.js switches it).
import { get } from './api.js';
import { captureSignInKey, completeOidc, signOut, token, userName } from './auth.js';
import { clear, h } from './dom.js';
import { notice } from './errors.js';
import { signinView } from './views/signin.js';
import { teamView } from './views/team.js';
import { experimentView } from './views/experiment.js';
import { learningsView } from './views/learnings.js';
import { learningEditView } from './views/learning-edit.js';
import { learningView } from './views/learning.js';
import { feedView } from './views/feed.js';
import { landscapeView } from './views/landscape.js';
import { speakUpView } from './views/speak-up.js';
import { receiptView } from './views/receipt.js';
import { reviewsView } from './views/reviews.js';
import { reviewView } from './views/review.js';
import { t } from './messages/reports.js';
import { t as ts } from './messages/screens.js';
import { figuresView } from './views/figures.js';
import { t as lessons } from './messages/lessons.js';
import { startOutbox } from './outbox.js';
import { forgetTyped } from './keep.js';
import { t as cr } from './messages/casereviews.js';
import { caseReviewsView } from './views/case-reviews.js';
import { caseReviewView } from './views/case-review.js';
import { challengesView, challengeView } from './views/challenges.js';
import { t as ta } from './messages/app.js';
import { renderFrame, switchLanguage } from './frame.js';
import { newsLink, newsView } from './views/news.js';
import { searchView } from './views/search.js';
import { t as tsearch } from './messages/search.js';

const main = document.getElementById('main');
const status = document.getElementById('status');

const routes = [
  [/^#\/team\/([\w-]+)$/, teamView],
  [/^#\/team\/([\w-]+)\/experiments\/([\w-]+)$/, experimentView],
  [/^#\/team\/([\w-]+)\/learnings$/, learningsView],
  // prefilled from a concluded experiment: a learning's draft, or the next cycle's proposal
  [/^#\/team\/([\w-]+)\/learnings\/from\/([\w-]+)$/, learningsView],
  [/^#\/team\/([\w-]+)\/next\/([\w-]+)$/, teamView],
  [/^#\/team\/([\w-]+)\/learnings\/([\w-]+)$/, learningEditView],
  [/^#\/learning\/([\w-]+)$/, learningView],
  [/^#\/feed$/, feedView],
  [/^#\/landscape$/, landscapeView],
  [/^#\/speak-up$/, speakUpView],
  [/^#\/reviews$/, reviewsView],
  [/^#\/reviews\/([\w-]+)$/, reviewView],
  [/^#\/figures$/, figuresView],
  [/^#\/case-reviews$/, caseReviewsView],
  [/^#\/case-reviews\/([\w-]+)$/, caseReviewView],
  [/^#\/challenges$/, challengesView],
  [/^#\/challenges\/([\w-]+)$/, challengeView],
  [/^#\/news$/, newsView],
  [/^#\/search(?:\?.*)?$/, searchView],
];

/** Pages that need no sign-in: the receipt page never sends a token, signed in or not. */
const publicRoutes = [
  [/^#\/receipt$/, receiptView],
];

/**
 * The status line: a message is said once and stays for the page it was said on, or for the next page when it
 * was said right before going there ("The draft is saved" on the draft's own page); the page after that starts
 * clear. Its kind (ok, info, error) sets its colour and sign, so an expired sign-in is not shown as a success.
 */
let statusTimer = null;
let saidSinceRoute = false;
// true for the first page, a redirect, and a page a view went to right after saying something
let carryStatus = true;
function say(text, kind) {
  clearTimeout(statusTimer);
  status.textContent = '';
  status.dataset.kind = kind;
  saidSinceRoute = true;
  // a fresh text node so screen readers announce a repeated message too
  statusTimer = setTimeout(() => { status.textContent = text; }, 50);
}
function clearStatusOnNavigation() {
  const keep = carryStatus;
  carryStatus = false;
  saidSinceRoute = false;
  if (keep) return;
  clearTimeout(statusTimer);
  status.textContent = '';
  delete status.dataset.kind;
}
/** A redirect of the router itself is no new page for the reader: what was said stays. */
function redirect(hash, replace = false) {
  carryStatus = true;
  if (replace) window.location.replace(hash); else window.location.hash = hash;
}

/** What every view gets: who reads, names of teams and regions, and a way to tell the reader something. */
const ctx = {
  me: null,
  teams: new Map(),
  regions: new Map(),
  /** kind: 'ok' (done, the default), 'info' (nothing changed, a hint) or 'error' (it did not work). */
  announce(text, kind = 'ok') {
    say(text, ['ok', 'info', 'error'].includes(kind) ? kind : 'ok');
  },
  go(hash) {
    carryStatus = saidSinceRoute;
    if (window.location.hash === hash) route(); else window.location.hash = hash;
  },
  teamName(id) { return ctx.teams.get(id)?.name || ta('aTeam'); },
  regionName(id) { return ctx.regions.get(id)?.name || ta('aRegion'); },
  myTeam(id) { return (ctx.me?.teams || []).find((t) => t.teamId === id); },
};

let cleanup = null;
let afterSignIn = null;

async function loadReader() {
  ctx.me = await get('/api/me');
  const [teams, regions] = await Promise.all([get('/api/teams').catch(() => []), get('/api/regions').catch(() => [])]);
  ctx.teams = new Map(teams.map((t) => [t.teamId, t]));
  ctx.regions = new Map(regions.map((r) => [r.regionId, r]));
}

function navLink(hash, text) {
  const current = window.location.hash === hash || window.location.hash.startsWith(`${hash}/`)
    || window.location.hash.startsWith(`${hash}?`);
  return h('li', {}, h('a', { href: hash, 'aria-current': current ? 'page' : null }, text));
}

/** The language switch; after it the same page is drawn again, and what was just said stays. */
const languageSwitch = () => switchLanguage(async () => { carryStatus = true; await route(); });

function renderHeader() {
  const nav = clear(document.getElementById('nav'));
  const who = clear(document.getElementById('who'));
  if (!ctx.me) { who.append(languageSwitch()); menuToggle(false); return; }
  const items = [];
  for (const team of ctx.me.teams) items.push(navLink(`#/team/${team.teamId}`, team.name));
  if (ctx.me.teams.length) items.push(newsLink(window.location.hash === '#/news'));
  if (ctx.me.stewardOf.length || (ctx.me.reviews || []).length) items.push(navLink('#/feed', ta('regionFeed')));
  items.push(navLink('#/landscape', ctx.me.analyst ? ta('landscape') : ta('sharedLearning')));
  if ((ctx.me.reviews || []).length) items.push(navLink('#/reviews', t('navReviews')));
  if (ctx.me.analyst || (ctx.me.reviews || []).length) items.push(navLink('#/figures', lessons('navFigures')));
  items.push(navLink('#/case-reviews', cr('navCaseReviews')));
  items.push(navLink('#/challenges', cr('navChallenges')));
  items.push(navLink('#/search', tsearch('navSearch')));
  items.push(navLink('#/speak-up', t('navSpeakUp')));
  nav.append(h('ul', {}, items));
  who.append(h('span', {}, h('span', { class: 'who-label' }, `${ts('signedInAs')} `), h('strong', { 'data-testid': 'user' }, userName())),
    ' ', h('button', { type: 'button', class: 'link', onclick: () => { signOut(); forgetTyped(); ctx.me = null; ctx.go('#/signin'); } }, ts('signOut')),
    ' ', languageSwitch());
  menuToggle(true);
}

/** On a phone the menu folds behind one button (the header stays one line); on wider screens it is always open. */
function menuToggle(show) {
  const header = document.querySelector('.site-header');
  let button = document.getElementById('menu-toggle');
  if (!button) {
    button = h('button', { type: 'button', id: 'menu-toggle', class: 'menu-toggle', 'aria-controls': 'nav', 'aria-expanded': 'false',
      onclick: () => {
        const open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        header.classList.toggle('menu-open', open);
      } });
    document.getElementById('nav').before(button);
  }
  button.textContent = ts('menu');
  button.hidden = !show;
  button.setAttribute('aria-expanded', 'false');
  header.classList.remove('menu-open');
}

function home() {
  if (ctx.me.teams.length) return `#/team/${ctx.me.teams[0].teamId}`;
  if (ctx.me.stewardOf.length) return '#/feed';
  return '#/landscape';
}

let routing = 0;

async function route() {
  if (cleanup) { cleanup(); cleanup = null; }
  clearStatusOnNavigation();
  captureSignInKey(); // a sign-in link's key leaves the address before the hash is routed
  const hash = window.location.hash || '#/';
  const focusHeading = () => {
    const h1 = main.querySelector('h1');
    if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus({ preventScroll: false }); }
  };
  const open = publicRoutes.find(([pattern]) => pattern.test(hash));
  if (!token()) {
    ctx.me = null;
    renderHeader();
    if (open) {
      clear(main);
      await open[1](main, ctx);
      focusHeading();
      return;
    }
    if (hash !== '#/signin') { afterSignIn = hash; redirect('#/signin'); return; }
    clear(main);
    await signinView(main, { ...ctx, signedIn: () => ctx.go(afterSignIn && afterSignIn !== '#/signin' ? afterSignIn : '#/') });
    return;
  }
  try {
    if (!ctx.me) await loadReader();
  } catch (e) {
    clear(main).append(h('h1', {}, ta('ledger')), notice(e, ta('yourProfile')));
    return;
  }
  if (hash === '#/' || hash === '#/signin') { redirect(home(), true); return; }
  renderHeader();
  // Each page draws into its own element: a page still loading when the reader moves on (a slow connection, two
  // quick taps) finishes into an element no longer shown, instead of adding itself to the next page.
  const generation = ++routing;
  const page = h('div', { class: 'page' });
  clear(main).append(page);
  for (const [pattern, view] of [...routes, ...publicRoutes]) {
    const m = pattern.exec(hash);
    if (m) {
      let done = null;
      try {
        done = (await view(page, ctx, ...m.slice(1))) || null;
      } catch (e) {
        page.append(notice(e, ta('thisPage')));
      }
      if (generation !== routing) { if (done) done(); return; }
      cleanup = done;
      focusHeading();
      return;
    }
  }
  main.append(h('h1', {}, ta('notFound')), h('p', {}, h('a', { href: '#/' }, ta('goToStart'))));
  focusHeading();
}

window.addEventListener('hashchange', route);
window.addEventListener('ledger:unauthenticated', () => {
  signOut();
  ctx.me = null;
  afterSignIn = window.location.hash;
  renderHeader();
  document.getElementById('who').append(h('a', { href: '#/signin' }, ts('signInAgain')));
  ctx.announce(ts('sessionExpired'), 'error');
});

(async () => {
  renderFrame();
  try {
    if (await completeOidc()) ctx.announce(ts('signedIn'));
  } catch (e) {
    ctx.announce(ts('signInFailed', e.message), 'error');
  }
  route();
  startOutbox((text, kind) => ctx.announce(text, kind));
  // the offline shell: a reload without a connection shows the app (its files only; never an API answer)
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
})();
