-- The dashboard's days-in-stage-now figure reads when each open case entered its stage: carried in
-- the office index so the figure stays an index-only scan.
drop index casework.case_file_office_idx;
create index case_file_office_idx on casework.case_file (office_id, programme, status, stage) include (stage_entered_at);
