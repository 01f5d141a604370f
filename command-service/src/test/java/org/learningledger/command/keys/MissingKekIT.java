package org.learningledger.command.keys;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.learningledger.command.CommandServiceApplication;
import org.learningledger.command.support.Infrastructure;
import org.learningledger.command.support.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Without a key-encryption key the service refuses to start, naming both ways to give one. */
class MissingKekIT {

    @Test
    void givenNoKek_whenStarted_thenRefusesNamingBothSettings() {
        SpringApplicationBuilder service = new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties(CommandServiceApplication.CONFIG_NAME);
        String[] arguments = {"--server.port=0", "--spring.kafka.bootstrap-servers=" + Infrastructure.kafkaBootstrap(),
            "--spring.datasource.url=" + Infrastructure.postgres().getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
            "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
            "--ledger.keys.kek=", "--ledger.keys.kek-file="};

        assertThatThrownBy(() -> service.run(arguments)).rootCause()
                .hasMessageContaining("No key-encryption key")
                .hasMessageContaining("ledger.keys.kek (env LEDGER_KEK")
                .hasMessageContaining("ledger.keys.kek-file (env LEDGER_KEK_FILE");
    }
}
