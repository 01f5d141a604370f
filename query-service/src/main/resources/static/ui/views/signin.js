// Sign-in: with an identity provider, a button that starts the OIDC flow; locally, the demo users.
import { beginOidc, demoUsers, hasSignInKey, signInAs, usesOidc } from '../auth.js';
import { h } from '../dom.js';
import { say, SIGN_IN } from '../labels.js';
import { t } from '../messages/signin.js';
import { language } from '../i18n.js';

export async function signinView(main, ctx) {
  document.title = t('title');
  main.append(h('h1', {}, t('signIn')));
  const message = h('p', { class: 'form-error', role: 'alert', hidden: true });
  main.append(message);
  const fail = (text) => { message.textContent = text; message.hidden = false; };

  if (usesOidc()) {
    main.append(h('p', {}, t('withAccount')),
      h('button', { type: 'button', class: 'primary', onclick: () => beginOidc().catch((e) => fail(t('couldNotStart', e.message))) },
        t('signIn')));
    return;
  }

  if (!hasSignInKey()) {
    main.append(h('p', { class: 'sign-in-key' }, say(SIGN_IN.needsLink)), h('pre', {}, h('code', {}, 'infra/ledger sign-in-link')));
    return;
  }
  main.append(h('p', {}, t('demo')));
  let users;
  try {
    users = await demoUsers();
  } catch {
    fail(t('unreachable'));
    return;
  }
  const list = h('ul', { class: 'user-list' }, users.map((u) => h('li', {},
    h('button', {
      type: 'button',
      class: 'user',
      'data-user': u.user,
      onclick: async (event) => {
        const button = event.currentTarget;
        button.disabled = true;
        try {
          await signInAs(u.user);
          ctx.signedIn();
        } catch (e) {
          button.disabled = false;
          fail(e.status === 401 ? say(SIGN_IN.keyRefused) : t('failed'));
        }
      },
    }, h('span', { class: 'user-name' }, u.user), h('span', { class: 'user-desc' }, (u.descriptions && u.descriptions[language()]) || u.description)))));
  main.append(h('section', { 'aria-labelledby': 'demo-users' }, h('h2', { id: 'demo-users' }, t('demoPeople')), list));
}
