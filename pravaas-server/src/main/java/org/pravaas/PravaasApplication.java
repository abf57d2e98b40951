package org.pravaas;

import org.pravaas.cli.PravaasCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Pravaas: the server and the command line share this entry point. */
@SpringBootApplication
@EnableScheduling
public class PravaasApplication {
    public static void main(String[] args) {
        System.exit(PravaasCommand.run(args));
    }
}
