package org.pravaas.governance.session;

import java.util.List;
import org.pravaas.governance.organ.Organ;
import org.pravaas.governance.session.SessionParts.AgendaItem;
import org.pravaas.governance.session.SessionParts.Attendance;
import org.pravaas.governance.session.SessionParts.Document;
import org.pravaas.governance.session.SessionParts.Officer;

/** A session with everything recorded of it. */
public record SessionView(
        Session session,
        Organ organ,
        List<AgendaItem> agenda,
        List<Document> documents,
        List<Attendance> attendance,
        List<Officer> officers,
        List<Resolution> resolutions) {}
