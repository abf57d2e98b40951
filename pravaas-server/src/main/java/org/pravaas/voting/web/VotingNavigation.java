package org.pravaas.voting.web;

import java.util.Set;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Out-of-country voting in the main navigation: everyone signed in reads elections and results. */
@Configuration(proxyBeanMethods = false)
class VotingNavigation {
    @Bean
    Navigation votingEntry() {
        return new Navigation("nav.voting", "/voting", Set.of(), 600);
    }
}
