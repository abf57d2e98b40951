package org.pravaas.displacement.web;

import java.util.Set;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Displacement tracking in the main navigation, for everyone signed in (published figures). */
@Configuration(proxyBeanMethods = false)
class DisplacementNavigation {
    @Bean
    Navigation displacementEntry() {
        return new Navigation("nav.displacement", "/displacement", Set.of(), 500);
    }
}
