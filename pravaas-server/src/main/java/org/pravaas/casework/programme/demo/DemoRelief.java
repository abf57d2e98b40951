package org.pravaas.casework.programme.demo;

import java.time.LocalDate;
import java.util.List;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.programme.emergency.EmergencyService;
import org.pravaas.casework.programme.emergency.Site;
import org.pravaas.organization.OfficeId;
import org.springframework.stereotype.Component;

/** Emergency demo: a site per office of the emergency cases, stock issued to it, and distributions. */
@Component
class DemoRelief {
    private final EmergencyService emergency;

    DemoRelief(EmergencyService emergency) {
        this.emergency = emergency;
    }

    void seed(List<DemoProgrammes.DemoCase> cases, LocalDate today) {
        java.util.Map<java.util.UUID, Site> sites = new java.util.HashMap<>();
        for (DemoProgrammes.DemoCase c : cases) {
            Site site = sites.computeIfAbsent(c.officeId(), office -> stocked(office, today));
            if (!c.stage().equals("assistance")) continue;
            CaseId id = new CaseId(c.id());
            emergency.distribute(id, site.id(), "shelter_kit", 1, today.minusDays(6));
            emergency.distribute(id, site.id(), "hygiene_kit", 2, today.minusDays(6));
            emergency.distribute(id, site.id(), "blanket", 4, today.minusDays(2));
        }
    }

    private Site stocked(java.util.UUID office, LocalDate today) {
        Site site = emergency.addSite(new OfficeId(office), "Central distribution point", "Community centre", null);
        emergency.issue(site.id(), "shelter_kit", 40, today.minusDays(10), "WB-2026-0101");
        emergency.issue(site.id(), "hygiene_kit", 120, today.minusDays(10), "WB-2026-0101");
        emergency.issue(site.id(), "blanket", 300, today.minusDays(9), "WB-2026-0102");
        emergency.issue(site.id(), "jerrycan", 150, today.minusDays(9), "WB-2026-0102");
        emergency.issue(site.id(), "solar_lamp", 60, today.minusDays(4), "WB-2026-0117");
        return site;
    }
}
