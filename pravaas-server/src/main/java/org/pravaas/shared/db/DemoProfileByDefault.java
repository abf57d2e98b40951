package org.pravaas.shared.db;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With no external database and no profile chosen, Pravaas runs as a demo: embedded PostgreSQL
 * and demo accounts. Pointing it at a real database never brings the demo accounts along.
 */
class DemoProfileByDefault implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getActiveProfiles().length == 0 && !NoDatasourceConfigured.hasExternalDatabase(environment)) {
            environment.addActiveProfile("demo");
        }
    }
}
