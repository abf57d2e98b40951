package org.pravaas.audit.web;

import java.util.Set;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {
    @Bean
    Navigation auditLogNavigation() {
        return new Navigation("nav.audit", "/admin/audit", Set.of("ADMINISTRATOR"), 900);
    }
}
