package org.pravaas.shared.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external PostgreSQL is configured, so Pravaas runs its own. */
public class NoDatasourceConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !hasExternalDatabase(context.getEnvironment());
    }

    public static boolean hasExternalDatabase(org.springframework.core.env.Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }
}
