-- Programme data kept beside the case engine's tables: resettlement quotas and submissions,
-- AVRR reintegration, protection (HTCDS) and emergency distributions. Each refers to its case
-- by case_id; nothing here is read by another module.

-- Programme leads are the engine's programme managers (casework.programme_manager).

-- Resettlement --------------------------------------------------------------------------
create table casework.resettlement_quota (
    country  char(2) not null,
    year     int     not null check (year between 2000 and 2100),
    quota    int     not null check (quota >= 0),
    version  bigint  not null default 0,
    primary key (country, year)
);

create table casework.resettlement_submission (
    case_id      uuid primary key references casework.case_file (id),
    country      char(2) not null,
    submitted_on date    not null,
    persons      int     not null check (persons > 0),
    decision     text    check (decision in ('ACCEPTED', 'NOT_ACCEPTED')),
    decided_on   date,
    arrived_at   timestamptz,
    withdrawn_at timestamptz,
    version      bigint  not null default 0,
    check ((decision is null) = (decided_on is null))
);
create index resettlement_submission_country on casework.resettlement_submission (country, submitted_on);

-- AVRR ------------------------------------------------------------------------------------
create table casework.avrr_plan (
    case_id   uuid primary key references casework.case_file (id),
    goals     text not null,
    needs     text not null,
    agreed_on date,
    version   bigint not null default 0
);

create table casework.avrr_assistance (
    id           uuid primary key,
    case_id      uuid not null references casework.case_file (id),
    type         text not null check (type in ('CASH', 'IN_KIND', 'BUSINESS_SETUP', 'EDUCATION', 'MEDICAL', 'HOUSING')),
    amount_minor bigint not null check (amount_minor >= 0),
    currency     char(3) not null,
    planned_on   date not null,
    delivered_on date,
    status       text not null check (status in ('PLANNED', 'DELIVERED', 'CANCELLED')),
    version      bigint not null default 0,
    check ((status = 'DELIVERED') = (delivered_on is not null))
);
create index avrr_assistance_case on casework.avrr_assistance (case_id);

-- The indicator set; each edit raises the set's revision. Visits copy the weights they used.
create table casework.avrr_indicator (
    code      text primary key,
    dimension text not null check (dimension in ('ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL')),
    weight    numeric(6, 3) not null check (weight >= 0),
    scale_max int not null check (scale_max between 1 and 10),
    active    boolean not null default true,
    position  int not null,
    revision  int not null default 1
);

create table casework.avrr_visit (
    id           uuid primary key,
    case_id      uuid not null references casework.case_file (id),
    visited_on   date not null,
    visited_by   text not null,
    revision     int not null,
    economic     numeric(5, 4) not null,
    social       numeric(5, 4) not null,
    psychosocial numeric(5, 4) not null,
    overall      numeric(5, 4) not null,
    recorded_at  timestamptz not null
);
create index avrr_visit_case on casework.avrr_visit (case_id, visited_on);

create table casework.avrr_visit_answer (
    visit_id  uuid not null references casework.avrr_visit (id),
    code      text not null,
    dimension text not null,
    weight    numeric(6, 3) not null,
    scale_max int not null,
    answer    int not null check (answer >= 0),
    primary key (visit_id, code)
);

-- Modelled on the reintegration sustainability survey: five indicators per dimension, answers
-- 0 (worst) to 4 (best); a higher score is a more sustainable reintegration.
insert into casework.avrr_indicator (code, dimension, weight, scale_max, position) values
    ('income_sources', 'ECONOMIC', 1.000, 4, 1),
    ('employment', 'ECONOMIC', 1.000, 4, 2),
    ('debt', 'ECONOMIC', 0.750, 4, 3),
    ('food_security', 'ECONOMIC', 1.000, 4, 4),
    ('economic_satisfaction', 'ECONOMIC', 0.500, 4, 5),
    ('housing', 'SOCIAL', 1.000, 4, 6),
    ('education_access', 'SOCIAL', 0.750, 4, 7),
    ('justice_documentation', 'SOCIAL', 0.750, 4, 8),
    ('health_care', 'SOCIAL', 1.000, 4, 9),
    ('safe_water', 'SOCIAL', 0.750, 4, 10),
    ('community_participation', 'PSYCHOSOCIAL', 0.750, 4, 11),
    ('support_network', 'PSYCHOSOCIAL', 1.000, 4, 12),
    ('discrimination', 'PSYCHOSOCIAL', 0.750, 4, 13),
    ('physical_safety', 'PSYCHOSOCIAL', 1.000, 4, 14),
    ('wish_to_remigrate', 'PSYCHOSOCIAL', 1.000, 4, 15);

