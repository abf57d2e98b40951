package org.pravaas.match.internal.gen;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one record of a person as a registrar might have: native script or one of the Latin
 * spellings, and, for a planted duplicate, the usual errors and gaps.
 */
final class RecordRenderer {
    private final NameTable names;

    RecordRenderer(NameTable names) {
        this.names = names;
    }

    /** Fields: given_name, family_name, date_of_birth, sex, nationality, passport_number, city. */
    String[] render(Person p, boolean duplicate, SplittableRandom r) {
        boolean nativeScript = p.given().hasNative() && r.nextDouble() < 0.4;
        String given = p.country().equals("KR") ? korean(p, nativeScript, r) : spell(p.given(), nativeScript, r);
        if (p.second() != null && p.country().equals("SY")) given += " " + spell(p.second(), nativeScript, r);
        boolean married = duplicate && p.female() && r.nextDouble() < 0.05;
        String family = spell(married ? names.draw(p.country(), "surname", r) : p.family(), nativeScript, r);
        if (p.second() != null && p.country().equals("CO") && !married)
            family += " " + spell(p.second(), nativeScript, r);
        if (p.second() != null && (p.country().equals("FR") || p.country().equals("GB")))
            given += "-" + spell(p.second(), false, r);
        String[] f = {given, family, p.dob(), p.female() ? "F" : "M", p.country(), p.passport(), p.city()};
        if (duplicate) corrupt(f, r);
        return f;
    }

    private static String spell(NameTable.Name name, boolean nativeScript, SplittableRandom r) {
        if (nativeScript) return name.nativeForm();
        List<String> latin = name.latin();
        return latin.get(NameTable.zipf(latin.size(), r));
    }

    private static String korean(Person p, boolean nativeScript, SplittableRandom r) {
        if (nativeScript) return p.koreanGiven();
        List<String> parts = p.koreanGivenLatin();
        String sep =
                switch (r.nextInt(3)) {
                    case 0 -> "-";
                    case 1 -> "";
                    default -> " ";
                };
        String s = parts.get(0) + sep + parts.get(1);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void corrupt(String[] f, SplittableRandom r) {
        if (r.nextDouble() < 0.15) f[0] = Corruptions.typo(f[0], r);
        if (r.nextDouble() < 0.15) f[1] = Corruptions.typo(f[1], r);
        if (r.nextDouble() < 0.05) {
            String t = f[0];
            f[0] = f[1];
            f[1] = t;
        }
        if (r.nextDouble() < 0.05) f[2] = Corruptions.swapDayMonth(f[2]);
        if (r.nextDouble() < 0.05) f[2] = Corruptions.shiftYear(f[2], r.nextBoolean() ? 1 : -1);
        if (r.nextDouble() < 0.05) f[5] = Corruptions.ocr(f[5], r);
        blank(f, r, new double[] {0.02, 0.02, 0.03, 0.05, 0.05, 0.3, 0.2});
    }

    private static void blank(String[] f, SplittableRandom r, double[] p) {
        for (int i = 0; i < f.length; i++) {
            if (r.nextDouble() < p[i]) f[i] = "";
        }
    }
}
