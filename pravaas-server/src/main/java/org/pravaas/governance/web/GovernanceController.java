package org.pravaas.governance.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pravaas.governance.MemberState;
import org.pravaas.governance.MemberStates;
import org.pravaas.governance.MembershipStatus;
import org.pravaas.governance.membership.ObserverOrganisations;
import org.pravaas.governance.organ.Leadership;
import org.pravaas.governance.organ.OrganService;
import org.pravaas.governance.session.SessionService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The governance dashboard, as of any day, and the in-app help. */
@Controller
@RequestMapping("/governance")
class GovernanceController {
    static final int FIRST_YEAR = 1951;

    private final MemberStates members;
    private final OrganService organs;
    private final Leadership leadership;
    private final SessionService sessions;
    private final ObserverOrganisations observers;

    GovernanceController(
            MemberStates members,
            OrganService organs,
            Leadership leadership,
            SessionService sessions,
            ObserverOrganisations observers) {
        this.members = members;
        this.organs = organs;
        this.leadership = leadership;
        this.sessions = sessions;
        this.observers = observers;
    }

    @GetMapping
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            Model model) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<MemberState> states = members.on(day);
        model.addAttribute("asOf", day);
        model.addAttribute("name", leadership.nameOn(day).orElse(null));
        model.addAttribute("memberCount", count(states, MembershipStatus.MEMBER));
        model.addAttribute("observerCount", count(states, MembershipStatus.OBSERVER));
        model.addAttribute("organisationCount", observers.on(day).size());
        model.addAttribute(
                "voting", states.stream().filter(s -> s.votingRight().mayVote()).count());
        model.addAttribute("heads", leadership.headsOn(day));
        model.addAttribute(
                "organs", organs.all().stream().filter(o -> o.existsOn(day)).toList());
        model.addAttribute(
                "chart",
                MembersChart.of(members.perYear(FIRST_YEAR, LocalDate.now().getYear()), day.getYear()));
        model.addAttribute("sessions", sessions.recent(6));
        return "governance/dashboard";
    }

    @GetMapping("/help")
    String help(Model model) {
        model.addAttribute("names", leadership.names());
        model.addAttribute("heads", leadership.heads());
        return "governance/help";
    }

    private static long count(List<MemberState> states, MembershipStatus status) {
        return states.stream().filter(s -> s.status() == status).count();
    }
}
