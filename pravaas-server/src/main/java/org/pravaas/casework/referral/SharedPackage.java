package org.pravaas.casework.referral;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.consent.SharedPart;
import org.pravaas.casework.definition.Definition;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.casework.file.CaseFiles;
import org.pravaas.casework.file.CaseParts;
import org.pravaas.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * The copy of a case a referral carries: only the consented parts, labelled in English (the
 * receiver may be outside Pravaas's languages), made while the referring user reads the case.
 */
@Component
class SharedPackage {
    private final Registry registry;
    private final CaseParts parts;
    private final CaseFiles files;
    private final Definitions definitions;

    SharedPackage(Registry registry, CaseParts parts, CaseFiles files, Definitions definitions) {
        this.registry = registry;
        this.parts = parts;
        this.files = files;
        this.definitions = definitions;
    }

    Map<String, Map<String, String>> of(CaseSummary c, List<SharedPart> wanted) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Definition d = definitions.get(c.programme(), c.definitionVersion());
        for (SharedPart part : wanted) {
            Map<String, String> items = new LinkedHashMap<>();
            switch (part) {
                case IDENTITY -> parts.members(c.id().value()).forEach(m -> registry.find(m.person())
                        .ifPresent(p -> items.put(
                                p.reference(),
                                p.name() + " · " + p.latinName() + " · " + (p.birthDate() == null ? "?" : p.birthDate())
                                        + " · " + p.sex())));
                case CASE_SUMMARY -> {
                    items.put("reference", c.reference());
                    items.put("programme", c.programme());
                    items.put("stage", d.stageName(c.stage(), Locale.ENGLISH));
                    files.find(c.id().value())
                            .ifPresent(f -> items.put(
                                    "opened",
                                    f.openedAt()
                                            .atZone(ZoneOffset.UTC)
                                            .toLocalDate()
                                            .toString()));
                }
                case CASE_DETAILS -> parts.values(c.id().value())
                        .forEach((field, value) -> items.put(
                                d.field(field).map(f -> f.label(Locale.ENGLISH)).orElse(field), value));
            }
            out.put(part.name(), items);
        }
        return out;
    }
}
