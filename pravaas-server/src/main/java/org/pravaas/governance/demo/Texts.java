package org.pravaas.governance.demo;

import java.util.List;
import java.util.Map;

/** The demo organs' names and mandates in the six languages of the secretariat. */
final class Texts {
    private Texts() {}

    record OrganText(Map<String, String> names, Map<String, String> mandate) {}

    static final OrganText COUNCIL = new OrganText(
            Map.of("en", "Council", "fr", "Conseil", "es", "Consejo", "ar", "المجلس", "hi", "परिषद", "ko", "이사회"),
            Map.of(
                    "en", "The plenary of all member states: determines policy, adopts the budget, admits members.",
                    "fr",
                            "L’organe plénier de tous les États membres : définit la politique, adopte le budget, admet les membres.",
                    "es",
                            "El pleno de todos los Estados miembros: define la política, aprueba el presupuesto, admite a los miembros.",
                    "ar", "الهيئة العامة لجميع الدول الأعضاء: تحدد السياسات وتعتمد الميزانية وتقبل الأعضاء.",
                    "hi",
                            "सभी सदस्य राज्यों की पूर्ण सभा: नीति तय करती है, बजट स्वीकृत करती है, सदस्यों को प्रवेश देती है।",
                    "ko", "모든 회원국의 전체회의: 정책을 결정하고 예산을 채택하며 회원국 가입을 승인한다."));

    static final OrganText EXCOM = new OrganText(
            Map.of(
                    "en", "Executive Committee",
                    "fr", "Comité exécutif",
                    "es", "Comité Ejecutivo",
                    "ar", "اللجنة التنفيذية",
                    "hi", "कार्यकारी समिति",
                    "ko", "집행위원회"),
            Map.of(
                    "en",
                            "Nine member states elected by the Council for two years; prepared the Council’s work until 2013.",
                    "fr",
                            "Neuf États membres élus par le Conseil pour deux ans ; a préparé les travaux du Conseil jusqu’en 2013.",
                    "es",
                            "Nueve Estados miembros elegidos por el Consejo por dos años; preparó la labor del Consejo hasta 2013.",
                    "ar", "تسع دول أعضاء ينتخبها المجلس لمدة سنتين؛ أعدّت أعمال المجلس حتى عام 2013.",
                    "hi", "परिषद द्वारा दो वर्ष के लिए चुने गए नौ सदस्य राज्य; 2013 तक परिषद का कार्य तैयार किया।",
                    "ko", "이사회가 2년 임기로 선출하는 9개 회원국; 2013년까지 이사회 업무를 준비하였다."));

    static final OrganText SCBF = new OrganText(
            Map.of(
                    "en", "Sub-Committee on Budget and Finance",
                    "fr", "Sous-Comité du budget et des finances",
                    "es", "Subcomité de Presupuesto y Finanzas",
                    "ar", "اللجنة الفرعية للميزانية والمالية",
                    "hi", "बजट और वित्त उप-समिति",
                    "ko", "예산재정소위원회"),
            Map.of(
                    "en", "Examined the budget, the scale of assessment and the accounts for the Executive Committee.",
                    "fr", "Examinait le budget, le barème des quotes-parts et les comptes pour le Comité exécutif.",
                    "es", "Examinaba el presupuesto, la escala de cuotas y las cuentas para el Comité Ejecutivo.",
                    "ar", "درست الميزانية وجدول الأنصبة المقررة والحسابات للجنة التنفيذية.",
                    "hi", "कार्यकारी समिति के लिए बजट, अंशदान पैमाने और लेखों की जाँच करती थी।",
                    "ko", "집행위원회를 위하여 예산, 분담률 및 회계를 심사하였다."));

    static final OrganText SCMT = new OrganText(
            Map.of(
                    "en", "Sub-Committee on Migrant Transport",
                    "fr", "Sous-Comité du transport des migrants",
                    "es", "Subcomité de Transporte de Migrantes",
                    "ar", "اللجنة الفرعية لنقل المهاجرين",
                    "hi", "प्रवासी परिवहन उप-समिति",
                    "ko", "이주민수송소위원회"),
            Map.of(
                    "en", "Oversaw the chartering of ships and aircraft for migrants; dissolved in 1998.",
                    "fr", "Supervisait l’affrètement de navires et d’avions pour les migrants ; dissous en 1998.",
                    "es", "Supervisaba el fletamento de buques y aeronaves para migrantes; disuelto en 1998.",
                    "ar", "أشرفت على استئجار السفن والطائرات لنقل المهاجرين؛ حُلّت في عام 1998.",
                    "hi", "प्रवासियों के लिए जहाज़ों और विमानों के किराये की देखरेख करती थी; 1998 में भंग।",
                    "ko", "이주민을 위한 선박 및 항공기 용선을 감독하였으며 1998년 해산되었다."));

