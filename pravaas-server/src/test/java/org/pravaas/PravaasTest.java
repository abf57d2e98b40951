package org.pravaas;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context the integration tests share: the real server on a random port,
 * on its own throw-away embedded PostgreSQL, with the demo organisation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "pravaas.data-dir=target/test-data/shared",
            "pravaas.embedded-db.clean=true",
            "pravaas.embedded-db.durable=false",
            "pravaas.login.max-failures=3"
        })
@ActiveProfiles("demo")
public @interface PravaasTest {}
