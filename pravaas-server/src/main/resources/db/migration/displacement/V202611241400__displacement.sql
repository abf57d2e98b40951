-- Displacement tracking: admin areas and sites, operations and their rounds, assessments,
-- sudden-displacement events, flow monitoring. Areas, sites and flow points carry small
-- integer keys so that the flow tables, which grow to tens of millions of rows, stay narrow.
create schema if not exists displacement;

-- Administrative areas, level 0 (country) to 3, with P-codes and names in Latin and local
-- script. admin1_id is the level-1 ancestor (itself at level 1), kept so aggregation by
-- admin-1 never walks the tree. Geometry is the simplified GeoJSON geometry we serve to maps.
create table displacement.admin_area (
    id          serial primary key,
    pcode       text not null unique,
    level       smallint not null check (level between 0 and 3),
    parent_id   int references displacement.admin_area (id),
    admin1_id   int references displacement.admin_area (id),
    name        text not null,
    local_name  text,
    geometry    jsonb,
    check ((level = 0) = (parent_id is null))
);
create index admin_area_parent_idx on displacement.admin_area (parent_id);

create table displacement.site (
    id              serial primary key,
    code            text not null unique,
    name            text not null,
    local_name      text,
    type            text not null check (type in ('CAMP', 'COLLECTIVE_CENTRE', 'HOST_COMMUNITY', 'INFORMAL_SETTLEMENT')),
    area_id         int not null references displacement.admin_area (id),
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    managing_agency text
);
create index site_area_idx on displacement.site (area_id);

-- An operation tracks displacement in one country for one office (the office scopes who may
-- enter and import its data).
create table displacement.operation (
    id          uuid primary key,
    code        text not null unique,
    name        text not null,
    office_id   uuid not null,
    admin0_id   int not null references displacement.admin_area (id),
    jump_factor numeric(6, 2) not null default 2.0 check (jump_factor > 1),
    created_at  timestamptz not null default now()
);

create table displacement.round (
    id            uuid primary key,
    operation_id  uuid not null references displacement.operation (id),
    number        int not null check (number > 0),
    starts_on     date not null,
    ends_on       date not null,
    published_at  timestamptz,
    published_by  text,
    unique (operation_id, number),
    check (ends_on >= starts_on)
);

-- One assessment counts the people present in a site (SITE) or in an admin area (BASELINE)
-- in a round. Sex and age cells and population groups each add up to the individuals.
create table displacement.assessment (
    id              uuid primary key,
    round_id        uuid not null references displacement.round (id),
    submission_id   text not null unique,
    kind            text not null check (kind in ('BASELINE', 'SITE')),
    area_id         int not null references displacement.admin_area (id),
    site_id         int references displacement.site (id),
    assessed_on     date not null,
    households      int not null check (households >= 0),
    individuals     int not null check (individuals >= 0),
    idps            int not null check (idps >= 0),
    returnees       int not null check (returnees >= 0),
    refugees        int not null check (refugees >= 0),
    host            int not null check (host >= 0),
    female_children int not null check (female_children >= 0),
    male_children   int not null check (male_children >= 0),
    female_adults   int not null check (female_adults >= 0),
    male_adults     int not null check (male_adults >= 0),
    female_elderly  int not null check (female_elderly >= 0),
    male_elderly    int not null check (male_elderly >= 0),
    origin_area_id  int references displacement.admin_area (id),
    reason          text not null check (reason in ('CONFLICT', 'DISASTER', 'OTHER')),
    displaced_on    date,
    shelter         text[] not null default '{}',
    needs           text[] not null default '{}',
    comment         text,
    entered_by      text not null,
    created_at      timestamptz not null default now(),
    check ((kind = 'SITE') = (site_id is not null))
);
create unique index assessment_site_round on displacement.assessment (round_id, site_id) where site_id is not null;
create index assessment_round_area on displacement.assessment (round_id, area_id);

-- Sudden displacement: an event (flood, attack) reported before any round covers it.
create table displacement.event (
    id            uuid primary key,
    operation_id  uuid not null references displacement.operation (id),
    area_id       int not null references displacement.admin_area (id),
    occurred_on   date not null,
    reported_on   date not null,
    reason        text not null check (reason in ('CONFLICT', 'DISASTER', 'OTHER')),
    households    int not null check (households >= 0),
    individuals   int not null check (individuals >= 0),
    description   text not null,
    entered_by    text not null,
    created_at    timestamptz not null default now(),
    check (reported_on >= occurred_on)
);
create index event_operation_idx on displacement.event (operation_id, occurred_on);

create table displacement.flow_point (
    id            smallserial primary key,
    operation_id  uuid not null references displacement.operation (id),
    code          text not null unique,
    name          text not null,
    kind          text not null check (kind in ('BORDER', 'TRANSIT', 'BUS_STATION', 'PORT')),
    area_id       int not null references displacement.admin_area (id),
    latitude      double precision not null,
    longitude     double precision not null
);

-- Daily counts: one row per point, day, direction, nationality, transport and intended
-- destination, with six sex-and-age cells. Narrow on purpose (about 60 bytes a row); BRIN on
-- the day because rows arrive in day order.
create table displacement.flow_count (
    point_id        smallint not null references displacement.flow_point (id),
    day             date not null,
    direction       smallint not null check (direction in (0, 1)),
    nationality     char(2) not null,
    transport       smallint not null check (transport between 0 and 5),
    destination_id  int not null references displacement.admin_area (id),
    female_children int not null check (female_children >= 0),
    male_children   int not null check (male_children >= 0),
    female_adults   int not null check (female_adults >= 0),
    male_adults     int not null check (male_adults >= 0),
    female_elderly  int not null check (female_elderly >= 0),
    male_elderly    int not null check (male_elderly >= 0),
    primary key (point_id, day, direction, nationality, transport, destination_id)
);
create index flow_count_day_brin on displacement.flow_count using brin (day);

-- Monthly rollup maintained in the same statement that inserts counts, so totals by admin-1
-- and month read a few thousand rows however many millions of counts there are.
create table displacement.flow_month (
    point_id    smallint not null references displacement.flow_point (id),
    month       date not null,
    direction   smallint not null,
    destination_admin1_id int not null,
    females     bigint not null,
    males       bigint not null,
    children    bigint not null,
    rows        bigint not null,
    primary key (point_id, month, direction, destination_admin1_id)
);

-- Short anonymous interviews of people passing a flow point: no name, no contact, no exact
-- birth date; age in groups only.
create table displacement.flow_survey (
    id              uuid primary key,
    submission_id   text not null unique,
    point_id        smallint not null references displacement.flow_point (id),
    surveyed_on     date not null,
    direction       smallint not null check (direction in (0, 1)),
    sex             char(1) not null check (sex in ('F', 'M', 'X')),
    age_group       text not null check (age_group in ('0-17', '18-59', '60+')),
    nationality     char(2) not null,
    origin_id       int references displacement.admin_area (id),
    destination_id  int references displacement.admin_area (id),
    reason          text not null check (reason in ('CONFLICT', 'DISASTER', 'ECONOMIC', 'FAMILY', 'OTHER')),
    transport       smallint not null check (transport between 0 and 5)
);
