package org.learningledger.query.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The web interface's Content-Security-Policy: scripts, styles and images from this service only,
 * no inline script, no framing, and connections only to this service, the command API, the sign-in
 * issuer and the identity provider, so an injected text can neither run nor send what a social
 * worker sees elsewhere. The API origins are those {@link WebInterfaceSettings} gives the pages:
 * explicit URLs, or the page's own host at the configured ports (hence per request); a deployment
 * that serves its own {@code ui/config.js} names other origins in {@code ledger.web.connect-src}. The one inline
 * script is the page's import map ({@link WebInterfacePage}), allowed by its SHA-256, never by 'unsafe-inline'.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter {

    private final WebAddresses web;
    private final Supplier<String> importMapHash;

    @Autowired
    ContentSecurityPolicy(WebAddresses web, ObjectProvider<WebInterfacePage> page) {
        this(web, () -> page.getObject().page().importMapHash());
    }

    ContentSecurityPolicy(WebAddresses web, Supplier<String> importMapHash) {
        this.web = web;
        this.importMapHash = importMapHash;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", policy(request.getScheme(), request.getServerName()));
    }

    String policy(String scheme, String host) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        connect.add(origin(web.commandApi(), scheme, host, web.commandPort()));
        connect.add(origin(web.issuerUrl(), scheme, host, web.issuerPort()));
        if (!web.oidc().authority().isBlank()) {
            connect.add(origin(web.oidc().authority(), scheme, host, -1));
        }
        web.connectSrc().stream().filter(url -> !url.isBlank()).forEach(url -> connect.add(origin(url, scheme, host, -1)));
        return "default-src 'none'; script-src 'self' 'sha256-" + importMapHash.get() + "'; style-src 'self'; "
                + "img-src 'self' data:; font-src 'self'; "
                + "connect-src " + String.join(" ", connect) + "; manifest-src 'self'; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'";
    }

    private static String origin(String url, String scheme, String host, int port) {
        if (url.isBlank()) {
            return scheme + "://" + hostSource(host) + ":" + port;
        }
        URI uri = URI.create(url.trim());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** An IPv6 literal keeps its brackets in a source expression. */
    private static String hostSource(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
