create schema if not exists voting;

-- An election of a country, run abroad by one office; its eligibility rules are configuration.
create table voting.election (
    id                   uuid primary key,
    code                 text not null unique,
    name                 text not null,
    country              text not null,
    kind                 text not null check (kind in ('PRESIDENTIAL', 'PARLIAMENTARY', 'REFERENDUM', 'LOCAL')),
    office_id            uuid not null,
    registration_opens   date not null,
    registration_closes  date not null,
    polling_starts       date not null,
    polling_ends         date not null,
    minimum_age          int  not null check (minimum_age between 0 and 30),
    age_cutoff           date not null,
    documents_required   int  not null check (documents_required between 0 and 5),
    documents_with_witness int not null check (documents_with_witness between 0 and 5),
    accepted_documents   text[] not null,
    own_station_only     boolean not null default true,
    -- Receipt numbers are issued in order, without gaps a deletion would leave.
    last_receipt         bigint not null default 0,
    created_at           timestamptz not null default now(),
    check (registration_closes >= registration_opens),
    check (polling_ends >= polling_starts)
);

-- The choices on the ballot (candidates or lists), in ballot order.
create table voting.contestant (
    election_id  uuid not null references voting.election (id),
    position     int  not null check (position >= 1),
    name         text not null,
    primary key (election_id, position)
);

create table voting.station (
    id            uuid primary key,
    election_id   uuid not null references voting.election (id),
    code          text not null,
    name          text not null,
    host_country  text not null,
    city          text not null,
    office_id     uuid not null,
    unique (election_id, code)
);

-- Who does what at a station (or, with no station, for the whole election), on top of the
-- ELECTION_OFFICIAL role: registrars, polling clerks, presiding officers, auditors.
create table voting.staff (
    id           uuid primary key,
    election_id  uuid not null references voting.election (id),
    station_id   uuid references voting.station (id),
    username     text not null,
    designation  text not null check (designation in ('REGISTRAR', 'CLERK', 'PRESIDING_OFFICER', 'AUDITOR'))
);
create unique index staff_unique_idx on voting.staff
    (election_id, coalesce(station_id, '00000000-0000-0000-0000-000000000000'::uuid), username, designation);

create table voting.voter (
    id              uuid primary key,
    election_id     uuid not null references voting.election (id),
    station_id      uuid not null references voting.station (id),
    receipt_number  bigint not null,
    status          text not null check (status in ('REGISTERED', 'HELD', 'REJECTED', 'STRUCK')),
    given           text not null,
    family          text not null,
    script          text not null,
    latin_name      text not null,
    birth_date      date not null,
    sex             text not null check (sex in ('F', 'M', 'X')),
    witness         text,
    -- Sound codes of every name token in its Latin readings: search in any script.
    name_codes      text[] not null default '{}',
    -- Blocking keys of pravaas-match (CandidateKeys): the second-registration check's index.
    match_keys      bigint[] not null default '{}',
    registered_at   timestamptz not null default now(),
    registered_by   text not null,
    decided_by      text,
    decision_note   text,
    unique (election_id, receipt_number)
);
create index voter_station_idx on voting.voter (station_id, latin_name);
create index voter_name_codes_idx on voting.voter using gin (name_codes) with (gin_pending_list_limit = 512);
create index voter_match_keys_idx on voting.voter using gin (match_keys) with (gin_pending_list_limit = 512);

create table voting.voter_document (
    voter_id  uuid not null references voting.voter (id),
    position  smallint not null,
    kind      text not null,
    number    text not null,
    primary key (voter_id, position)
);

-- Why a registration is held: the registration it probably repeats, and how probably.
create table voting.voter_flag (
    voter_id     uuid not null references voting.voter (id),
    other_id     uuid not null references voting.voter (id),
    probability  double precision not null,
    primary key (voter_id, other_id)
);

create table voting.challenge (
    id           uuid primary key,
    voter_id     uuid not null references voting.voter (id),
    grounds      text not null,
    status       text not null check (status in ('OPEN', 'UPHELD', 'DISMISSED')),
    filed_by     text not null,
    filed_at     timestamptz not null default now(),
    decided_by   text,
    decided_at   timestamptz,
    decision     text
);
create index challenge_voter_idx on voting.challenge (voter_id);

-- One vote per voter in the whole election, whichever station records it: the primary key is
-- what refuses a second vote, even when two stations try at the same instant.
create table voting.vote (
    election_id  uuid not null references voting.election (id),
    voter_id     uuid not null references voting.voter (id),
    station_id   uuid not null references voting.station (id),
    provisional  boolean not null,
    recorded_at  timestamptz not null default now(),
    recorded_by  text not null,
    primary key (election_id, voter_id)
);
create index vote_station_idx on voting.vote (station_id);

-- A station's result form: two copies entered by different clerks, then the agreed figures.
create table voting.result_form (
    id                uuid primary key,
    station_id        uuid not null unique references voting.station (id),
    election_id       uuid not null references voting.election (id),
    status            text not null check (status in
                          ('AWAITING_SECOND', 'QUALITY_CONTROL', 'QUARANTINED', 'COUNTED', 'EXCLUDED')),
    reasons           text[] not null default '{}',
    ballots_received  int,
    ballots_issued    int,
    spoiled           int,
    unused            int,
    invalid           int,
    valid             int,
    votes             int[],
    version           int not null default 1,
    updated_at        timestamptz not null default now()
);

create table voting.result_entry (
    form_id           uuid not null references voting.result_form (id),
    copy              smallint not null check (copy in (1, 2)),
    clerk             text not null,
    entered_at        timestamptz not null default now(),
    ballots_received  int not null,
    ballots_issued    int not null,
    spoiled           int not null,
    unused            int not null,
    invalid           int not null,
    valid             int not null,
    votes             int[] not null,
    primary key (form_id, copy)
);

-- The trail of each form: entries, comparisons, reconciliation, the auditor's decision.
create table voting.form_event (
    id        bigserial primary key,
    form_id   uuid not null references voting.result_form (id),
    at        timestamptz not null default now(),
    actor     text not null,
    action    text not null,
    note      text
);
create index form_event_form_idx on voting.form_event (form_id, id);
