-- Costs are a ledger: a mistaken cost is never edited or deleted but reversed by a negative entry
-- that names the original and says why. An original is reversed at most once and a reversal
-- cancels it exactly, so a budget line's total never goes below zero.
alter table movement.cost drop constraint cost_amount_check;
alter table movement.cost
    add column reverses uuid references movement.cost (id),
    add column reason   text,
    add constraint cost_amount_sign check (
        (reverses is null and amount > 0 and reason is null)
        or (reverses is not null and amount < 0 and length(btrim(reason)) > 0)),
    add constraint cost_budget_line_shape check (budget_line ~ '^[A-Z0-9][A-Z0-9./_-]{1,39}$'),
    add constraint cost_currency_shape check (currency ~ '^[A-Z]{3}$');
create unique index cost_reversed_once on movement.cost (reverses) where reverses is not null;
create index cost_of_request on movement.cost (request_id, created_at);
create index cost_by_date on movement.cost (created_at);

-- The ledger holds even against SQL typed by hand: entries are only ever added.
create function movement.refuse_cost_change() returns trigger language plpgsql as $$
begin
    raise exception 'movement costs are a ledger: reverse an entry instead of changing it';
end;
$$;

create trigger cost_append_only before update or delete on movement.cost
    for each row execute function movement.refuse_cost_change();
