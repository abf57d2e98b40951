package org.pravaas.movement.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.movement.travel.ArrivalService;
import org.pravaas.movement.travel.BookingService;
import org.pravaas.movement.travel.FlightService;
import org.pravaas.movement.travel.Leg;
import org.pravaas.movement.travel.LegCommand;
import org.pravaas.movement.travel.LegService;
import org.pravaas.shared.RuleViolation;
import org.pravaas.shared.web.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A leg: its passengers and why any may not be confirmed, escorts, departure, arrivals and no-shows. */
@Controller
class LegController {
    private final LegService legs;
    private final FlightService flights;
    private final ArrivalService arrivals;
    private final BookingService bookings;
    private final Travellers travellers;

    LegController(
            LegService legs,
            FlightService flights,
            ArrivalService arrivals,
            BookingService bookings,
            Travellers travellers) {
        this.legs = legs;
        this.flights = flights;
        this.arrivals = arrivals;
        this.bookings = bookings;
        this.travellers = travellers;
    }

    @GetMapping("/movements/legs/new")
    String form(Model model) {
        model.addAttribute("modes", Leg.Mode.values());
        return "movement/leg-form";
    }

    @PostMapping("/movements/legs")
    String add(
            @RequestParam(required = false) Leg.@Nullable Mode mode,
            @RequestParam(required = false) @Nullable String carrier,
            @RequestParam(required = false) @Nullable String number,
            @RequestParam(required = false) @Nullable String origin,
            @RequestParam(required = false) @Nullable String destination,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
                    LocalDateTime departsLocal,
            @RequestParam(required = false) @Nullable String departsZone,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
                    LocalDateTime arrivesLocal,
            @RequestParam(required = false) @Nullable String arrivesZone,
            Model model,
            RedirectAttributes redirect) {
        try {
            UUID id = legs.add(new LegCommand(
                    travellers.currentOffice(),
                    mode,
                    carrier,
                    number,
                    origin,
                    destination,
                    departsLocal,
                    departsZone,
                    arrivesLocal,
                    arrivesZone));
            Forms.flash(redirect, "movement.leg.added");
            return "redirect:/movements/legs/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return form(model);
        }
    }

    @GetMapping("/movements/legs/{id}")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("leg", legs.leg(id));
        model.addAttribute("passengers", flights.manifest(id, "viewed"));
        model.addAttribute("failures", flights.check(id));
        model.addAttribute("escorts", flights.escorts(id));
        model.addAttribute("legs", legs.upcoming());
        return "movement/leg";
    }

    @PostMapping("/movements/legs/{id}/confirm")
    String confirm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return attempt(() -> flights.confirmAll(id), id, "movement.leg.confirmed", model, redirect);
    }

    @PostMapping("/movements/legs/{id}/escorts")
    String escort(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String escortName,
            @RequestParam(defaultValue = "") String escortKind,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                () -> flights.addEscort(id, escortName, escortKind), id, "movement.escort.added", model, redirect);
    }

    @PostMapping("/movements/legs/{id}/depart")
    String depart(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        return attempt(() -> arrivals.depart(id), id, "movement.leg.departed", model, redirect);
    }

    @PostMapping("/movements/legs/{id}/arrive")
    String arrive(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable List<UUID> person,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                () -> arrivals.arrive(id, person == null ? List.of() : person),
                id,
                "movement.leg.arrived",
                model,
                redirect);
    }

    @PostMapping("/movements/legs/{id}/bookings/{booking}/no-show")
    String noShow(
            @PathVariable UUID id,
            @PathVariable UUID booking,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return attempt(() -> arrivals.noShow(booking, reason), id, "movement.no-show.recorded", model, redirect);
    }

    @PostMapping("/movements/legs/{id}/bookings/{booking}/rebook")
    String rebook(
            @PathVariable UUID id,
            @PathVariable UUID booking,
            @RequestParam UUID leg,
            Model model,
            RedirectAttributes redirect) {
        return attempt(() -> bookings.rebook(booking, leg), id, "movement.rebook.done", model, redirect);
    }

    private String attempt(Runnable action, UUID id, String flash, Model model, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return page(id, model);
        }
        Forms.flash(redirect, flash);
        return "redirect:/movements/legs/" + id;
    }
}
