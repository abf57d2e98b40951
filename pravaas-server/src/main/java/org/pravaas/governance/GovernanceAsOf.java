package org.pravaas.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pravaas.governance.organ.ExecutiveHead;
import org.pravaas.governance.organ.Leadership;
import org.pravaas.governance.organ.OrganService;
import org.pravaas.governance.organ.Organs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation as it stood on a day: its name, its leaders, who sat on an organ. For other
 * modules and the command line; reads only.
 */
@Service
public class GovernanceAsOf {
    private final Leadership leadership;
    private final Organs organs;
    private final OrganService organService;

    GovernanceAsOf(Leadership leadership, Organs organs, OrganService organService) {
        this.leadership = leadership;
        this.organs = organs;
        this.organService = organService;
    }

    /** The organisation's name and acronym on the day, e.g. "World Organisation for Human Mobility (WOHM)". */
    @Transactional(readOnly = true)
    public Optional<String> name(LocalDate day) {
        return leadership.nameOn(day).map(n -> n.name() + " (" + n.acronym() + ")");
    }

    /** The Director General and Deputies in office on the day, by name. */
    @Transactional(readOnly = true)
    public List<String> leaders(LocalDate day) {
        return leadership.headsOn(day).stream().map(ExecutiveHead::name).toList();
    }

    /** The ISO codes of the member states sitting on the organ (by its code, e.g. EXCOM) on the day. */
    @Transactional(readOnly = true)
    public List<String> composition(String organCode, LocalDate day) {
        return organs.findByCode(organCode)
                .map(o -> organService.compositionOn(o, day))
                .orElse(List.of());
    }
}
