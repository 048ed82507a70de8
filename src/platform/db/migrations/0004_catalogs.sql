-- Catalogs as data: every catalog (disposition trees, promotions, activities, note templates,
-- thresholds …) is a JSON document per tenant, kind and scope (a campaign, or "default"), kept as an
-- immutable series of versions. The current catalog is the highest version; a case keeps the version
-- it was decided with, so editing a catalog never rewrites history.

CREATE TABLE catalog_versions (
  tenant_id  uuid NOT NULL REFERENCES tenants (id),
  kind       text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]{1,60}$'),
  scope      text NOT NULL CHECK (scope ~ '^[a-z0-9][a-z0-9_-]{0,60}$'),
  version    int NOT NULL CHECK (version >= 1),
  content    jsonb NOT NULL,
  note       text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, kind, scope, version)
);

CREATE FUNCTION refuse_catalog_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'las versiones de un catálogo no se modifican: publique una versión nueva'
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER catalog_versions_immutable BEFORE UPDATE OR DELETE ON catalog_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_catalog_version_change();

ALTER TABLE catalog_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON catalog_versions
  USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
REVOKE UPDATE, DELETE, TRUNCATE ON catalog_versions FROM fideliza_app;
