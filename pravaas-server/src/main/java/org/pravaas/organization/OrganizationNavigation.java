package org.pravaas.organization;

import java.util.Set;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organisation's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {
    @Bean
    Navigation officesNavigation() {
        return new Navigation("nav.offices", "/admin/offices", Set.of(), 800);
    }

    @Bean
    Navigation partnersNavigation() {
        return new Navigation("nav.partners", "/admin/partners", Set.of(), 810);
    }

    @Bean
    Navigation usersNavigation() {
        return new Navigation("nav.users", "/admin/users", Set.of("ADMINISTRATOR"), 820);
    }
}
