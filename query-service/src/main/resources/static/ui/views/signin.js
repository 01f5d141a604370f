// Sign-in: with an identity provider, a button that starts the OIDC flow; locally, the demo users.
import { beginOidc, demoUsers, hasSignInKey, signInAs, usesOidc } from '../auth.js';
import { h } from '../dom.js';
import { say, SIGN_IN } from '../labels.js';

export async function signinView(main, ctx) {
  document.title = 'Sign in · Learning ledger';
  main.append(h('h1', {}, 'Sign in'));
  const message = h('p', { class: 'form-error', role: 'alert', hidden: true });
  main.append(message);
  const fail = (text) => { message.textContent = text; message.hidden = false; };

  if (usesOidc()) {
    main.append(h('p', {}, 'Sign in with your organisation account.'),
      h('button', { type: 'button', class: 'primary', onclick: () => beginOidc().catch((e) => fail(`Sign-in could not start: ${e.message}`)) },
        'Sign in'));
    return;
  }

  if (!hasSignInKey()) {
    main.append(h('p', { class: 'sign-in-key' }, say(SIGN_IN.needsLink)), h('pre', {}, h('code', {}, 'infra/ledger sign-in-link')));
    return;
  }
  main.append(h('p', {}, 'This is the local demo ledger. Choose who you want to be; each person sees what their role allows.'));
  let users;
  try {
    users = await demoUsers();
  } catch {
    fail('The local sign-in service cannot be reached. Is the ledger running (infra/ledger up)?');
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
          fail(e.status === 401 ? say(SIGN_IN.keyRefused) : 'Signing in did not work. Please try again.');
        }
      },
    }, h('span', { class: 'user-name' }, u.user), h('span', { class: 'user-desc' }, u.description)))));
  main.append(h('section', { 'aria-labelledby': 'demo-users' }, h('h2', { id: 'demo-users' }, 'Demo people'), list));
}