-- Protection and counter-trafficking (Human Trafficking Case Data Standard) -----------------
create table casework.protection_identification (
    case_id                 uuid primary key references casework.case_file (id),
    exploitation            text[] not null,
    control_means           text[] not null,
    recruiter_relationship  text,
    recruitment_means       text[] not null,
    origin_country          char(2),
    transit_countries       text[] not null,
    exploitation_country    char(2),
    recruited_on            date,
    exploitation_started_on date,
    exited_on               date,
    identified_on           date not null,
    identified_by           text not null,
    version                 bigint not null default 0
);

create table casework.protection_risk (
    id             uuid primary key,
    case_id        uuid not null references casework.case_file (id),
    assessed_on    date not null,
    safety         text not null check (safety in ('LOW', 'MEDIUM', 'HIGH')),
    retrafficking  text not null check (retrafficking in ('LOW', 'MEDIUM', 'HIGH')),
    retaliation    text not null check (retaliation in ('LOW', 'MEDIUM', 'HIGH')),
    health         text not null check (health in ('LOW', 'MEDIUM', 'HIGH')),
    overall        text not null check (overall in ('LOW', 'MEDIUM', 'HIGH')),
    review_on      date not null,
    assessed_by    text not null
);
create index protection_risk_case on casework.protection_risk (case_id, assessed_on);

create table casework.protection_service (
    id          uuid primary key,
    case_id     uuid not null references casework.case_file (id),
    service     text not null check (service in ('SHELTER', 'MEDICAL', 'PSYCHOSOCIAL', 'LEGAL', 'EDUCATION', 'LIVELIHOOD', 'RETURN')),
    provider    text not null,
    referred_on date not null,
    status      text not null check (status in ('REFERRED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'DECLINED')),
    version     bigint not null default 0
);
create index protection_service_case on casework.protection_service (case_id);

-- Emergency response ------------------------------------------------------------------------
create table casework.emergency_site (
    id         uuid primary key,
    office_id  uuid not null,
    name       text not null,
    location   text,
    admin_area text,
    unique (office_id, name)
);

create table casework.emergency_item (
    code   text primary key check (code ~ '^[a-z][a-z0-9_]*$'),
    name   text not null,
    unit   text not null,
    active boolean not null default true
);
insert into casework.emergency_item (code, name, unit) values
    ('shelter_kit', 'Shelter kit', 'kit'),
    ('tarpaulin', 'Tarpaulin', 'piece'),
    ('blanket', 'Blanket', 'piece'),
    ('jerrycan', 'Jerrycan', 'piece'),
    ('hygiene_kit', 'Hygiene kit', 'kit'),
    ('kitchen_set', 'Kitchen set', 'set'),
    ('mosquito_net', 'Mosquito net', 'piece'),
    ('solar_lamp', 'Solar lamp', 'piece');

create table casework.emergency_stock (
    id        uuid primary key,
    site_id   uuid not null references casework.emergency_site (id),
    item_code text not null references casework.emergency_item (code),
    quantity  int  not null check (quantity > 0),
    issued_on date not null,
    reference text not null,
    issued_by text not null
);
create index emergency_stock_site on casework.emergency_stock (site_id, item_code);

create table casework.emergency_distribution (
    id             uuid primary key,
    case_id        uuid not null references casework.case_file (id),
    site_id        uuid not null references casework.emergency_site (id),
    person_id      uuid,
    household_id   uuid,
    item_code      text not null references casework.emergency_item (code),
    quantity       int  not null check (quantity > 0),
    distributed_on date not null,
    recorded_by    text not null,
    check (person_id is not null or household_id is not null)
);
-- Covers the stock report and the remaining-stock check without touching the table.
create index emergency_distribution_site on casework.emergency_distribution (site_id, item_code) include (quantity);
create index emergency_distribution_case on casework.emergency_distribution (case_id);
