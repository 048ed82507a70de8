-- The customer 360 (seed 000) lists a customer's complaint cases of the campaigns (seed 003): looked up
-- by customer, newest first.
CREATE INDEX complaint_cases_customer_idx ON complaint_cases (tenant_id, customer_id, created_at DESC);
