package org.pravaas.skills.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import org.pravaas.skills.matching.ScorePart.Aspect;

/**
 * Scores candidates for a demand, 0 to 100: occupation 40 (same unit group 1, same minor group
 * 0.6, sub-major 0.3, major 0.1), skills 25 (share of the skills asked for), languages 15 (each
 * language asked for: met, or half credit in proportion below the level), availability 10 (the
 * kind of work, halved when available only after the start), location 10. Each aspect is one
 * function, so the total and its explanation can never disagree.
 */
public final class Ranker {
    private Ranker() {}

    public static double score(Pool p, int i, Demand d) {
        return Aspect.OCCUPATION.weight * occupation(p, i, d)
                + Aspect.SKILLS.weight * skills(p, i, d)
                + Aspect.LANGUAGE.weight * language(p, i, d)
                + Aspect.AVAILABILITY.weight * availability(p, i, d)
                + Aspect.LOCATION.weight * location(p, i, d);
    }

    /** The best {@code k} candidates in the offices of the mask ({@code null}: all), best first. */
    public static int[] top(Pool p, Demand d, int k, @Nullable BitSet offices) {
        PriorityQueue<double[]> best = new PriorityQueue<>(k + 1, (a, b) -> compare(a, b));
        for (int i = 0; i < p.size; i++) {
            if (offices != null && !offices.get(p.office[i])) continue;
            double s = score(p, i, d);
            if (best.size() < k) {
                best.add(new double[] {s, p.experience[i], i});
            } else if (beats(s, p.experience[i], best.peek())) {
                best.poll();
                best.add(new double[] {s, p.experience[i], i});
            }
        }
        int[] out = new int[best.size()];
        for (int j = out.length - 1; j >= 0; j--) {
            out[j] = (int) best.poll()[2];
        }
        return out;
    }

    private static boolean beats(double score, int experience, double[] weakest) {
        return score > weakest[0] || (score == weakest[0] && experience > weakest[1]);
    }

    /** Lower score first; among equals less experience first (the heap drops the weakest). */
    private static int compare(double[] a, double[] b) {
        int c = Double.compare(a[0], b[0]);
        if (c != 0) return c;
        c = Double.compare(a[1], b[1]);
        return c != 0 ? c : Double.compare(b[2], a[2]);
    }

    static double occupation(Pool p, int i, Demand d) {
        double best = 0;
        for (int code : p.occupations[i]) {
            best = Math.max(best, closeness(code, d.occupation()));
        }
        return best;
    }

    /** How close two unit groups are in the ISCO-08 tree. */
    static double closeness(int a, int b) {
        if (a == b) return 1.0;
        if (a / 10 == b / 10) return 0.6;
        if (a / 100 == b / 100) return 0.3;
        if (a / 1000 == b / 1000) return 0.1;
        return 0;
    }

    static double skills(Pool p, int i, Demand d) {
        if (d.skills().length == 0) return 1.0;
        int met = 0;
        for (int s : d.skills()) {
            if (p.hasSkill(i, s)) met++;
        }
        return (double) met / d.skills().length;
    }

    static double language(Pool p, int i, Demand d) {
        if (d.languages().length == 0) return 1.0;
        double sum = 0;
        for (int j = 0; j < d.languages().length; j++) {
            sum += languageCredit(level(p, i, d.languages()[j]), d.levels()[j]);
        }
        return sum / d.languages().length;
    }

    static double languageCredit(int has, int asked) {
        return has >= asked ? 1.0 : 0.5 * has / asked;
    }

    static int level(Pool p, int i, int language) {
        if (language < 0) return 0;
        for (int packed : p.languages[i]) {
            if (packed >>> 3 == language) return packed & 7;
        }
        return 0;
    }

    static double availability(Pool p, int i, Demand d) {
        if ((p.availability[i] & d.availability()) == 0) return 0;
        boolean late = p.availableFrom[i] != Pool.NO_DATE && p.availableFrom[i] > d.startsOn();
        return late ? 0.5 : 1.0;
    }

    /**
     * An assignment at home wants a national abroad (origin there, 1) or one already back (0.5);
     * a vacancy wants someone from the country it recruits in (or anyone when it names none).
     */
    static double location(Pool p, int i, Demand d) {
        if (d.isVacancy()) {
            if (d.sourceCountry() == -2) return p.residence[i] == d.country() ? 0.5 : 1.0;
            return p.residence[i] == d.sourceCountry() || p.origin[i] == d.sourceCountry() ? 1.0 : 0;
        }
        if (p.origin[i] != d.country()) return 0;
        return p.residence[i] == d.country() ? 0.5 : 1.0;
    }

    public static List<ScorePart> explain(Pool p, int i, Demand d) {
        List<ScorePart> parts = new ArrayList<>();
        parts.add(Explanations.occupation(p, i, d, occupation(p, i, d)));
        parts.add(Explanations.skills(p, i, d, skills(p, i, d)));
        parts.add(Explanations.language(p, i, d, language(p, i, d)));
        parts.add(Explanations.availability(p, i, d, availability(p, i, d)));
        parts.add(Explanations.location(p, i, d, location(p, i, d)));
        return parts;
    }
}
