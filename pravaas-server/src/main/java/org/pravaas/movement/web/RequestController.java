package org.pravaas.movement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.movement.MovementRequest;
import org.pravaas.movement.Movements;
import org.pravaas.movement.loan.LoanService;
import org.pravaas.movement.travel.Booking;
import org.pravaas.movement.travel.BookingService;
import org.pravaas.movement.travel.RequestService;
import org.pravaas.movement.travel.Traveller;
import org.pravaas.registry.PersonSummary;
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

/** A movement request: its travellers and their checks, the itinerary booked, fare loans. */
@Controller
class RequestController {
    private final Movements movements;
    private final RequestService requests;
    private final BookingService bookings;
    private final LoanService loans;
    private final Travellers travellers;
    private final RequestPage page;

    RequestController(
            Movements movements,
            RequestService requests,
            BookingService bookings,
            LoanService loans,
            Travellers travellers,
            RequestPage page) {
        this.movements = movements;
        this.requests = requests;
        this.bookings = bookings;
        this.loans = loans;
        this.travellers = travellers;
        this.page = page;
    }

    @GetMapping("/movements/requests/new")
    String form() {
        return "movement/request-form";
    }

    @PostMapping("/movements/requests")
    String open(
            @RequestParam(defaultValue = "") String references,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "72") int fitWindowHours,
            Model model,
            RedirectAttributes redirect) {
        try {
            List<PersonSummary> people = travellers.byReferences(references);
            UUID office = people.isEmpty()
                    ? travellers.currentOffice()
                    : people.get(0).officeId();
            var id = movements.request(new MovementRequest(
                    office,
                    people.stream().map(PersonSummary::id).toList(),
                    travellers.adults(people),
                    null,
                    reason,
                    programme,
                    fitWindowHours,
                    null));
            Forms.flash(redirect, "movement.request.opened");
            return "redirect:/movements/requests/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return "movement/request-form";
        }
    }

    @GetMapping("/movements/requests/{id}")
    String page(@PathVariable UUID id, Model model) {
        return page.render(id, model);
    }

    @PostMapping("/movements/requests/{id}/travellers/{person}")
    String traveller(
            @PathVariable UUID id,
            @PathVariable UUID person,
            @RequestParam(required = false) @Nullable String documentNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate documentExpires,
            @RequestParam(defaultValue = "false") boolean exitPermit,
            @RequestParam(defaultValue = "false") boolean entryPermit,
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(defaultValue = "false") boolean needsRecorded,
            @RequestParam(required = false) @Nullable List<String> specialNeeds,
            Model model,
            RedirectAttributes redirect) {
        boolean adult = requests.travellers(id).stream()
                .filter(t -> t.personId().equals(person))
                .anyMatch(Traveller::adult);
        Traveller t = new Traveller(
                id,
                person,
                adult,
                blankToNull(documentNumber),
                documentExpires,
                exitPermit,
                entryPermit,
                consent,
                needsRecorded,
                specialNeeds == null ? "" : String.join(",", specialNeeds));
        return attempt(() -> requests.updateTraveller(t), id, "movement.traveller.saved", model, redirect);
    }

    @PostMapping("/movements/requests/{id}/book")
    String book(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable List<UUID> leg,
            @RequestParam(required = false) @Nullable BigDecimal fare,
            @RequestParam(required = false) @Nullable String currency,
            Model model,
            RedirectAttributes redirect) {
        List<UUID> chosen = leg == null
                ? List.of()
                : leg.stream().filter(java.util.Objects::nonNull).toList();
        return attempt(() -> bookings.book(id, chosen, fare, currency), id, "movement.booking.done", model, redirect);
    }

    @PostMapping("/movements/requests/{id}/advance")
    String advance(
            @PathVariable UUID id,
            @RequestParam Booking.Status from,
            @RequestParam Booking.Status to,
            Model model,
            RedirectAttributes redirect) {
        return attempt(() -> bookings.advance(id, from, to), id, "movement.booking.advanced", model, redirect);
    }

    @PostMapping("/movements/requests/{id}/loans")
    String lend(
            @PathVariable UUID id,
            @RequestParam UUID person,
            @RequestParam(required = false) @Nullable BigDecimal amount,
            @RequestParam(required = false) @Nullable String currency,
            @RequestParam(defaultValue = "12") int instalments,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDue,
            Model model,
            RedirectAttributes redirect) {
        return attempt(
                () -> loans.lend(id, person, amount, currency, instalments, firstDue),
                id,
                "movement.loan.lent",
                model,
                redirect);
    }

    private String attempt(Runnable action, UUID id, String flash, Model model, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.violations());
            return page.render(id, model);
        }
        Forms.flash(redirect, flash);
        return "redirect:/movements/requests/" + id;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
