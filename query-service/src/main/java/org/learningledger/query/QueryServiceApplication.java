package org.learningledger.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The read side: consumes {@code ledger.events} into read models in its own database and answers
 * queries over them. Component scanning stays in {@code org.learningledger.query}.
 */
@SpringBootApplication
public class QueryServiceApplication {

    /** Own config name ({@code query-service.yml}), so both services can also run in one JVM. */
    public static final String CONFIG_NAME = "spring.config.name=query-service";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as {@code main} starts it; end-to-end tests start it the same way. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(QueryServiceApplication.class).properties(CONFIG_NAME);
    }
}
