package org.pravaas.skills.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.pravaas.shared.web.Navigation;
import org.pravaas.skills.profile.SkillsRoles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Skills in the main navigation, for the roles that read profiles, and its help page. */
@Configuration(proxyBeanMethods = false)
@Controller
class SkillsNavigation {
    @Bean
    Navigation skillsEntry() {
        Set<String> roles = Arrays.stream(SkillsRoles.READ).map(Enum::name).collect(Collectors.toSet());
        return new Navigation("nav.skills", "/skills", roles, 600);
    }

    @GetMapping("/skills/help")
    String help() {
        return "skills/help";
    }
}
