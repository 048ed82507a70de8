-- Staged rows live from an upload to its commit (or discard), then are deleted: writing them, and
-- deleting them, through the write-ahead log doubled the import's cost for rows that are never
-- recovered from anything but the file itself. Unlogged, a crash empties the table: the commit then
-- finds fewer staged rows than the import counted and refuses, asking for the file again
-- (commit-import.ts), so nothing half-applied can follow.
ALTER TABLE import_rows SET UNLOGGED;
