// Where the web interface finds its APIs and how it signs people in. A deployment replaces this file
// (for example with spring.web.resources.static-locations=file:/etc/ledger/web/,classpath:/static/).
const { protocol, hostname } = window.location;

export default {
  // The query API: the service that serves these pages ('' = the same origin).
  queryApi: '',
  // The command API: another origin, which allows this one (CORS; command-service ledger.web.allowed-origins).
  commandApi: `${protocol}//${hostname}:8081`,
  // The local stack's demo issuer (infra/ledger up starts it): lists demo users and hands out their tokens.
  issuerUrl: `${protocol}//${hostname}:8083`,
  // With a real identity provider, sign-in is the OIDC authorisation-code flow with PKCE instead, e.g.
  // oidc: { authority: 'https://keycloak.example/realms/ledger', clientId: 'ledger-web', scope: 'openid' },
  oidc: null,
};
