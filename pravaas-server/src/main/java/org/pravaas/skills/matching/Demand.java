package org.pravaas.skills.matching;

import java.util.List;
import org.pravaas.skills.opening.Opening;
import org.pravaas.skills.opening.OpeningKind;
import org.pravaas.skills.profile.SpokenLanguage;

/**
 * An opening translated into one pool's dictionary ids. A skill or language that no candidate
 * has gets id -1: it still counts as asked for, and nobody has it.
 */
public record Demand(
        Opening opening,
        int occupation,
        int[] skills,
        int[] languages,
        int[] levels,
        int availability,
        int startsOn,
        int country,
        int sourceCountry) {

    public static Demand of(Opening o, Pool pool) {
        List<SpokenLanguage> langs = o.languages();
        return new Demand(
                o,
                Integer.parseInt(o.occupation()),
                o.skills().stream().mapToInt(s -> Pool.idOr(pool.skillIds, s)).toArray(),
                langs.stream()
                        .mapToInt(l -> Pool.idOr(pool.languageIds, l.language()))
                        .toArray(),
                langs.stream().mapToInt(l -> l.level().rank()).toArray(),
                1 << o.availability().ordinal(),
                Pool.epochDay(o.startsOn()),
                Pool.idOr(pool.countryIds, o.country()),
                o.sourceCountry() == null ? -2 : Pool.idOr(pool.countryIds, o.sourceCountry()));
    }

    boolean isVacancy() {
        return opening.kind() == OpeningKind.VACANCY;
    }
}
