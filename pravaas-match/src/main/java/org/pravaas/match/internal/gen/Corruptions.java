package org.pravaas.match.internal.gen;

import java.util.SplittableRandom;

/** The errors registrations really contain: typos, OCR slips, swapped day and month. */
final class Corruptions {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String[][] OCR = {{"0", "O"}, {"1", "I"}, {"5", "S"}, {"8", "B"}, {"rn", "m"}, {"cl", "d"}};

    private Corruptions() {}

    /** One insertion, deletion, substitution or transposition. */
    static String typo(String s, SplittableRandom r) {
        if (s.length() < 2) return s;
        int i = r.nextInt(s.length() - 1);
        boolean latin = s.charAt(i) < 0x80;
        char random = latin ? LETTERS.charAt(r.nextInt(26)) : s.charAt(r.nextInt(s.length()));
        return switch (r.nextInt(4)) {
            case 0 -> s.substring(0, i) + random + s.substring(i);
            case 1 -> s.substring(0, i) + s.substring(i + 1);
            case 2 -> s.substring(0, i) + random + s.substring(i + 1);
            default -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
        };
    }

    /** A character misread by OCR, both ways. */
    static String ocr(String s, SplittableRandom r) {
        String[] pair = OCR[r.nextInt(OCR.length)];
        boolean forward = r.nextBoolean();
        String from = forward ? pair[0] : pair[1];
        int at = s.indexOf(from);
        if (at < 0) return typo(s, r);
        return s.substring(0, at) + (forward ? pair[1] : pair[0]) + s.substring(at + from.length());
    }

    /** yyyy-mm-dd with day and month swapped, when the day can be a month. */
    static String swapDayMonth(String iso) {
        String[] p = iso.split("-");
        return Integer.parseInt(p[2]) <= 12 ? p[0] + "-" + p[2] + "-" + p[1] : iso;
    }

    static String shiftYear(String iso, int by) {
        int y = Integer.parseInt(iso.substring(0, 4)) + by;
        String shifted = y + iso.substring(4);
        return shifted.endsWith("-02-29") ? y + "-02-28" : shifted;
    }
}
