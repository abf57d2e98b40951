-- Migration health: destination profiles (versioned), assessments with their clinical
-- findings, laboratory results, vaccinations, tuberculosis treatment under direct observation,
-- fit-to-travel decisions and holds; who leads health in an office, and every break of the glass.
-- Rows refer to people and offices by id only (other modules' tables are never joined).
create schema if not exists health;

-- A destination's requirements. Editing a profile adds a version; an assessment keeps the id of
-- the version it was assessed against, so a later change never rewrites an old clearance.
create table health.destination_profile (
    id                          uuid primary key,
    code                        text not null,
    version                     int not null check (version >= 1),
    name                        text not null,
    country                     char(2) not null,
    xray_from_age               int not null check (xray_from_age between 0 and 120),
    sputum_when_xray_abnormal   boolean not null,
    fit_valid_hours             int not null check (fit_valid_hours between 1 and 8760),
    created_at                  timestamptz not null,
    created_by                  text not null,
    unique (code, version)
);

create table health.profile_vaccine (
    profile_id      uuid not null references health.destination_profile (id),
    vaccine         text not null,
    from_months     int not null check (from_months >= 0),
    to_months       int check (to_months is null or to_months > from_months),
    doses           int not null check (doses between 1 and 10),
    primary key (profile_id, vaccine)
);

create table health.assessment (
    id                  uuid primary key,
    person_id           uuid not null,
    office_id           uuid not null,
    profile_id          uuid not null references health.destination_profile (id),
    status              text not null check (status in ('SCHEDULED', 'IN_PROGRESS', 'DECIDED', 'CANCELLED')),
    scheduled_on        date not null,
    clinic              text not null,
    physician           text,
    examined_on         date,
    history             text,
    examination         text,
    temperature_c       numeric(4, 1),
    pulse               int,
    systolic            int,
    diastolic           int,
    respiratory_rate    int,
    oxygen_saturation   int,
    weight_kg           numeric(5, 1),
    height_cm           numeric(4, 1),
    xray_on             date,
    xray_result         text check (xray_result in ('NORMAL', 'ABNORMAL_TB', 'ABNORMAL_OTHER')),
    sputum_sampled_on   date,
    smear_result        text check (smear_result in ('NEGATIVE', 'POSITIVE')),
    smear_resulted_on   date,
    culture_result      text check (culture_result in ('NEGATIVE', 'POSITIVE', 'CONTAMINATED')),
    culture_resulted_on date,
    dst_result          text check (dst_result in ('SUSCEPTIBLE', 'RIFAMPICIN_RESISTANT', 'MDR', 'XDR')),
    tb_class            text check (tb_class in ('NO_TB', 'LATENT', 'ACTIVE_PULMONARY', 'ACTIVE_EXTRAPULMONARY', 'TREATED')),
    pregnancy           text check (pregnancy in ('NOT_APPLICABLE', 'NOT_PREGNANT', 'PREGNANT')),
    mental_health       text check (mental_health in ('NO_CONCERN', 'CONCERN', 'REFERRED')),
    disabilities        text,
    version             bigint not null default 0,
    created_at          timestamptz not null,
    created_by          text not null,
    updated_at          timestamptz not null,
    updated_by          text not null
);
-- The clinic's daily worklist: one office's day, read by an index range.
create index assessment_worklist_idx on health.assessment (office_id, scheduled_on, status);
create index assessment_person_idx on health.assessment (person_id);

create table health.lab_result (
    id              uuid primary key,
    assessment_id   uuid not null references health.assessment (id),
    test            text not null,
    sampled_on      date not null,
    resulted_on     date not null,
    result          text not null,
    created_at      timestamptz not null,
    created_by      text not null
);
create index lab_result_assessment_idx on health.lab_result (assessment_id);

create table health.vaccination (
    id          uuid primary key,
    person_id   uuid not null,
    office_id   uuid not null,
    vaccine     text not null,
    lot         text not null,
    given_on    date not null,
    given_by    text not null,
    created_at  timestamptz not null
);
create index vaccination_person_idx on health.vaccination (person_id, given_on);

create table health.tb_treatment (
    id          uuid primary key,
    person_id   uuid not null,
    office_id   uuid not null,
    regimen     text not null,
    started_on  date not null,
    outcome     text check (outcome in ('CURED', 'COMPLETED', 'FAILED', 'LOST_TO_FOLLOW_UP', 'DIED', 'NOT_EVALUATED')),
    ended_on    date,
    created_at  timestamptz not null,
    created_by  text not null,
    check ((outcome is null) = (ended_on is null))
);
create index tb_treatment_person_idx on health.tb_treatment (person_id);

-- One line per day of directly observed treatment: the dose was taken in front of the observer, or missed.
create table health.tb_dose (
    treatment_id    uuid not null references health.tb_treatment (id),
    dose_on         date not null,
    taken           boolean not null,
    observer        text not null,
    primary key (treatment_id, dose_on)
);

create table health.travel_decision (
    id              uuid primary key,
    assessment_id   uuid not null references health.assessment (id),
    person_id       uuid not null,
    office_id       uuid not null,
    fitness         text not null check (fitness in ('FIT', 'FIT_WITH_ESCORT', 'NOT_FIT')),
    conditions      text,
    decided_at      timestamptz not null,
    valid_until     timestamptz,
    decided_by      text not null,
    check ((fitness = 'NOT_FIT') = (valid_until is null))
);
create index travel_decision_person_idx on health.travel_decision (person_id, decided_at desc);

create table health.hold (
    id              uuid primary key,
    person_id       uuid not null,
    office_id       uuid not null,
    reason          text not null,
    placed_at       timestamptz not null,
    placed_by       text not null,
    lifted_at       timestamptz,
    lifted_by       text,
    lift_reason     text,
    check ((lifted_at is null) = (lifted_by is null))
);
-- At most one active hold per person: placing a second is refused, lifting ends the one.
create unique index hold_active_idx on health.hold (person_id) where lifted_at is null;

-- The health lead of an office: a designation of this module, not a role of the organisation.
create table health.lead (
    office_id       uuid primary key,
    username        text not null,
    designated_at   timestamptz not null,
    designated_by   text not null
);

-- A non-health user opened a person's clinical record with a stated reason.
create table health.glass_break (
    id          uuid primary key,
    person_id   uuid not null,
    office_id   uuid not null,
    username    text not null,
    reason      text not null,
    opened_at   timestamptz not null,
    expires_at  timestamptz not null
);
create index glass_break_user_idx on health.glass_break (username, person_id, expires_at);
create index glass_break_office_idx on health.glass_break (office_id, opened_at desc);

-- Registry merges as this module follows them: records filed under a merged person belong to the
-- survivor while the merge stands (a hold on either stops both); an unmerge removes the line.
create table health.person_alias (
    merged_id   uuid primary key,
    survivor_id uuid not null,
    merge_id    uuid not null
);
create index person_alias_survivor_idx on health.person_alias (survivor_id);

-- A person's id and every id merged into it, through chains of merges.
create function health.person_ids(p uuid) returns setof uuid language sql stable as $$
    with recursive ids(id) as (
        select p
        union
        select a.merged_id from health.person_alias a join ids on a.survivor_id = ids.id)
    select id from ids
$$;

insert into health.destination_profile
    (id, code, version, name, country, xray_from_age, sputum_when_xray_abnormal, fit_valid_hours, created_at, created_by)
values
    ('01900000-0000-7000-8000-000000000001', 'US-RST', 1, 'United States resettlement', 'US', 15, true, 72, now(), 'system'),
    ('01900000-0000-7000-8000-000000000002', 'CA-RST', 1, 'Canada resettlement', 'CA', 11, true, 72, now(), 'system'),
    ('01900000-0000-7000-8000-000000000003', 'AU-VISA', 1, 'Australia visa', 'AU', 11, true, 120, now(), 'system'),
    ('01900000-0000-7000-8000-000000000004', 'GB-VISA', 1, 'United Kingdom visa', 'GB', 11, true, 168, now(), 'system');

insert into health.profile_vaccine (profile_id, vaccine, from_months, to_months, doses) values
    ('01900000-0000-7000-8000-000000000001', 'MMR', 12, null, 2),
    ('01900000-0000-7000-8000-000000000001', 'DTP', 2, 84, 3),
    ('01900000-0000-7000-8000-000000000001', 'TD', 84, null, 1),
    ('01900000-0000-7000-8000-000000000001', 'POLIO', 2, 216, 3),
    ('01900000-0000-7000-8000-000000000001', 'HEPB', 0, 216, 3),
    ('01900000-0000-7000-8000-000000000001', 'VARICELLA', 12, null, 1),
    ('01900000-0000-7000-8000-000000000002', 'MMR', 12, null, 2),
    ('01900000-0000-7000-8000-000000000002', 'POLIO', 2, 216, 3),
    ('01900000-0000-7000-8000-000000000002', 'TD', 84, null, 1),
    ('01900000-0000-7000-8000-000000000003', 'MMR', 12, null, 2),
    ('01900000-0000-7000-8000-000000000003', 'POLIO', 2, null, 1),
    ('01900000-0000-7000-8000-000000000004', 'POLIO', 2, null, 1);
