package org.pravaas.registry.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.pravaas.registry.person.RegistryRoles;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The registry in the main navigation, for the roles that read people, and its help page. */
@Configuration(proxyBeanMethods = false)
@Controller
class RegistryNavigation {
    @Bean
    Navigation registryEntry() {
        Set<String> roles = Arrays.stream(RegistryRoles.READ).map(Enum::name).collect(Collectors.toSet());
        return new Navigation("nav.registry", "/registry", roles, 100);
    }

    @GetMapping("/registry/help")
    String help() {
        return "registry/help";
    }
}
