-- Only a request casework itself opened reports back to its case: a case reference a movement
-- officer types on a request is shown, never followed (it could name another office's case).
-- One such request per case.
alter table movement.request add column for_case boolean not null default false;
update movement.request set for_case = true
where id in (select distinct on (case_reference) id from movement.request
             where created_by = 'system' and case_reference is not null
             order by case_reference, created_at);
create unique index request_for_case_idx on movement.request (case_reference) where for_case;
