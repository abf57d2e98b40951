package org.pravaas.casework.programme.emergency;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.programme.Checks;
import org.pravaas.casework.programme.ProgrammeLeads;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The relief item list, kept by the emergency leads. An item is retired (inactive), never deleted, since stock refers to it. */
@Service
public class ItemService {
    private final SiteItems sites;
    private final ProgrammeLeads leads;
    private final AuditLog audit;

    ItemService(SiteItems sites, ProgrammeLeads leads, AuditLog audit) {
        this.sites = sites;
        this.leads = leads;
        this.audit = audit;
    }

    @Transactional
    public Item save(@Nullable String code, @Nullable String name, @Nullable String unit, boolean active) {
        leads.requireLead(EmergencyService.PROGRAMME);
        List<Violation> problems = new ArrayList<>();
        if (code == null || !code.strip().matches("[a-z][a-z0-9_]{1,39}")) {
            problems.add(new Violation("code", "emergency.item.code.invalid"));
        }
        Checks.required(name, "name", problems);
        Checks.required(unit, "unit", problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        Item item = new Item(code.strip(), name.strip(), unit.strip(), active);
        sites.saveItem(item);
        audit.record(
                AuditEvent.of("emergency.item.saved", "item", item.code(), null).withDetails("active=" + active));
        return item;
    }
}
