// Sign-in. Locally: pick a demo user, get their token from the local issuer. With a real identity
// provider (config.oidc): the OIDC authorisation-code flow with PKCE. The token lives in localStorage until
// it expires or the person signs out, so a tablet that discards the tab between visits keeps the sign-in
// for the token's lifetime; no cookie is ever sent.
import config from './config.js';
import { t as ts } from './messages/signin.js';

const TOKEN = 'ledger.token';
const PKCE = 'ledger.pkce';
const SIGN_IN_KEY = 'ledger.signInKey';

// The local issuer hands out tokens only to a page that shows its sign-in key, which `infra/ledger up`
// prints as part of a link (#/signin?key=...). Kept for later sign-ins and taken out of the address bar;
// looked for on every load and whenever the sign-in page asks (the link may arrive by a hash change).
export function captureSignInKey() {
  const pattern = /[?&]key=([A-Za-z0-9_-]+)/;
  const m = pattern.exec(window.location.hash);
  if (!m) return;
  localStorage.setItem(SIGN_IN_KEY, m[1]);
  window.history.replaceState(null, '', window.location.pathname + window.location.search
    + window.location.hash.replace(pattern, ''));
}
captureSignInKey();

/** Whether this browser holds the local issuer's sign-in key. */
export function hasSignInKey() {
  captureSignInKey();
  return Boolean(localStorage.getItem(SIGN_IN_KEY));
}

/** The JWT's claims (not verified here: the services verify every call). */
export function claims(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(atob(part).split('').map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    return JSON.parse(json);
  } catch {
    return {};
  }
}

/** The current token, or null when none or expired. */
export function token() {
  const t = localStorage.getItem(TOKEN);
  if (!t) return null;
  const exp = claims(t).exp;
  if (exp && exp * 1000 < Date.now() + 10_000) {
    localStorage.removeItem(TOKEN);
    return null;
  }
  return t;
}

export function userName() {
  const t = token();
  if (!t) return null;
  const c = claims(t);
  return c.preferred_username || c.name || c.sub || null;
}

export function signOut() {
  localStorage.removeItem(TOKEN);
}

export function usesOidc() {
  return Boolean(config.oidc && config.oidc.authority && config.oidc.clientId);
}

// --- local issuer ----------------------------------------------------------------------------------------------

export async function demoUsers() {
  const response = await fetch(`${config.issuerUrl}/users`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(ts('issuerAnswered', response.status));
  return response.json();
}

export async function signInAs(user) {
  const response = await fetch(`${config.issuerUrl}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ user, key: localStorage.getItem(SIGN_IN_KEY) || '' }),
  });
  if (response.status === 401) localStorage.removeItem(SIGN_IN_KEY); // an old link, from an earlier LEDGER_HOME
  if (!response.ok) {
    const error = new Error(ts('issuerAnswered', response.status));
    error.status = response.status;
    throw error;
  }
  const body = await response.json();
  localStorage.setItem(TOKEN, body.access_token);
}

// --- OIDC with PKCE --------------------------------------------------------------------------------------------

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(bytes = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function discovery() {
  const authority = config.oidc.authority.replace(/\/$/, '');
  const response = await fetch(`${authority}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(ts('providerAnswered', response.status));
  return response.json();
}

function redirectUri() {
  return config.oidc.redirectUri || `${window.location.origin}/`;
}

/** Sends the browser to the identity provider; it comes back with ?code=&state=. */
export async function beginOidc() {
  const meta = await discovery();
  const verifier = randomString(48);
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomString(16);
  sessionStorage.setItem(PKCE, JSON.stringify({ verifier, state, tokenEndpoint: meta.token_endpoint }));
  const url = new URL(meta.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.oidc.clientId,
    redirect_uri: redirectUri(),
    scope: config.oidc.scope || 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/** On return from the identity provider: trades the code for a token. True when it did. */
export async function completeOidc() {
  const params = new URLSearchParams(window.location.search);
  if (!usesOidc() || !params.has('code')) return false;
  const saved = JSON.parse(sessionStorage.getItem(PKCE) || 'null');
  sessionStorage.removeItem(PKCE);
  window.history.replaceState(null, '', `${window.location.pathname}#/`);
  if (!saved || saved.state !== params.get('state')) throw new Error(ts('stateMismatch'));
  const response = await fetch(saved.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: redirectUri(),
      client_id: config.oidc.clientId,
      code_verifier: saved.verifier,
    }),
  });
  if (!response.ok) throw new Error(ts('providerAnswered', response.status));
  const body = await response.json();
  localStorage.setItem(TOKEN, body.access_token);
  return true;
}
