create schema if not exists shared;

-- Remembers the answer to a POST sent with an Idempotency-Key, so a client retrying over a
-- bad link gets the same answer instead of creating the record twice.
create table shared.idempotent_request (
    principal     text not null,
    key           text not null,
    request_hash  text not null,
    status        int,
    content_type  text,
    location      text,
    etag          text,
    body          bytea,
    created_at    timestamptz not null default now(),
    primary key (principal, key)
);

create index idempotent_request_created_idx on shared.idempotent_request (created_at);
