package org.pravaas.casework.programme;

import java.util.Set;
import org.pravaas.shared.web.Navigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The programmes' own pages in the navigation: an index of their settings and reports, and their help. */
@Configuration(proxyBeanMethods = false)
@Controller("programmesController")
class ProgrammesController {
    private final ProgrammeLeads leads;

    ProgrammesController(ProgrammeLeads leads) {
        this.leads = leads;
    }

    @Bean
    Navigation programmesEntry() {
        return new Navigation("nav.programmes", "/casework/programmes", Set.of("CASEWORKER", "ADMINISTRATOR"), 325);
    }

    @GetMapping("/casework/programmes")
    String index(Model model) {
        model.addAttribute(
                "leads",
                java.util.List.of("resettlement", "avrr", "protection", "emergency").stream()
                        .filter(leads::leads)
                        .toList());
        return "casework/programme/index";
    }

    @GetMapping("/casework/programmes/help")
    String help() {
        return "casework/programme/help";
    }
}
