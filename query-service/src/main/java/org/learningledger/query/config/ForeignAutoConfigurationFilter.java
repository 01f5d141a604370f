package org.learningledger.query.config;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Drops auto-configurations from the packages named in
 * {@code ledger.query.excluded-auto-configuration-packages}. When both services run in one JVM
 * (end-to-end tests), the command service's Axon jars are on the classpath: without this, Axon
 * would configure itself inside the query service too. Only query-service.yml sets the property,
 * so in any other application this filter lets everything through.
 */
public class ForeignAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String PROPERTY = "ledger.query.excluded-auto-configuration-packages";

    private List<String> excludedPrefixes = List.of();

    @Override
    public void setEnvironment(Environment environment) {
        String[] packages = environment.getProperty(PROPERTY, String[].class, new String[0]);
        excludedPrefixes = Arrays.stream(packages).map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> p.endsWith(".") ? p : p + ".").toList();
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            String candidate = candidates[i];
            matches[i] = candidate == null || excludedPrefixes.stream().noneMatch(candidate::startsWith);
        }
        return matches;
    }
}
