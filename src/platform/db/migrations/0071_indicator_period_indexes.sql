-- Seed 003's indicators read 12 months of finished cases and of closing instructions issued; without these the
-- planner can only scan the whole history of complaint_cases and closing_instructions (issue 13's benchmark).
CREATE INDEX complaint_cases_finished_idx ON complaint_cases (tenant_id, finished_at) WHERE status = 'finished';
CREATE INDEX closing_instructions_created_idx ON closing_instructions (tenant_id, created_at) WHERE status <> 'superseded';
