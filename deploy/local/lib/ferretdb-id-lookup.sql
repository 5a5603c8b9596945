-- Applied to FerretDB's database on every `infra.sh up` (idempotent).
SET client_min_messages = warning;
--
-- FerretDB 1.24 (PostgreSQL handler) finds the documents of an update, delete, upsert or find
-- statement with `WHERE _jsonb->$1 @> $2` for `{_id: value}`. Its own `_id` index is a btree on
-- `(_jsonb->'_id')`, which serves `=` but never `@>`: every statement read the whole table, and
-- the cost of each update grew with the collection. A GIN index on the same expression serves
-- `@>` once the planner sees '_id' as a constant, i.e. with a custom plan for each execution
-- (FerretDB prepares its statements; a generic plan keeps `_jsonb->$1` and scans).
-- fastupdate=off: with a pending list, every lookup would also scan the list of recent inserts.

ALTER DATABASE ferretdb SET plan_cache_mode = force_custom_plan;

CREATE OR REPLACE FUNCTION casetrail_id_lookup_index(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = '_jsonb' AND atttypid = 'jsonb'::regtype AND NOT attisdropped
  ) AND NOT EXISTS (
    SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
    WHERE i.indrelid = tbl AND am.amname = 'gin'
      AND pg_get_indexdef(i.indexrelid) LIKE '%((_jsonb -> ''_id''::text))%'
  ) THEN
    EXECUTE format('CREATE INDEX ON %s USING gin ((_jsonb -> %L)) WITH (fastupdate = off)', tbl, '_id');
  END IF;
END
$$;

-- Each table FerretDB creates from now on (a collection's first write or createCollection).
CREATE OR REPLACE FUNCTION casetrail_id_lookup_on_create() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  cmd record;
BEGIN
  FOR cmd IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' AND object_type = 'table' LOOP
    PERFORM casetrail_id_lookup_index(cmd.objid::regclass);
  END LOOP;
END
$$;

DROP EVENT TRIGGER IF EXISTS casetrail_id_lookup;
CREATE EVENT TRIGGER casetrail_id_lookup ON ddl_command_end WHEN TAG IN ('CREATE TABLE')
  EXECUTE FUNCTION casetrail_id_lookup_on_create();

-- The tables that existed before (a machine provisioned earlier).
SELECT casetrail_id_lookup_index(c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%';
