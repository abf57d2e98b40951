package org.pravaas.registry.household;

import java.util.List;
import java.util.UUID;

/** A household with its members, past and present. */
public record Household(UUID id, UUID officeId, String reference, String name, List<Member> members) {
    public Household {
        members = List.copyOf(members);
    }

    /** A person's membership of the household for a period ({@code leftOn} empty while current). */
    public record Member(
            UUID personId,
            String personReference,
            String personName,
            java.time.@org.jspecify.annotations.Nullable LocalDate birthDate,
            Relationship relationship,
            java.time.LocalDate joinedOn,
            java.time.@org.jspecify.annotations.Nullable LocalDate leftOn) {

        public boolean current() {
            return leftOn == null;
        }
    }

    public List<Member> currentMembers() {
        return members.stream().filter(Member::current).toList();
    }
}
