package org.pravaas.health.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.pravaas.health.access.HealthRoles;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Health in the main navigation, for the roles that see travel status, and its help page. */
@Configuration(proxyBeanMethods = false)
@Controller("healthNavigation")
class HealthNavigation {
    @Bean
    Navigation healthEntry() {
        Set<String> roles = Arrays.stream(HealthRoles.STATUS).map(Enum::name).collect(Collectors.toSet());
        return new Navigation("nav.health", "/health", roles, 300);
    }

    @GetMapping("/health/help")
    String help() {
        return "health/help";
    }
}
