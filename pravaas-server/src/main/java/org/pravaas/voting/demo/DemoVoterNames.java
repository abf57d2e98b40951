package org.pravaas.voting.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pravaas.voting.election.DocumentKind;
import org.pravaas.voting.register.Sex;
import org.pravaas.voting.register.VoterLoader.Applicant;

/** Invented voters with Iraqi names, written in Arabic script or in one of their Latin spellings. */
final class DemoVoterNames {
    private static final String[][] MEN = {
        {"علي", "Ali"}, {"حسين", "Hussein"}, {"محمد", "Mohammed"}, {"عمر", "Omar"}, {"كريم", "Karim"},
        {"مصطفى", "Mustafa"}, {"حيدر", "Haider"}, {"يوسف", "Yousef"}, {"سلام", "Salam"}, {"زياد", "Ziad"}
    };
    private static final String[][] WOMEN = {
        {"فاطمة", "Fatima"}, {"زينب", "Zainab"}, {"مريم", "Maryam"}, {"نور", "Noor"}, {"سارة", "Sara"},
        {"هدى", "Huda"}, {"رنا", "Rana"}, {"ليلى", "Layla"}, {"دينا", "Dina"}, {"آمنة", "Amina"}
    };
    private static final String[][] FAMILIES = {
        {"الجبوري", "Al-Jubouri"}, {"العبيدي", "Al-Obaidi"}, {"الدليمي", "Al-Dulaimi"}, {"التميمي", "Al-Tamimi"},
        {"الحسيني", "Al-Husseini"}, {"الربيعي", "Al-Rubaie"}, {"الخفاجي", "Al-Khafaji"}, {"الساعدي", "Al-Saadi"},
        {"الزبيدي", "Al-Zubaidi"}, {"الشمري", "Al-Shammari"}, {"الكبيسي", "Al-Kubaisi"}, {"البياتي", "Al-Bayati"}
    };

    private DemoVoterNames() {}

    static List<Applicant> applicants(Random random, int count, LocalDate today) {
        List<Applicant> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean woman = random.nextBoolean();
            String[] given = (woman ? WOMEN : MEN)[random.nextInt(10)];
            String[] family = FAMILIES[random.nextInt(FAMILIES.length)];
            int script = random.nextInt(3) == 0 ? 0 : 1;
            LocalDate birth = today.minusYears(19 + random.nextInt(60)).minusDays(random.nextInt(365));
            String passport = "A" + (1_000_000 + random.nextInt(8_999_999));
            out.add(new Applicant(
                    given[script], family[script], birth, woman ? Sex.F : Sex.M, DocumentKind.PASSPORT, passport));
        }
        return out;
    }
}
