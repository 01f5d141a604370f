package org.learningledger.query.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learningledger.events.LedgerJson;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The web interface's page, made once from {@code static/index.html}: its stylesheets and first module at
 * content-hashed addresses (Spring's resource chain, {@code spring.web.resources.chain.strategy.content}), an import
 * map that sends every module's plain address to its hashed one (so {@code import './dom.js'} inside a module reaches
 * a file the browser may keep for a year), and a {@code modulepreload} for every module the first page imports, so
 * the browser asks for them all at once instead of one level of imports per round trip. The page itself is
 * revalidated on every load ({@code no-cache}, ETag), so a new deployment's addresses are seen at once.
 * {@code ui/config.js} keeps its plain address: a deployment may replace it while the service runs.
 */
@RestController
class WebInterfacePage {

    /** A deployment's own file (README, "On an existing Kafka cluster"): revalidated, never hashed. */
    static final String REPLACEABLE = "/ui/config.js";
    private static final Pattern IMPORT = Pattern.compile("(?:import|export)\\s[^;]*?from\\s*'([^']+)'|import\\s*'([^']+)'");
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/ui/[^\"]+\\.css)\"");
    private static final String ENTRY = "/ui/app.js";

    private final ResourceUrlProvider urls;
    private final WebInterfaceSettings settings;
    private volatile Page page;

    /** The page, its ETag and the hash of its import map (the CSP allows that one inline script, no other). */
    record Page(String html, String etag, String importMapHash) {
    }

    WebInterfacePage(ResourceUrlProvider urls, WebInterfaceSettings settings) {
        this.urls = urls;
        this.settings = settings;
    }

    @GetMapping(value = {"/", "/index.html"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> index() {
        Page shown = page();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).eTag(shown.etag())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(shown.html());
    }

    /** Built on first use: the resource chain knows its handlers only once the context has started. */
    Page page() {
        Page built = page;
        if (built == null) {
            synchronized (this) {
                if (page == null) {
                    page = build();
                }
                built = page;
            }
        }
        return built;
    }

    private Page build() {
        Map<String, String> modules = modules();
        Map<String, String> imports = new TreeMap<>();
        modules.keySet().stream().filter(path -> !path.equals(REPLACEABLE))
                .forEach(path -> imports.put(path, hashed(path)));
        imports.put(WebInterfaceSettings.PATH, WebInterfaceSettings.PATH + "?v=" + settings.version());
        String map = LedgerJson.mapper().writeValueAsString(Map.of("imports", imports));
        StringBuilder head = new StringBuilder("<script type=\"importmap\">").append(map).append("</script>\n");
        for (String module : firstPage(modules)) {
            head.append("  <link rel=\"modulepreload\" href=\"").append(imports.getOrDefault(module, module))
                    .append("\">\n");
        }
        head.append("  <script type=\"module\" src=\"").append(imports.get(ENTRY)).append("\"></script>");
        String template = read(new PathMatchingResourcePatternResolver().getResource("classpath:/static/index.html"));
        Matcher sheets = STYLESHEET.matcher(template.replace("<script type=\"module\" src=\"" + ENTRY + "\"></script>",
                head.toString()));
        String html = sheets.replaceAll(m -> Matcher.quoteReplacement("href=\"" + hashed(m.group(1)) + "\""));
        return new Page(html, "W/\"" + hex(digest(html)) + "\"", Base64.getEncoder().encodeToString(digest(map)));
    }

    /** Every module of the interface by its address, with its text. */
    private static Map<String, String> modules() {
        try {
            Map<String, String> modules = new LinkedHashMap<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:/static/ui/**/*.js")) {
                String url = r.getURL().toString();
                modules.put(url.substring(url.lastIndexOf("/static/ui/") + "/static".length()), read(r));
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modules the entry imports, directly or not (static imports only: that is all the first page waits for). */
    private static Set<String> firstPage(Map<String, String> modules) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(ENTRY));
        while (!next.isEmpty()) {
            String module = next.removeFirst();
            if (!seen.add(module)) {
                continue;
            }
            Matcher m = IMPORT.matcher(modules.getOrDefault(module, ""));
            while (m.find()) {
                String spec = m.group(1) != null ? m.group(1) : m.group(2);
                next.add(URI.create(module).resolve(spec).getPath());
            }
        }
        return seen;
    }

    private String hashed(String path) {
        String url = urls.getForLookupPath(path);
        return url == null ? path : url;
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes, 0, 16);
    }
}
