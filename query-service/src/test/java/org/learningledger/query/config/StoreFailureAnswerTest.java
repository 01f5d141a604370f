package org.learningledger.query.config;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.EOFException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A read cut off by a database that went away answers 503, never an empty 200: the failure ends in an EOFException,
 * which Spring MVC on its own takes for a client that hung up.
 */
class StoreFailureAnswerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void givenTheDatabaseConnectionCut_whenRead_then503TryAgain() throws Exception {
        mvc.perform(get("/read")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.type").value("urn:ledger:problem:unavailable"));
    }

    @RestController
    static class Failing {

        @GetMapping("/read")
        String read() {
            throw new DataAccessResourceFailureException("I/O error",
                    new SQLException("An I/O error occurred while sending to the backend.", "08006", new EOFException()));
        }
    }
}
