package org.pravaas.casework.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pravaas.casework.CaseId;
import org.pravaas.casework.CasePanel;
import org.pravaas.casework.CaseSummary;
import org.pravaas.casework.definition.Definition;
import org.pravaas.casework.definition.Definitions;
import org.pravaas.casework.file.CaseAccess;
import org.pravaas.casework.file.CaseFile;
import org.pravaas.casework.file.CaseParts;
import org.pravaas.casework.file.Proposals;
import org.pravaas.casework.file.Timeline;
import org.pravaas.registry.PersonSummary;
import org.pravaas.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Reads a case (audited, access-checked) and puts its core parts on the page's model. */
@Component
class CaseView {
    private final CaseAccess access;
    private final CaseParts parts;
    private final Definitions definitions;
    private final Timeline timeline;
    private final Proposals proposals;
    private final Registry registry;
    private final List<CasePanel> panels;
    private final Clock clock;

    CaseView(
            CaseAccess access,
            CaseParts parts,
            Definitions definitions,
            Timeline timeline,
            Proposals proposals,
            Registry registry,
            List<CasePanel> panels,
            Clock clock) {
        this.access = access;
        this.parts = parts;
        this.definitions = definitions;
        this.timeline = timeline;
        this.proposals = proposals;
        this.registry = registry;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(CasePanel::order))
                .toList();
        this.clock = clock;
    }

    /** A field of the current stage with its value. */
    record FieldRow(Definition.Field field, String label, @Nullable String value) {}

    /** A way out of the current stage. */
    record Exit(Definition.Transition transition, String name, List<FieldRow> requires) {}

    /** A stay in a stage, named, with its length in days (to one decimal). */
    record StayRow(String name, Instant enteredAt, @Nullable Instant leftAt, String by, String days) {}

    /** A person of the case, with what the registry shows. */
    record MemberRow(CaseParts.Member member, @Nullable PersonSummary person) {}

    /** A programme panel and its model. */
    record PanelRow(CasePanel panel, Object model) {}

    /** Reads the case and fills the model; the case summary. */
    CaseSummary fill(CaseId id, Model model) {
        CaseFile file = access.read(id);
        CaseSummary c = file.summary();
        Locale locale = LocaleContextHolder.getLocale();
        Definition d = definitions.get(c.programme(), c.definitionVersion());
        Map<String, String> values = parts.values(id.value());
        model.addAttribute("kase", c);
        model.addAttribute("file", file);
        model.addAttribute("definition", d);
        model.addAttribute("stageName", d.stageName(c.stage(), locale));
        model.addAttribute(
                "fields",
                d.fieldsOf(c.stage()).stream()
                        .filter(f -> !(f.stage().equals(Definition.ANY_STAGE) && askedOnLeaving(d, c.stage(), f)))
                        .map(f -> new FieldRow(f, f.label(locale), values.get(f.code())))
                        .toList());
        model.addAttribute(
                "values",
                d.fields().stream()
                        .filter(f -> values.containsKey(f.code()))
                        .map(f -> new FieldRow(f, f.label(locale), values.get(f.code())))
                        .toList());
        model.addAttribute("exits", c.open() ? exits(d, c.stage(), values, locale) : List.of());
        model.addAttribute("proposal", proposals.pendingOf(id.value()).orElse(null));
        model.addAttribute("history", history(id, d, locale));
        model.addAttribute(
                "members",
                parts.members(id.value()).stream()
                        .map(m -> new MemberRow(m, registry.find(m.person()).orElse(null)))
                        .toList());
        model.addAttribute("onHold", parts.onHealthHold(id.value()));
        model.addAttribute(
                "timeline",
                timeline.of(id.value(), 200).stream()
                        .map(l -> named(l, d, locale))
                        .toList());
        model.addAttribute("restricted", access.isRestricted(c.programme()));
        model.addAttribute(
                "newerVersion", c.open() && definitions.current(c.programme()).version() > d.version());
        model.addAttribute(
                "panels",
                panels.stream()
                        .filter(p -> p.programme().equals(c.programme()))
                        .map(p -> new PanelRow(p, p.model(c)))
                        .toList());
        model.addAttribute("mayWrite", c.open() && access.mayWrite());
        return c;
    }

    /** A field of every stage that a way out asks for (a reason for an exit) is filled in that way's form. */
    private static boolean askedOnLeaving(Definition d, String stage, Definition.Field f) {
        return d.from(stage).stream().anyMatch(t -> t.requires().contains(f.code()));
    }

    private List<Exit> exits(Definition d, String stage, Map<String, String> values, Locale locale) {
        return d.from(stage).stream()
                .map(t -> new Exit(
                        t,
                        d.stageName(t.to(), locale),
                        t.requires().stream()
                                .flatMap(code -> d.field(code).stream())
                                .map(f -> new FieldRow(f, f.label(locale), values.get(f.code())))
                                .toList()))
                .toList();
    }

    private List<StayRow> history(CaseId id, Definition d, Locale locale) {
        Instant now = clock.instant();
        return parts.history(id.value()).stream()
                .map(s -> new StayRow(
                        d.stageName(s.stage(), locale),
                        s.enteredAt(),
                        s.leftAt(),
                        s.enteredBy(),
                        days(s.duration(now))))
                .toList();
    }

    /** Lines about stage changes and saves carry codes; they are shown with the stages' and fields' names. */
    private static Timeline.Line named(Timeline.Line l, Definition d, Locale locale) {
        if (l.messageKey().equals("casework.timeline.saved") && l.arguments().size() == 1) {
            String labels = java.util.Arrays.stream(l.arguments().get(0).split(", "))
                    .map(code -> d.field(code).map(f -> f.label(locale)).orElse(code))
                    .collect(java.util.stream.Collectors.joining(", "));
            return new Timeline.Line(l.at(), l.actor(), l.messageKey(), List.of(labels));
        }
        if (!STAGE_LINES.contains(l.messageKey()) || l.arguments().size() < 2) {
            return l;
        }
        List<String> args = new java.util.ArrayList<>(l.arguments());
        args.set(0, d.stageName(args.get(0), locale));
        args.set(1, d.stageName(args.get(1), locale));
        return new Timeline.Line(l.at(), l.actor(), l.messageKey(), args);
    }

    private static final java.util.Set<String> STAGE_LINES = java.util.Set.of(
            "casework.timeline.moved",
            "casework.timeline.approved",
            "casework.timeline.proposed",
            "casework.timeline.rejected");

    static String days(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMinutes() / 1440.0);
    }
}
