package org.pravaas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Pravaas server application. The jar starts at {@link org.pravaas.cli.PravaasCommand}, whose {@code serve} runs it. */
@SpringBootApplication
@EnableScheduling
public class PravaasApplication {
    public static void main(String[] args) {
        SpringApplication.run(PravaasApplication.class, args);
    }
}
