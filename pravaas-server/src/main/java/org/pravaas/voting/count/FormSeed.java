package org.pravaas.voting.count;

import java.util.List;
import org.pravaas.shared.Ids;
import org.pravaas.voting.election.Station;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the copies of a result form as two named clerks entered them, then compares and
 * reconciles them as {@link ResultFormService} does, for demo data and benchmarks that run without
 * those clerks signed in.
 */
@Component
public class FormSeed {
    private final ResultForms forms;
    private final FormReconciliation reconciliation;

    FormSeed(ResultForms forms, FormReconciliation reconciliation) {
        this.forms = forms;
        this.reconciliation = reconciliation;
    }

    /** One copy (the second is still to come) or two; the form as it then stands. */
    @Transactional
    public ResultForm seed(Station station, List<String> clerks, List<Figures> copies) {
        ResultForm form = forms.open(Ids.newId(), station.id(), station.electionId());
        for (int i = 0; i < copies.size(); i++) {
            forms.insertCopy(form.id(), i + 1, clerks.get(i), copies.get(i));
            forms.addEvent(form.id(), clerks.get(i), "entered-" + (i + 1), null);
        }
        if (copies.size() == 2) {
            reconciliation.settle(form, station, copies.get(0), copies.get(1));
        }
        return forms.byId(form.id()).orElseThrow();
    }
}
