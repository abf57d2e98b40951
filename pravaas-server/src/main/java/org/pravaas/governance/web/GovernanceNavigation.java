package org.pravaas.governance.web;

import java.util.Set;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Governance in the main navigation, for everyone signed in. */
@Configuration(proxyBeanMethods = false)
class GovernanceNavigation {
    @Bean
    Navigation governanceEntry() {
        return new Navigation("nav.governance", "/governance", Set.of(), 700);
    }
}
