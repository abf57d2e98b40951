package org.pravaas.voting.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pravaas.voting.election.DocumentKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * An application to register at a station: the name in any script, birth date, sex,
 * citizenship, up to three documents shown (kind and number) and a witness when the election
 * accepts one in place of a document.
 */
public record VoterCommand(
        @NotNull @Nullable UUID stationId,
        @NotBlank @Size(max = 80) @Nullable String given,
        @NotBlank @Size(max = 80) @Nullable String family,
        @NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate birthDate,
        @NotNull @Nullable Sex sex,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") @Nullable String citizenship,
        @Nullable DocumentKind document1Kind,
        @Size(max = 30) @Nullable String document1Number,
        @Nullable DocumentKind document2Kind,
        @Size(max = 30) @Nullable String document2Number,
        @Nullable DocumentKind document3Kind,
        @Size(max = 30) @Nullable String document3Number,
        @Size(max = 120) @Nullable String witness) {

    public static VoterCommand blank(@Nullable UUID station, String citizenship) {
        return new VoterCommand(station, null, null, null, null, citizenship, null, null, null, null, null, null, null);
    }

    /** The documents with both a kind and a number, in the order entered. */
    public List<VoterDocument> documents() {
        List<VoterDocument> out = new ArrayList<>();
        add(out, document1Kind, document1Number);
        add(out, document2Kind, document2Number);
        add(out, document3Kind, document3Number);
        return out;
    }

    public boolean hasWitness() {
        return witness != null && !witness.isBlank();
    }

    private static void add(List<VoterDocument> out, @Nullable DocumentKind kind, @Nullable String number) {
        if (kind != null && number != null && !number.isBlank()) {
            out.add(new VoterDocument(kind, number.strip()));
        }
    }
}
