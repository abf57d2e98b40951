-- Casework: programme definitions as versioned data, case files, their stage history, field
-- values, timeline, tasks, notes, attachments, approvals, consent, referrals and transfers.
-- People, households, offices and partners of other modules are referred to by id only.
create schema if not exists casework;

-- A programme and whether its cases are restricted (protection): the rules of its cases live in
-- its definitions, one row per version; a case keeps the version it was opened with.
create table casework.programme (
    code       text primary key,
    prefix     text not null unique,
    restricted boolean not null default false
);

create table casework.definition (
    programme  text not null references casework.programme (code),
    version    int not null check (version > 0),
    body       jsonb not null,
    created_at timestamptz not null,
    created_by text not null,
    primary key (programme, version)
);

-- Who may edit a programme's definition besides administrators (no office: every office).
create table casework.programme_manager (
    username  text not null,
    programme text not null references casework.programme (code),
    primary key (username, programme)
);

-- Protection designations: who reads restricted (protection) cases in their office scope without
-- stating a reason each time.
create table casework.protection_officer (
    username      text primary key,
    designated_at timestamptz not null,
    designated_by text not null
);

create table casework.reference_counter (
    prefix text not null,
    year   int not null,
    last   bigint not null,
    primary key (prefix, year)
);

create table casework.case_file (
    id                 uuid primary key,
    reference          text not null unique,
    programme          text not null references casework.programme (code),
    definition_version int not null,
    office_id          uuid not null,
    person_id          uuid,
    household_id       uuid,
    caseworker         text,
    stage              text not null,
    stage_entered_at   timestamptz not null,
    status             text not null check (status in ('OPEN', 'CLOSED')),
    opened_at          timestamptz not null,
    closed_at          timestamptz,
    version            bigint not null default 0,
    check (person_id is not null or household_id is not null),
    foreign key (programme, definition_version) references casework.definition (programme, version)
);
create index case_file_office_idx on casework.case_file (office_id, programme, status, stage);
create index case_file_person_idx on casework.case_file (person_id) where person_id is not null;
create index case_file_household_idx on casework.case_file (household_id) where household_id is not null;
create index case_file_caseworker_idx on casework.case_file (caseworker, status);

