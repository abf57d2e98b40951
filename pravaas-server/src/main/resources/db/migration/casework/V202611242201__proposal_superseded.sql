-- A proposal still waiting when the case moves another way (say, withdrawn) is superseded: it no
-- longer describes a move the case can make, so it leaves the approvers' queue.
alter table casework.proposal drop constraint proposal_status_check;
alter table casework.proposal add constraint proposal_status_check
    check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED'));
