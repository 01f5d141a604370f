// Before a learning is first shared at a tier: the copy readers there will see, drawn by the same code as the
// learning's page, and a confirmation that names who they are. The preview is the command service's own
// answer (POST .../publications/preview), so what is shown is what would be published.
import { h } from '../dom.js';
import { evidence, facts } from './learning.js';
import { t } from '../messages/sharing.js';

/** The panel; `confirm()` shares, `back()` returns to the draft. Focus goes to its heading. */
export function previewPanel(ctx, preview, { confirm, back }) {
  const s = preview.snapshot || {};
  const region = ctx.regionName(preview.regionId);
  const national = preview.tier === 'NATION';
  const measured = (s.evidence || []).some((e) => (e.measures || []).length);
  const panel = h('section', { class: 'panel share-preview', 'aria-labelledby': 'share-preview-h' },
    h('h3', { id: 'share-preview-h', tabindex: '-1' }, t('previewTitle')),
    h('p', { class: 'notice who-will-see' }, national ? t('whoNation') : t('whoRegion', region)),
    h('p', { class: 'hint' }, t('previewHint')),
    h('div', { class: 'preview-copy' },
      h('p', { class: 'preview-title' }, h('strong', {}, s.title || '')),
      facts(s),
      evidence(s.evidence || [], 'h4'),
      measured ? h('p', { class: 'hint' }, t('measuresNote')) : null),
    h('p', { class: 'hint' }, t('notUndone')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary confirm-share', onclick: confirm },
        national ? t('confirmNation') : t('confirmRegion', region)),
      h('button', { type: 'button', class: 'secondary', onclick: back }, t('back'))));
  return panel;
}
