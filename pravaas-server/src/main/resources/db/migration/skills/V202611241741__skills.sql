-- Labour mobility and skills: the ISCO-08 occupations, expert and worker profiles (linked to the
-- registry by person id, no foreign key across schemas), openings posted by institutions and
-- employers, placements with their payments, host reports and evaluation, and pre-departure
-- orientation sessions. Skills are stored normalised (lower case, trimmed) so matching compares
-- them as they are.
create schema if not exists skills;

create table skills.occupation (
    code      varchar(4) primary key check (code ~ '^[0-9]{1,4}$'),
    level     smallint not null check (level between 1 and 4 and level = length(code)),
    parent    varchar(4) references skills.occupation (code),
    title_en  text not null,
    title_fr  text,
    title_es  text
);

-- Every profile write bumps the generation, so each server knows when its in-memory candidate
-- pool is stale without scanning the profiles.
create table skills.pool_state (
    id          smallint primary key check (id = 1),
    generation  bigint not null
);
insert into skills.pool_state values (1, 0);

create table skills.profile (
    id                 uuid primary key,
    person_id          uuid not null unique,
    office_id          uuid not null,
    kind               text not null check (kind in ('EXPERT', 'WORKER')),
    headline           text not null,
    occupations        varchar(4)[] not null check (cardinality(occupations) between 1 and 5),
    skills             text[] not null default '{}',
    experience_years   smallint not null default 0 check (experience_years between 0 and 70),
    residence_country  char(2) not null,
    origin_country     char(2) not null,
    availability       text[] not null check (availability <@ array['SHORT_ASSIGNMENT', 'LONG_TERM', 'VIRTUAL']),
    available_from     date,
    consent_contact    boolean not null,
    consent_at         timestamptz,
    version            int not null default 1,
    created_at         timestamptz not null default now(),
    created_by         text not null,
    updated_at         timestamptz not null default now(),
    updated_by         text not null
);
create index profile_office_idx on skills.profile (office_id);
create index profile_occupations_idx on skills.profile using gin (occupations);

create table skills.profile_language (
    profile_id  uuid not null references skills.profile (id) on delete cascade,
    language    varchar(3) not null,
    level       smallint not null check (level between 1 and 7),
    primary key (profile_id, language)
);

create table skills.qualification (
    id               uuid primary key,
    profile_id       uuid not null references skills.profile (id) on delete cascade,
    title            text not null,
    level            text not null check (level in ('SECONDARY', 'VOCATIONAL', 'BACHELOR', 'MASTER', 'DOCTORATE', 'SPECIALIST', 'LICENCE')),
    issuing_country  char(2) not null,
    awarded_year     smallint,
    recognition      text not null check (recognition in ('NOT_REQUESTED', 'PENDING', 'RECOGNISED', 'PARTIAL', 'REFUSED')),
    recognised_in    char(2)
);
create index qualification_profile_idx on skills.qualification (profile_id);

-- An assignment is posted by an institution in a country of origin (ministry, hospital,
-- university) for returning or diaspora experts; a vacancy by an employer abroad for workers who
-- migrate through a regular channel (source_country: where it recruits).
create table skills.opening (
    id              uuid primary key,
    reference       text not null unique,
    kind            text not null check (kind in ('ASSIGNMENT', 'VACANCY')),
    office_id       uuid not null,
    title           text not null,
    organisation    text not null,
    organisation_type text not null check (organisation_type in ('MINISTRY', 'HOSPITAL', 'UNIVERSITY', 'EMPLOYER', 'OTHER')),
    country         char(2) not null,
    source_country  char(2),
    occupation      varchar(4) not null references skills.occupation (code),
    skills          text[] not null default '{}',
    availability    text not null check (availability in ('SHORT_ASSIGNMENT', 'LONG_TERM', 'VIRTUAL')),
    places          int not null check (places between 1 and 10000),
    starts_on       date not null,
    ends_on         date not null check (ends_on >= starts_on),
    conditions      text not null default '',
    status          text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_at      timestamptz not null default now(),
    created_by      text not null
);
create index opening_office_idx on skills.opening (office_id);

create table skills.opening_language (
    opening_id  uuid not null references skills.opening (id) on delete cascade,
    language    varchar(3) not null,
    level       smallint not null check (level between 1 and 7),
    primary key (opening_id, language)
);

create table skills.placement (
    id                   uuid primary key,
    opening_id           uuid not null references skills.opening (id),
    profile_id           uuid not null references skills.profile (id),
    person_id            uuid not null,
    office_id            uuid not null,
    status               text not null check (status in ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'COMPLETED', 'ENDED_EARLY')),
    starts_on            date not null,
    ends_on              date not null check (ends_on >= starts_on),
    score                smallint,
    offered_at           timestamptz not null default now(),
    offered_by           text not null,
    decided_at           timestamptz,
    travel_requested_at  timestamptz,
    outcome              text check (outcome in ('OBJECTIVES_MET', 'PARTLY_MET', 'NOT_MET')),
    rating               smallint check (rating between 1 and 5),
    evaluation           text,
    evaluated_at         timestamptz,
    stays                boolean,
    version              int not null default 1
);
create index placement_person_idx on skills.placement (person_id);
create index placement_opening_idx on skills.placement (opening_id);

create table skills.payment (
    id            uuid primary key,
    placement_id  uuid not null references skills.placement (id),
    kind          text not null check (kind in ('SALARY_SUPPLEMENT', 'SUBSIDY', 'TRAVEL_ALLOWANCE')),
    amount        numeric(14, 2) not null check (amount > 0),
    currency      char(3) not null,
    paid_on       date not null,
    period_from   date not null,
    period_to     date not null check (period_to >= period_from),
    created_at    timestamptz not null default now(),
    created_by    text not null
);
create index payment_placement_idx on skills.payment (placement_id);

create table skills.host_report (
    id            uuid primary key,
    placement_id  uuid not null references skills.placement (id),
    reported_on   date not null,
    author        text not null,
    rating        smallint not null check (rating between 1 and 5),
    text          text not null,
    created_at    timestamptz not null default now(),
    created_by    text not null
);
create index host_report_placement_idx on skills.host_report (placement_id);

create table skills.orientation_session (
    id                   uuid primary key,
    office_id            uuid not null,
    title                text not null,
    destination_country  char(2) not null,
    held_on              date not null,
    place                text not null,
    capacity             int not null check (capacity between 1 and 1000),
    created_by           text not null
);

create table skills.attendance (
    session_id  uuid not null references skills.orientation_session (id) on delete cascade,
    profile_id  uuid not null references skills.profile (id),
    attended    boolean,
    primary key (session_id, profile_id)
);
