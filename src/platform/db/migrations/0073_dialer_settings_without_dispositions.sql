-- The outbound dispositions moved from the dialer's settings (catalog kind dialer_settings) to the catalog kind
-- outbound_dispositions, one tree per list type. Databases created before that still hold the old flat
-- `dispositions` list in their stored dialer_settings versions (version 1 from the seed): nothing reads it, and the
-- settings' schema no longer allows it, so the catalog editor could not publish a new version based on one of them.
-- Versions are immutable to the app (trigger catalog_versions_immutable); this one-off cleanup, run by the owner,
-- lifts the trigger only for the statement that drops the key, in the migration's transaction.

ALTER TABLE catalog_versions DISABLE TRIGGER catalog_versions_immutable;
UPDATE catalog_versions SET content = content - 'dispositions'
 WHERE kind = 'dialer_settings' AND content ? 'dispositions';
ALTER TABLE catalog_versions ENABLE TRIGGER catalog_versions_immutable;
