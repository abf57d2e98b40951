package org.pravaas.movement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.pravaas.movement.travel.LegService;
import org.pravaas.movement.travel.RequestService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The day's departures board (UTC day) and the latest movement requests. */
@Controller
class BoardController {
    private final LegService legs;
    private final RequestService requests;
    private final Clock clock;

    BoardController(LegService legs, RequestService requests, Clock clock) {
        this.legs = legs;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping("/movements")
    String board(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        LocalDate d = day == null ? LocalDate.now(clock) : day;
        model.addAttribute("day", d);
        model.addAttribute("board", legs.board(d, ZoneOffset.UTC));
        model.addAttribute("requests", requests.recent());
        return "movement/board";
    }
}
