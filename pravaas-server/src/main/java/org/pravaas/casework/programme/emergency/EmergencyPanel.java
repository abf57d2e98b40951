package org.pravaas.casework.programme.emergency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pravaas.casework.CasePanel;
import org.pravaas.casework.CaseSummary;
import org.pravaas.registry.PersonId;
import org.pravaas.registry.Registry;
import org.springframework.stereotype.Component;

/** The beneficiaries' distribution history on an emergency case's page, and the form to distribute. */
@Component
public class EmergencyPanel implements CasePanel {
    private final EmergencyService emergency;
    private final Stock stock;
    private final Registry registry;

    EmergencyPanel(EmergencyService emergency, Stock stock, Registry registry) {
        this.emergency = emergency;
        this.stock = stock;
        this.registry = registry;
    }

    /** A person the case covers, as the form offers them. */
    public record Member(UUID id, String name, String reference) {}

    /** The history, the people it may go to (named), and the sites and active items the form offers. */
    public record Model(
            List<Distribution> history,
            List<Member> members,
            Map<UUID, String> names,
            List<Site> sites,
            List<Item> items) {}

    @Override
    public String programme() {
        return EmergencyService.PROGRAMME;
    }

    @Override
    public String titleKey() {
        return "emergency.panel.title";
    }

    @Override
    public String template() {
        return "casework/programme/emergency";
    }

    @Override
    public Object model(CaseSummary kase) {
        List<Member> members = new ArrayList<>();
        for (UUID id : stock.members(kase.id().value())) {
            registry.find(new PersonId(id)).ifPresent(p -> members.add(new Member(id, p.name(), p.reference())));
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        members.forEach(m -> names.put(m.id(), m.name()));
        return new Model(
                stock.ofCase(kase.id().value()),
                members,
                names,
                emergency.sites(),
                emergency.items().stream().filter(Item::active).toList());
    }
}
