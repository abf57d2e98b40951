package org.pravaas.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A state taking part on a given date: its status, since when, and its voting right then. */
public record MemberState(
        String country, MembershipStatus status, LocalDate since, @Nullable LocalDate until, VotingRight votingRight) {}
