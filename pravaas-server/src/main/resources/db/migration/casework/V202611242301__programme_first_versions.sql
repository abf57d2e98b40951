-- Plans, identifications and quota lines now start at version 1, so a form that saw none (version
-- 0) cannot overwrite one created meanwhile. Rows created before start at 1 too.
update casework.avrr_plan set version = version + 1;
update casework.protection_identification set version = version + 1;
update casework.resettlement_quota set version = version + 1;
