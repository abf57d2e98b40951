package org.pravaas.movement.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.pravaas.movement.travel.MovementAccess;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Movements in the main navigation, for the roles that read them, and the help page. */
@Configuration(proxyBeanMethods = false)
@Controller("movementNavigation")
class MovementNavigation {
    @Bean
    Navigation movementEntry() {
        Set<String> roles = Arrays.stream(MovementAccess.READ).map(Enum::name).collect(Collectors.toSet());
        return new Navigation("nav.movements", "/movements", roles, 310);
    }

    @GetMapping("/movements/help")
    String help() {
        return "movement/help";
    }
}
