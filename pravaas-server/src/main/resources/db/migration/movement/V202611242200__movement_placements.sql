-- A request opened for a placement's travel remembers the travel request it answers, so a
-- replayed PlacementTravelRequested opens nothing more.
alter table movement.request add column placement_request_id uuid unique;
