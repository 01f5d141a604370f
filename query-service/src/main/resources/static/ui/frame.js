// The page's frame (index.html) in the page's language, and the header's language switch.
import { h } from './dom.js';
import { setLanguage } from './i18n.js';
import { t } from './messages/app.js';

/** The texts of index.html (skip link, name, menu's label, footer, "Loading…") in the page's language. */
export function renderFrame() {
  const text = (selector, key) => { const el = document.querySelector(selector); if (el) el.textContent = t(key); };
  text('.skip-link', 'skip');
  text('.site-header .brand', 'ledger');
  text('.site-footer p', 'footer');
  text('main .loading', 'loading');
  document.getElementById('nav')?.setAttribute('aria-label', t('mainNav'));
  document.title = t('ledger');
}

/**
 * The switch: named in the other language ("English" on a Czech page, "Česky" on an English one). It remembers
 * the choice on this device (localStorage['ledger.lang']), draws the page again with redraw() and keeps the
 * focus on itself.
 */
export function switchLanguage(redraw) {
  const other = t('switchToLang');
  return h('button', {
    type: 'button', id: 'language-switch', class: 'link language-switch', lang: other, title: t('switchLabel'),
    onclick: async () => {
      setLanguage(other, true);
      renderFrame();
      await redraw();
      document.getElementById('language-switch')?.focus();
    },
  }, t('switchTo'));
}
