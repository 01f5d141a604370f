package org.learningledger.command.config;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.EOFException;
import java.sql.SQLException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A command cut off by a database that went away must never look accepted. The failures below end, as a killed
 * PostgreSQL makes them end, in an EOFException, which Spring MVC on its own takes for a client that hung up and
 * answers with an empty 200 (seen in the fault test: an acknowledged observation that was never stored).
 */
class StoreFailureAnswerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ProblemAdvice())
            .build();

    @Test
    void givenTheStoreConnectionCutWhileAppending_whenCommanded_then503NotRecorded() throws Exception {
        mvc.perform(post("/append")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.type").value("urn:ledger:problem:unavailable"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was recorded")));
    }

    @Test
    void givenTheDatabaseGoneWhileCheckingMembership_whenCommanded_then503() throws Exception {
        mvc.perform(post("/membership")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void givenNoConnectionForATransaction_whenCommanded_then503() throws Exception {
        mvc.perform(post("/begin")).andExpect(status().isServiceUnavailable());
    }

    @RestController
    static class Failing {

        private static SQLException cut() {
            return new SQLException("An I/O error occurred while sending to the backend.", "08006", new EOFException());
        }

        @PostMapping("/append")
        void append() {
            throw new EventStoreException("An event for aggregate [x] at sequence [4] could not be persisted", cut());
        }

        @PostMapping("/membership")
        void membership() {
            throw new DataAccessResourceFailureException("I/O error", cut());
        }

        @PostMapping("/begin")
        void begin() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection", cut());
        }
    }
}
