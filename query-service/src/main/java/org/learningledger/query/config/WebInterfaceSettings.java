package org.learningledger.query.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.learningledger.events.LedgerJson;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web interface's settings as a JavaScript module, made from this service's configuration: where the command
 * API and the local sign-in issuer are, the identity provider when there is one, and the language a person who has
 * not chosen one starts in. Without an explicit URL the
 * pages use their own host name with the configured port, so the ports of {@code infra/ledger up} need nothing more.
 */
@RestController
@EnableConfigurationProperties(WebAddresses.class)
class WebInterfaceSettings {

    static final String PATH = "/ui/settings.js";

    private final String module;
    private final String version;

    WebInterfaceSettings(WebAddresses web) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("commandApi", web.commandApi());
        settings.put("commandPort", web.commandPort());
        settings.put("issuerUrl", web.issuerUrl());
        settings.put("issuerPort", web.issuerPort());
        WebAddresses.Oidc oidc = web.oidc();
        settings.put("oidc", oidc.authority().isBlank() ? null
                : Map.of("authority", oidc.authority(), "clientId", oidc.clientId(), "scope", oidc.scope()));
        settings.put("defaultLanguage", web.defaultLanguage());
        this.module = module(settings);
        this.version = java.util.HexFormat.of().formatHex(WebInterfacePage.digest(module), 0, 16);
    }

    /** Names this module's content: the page asks for {@code settings.js?v=<version>}, which never changes. */
    String version() {
        return version;
    }

    /** Values go in as JSON, so no configured text can break out of its string. */
    static String module(Map<String, Object> settings) {
        return """
                // Made by the query service from its configuration (ledger.web.*); see the README.
                const { protocol, hostname } = window.location;
                const s = %s;
                export default {
                  queryApi: '',
                  commandApi: s.commandApi || `${protocol}//${hostname}:${s.commandPort}`,
                  issuerUrl: s.issuerUrl || `${protocol}//${hostname}:${s.issuerPort}`,
                  oidc: s.oidc,
                  defaultLanguage: s.defaultLanguage === 'en' ? 'en' : 'cs',
                };
                """.formatted(LedgerJson.mapper().writeValueAsString(settings));
    }

    /** At its versioned address kept for a year; at the plain one revalidated (a 304 while unchanged). */
    @GetMapping(value = PATH, produces = "text/javascript")
    ResponseEntity<String> settings(@RequestParam(required = false) String v) {
        return ResponseEntity.ok().cacheControl(version.equals(v) ? StaticCaching.IMMUTABLE : CacheControl.noCache())
                .eTag("W/\"" + version + "\"").body(module);
    }
}
