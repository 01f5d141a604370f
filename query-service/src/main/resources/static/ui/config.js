// Where the web interface finds its APIs and how it signs people in: made by the query service from its
// configuration (ledger.web.*, see the README's configuration table). A deployment that wants full control
// may still put its own ui/config.js ahead of this one
// (spring.web.resources.static-locations=file:/etc/ledger/web/,classpath:/static/), exporting the same fields:
// { queryApi, commandApi, issuerUrl, oidc: { authority, clientId, scope } | null, defaultLanguage: 'cs' | 'en' }.
export { default } from './settings.js';
