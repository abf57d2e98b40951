package org.pravaas.movement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pravaas.movement.cost.Cost;
import org.pravaas.movement.cost.CostService;
import org.pravaas.movement.loan.LoanService;
import org.pravaas.movement.travel.BookingService;
import org.pravaas.movement.travel.LegService;
import org.pravaas.movement.travel.RequestService;
import org.pravaas.movement.travel.Traveller;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the movement request page, so every controller that answers with it shows the same page. */
@Component
class RequestPage {
    private final RequestService requests;
    private final BookingService bookings;
    private final LegService legs;
    private final LoanService loans;
    private final CostService costs;
    private final Travellers travellers;

    RequestPage(
            RequestService requests,
            BookingService bookings,
            LegService legs,
            LoanService loans,
            CostService costs,
            Travellers travellers) {
        this.requests = requests;
        this.bookings = bookings;
        this.legs = legs;
        this.loans = loans;
        this.costs = costs;
        this.travellers = travellers;
    }

    String render(UUID id, Model model) {
        model.addAttribute("r", requests.request(id));
        List<Traveller> shown = requests.shownTravellers(id);
        model.addAttribute("travellers", travellers.rows(shown));
        model.addAttribute("bookings", bookings.ofRequest(id));
        model.addAttribute("names", travellers.names(shown));
        model.addAttribute("legs", legs.upcoming());
        model.addAttribute("loans", loans.ofRequest(id));
        model.addAttribute("needs", Traveller.Need.values());
        model.addAttribute("firstDue", LocalDate.now().plusMonths(3).withDayOfMonth(1));
        costs(id, model);
        return "movement/request";
    }

    /** What the costs section needs, alone when htmx replaces just that section. */
    void costs(UUID id, Model model) {
        model.addAttribute("r", requests.request(id));
        model.addAttribute("costs", costs.ledger(id));
        model.addAttribute("costCategories", Cost.Category.values());
    }
}