    static final OrganText SCPF = new OrganText(
            Map.of(
                    "en", "Standing Committee on Programmes and Finance",
                    "fr", "Comité permanent des programmes et des finances",
                    "es", "Comité Permanente de Programas y Finanzas",
                    "ar", "اللجنة الدائمة للبرامج والمالية",
                    "hi", "कार्यक्रम और वित्त स्थायी समिति",
                    "ko", "사업재정상임위원회"),
            Map.of(
                    "en", "Open to all member states since the reform of 2013: reviews programmes, budget and finance.",
                    "fr",
                            "Ouvert à tous les États membres depuis la réforme de 2013 : examine les programmes, le budget et les finances.",
                    "es",
                            "Abierto a todos los Estados miembros desde la reforma de 2013: examina programas, presupuesto y finanzas.",
                    "ar", "مفتوحة لجميع الدول الأعضاء منذ إصلاح عام 2013: تستعرض البرامج والميزانية والمالية.",
                    "hi",
                            "2013 के सुधार से सभी सदस्य राज्यों के लिए खुली: कार्यक्रमों, बजट और वित्त की समीक्षा करती है।",
                    "ko", "2013년 개편 이후 모든 회원국에 개방: 사업, 예산 및 재정을 검토한다."));

    static final List<Map<String, String>> AGENDA = List.of(
            Map.of(
                    "en",
                    "Adoption of the agenda",
                    "fr",
                    "Adoption de l’ordre du jour",
                    "es",
                    "Aprobación del programa",
                    "ar",
                    "إقرار جدول الأعمال"),
            Map.of(
                    "en",
                    "Election of officers",
                    "fr",
                    "Élection du Bureau",
                    "es",
                    "Elección de la Mesa",
                    "ar",
                    "انتخاب أعضاء المكتب"),
            Map.of(
                    "en",
                    "Report of the Director General",
                    "fr",
                    "Rapport du Directeur général",
                    "es",
                    "Informe del Director General",
                    "ar",
                    "تقرير المدير العام"),
            Map.of(
                    "en",
                    "Programme and budget",
                    "fr",
                    "Programme et budget",
                    "es",
                    "Programa y presupuesto",
                    "ar",
                    "البرنامج والميزانية"),
            Map.of(
                    "en",
                    "Status of contributions and arrears",
                    "fr",
                    "État des contributions et des arriérés",
                    "es",
                    "Estado de las contribuciones y los atrasos",
                    "ar",
                    "حالة الاشتراكات والمتأخرات"));
    static final String[] PEOPLE = {
        "Ana Lucía Ferreira", "Jean-Marc Delorme", "Mariam Al-Sayed", "Ravi Chandrasekhar", "Kim Ji-won",
        "Ingeborg Lund", "Samuel Mwangi", "Olga Petrenko", "Diego Salvatierra", "Aiko Morimoto"
    };

    /** Titles of the demo resolutions in the languages the secretariat translated them into. */
    static final Map<String, Map<String, String>> RESOLUTIONS = Map.of(
            "7/1",
            Map.of(
                    "en", "Change of the name of the organisation",
                    "fr", "Changement du nom de l’Organisation",
                    "es", "Cambio del nombre de la Organización",
                    "ar", "تغيير اسم المنظمة"),
            "60/1",
            Map.of(
                    "en", "A new name for a wider mandate",
                    "fr", "Un nouveau nom pour un mandat élargi",
                    "es", "Un nuevo nombre para un mandato ampliado",
                    "ar", "اسم جديد لولاية أوسع"),
            "66/1",
            Map.of(
                    "en", "Amendment of the Constitution and new name",
                    "fr", "Amendement de la Constitution et nouveau nom",
                    "es", "Enmienda de la Constitución y nuevo nombre",
                    "ar", "تعديل الدستور واسم جديد"),
            "103/1",
            Map.of(
                    "en", "Reform of the governing bodies",
                    "fr", "Réforme des organes directeurs",
                    "es", "Reforma de los órganos rectores",
                    "ar", "إصلاح الهيئات الرئاسية"),
            "115/1",
            Map.of(
                    "en", "Programme and budget for 2025",
                    "fr", "Programme et budget pour 2025",
                    "es", "Programa y presupuesto para 2025",
                    "ar", "البرنامج والميزانية لعام 2025"),
            "116/1",
            Map.of(
                    "en", "Programme and budget for 2026",
                    "fr", "Programme et budget pour 2026",
                    "es", "Programa y presupuesto para 2026",
                    "ar", "البرنامج والميزانية لعام 2026"),
            "116/2",
            Map.of(
                    "en", "Payment plans for member states in arrears",
                    "fr", "Plans de paiement pour les États membres en retard de contributions",
                    "es", "Planes de pago para los Estados miembros con atrasos",
                    "ar", "خطط السداد للدول الأعضاء المتأخرة في سداد اشتراكاتها"));
}
