-- When the registry merges two people, a profile of the merged person moves to the survivor (who
-- had none) and remembers where it came from, so an unmerge can give it back.
alter table skills.profile add column merged_from uuid;
