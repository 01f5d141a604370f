package org.learningledger.query.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The web interface's Content-Security-Policy: scripts, styles and images from this service only,
 * no inline script, no framing, and connections only to this service, the command API, the sign-in
 * issuer and the identity provider, so an injected text can neither run nor send what a social
 * worker sees elsewhere. The API origins are those {@link WebInterfaceSettings} gives the pages:
 * explicit URLs, or the page's own host at the configured ports (hence per request). A deployment
 * that serves its own {@code ui/config.js} names other origins in {@code ledger.web.connect-src}.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter {

    private final String commandApi;
    private final int commandPort;
    private final String issuerUrl;
    private final int issuerPort;
    private final String oidcAuthority;
    private final List<String> extraConnect;

    ContentSecurityPolicy(@Value("${ledger.web.command-api:}") String commandApi,
            @Value("${ledger.web.command-port:8081}") int commandPort,
            @Value("${ledger.web.issuer-url:}") String issuerUrl,
            @Value("${ledger.web.issuer-port:8083}") int issuerPort,
            @Value("${ledger.web.oidc.authority:}") String oidcAuthority,
            @Value("${ledger.web.connect-src:}") List<String> extraConnect) {
        this.commandApi = commandApi;
        this.commandPort = commandPort;
        this.issuerUrl = issuerUrl;
        this.issuerPort = issuerPort;
        this.oidcAuthority = oidcAuthority;
        this.extraConnect = extraConnect;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", policy(request.getScheme(), request.getServerName()));
    }

    String policy(String scheme, String host) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        connect.add(origin(commandApi, scheme, host, commandPort));
        connect.add(origin(issuerUrl, scheme, host, issuerPort));
        if (!oidcAuthority.isBlank()) {
            connect.add(origin(oidcAuthority, scheme, host, -1));
        }
        extraConnect.stream().filter(url -> !url.isBlank()).forEach(url -> connect.add(origin(url, scheme, host, -1)));
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
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
