package org.learningledger.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The real query service on a random port, against a PostgreSQL and a Kafka broker of its own (see
 * {@link Infrastructure}, which a test class may autowire): started for the test class, stopped after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {QueryServiceApplication.CONFIG_NAME, "ledger.query.purge.first-run-after=PT1H"})
@ContextConfiguration(initializers = Infrastructure.Starter.class)
@DirtiesContext
@interface QueryServiceTest {
}
