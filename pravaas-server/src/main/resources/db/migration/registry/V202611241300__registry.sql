create schema if not exists registry;

-- Reference numbers are issued per office and year without gaps that would reveal deletions.
create table registry.reference_counter (
    office_id  uuid not null,
    year       int  not null,
    last_value int  not null,
    primary key (office_id, year)
);

create table registry.person (
    id               uuid primary key,
    office_id        uuid not null,
    reference        text not null unique,
    version          int  not null default 1,
    status           text not null default 'ACTIVE' check (status in ('ACTIVE', 'MERGED')),
    merged_into      uuid,
    sex              text not null check (sex in ('F', 'M', 'X', 'U')),
    birth_date       date,
    birth_precision  text check (birth_precision in ('DAY', 'MONTH', 'YEAR', 'ESTIMATED')),
    birth_place      text,
    birth_country    text,
    nationalities    text[] not null default '{}',
    languages        text[] not null default '{}',
    marital_status   text,
    vulnerabilities  text[] not null default '{}',
    phone            text,
    email            text,
    address_line     text,
    admin1           text,
    admin2           text,
    admin3           text,
    address_country  text,
    display_name     text not null,
    latin_name       text not null,
    -- Sound codes of every name token, in every script's Latin readings: name search in any script.
    name_codes       text[] not null default '{}',
    -- Blocking keys of pravaas-match (CandidateKeys): the duplicate check's candidate index.
    match_keys       bigint[] not null default '{}',
    import_key       text,
    created_at       timestamptz not null default now(),
    created_by       text not null,
    updated_at       timestamptz not null default now(),
    updated_by       text not null,
    check ((birth_date is null) = (birth_precision is null)),
    check ((status = 'MERGED') = (merged_into is not null))
);

create index person_office_idx on registry.person (office_id, created_at desc);
create index person_birth_idx on registry.person (birth_date);
-- New entries wait in a GIN index's pending list, which every lookup scans: keep it small, so a
-- duplicate check stays fast between vacuums (bulk imports clean it when they finish).
create index person_name_codes_idx on registry.person using gin (name_codes) with (gin_pending_list_limit = 512);
create index person_match_keys_idx on registry.person using gin (match_keys) with (gin_pending_list_limit = 512);
create unique index person_import_key_idx on registry.person (office_id, import_key) where import_key is not null;

create table registry.person_name (
    person_id   uuid not null references registry.person (id) on delete cascade,
    position    smallint not null,
    kind        text not null check (kind in ('PRIMARY', 'ORIGINAL_SCRIPT', 'ALIAS', 'PREVIOUS')),
    script      text not null,
    given       text,
    middle      text,
    family      text,
    father      text,
    latin       text not null,
    primary key (person_id, position)
);

create table registry.photo (
    person_id     uuid primary key references registry.person (id) on delete cascade,
    content_type  text not null,
    content       bytea not null,
    uploaded_at   timestamptz not null default now()
);

create table registry.document (
    id               uuid primary key,
    person_id        uuid not null references registry.person (id),
    kind             text not null,
    issuing_country  text not null,
    number           text not null,
    number_key       text not null,
    issued_on        date,
    expires_on       date,
    mrz              text,
    created_at       timestamptz not null default now(),
    created_by       text not null,
    check (expires_on is null or issued_on is null or expires_on > issued_on)
);

create index document_person_idx on registry.document (person_id);
create index document_number_idx on registry.document (number_key);

create table registry.household (
    id          uuid primary key,
    office_id   uuid not null,
    reference   text not null unique,
    name        text not null,
    version     int  not null default 1,
    created_at  timestamptz not null default now(),
    created_by  text not null
);

-- A person may belong to several households over time; membership has a period.
create table registry.household_member (
    household_id  uuid not null references registry.household (id),
    person_id     uuid not null references registry.person (id),
    relationship  text not null check (relationship in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'OTHER')),
    joined_on     date not null,
    left_on       date,
    primary key (household_id, person_id, joined_on),
    check (left_on is null or left_on >= joined_on)
);

create index household_member_person_idx on registry.household_member (person_id);
create unique index household_one_head_idx on registry.household_member (household_id)
    where relationship = 'HEAD' and left_on is null;

-- Every change of a person, as the whole record after the change: history and exact unmerge.
create table registry.person_history (
    person_id   uuid not null,
    version     int  not null,
    change      text not null,
    changed_at  timestamptz not null default now(),
    changed_by  text not null,
    snapshot    jsonb not null,
    primary key (person_id, version)
);

create table registry.duplicate_pair (
    id             uuid primary key,
    office_id      uuid not null,
    left_id        uuid not null references registry.person (id),
    right_id       uuid not null references registry.person (id),
    probability    double precision not null,
    source         text not null check (source in ('REGISTRATION', 'IMPORT', 'BATCH')),
    status         text not null default 'OPEN' check (status in ('OPEN', 'AWAITING_SECOND', 'SAME', 'NOT_SAME', 'UNSURE', 'MERGED')),
    first_verdict  text,
    first_by       text,
    first_at       timestamptz,
    decided_by     text,
    decided_at     timestamptz,
    found_at       timestamptz not null default now(),
    check (left_id < right_id),
    unique (left_id, right_id)
);

create index duplicate_pair_queue_idx on registry.duplicate_pair (office_id, status, probability desc);

-- A registrar who registers a new person although a candidate scored above the threshold says so.
create table registry.registration_decision (
    person_id     uuid not null references registry.person (id),
    candidate_id  uuid not null references registry.person (id),
    probability   double precision not null,
    decided_by    text not null,
    decided_at    timestamptz not null default now(),
    primary key (person_id, candidate_id)
);

create table registry.merge (
    id              uuid primary key,
    survivor_id     uuid not null references registry.person (id),
    merged_id       uuid not null references registry.person (id),
    survivor_before jsonb not null,
    merged_before   jsonb not null,
    moved           jsonb not null,
    merged_at       timestamptz not null default now(),
    merged_by       text not null,
    undone_at       timestamptz,
    undone_by       text
);

create index merge_survivor_idx on registry.merge (survivor_id);
create index merge_merged_idx on registry.merge (merged_id);

-- Whether an office wants a second person to confirm duplicate verdicts.
create table registry.office_setting (
    office_id             uuid primary key,
    second_review         boolean not null default false,
    import_mapping        jsonb
);

create table registry.import_job (
    id           uuid primary key,
    office_id    uuid not null,
    filename     text not null,
    file_hash    text not null,
    status       text not null check (status in ('CHECKED', 'RUNNING', 'DONE', 'FAILED')),
    dry_run      boolean not null,
    rows_total   int not null default 0,
    rows_valid   int not null default 0,
    rows_invalid int not null default 0,
    rows_stored  int not null default 0,
    rows_known   int not null default 0,
    duplicates   int not null default 0,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz,
    started_by   text not null,
    header       text[] not null default '{}'
);

create table registry.import_error (
    job_id   uuid not null references registry.import_job (id) on delete cascade,
    row_no   int not null,
    field    text not null,
    message_key text not null,
    args     text[] not null default '{}',
    raw      text[] not null,
    primary key (job_id, row_no, field)
);
