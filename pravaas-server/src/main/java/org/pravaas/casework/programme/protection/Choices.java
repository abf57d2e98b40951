package org.pravaas.casework.programme.protection;

import java.util.List;
import org.springframework.stereotype.Component;

/** The coded lists the protection forms offer, for the templates (which may not reach static types). */
@Component("htcds")
public class Choices {
    public List<Htcds.Exploitation> exploitation() {
        return List.of(Htcds.Exploitation.values());
    }

    public List<Htcds.Control> control() {
        return List.of(Htcds.Control.values());
    }

    public List<Htcds.Relationship> relationships() {
        return List.of(Htcds.Relationship.values());
    }

    public List<Htcds.Recruitment> recruitment() {
        return List.of(Htcds.Recruitment.values());
    }

    public List<ServiceReferral.Service> services() {
        return List.of(ServiceReferral.Service.values());
    }

    public List<ServiceReferral.Status> statuses() {
        return List.of(ServiceReferral.Status.values());
    }
}
