package org.pravaas.casework.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.pravaas.casework.file.CaseRoles;
import org.pravaas.organization.Role;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Cases in the main navigation (partners reach their referrals there too), and the help page. */
@Configuration(proxyBeanMethods = false)
@Controller("caseworkNavigation")
class CaseworkNavigation {
    @Bean
    Navigation caseworkEntry() {
        Set<String> roles = Arrays.stream(CaseRoles.READ).map(Enum::name).collect(Collectors.toSet());
        return new Navigation("nav.casework", "/cases", roles, 250);
    }

    @Bean
    Navigation caseworkReferralsEntry() {
        return new Navigation("nav.casework.referrals", "/cases/referrals", Set.of(Role.PARTNER.name()), 251);
    }

    @GetMapping("/casework/help")
    String help() {
        return "casework/help";
    }
}
