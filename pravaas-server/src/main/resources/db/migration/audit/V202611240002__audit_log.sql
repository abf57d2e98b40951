create schema if not exists audit;

-- One row per touch of personal data or of the organisation's set-up. Rows are chained: each
-- row's hash covers its fields and the previous row's hash, so an edited or removed row breaks
-- the chain from that point on, which `pravaas audit verify` reports.
create table audit.entry (
    seq          bigint primary key,
    at           timestamptz not null,
    actor        text not null,
    ip           text,
    action       text not null,
    object_type  text,
    object_id    text,
    office_id    uuid,
    reason       text,
    details      text,
    prev_hash    text not null,
    hash         text not null
);

create index entry_at_idx on audit.entry (at desc);
create index entry_actor_idx on audit.entry (actor, at desc);
create index entry_object_idx on audit.entry (object_type, object_id);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end;
$$;

create trigger entry_append_only before update or delete on audit.entry
    for each row execute function audit.refuse_change();
create trigger entry_no_truncate before truncate on audit.entry
    for each statement execute function audit.refuse_change();
