-- Imports: batches. Files uploaded together (customers, then their products, claims, billing) form a
-- batch: a row may reference a key staged in an earlier import of its batch, and committing an import
-- commits the staged imports of its batch it depends on, first, in the same transaction.

ALTER TABLE imports ADD COLUMN batch_id uuid;
UPDATE imports SET batch_id = id;
ALTER TABLE imports ALTER COLUMN batch_id SET NOT NULL;

CREATE INDEX imports_batch_idx ON imports (tenant_id, batch_id);
CREATE INDEX imports_created_idx ON imports (tenant_id, created_at DESC);
CREATE INDEX imports_file_idx ON imports (tenant_id, kind, sha256);
