-- Assessments scheduled because a case entered pre-departure (casework's HealthAssessmentRequested):
-- one per case and person, so a replayed event schedules nothing twice.
create table health.case_request (
    case_id       uuid not null,
    person_id     uuid not null,
    assessment_id uuid not null,
    reference     text not null,
    requested_at  timestamptz not null,
    primary key (case_id, person_id)
);
