package org.learningledger.command.config;

import java.time.Clock;
import org.learningledger.events.LedgerCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "today" in commands, in the ledger's calendar; tests may replace it with a fixed one. */
@Configuration
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.system(LedgerCalendar.ZONE);
    }
}
