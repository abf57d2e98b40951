package org.pravaas.casework.programme.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.audit.AuditEvent;
import org.pravaas.audit.AuditLog;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.Cases;
import org.pravaas.casework.file.CaseRoles;
import org.pravaas.casework.programme.Checks;
import org.pravaas.organization.Access;
import org.pravaas.organization.OfficeId;
import org.pravaas.shared.Ids;
import org.pravaas.shared.NotFoundException;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.RuleViolation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency distributions: stock issued to a site, then handed to a case's beneficiary. A
 * distribution takes the site's lock and is refused when it would take more of an item than the
 * site has left, so stock never goes below zero however many distribute at once.
 */
@Service
public class EmergencyService {
    static final String PROGRAMME = "emergency";
    private final SiteItems sites;
    private final Stock stock;
    private final Cases cases;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    EmergencyService(SiteItems sites, Stock stock, Cases cases, Access access, AuditLog audit, Clock clock) {
        this.sites = sites;
        this.stock = stock;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Site> sites() {
        access.requireRole(CaseRoles.READ);
        return sites.of(access.officesInScope());
    }

    @Transactional(readOnly = true)
    public List<Item> items() {
        access.requireRole(CaseRoles.READ);
        return sites.items();
    }

    @Transactional(readOnly = true)
    public List<StockLine> report(@Nullable UUID site) {
        access.requireRole(CaseRoles.READ);
        return stock.report(access.officesInScope(), site);
    }

    @Transactional
    public Site addSite(
            @Nullable OfficeId office, @Nullable String name, @Nullable String location, @Nullable String adminArea) {
        access.requireRole(CaseRoles.WRITE);
        OfficeId o = office == null ? access.current().officeId() : office;
        access.requireOffice(o);
        List<Violation> problems = new ArrayList<>();
        Checks.required(name, "name", problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        if (sites.nameTaken(o.value(), name.strip())) throw new RuleViolation("name", "emergency.site.taken");
        Site site = new Site(Ids.newId(), o.value(), name.strip(), Checks.trim(location), Checks.trim(adminArea));
        sites.insert(site);
        audit.record(AuditEvent.of("emergency.site.added", "site", site.id(), o.value()));
        return site;
    }

    /** Issues stock to a site of the user's scope. */
    @Transactional
    public void issue(
            @Nullable UUID siteId,
            @Nullable String item,
            @Nullable Integer quantity,
            @Nullable LocalDate on,
            @Nullable String reference) {
        access.requireRole(CaseRoles.WRITE);
        List<Violation> problems = new ArrayList<>();
        Site site = site(siteId, problems);
        checkItem(item, problems);
        if (quantity == null || quantity <= 0) problems.add(new Violation("quantity", "emergency.quantity.invalid"));
        Checks.required(on, "issuedOn", problems);
        Checks.notAfter(on, LocalDate.now(clock), "issuedOn", problems);
        Checks.required(reference, "reference", problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        stock.issue(
                Ids.newId(),
                site.id(),
                item,
                quantity,
                on,
                reference.strip(),
                access.current().username());
        audit.record(AuditEvent.of("emergency.stock.issued", "site", site.id(), site.officeId())
                .withDetails("item=" + item + " quantity=" + quantity));
    }

    /** Distributes to the case's beneficiary: its person, or else its household. */
    @Transactional
    public Distribution distribute(
            CaseId id,
            @Nullable UUID siteId,
            @Nullable String item,
            @Nullable Integer quantity,
            @Nullable LocalDate on) {
        return distributeTo(id, null, siteId, item, quantity, on);
    }

    /**
     * Distributes to one of the people the case covers ({@code person}), or when it is null to the
     * case's beneficiary (its person, or else its household).
     */
    @Transactional
    public Distribution distributeTo(
            CaseId id,
            @Nullable UUID person,
            @Nullable UUID siteId,
            @Nullable String item,
            @Nullable Integer quantity,
            @Nullable LocalDate on) {
        CaseSummary kase = cases.write(id);
        if (!kase.programme().equals(PROGRAMME)) throw new RuleViolation("", "programme.wrong-programme");
        List<Violation> problems = new ArrayList<>();
        if (person != null && !stock.covers(id.value(), person)) {
            problems.add(new Violation("person", "emergency.beneficiary.not-member"));
        }
        Site site = site(siteId, problems);
        checkItem(item, problems);
        if (quantity == null || quantity <= 0) problems.add(new Violation("quantity", "emergency.quantity.invalid"));
        Checks.required(on, "distributedOn", problems);
        Checks.notAfter(on, LocalDate.now(clock), "distributedOn", problems);
        if (!problems.isEmpty()) throw new RuleViolation(problems);
        sites.lock(site.id());
        long remaining = stock.remaining(site.id(), item);
        if (quantity > remaining) {
            throw new RuleViolation("quantity", "emergency.stock.short", quantity, Math.max(remaining, 0), site.name());
        }
        UUID to = person != null
                ? person
                : kase.person() == null ? null : kase.person().value();
        Distribution d = new Distribution(
                Ids.newId(),
                id.value(),
                site.id(),
                site.name(),
                to,
                to == null || person != null ? kase.householdId() : null,
                item,
                quantity,
                on);
        stock.distribute(d, access.current().username());
        audit.record(AuditEvent.of("emergency.distributed", "case", id.value(), kase.officeId())
                .withDetails("item=" + item + " quantity=" + quantity));
        cases.recordOnTimeline(
                id, "emergency.timeline.distributed", List.of(String.valueOf(quantity), item, site.name()));
        return d;
    }

    @Transactional // the read is audited
    public List<Distribution> history(CaseId id) {
        cases.read(id);
        return stock.ofCase(id.value());
    }

    private @Nullable Site site(@Nullable UUID id, List<Violation> problems) {
        if (id == null) {
            problems.add(new Violation("site", "programme.required"));
            return null;
        }
        Site site = sites.find(id).orElseThrow(() -> new NotFoundException("site", id));
        access.requireOffice(new OfficeId(site.officeId()));
        return site;
    }

    private void checkItem(@Nullable String code, List<Violation> problems) {
        if (code == null || sites.item(code).filter(Item::active).isEmpty()) {
            problems.add(new Violation("item", "emergency.item.unknown"));
        }
    }
}