-- The people a case covers (the person, or the household's members when it was opened).
create table casework.case_member (
    case_id   uuid not null references casework.case_file (id),
    person_id uuid not null,
    adult     boolean not null,
    primary key (case_id, person_id)
);
create index case_member_person_idx on casework.case_member (person_id);

create table casework.case_value (
    case_id    uuid not null references casework.case_file (id),
    field      text not null,
    value      text not null,
    updated_at timestamptz not null,
    updated_by text not null,
    primary key (case_id, field)
);

-- Each stage a case was in, with when it entered and left: durations for the dashboards.
create table casework.stage_history (
    id         uuid primary key,
    case_id    uuid not null references casework.case_file (id),
    office_id  uuid not null,
    programme  text not null,
    stage      text not null,
    entered_at timestamptz not null,
    left_at    timestamptz,
    entered_by text not null
);
create index stage_history_case_idx on casework.stage_history (case_id, entered_at);
create index stage_history_office_idx on casework.stage_history (office_id, programme, stage) include (entered_at, left_at);

create table casework.timeline (
    id          uuid primary key,
    case_id     uuid not null references casework.case_file (id),
    at          timestamptz not null,
    actor       text not null,
    message_key text not null,
    arguments   text[] not null default '{}'
);
create index timeline_case_idx on casework.timeline (case_id, at desc);

create table casework.task (
    id         uuid primary key,
    case_id    uuid not null references casework.case_file (id),
    office_id  uuid not null,
    programme  text not null,
    title      text not null,
    assignee   text,
    due_on     date,
    done_at    timestamptz,
    done_by    text,
    created_at timestamptz not null,
    created_by text not null,
    version    bigint not null default 0
);
create index task_case_idx on casework.task (case_id);
create index task_open_office_idx on casework.task (office_id, programme, due_on) where done_at is null;
create index task_open_assignee_idx on casework.task (assignee, due_on) where done_at is null;

create table casework.note (
    id         uuid primary key,
    case_id    uuid not null references casework.case_file (id),
    body       text not null,
    created_at timestamptz not null,
    created_by text not null
);
create index note_case_idx on casework.note (case_id, created_at);

create table casework.attachment (
    id           uuid primary key,
    case_id      uuid not null references casework.case_file (id),
    filename     text not null,
    content_type text not null,
    size         bigint not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text not null
);
create index attachment_case_idx on casework.attachment (case_id);

-- A stage change that needs a second person's approval (maker-checker).
create table casework.proposal (
    id          uuid primary key,
    case_id     uuid not null references casework.case_file (id),
    office_id   uuid not null,
    from_stage  text not null,
    to_stage    text not null,
    status      text not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    proposed_by text not null,
    proposed_at timestamptz not null,
    decided_by  text,
    decided_at  timestamptz,
    reason      text
);
create unique index proposal_pending_idx on casework.proposal (case_id) where status = 'PENDING';
create index proposal_office_idx on casework.proposal (office_id, status);

-- What a person agreed to share, with whom (offices and partners), until when.
create table casework.consent (
    id           uuid primary key,
    case_id      uuid not null references casework.case_file (id),
    person_id    uuid,
    purpose      text not null,
    recipients   text[] not null,
    parts        text[] not null,
    given_on     date not null,
    expires_on   date,
    withdrawn_at timestamptz,
    withdrawn_by text,
    recorded_at  timestamptz not null,
    recorded_by  text not null
);
create index consent_case_idx on casework.consent (case_id);

-- What was shared is copied into the referral (shared) when it is made, so the receiver never
-- reads the case itself; withdrawing the consent empties it (status STOPPED).
create table casework.referral (
    id            uuid primary key,
    case_id       uuid not null references casework.case_file (id),
    consent_id    uuid not null references casework.consent (id),
    from_office   uuid not null,
    to_office     uuid,
    to_partner    uuid,
    parts         text[] not null,
    shared        jsonb,
    note          text,
    status        text not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'STOPPED')),
    referred_at   timestamptz not null,
    referred_by   text not null,
    answered_at   timestamptz,
    answered_by   text,
    answer_reason text,
    check ((to_office is null) <> (to_partner is null))
);
create index referral_case_idx on casework.referral (case_id);
create index referral_partner_idx on casework.referral (to_partner) where to_partner is not null;
create index referral_office_idx on casework.referral (to_office) where to_office is not null;

-- Ownership of a case moving to another office, once that office accepts.
create table casework.transfer (
    id          uuid primary key,
    case_id     uuid not null references casework.case_file (id),
    from_office uuid not null,
    to_office   uuid not null,
    status      text not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    reason      text not null,
    proposed_by text not null,
    proposed_at timestamptz not null,
    answered_by text,
    answered_at timestamptz,
    answer      text
);
create unique index transfer_pending_idx on casework.transfer (case_id) where status = 'PENDING';
create index transfer_to_idx on casework.transfer (to_office, status);

-- Reasons stated to open a restricted case (break the glass), and for how long they hold.
create table casework.restricted_read (
    id         uuid primary key,
    case_id    uuid not null references casework.case_file (id),
    office_id  uuid not null,
    username   text not null,
    reason     text not null,
    opened_at  timestamptz not null,
    expires_at timestamptz not null
);
create index restricted_read_user_idx on casework.restricted_read (username, case_id, expires_at);
create index restricted_read_office_idx on casework.restricted_read (office_id, opened_at desc);

-- Health holds followed from the health module (no clinical detail): they block movement stages.
create table casework.health_hold (
    hold_id   uuid primary key,
    person_id uuid not null,
    placed_at timestamptz not null,
    lifted_at timestamptz
);
create index health_hold_person_idx on casework.health_hold (person_id) where lifted_at is null;
