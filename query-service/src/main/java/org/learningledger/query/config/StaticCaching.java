package org.learningledger.query.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How long browsers keep the web interface's files (issue 13, item 7: mobile data). A file at a content-hashed
 * address ({@code app-<md5>.js}, see {@link WebInterfacePage}) never changes, so it is kept a year and not asked
 * for again ({@code immutable}); everything else of the interface (the service worker, a plain address) is
 * revalidated on each use ({@code no-cache}: a 304 when unchanged). The page and the settings set their own.
 */
@Configuration(proxyBeanMethods = false)
class StaticCaching implements WebMvcConfigurer {

    static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final Pattern HASHED = Pattern.compile("-[0-9a-f]{32}\\.[a-z]+$");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // the resource handler sets no Cache-Control of its own (no spring.web.resources.cache.*)
                boolean hashed = HASHED.matcher(request.getRequestURI()).find();
                CacheControl kept = hashed ? IMMUTABLE : CacheControl.noCache();
                response.setHeader(HttpHeaders.CACHE_CONTROL, kept.getHeaderValue());
                return true;
            }
        }).addPathPatterns("/ui/**", "/sw.js").excludePathPatterns(WebInterfaceSettings.PATH);
    }

    /** The service worker's ETag, so a browser checking for a new one gets a 304 when there is none. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> serviceWorkerEtag() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/sw.js");
        registration.setName("serviceWorkerEtag");
        return registration;
    }

    /**
     * Tomcat does not compress a response with a strong ETag (its bytes would no longer be the tagged ones), and the
     * resource chain tags a hashed file with a strong one: it is made weak, which is what a compressed copy is.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> weakEtags() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public void setHeader(String name, String value) {
                        super.setHeader(name, weak(name, value));
                    }

                    @Override
                    public void addHeader(String name, String value) {
                        super.addHeader(name, weak(name, value));
                    }
                });
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/ui/*");
        registration.setName("weakEtags");
        return registration;
    }

    static String weak(String name, String value) {
        return HttpHeaders.ETAG.equalsIgnoreCase(name) && value != null && value.startsWith("\"") ? "W/" + value : value;
    }
}
