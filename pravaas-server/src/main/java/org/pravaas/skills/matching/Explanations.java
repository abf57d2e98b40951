package org.pravaas.skills.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pravaas.skills.matching.ScorePart.Aspect;

/** Why each aspect scored what it did, as message keys the pages and the API translate. */
final class Explanations {
    private Explanations() {}

    static ScorePart occupation(Pool p, int i, Demand d, double fraction) {
        int closest = -1;
        for (int code : p.occupations[i]) {
            if (closest < 0 || Ranker.closeness(code, d.occupation()) > Ranker.closeness(closest, d.occupation())) {
                closest = code;
            }
        }
        String level = fraction >= 1.0
                ? "same"
                : fraction >= 0.6 ? "minor" : fraction >= 0.3 ? "sub-major" : fraction > 0 ? "major" : "none";
        return part(Aspect.OCCUPATION, fraction, "skills.why.occupation." + level, String.format("%04d", closest));
    }

    static ScorePart skills(Pool p, int i, Demand d, double fraction) {
        if (d.skills().length == 0) return part(Aspect.SKILLS, fraction, "skills.why.skills.none-asked");
        List<String> met = new ArrayList<>();
        for (int j = 0; j < d.skills().length; j++) {
            if (p.hasSkill(i, d.skills()[j])) met.add(d.opening().skills().get(j));
        }
        return part(
                Aspect.SKILLS,
                fraction,
                met.isEmpty() ? "skills.why.skills.none" : "skills.why.skills",
                met.size(),
                d.skills().length,
                String.join(", ", met));
    }

    static ScorePart language(Pool p, int i, Demand d, double fraction) {
        if (d.languages().length == 0) return part(Aspect.LANGUAGE, fraction, "skills.why.language.none-asked");
        List<String> details = new ArrayList<>();
        int met = 0;
        for (int j = 0; j < d.languages().length; j++) {
            int has = Ranker.level(p, i, d.languages()[j]);
            if (has >= d.levels()[j]) met++;
            var asked = d.opening().languages().get(j);
            details.add(asked.language() + " " + (has == 0 ? "–" : level(has)) + "/" + asked.level());
        }
        return part(
                Aspect.LANGUAGE,
                fraction,
                "skills.why.language",
                met,
                d.languages().length,
                String.join(", ", details));
    }

    static ScorePart availability(Pool p, int i, Demand d, double fraction) {
        if (fraction == 0) return part(Aspect.AVAILABILITY, fraction, "skills.why.availability.no");
        if (fraction < 1) {
            return part(
                    Aspect.AVAILABILITY,
                    fraction,
                    "skills.why.availability.late",
                    LocalDate.ofEpochDay(p.availableFrom[i]).toString());
        }
        return part(Aspect.AVAILABILITY, fraction, "skills.why.availability.yes");
    }

    static ScorePart location(Pool p, int i, Demand d, double fraction) {
        String key;
        if (d.isVacancy()) {
            key = d.sourceCountry() == -2
                    ? (fraction < 1 ? "already-there" : "anywhere")
                    : (fraction > 0 ? "source" : "elsewhere");
        } else {
            key = fraction >= 1 ? "diaspora" : fraction > 0 ? "returned" : "not-national";
        }
        return part(Aspect.LOCATION, fraction, "skills.why.location." + key);
    }

    private static String level(int rank) {
        return org.pravaas.skills.profile.LanguageLevel.ofRank(rank).name();
    }

    private static ScorePart part(Aspect aspect, double fraction, String key, Object... args) {
        return new ScorePart(aspect, aspect.weight() * fraction, aspect.weight(), key, List.of(args));
    }
}
