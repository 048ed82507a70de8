-- Photo evidence of a work order (issue 9, field view): taken with the technician's phone before the
-- close, checked for type (by its bytes) and size by the workorders module, kept with the order.
-- The bytes live in the row: a few photos of a few MB per order, read only when someone opens one.
CREATE TABLE work_order_photos (
  tenant_id      uuid NOT NULL REFERENCES tenants (id),
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  work_order_id  uuid NOT NULL,
  media_type     text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
  byte_size      int NOT NULL CHECK (byte_size > 0 AND byte_size <= 10485760),
  content        bytea NOT NULL CHECK (octet_length(content) = byte_size),
  uploaded_by    uuid,
  uploaded_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_orders (tenant_id, id)
);
CREATE INDEX work_order_photos_order_idx ON work_order_photos (tenant_id, work_order_id, uploaded_at);

ALTER TABLE work_order_photos ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON work_order_photos
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
