package org.pravaas.registry.web;

import java.util.Arrays;
import java.util.List;
import org.pravaas.organization.OfficeDirectory;
import org.pravaas.registry.person.Person;
import org.pravaas.registry.person.PersonName;
import org.pravaas.registry.person.PersonSearch;

/** The columns of a registry export, named as the import recognises them, so an export can be imported elsewhere. */
final class PersonExport {
    static final List<String> HEADER = List.of(
            "reference",
            "office",
            "given_name",
            "middle_name",
            "father_name",
            "family_name",
            "latin_name",
            "sex",
            "date_of_birth",
            "birth_date_estimated",
            "nationality",
            "place_of_birth",
            "phone",
            "email",
            "address",
            "admin1",
            "admin2",
            "vulnerabilities");

    private PersonExport() {}

    static List<Object> row(PersonSearch.Hit hit, OfficeDirectory offices) {
        Person p = hit.person();
        PersonName n = p.primaryName();
        var d = p.details();
        return Arrays.asList(
                p.reference(),
                offices.code(p.officeId()),
                n.given(),
                n.middle(),
                n.father(),
                n.family(),
                n.latin(),
                p.sex().name(),
                p.birth() == null ? null : p.birth().text(),
                p.birth() != null && p.birth().estimated(),
                String.join(" ", d.nationalities()),
                d.birthPlace(),
                d.phone(),
                d.email(),
                d.address().line(),
                d.address().admin1(),
                d.address().admin2(),
                String.join(" ", d.vulnerabilities().stream().map(Enum::name).toList()));
    }
}
