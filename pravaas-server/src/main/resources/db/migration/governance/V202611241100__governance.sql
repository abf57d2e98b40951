-- Governance: member states over time, organs and their composition, sessions and decisions,
-- budget and contributions. Every "as of" fact is a daterange, indexed with GiST, so "who was
-- a member on 1 January 1990" is one index probe however long the history grows.
create schema if not exists governance;
-- Exclusion constraints over (key, period) need equality on the key inside a GiST index.
create extension if not exists btree_gist;

-- The organisation's own name changed over the decades.
create table governance.organisation_name (
    id       uuid primary key,
    name     text not null,
    acronym  text not null,
    valid    daterange not null,
    exclude using gist (valid with &&)
);

-- One row per uninterrupted period of membership or observer status of a state. A withdrawal
-- closes a period; a readmission opens a new one. Periods of one state never overlap.
create table governance.state_status (
    id          uuid primary key,
    country     char(2) not null,
    status      text not null check (status in ('MEMBER', 'OBSERVER')),
    applied_on  date,
    period      daterange not null check (not isempty(period) and lower(period) is not null),
    note        text,
    created_at  timestamptz not null default now(),
    exclude using gist (country with =, period with &&)
);
create index state_status_period_idx on governance.state_status using gist (period);

create table governance.observer_organisation (
    id      uuid primary key,
    name    text not null,
    kind    text not null check (kind in ('INTERGOVERNMENTAL', 'NON_GOVERNMENTAL')),
    period  daterange not null
);
create index observer_organisation_period_idx on governance.observer_organisation using gist (period);
create unique index observer_organisation_name_period on governance.observer_organisation (name, lower(period));

-- Organs: the Council, executive organs and their sub-committees. Names and mandates are
-- multilingual (language code -> text, English always present).
create table governance.organ (
    id         uuid primary key,
    code       text not null unique,
    names      jsonb not null,
    mandate    jsonb not null default '{}',
    kind       text not null check (kind in ('PLENARY', 'EXECUTIVE', 'SUBCOMMITTEE')),
    parent_id  uuid references governance.organ (id),
    seats      int check (seats is null or seats > 0),
    existence  daterange not null
);

-- An elected member state's term on an organ with a limited number of seats.
create table governance.seat_term (
    id        uuid primary key,
    organ_id  uuid not null references governance.organ (id),
    country   char(2) not null,
    term      daterange not null check (not isempty(term)),
    exclude using gist (organ_id with =, country with =, term with &&)
);
create index seat_term_term_idx on governance.seat_term using gist (organ_id, term);

-- Directors General and their Deputies.
create table governance.executive_head (
    id      uuid primary key,
    post    text not null check (post in ('DIRECTOR_GENERAL', 'DEPUTY_DIRECTOR_GENERAL')),
    name    text not null,
    term    daterange not null,
    exclude using gist (post with =, term with &&)
);

create table governance.session (
    id         uuid primary key,
    organ_id   uuid not null references governance.organ (id),
    number     int not null check (number > 0),
    special    boolean not null default false,
    starts_on  date not null,
    ends_on    date not null check (ends_on >= starts_on),
    venue      text not null,
    report     text,
    unique (organ_id, number)
);
create index session_organ_idx on governance.session (organ_id, starts_on);

create table governance.session_officer (
    id          uuid primary key,
    session_id  uuid not null references governance.session (id),
    role        text not null check (role in ('CHAIR', 'VICE_CHAIR', 'RAPPORTEUR')),
    name        text not null,
    country     char(2) not null
);

create table governance.agenda_item (
    id          uuid primary key,
    session_id  uuid not null references governance.session (id),
    position    int not null,
    titles      jsonb not null,
    unique (session_id, position)
);

create table governance.document (
    id              uuid primary key,
    session_id      uuid not null references governance.session (id),
    agenda_item_id  uuid references governance.agenda_item (id),
    symbol          text not null unique,
    titles          jsonb not null,
    language        text not null,
    file_name       text,
    content_type    text,
    content         bytea
);

create table governance.attendance (
    session_id  uuid not null references governance.session (id),
    country     char(2) not null,
    capacity    text not null check (capacity in ('MEMBER', 'OBSERVER')),
    head        text,
    primary key (session_id, country)
);

create table governance.resolution (
    id          uuid primary key,
    session_id  uuid not null references governance.session (id),
    number      text not null unique,
    titles      jsonb not null,
    body        text not null,
    adopted_on  date not null,
    adoption    text not null check (adoption in ('CONSENSUS', 'VOTE'))
);
create index resolution_session_idx on governance.resolution (session_id);

create table governance.vote (
    resolution_id  uuid not null references governance.resolution (id),
    country        char(2) not null,
    choice         text not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    primary key (resolution_id, country)
);

-- The administrative part of a year's budget, in its currency, and the scale of assessment:
-- each member's share in percent and the contribution invoiced to it.
create table governance.budget (
    year              int primary key,
    currency          char(3) not null,
    administrative    numeric(16, 2) not null check (administrative >= 0),
    approved_by       text
);

create table governance.assessment (
    year        int not null references governance.budget (year),
    country     char(2) not null,
    percentage  numeric(8, 5) not null check (percentage >= 0),
    amount      numeric(16, 2) not null check (amount >= 0),
    primary key (country, year)
);
create index assessment_year_idx on governance.assessment (year);

-- A payment as received, and what it credits in the budget currency.
create table governance.payment (
    id           uuid primary key,
    country      char(2) not null,
    received_on  date not null,
    amount       numeric(16, 2) not null check (amount > 0),
    currency     char(3) not null,
    credited     numeric(16, 2) not null check (credited > 0),
    reference    text
);
create index payment_country_idx on governance.payment (country, received_on);

-- The operational part: voluntary contributions per donor and programme.
create table governance.voluntary_contribution (
    id         uuid primary key,
    year       int not null,
    donor      text not null,
    programme  text not null,
    amount     numeric(16, 2) not null check (amount > 0),
    currency   char(3) not null
);
create index voluntary_contribution_year_idx on governance.voluntary_contribution (year);
