package org.learningledger.command.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command gateway every controller sends through, with {@link ConflictRetry}: so an aggregate that
 * another command service changed is reloaded and the command decided again, instead of the user being
 * told about a conflict they did not cause.
 */
@Configuration
class CommandGatewayConfig {

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus,
            @Qualifier("commandRetryExecutor") ScheduledExecutorService commandRetryExecutor,
            @Value("${ledger.commands.conflict-retries:5}") int retries,
            @Value("${ledger.commands.conflict-retry-interval-ms:10}") int intervalMillis) {
        return DefaultCommandGateway.builder().commandBus(commandBus)
                .retryScheduler(new ConflictRetry(commandRetryExecutor, retries, intervalMillis)).build();
    }
}
