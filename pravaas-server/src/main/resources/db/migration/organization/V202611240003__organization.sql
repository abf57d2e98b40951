create schema if not exists organization;

create table organization.country (
    code          char(2) primary key,
    alpha3        char(3) not null unique,
    numeric_code  char(3) not null,
    region        char(3),
    name_en       text not null
);

create table organization.language (
    code     char(2) primary key,
    alpha3   char(3) not null,
    name_en  text not null
);

-- Offices form a tree: headquarters, regional offices, country missions, sub-offices. `path`
-- holds the ids from the root down to the office itself, so a subtree is one prefix match.
create table organization.office (
    id          uuid primary key,
    code        text not null unique,
    name        text not null,
    type        text not null check (type in ('HEADQUARTERS', 'REGIONAL_OFFICE', 'COUNTRY_MISSION', 'SUB_OFFICE')),
    parent_id   uuid references organization.office (id),
    path        text not null,
    country     char(2) not null references organization.country (code),
    city        text not null,
    time_zone   text not null,
    languages   text[] not null default '{}',
    opened_on   date not null,
    closed_on   date,
    version     bigint not null default 1,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (closed_on is null or closed_on >= opened_on),
    check ((type = 'HEADQUARTERS') = (parent_id is null))
);

create index office_path_idx on organization.office (path text_pattern_ops);
create index office_parent_idx on organization.office (parent_id);
create unique index office_single_headquarters on organization.office ((true)) where type = 'HEADQUARTERS';

create table organization.partner (
    id          uuid primary key,
    name        text not null,
    acronym     text,
    type        text not null check (type in ('GOVERNMENT', 'INTERGOVERNMENTAL', 'NGO', 'UN_AGENCY', 'PRIVATE_SECTOR', 'ACADEMIC')),
    country     char(2) references organization.country (code),
    office_id   uuid not null references organization.office (id),
    website     text,
    version     bigint not null default 1,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create unique index partner_name_idx on organization.partner (lower(name));
create index partner_office_idx on organization.partner (office_id);

create table organization.partner_contact (
    id          uuid primary key,
    partner_id  uuid not null references organization.partner (id) on delete cascade,
    name        text not null,
    title       text,
    email       text,
    phone       text,
    created_at  timestamptz not null default now()
);

create index partner_contact_partner_idx on organization.partner_contact (partner_id);

create table organization.partner_agreement (
    id          uuid primary key,
    partner_id  uuid not null references organization.partner (id) on delete cascade,
    type        text not null check (type in ('MEMORANDUM_OF_UNDERSTANDING', 'HOST_COUNTRY', 'IMPLEMENTING_PARTNERSHIP', 'DATA_SHARING', 'FUNDING')),
    reference   text not null,
    starts_on   date not null,
    ends_on     date,
    created_at  timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
);

create index partner_agreement_partner_idx on organization.partner_agreement (partner_id);

create table organization.app_user (
    id                   uuid primary key,
    username             text not null unique check (username = lower(username)),
    full_name            text not null,
    email                text not null,
    office_id            uuid not null references organization.office (id),
    partner_id           uuid references organization.partner (id),
    language             char(2) not null default 'en',
    active               boolean not null default true,
    password_hash        text not null,
    failed_attempts      int not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz not null default now(),
    version              bigint not null default 1,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

create unique index app_user_email_idx on organization.app_user (lower(email));
create index app_user_office_idx on organization.app_user (office_id);

create table organization.user_role (
    user_id  uuid not null references organization.app_user (id) on delete cascade,
    role     text not null check (role in ('ADMINISTRATOR', 'REGISTRAR', 'CASEWORKER', 'HEALTH_OFFICER',
                 'MOVEMENT_OFFICER', 'ENUMERATOR', 'ELECTION_OFFICIAL', 'GOVERNANCE_OFFICER', 'PARTNER', 'VIEWER')),
    primary key (user_id, role)
);

-- API tokens are stored as SHA-256 hashes; the token itself is shown once, when created.
create table organization.api_token (
    id            uuid primary key,
    user_id       uuid not null references organization.app_user (id) on delete cascade,
    name          text not null,
    token_hash    text not null unique,
    token_prefix  text not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

create index api_token_user_idx on organization.api_token (user_id);
