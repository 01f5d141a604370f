package org.learningledger.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The write side: decides commands with Axon aggregates and forwards stored events to Kafka. */
@SpringBootApplication
public class CommandServiceApplication {

    /** Own config name, so both services can also run in one JVM (end-to-end tests). */
    public static final String CONFIG_NAME = "spring.config.name=command-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
