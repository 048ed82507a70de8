-- Foundation: tenants, identity, timeline, customers and their products, claims and billing, imports.
-- Every tenant row carries tenant_id, first in its primary key (ready to distribute by tenant).
-- Tenant isolation is enforced here, by row-level security, for the non-owner role fideliza_app.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fideliza_app') THEN
    CREATE ROLE fideliza_app NOLOGIN;
  END IF;
END $$;
GRANT fideliza_app TO current_user;
GRANT USAGE ON SCHEMA public TO fideliza_app;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO fideliza_app;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO fideliza_app;

-- The tenant of the current transaction, or NULL (which matches no row) when none was set.
CREATE FUNCTION current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- unaccent() is only STABLE; an IMMUTABLE wrapper lets search indexes use it.
CREATE FUNCTION search_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))) $$;

-- ---------------------------------------------------------------- tenants and identity

CREATE TABLE tenants (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug          text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name          text NOT NULL,
  country       text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  timezone      text NOT NULL,
  -- Working hours per ISO weekday (1 = Monday): {"1": ["08:00", "18:00"], ...}; missing day = closed.
  working_hours jsonb NOT NULL,
  settings      jsonb NOT NULL DEFAULT '{}',
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Roles and permissions are the product's vocabulary (catalogs/roles.json), shared by all tenants.
CREATE TABLE roles (
  code       text PRIMARY KEY,
  name_es    text NOT NULL,
  name_en    text NOT NULL,
  sort_order int NOT NULL DEFAULT 0
);
CREATE TABLE permissions (
  code        text PRIMARY KEY,
  description text NOT NULL
);
CREATE TABLE role_permissions (
  role_code       text NOT NULL REFERENCES roles (code) ON DELETE CASCADE,
  permission_code text NOT NULL REFERENCES permissions (code) ON DELETE CASCADE,
  PRIMARY KEY (role_code, permission_code)
);

CREATE TABLE teams (
  tenant_id  uuid NOT NULL REFERENCES tenants (id),
  id         uuid NOT NULL DEFAULT gen_random_uuid(),
  name       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);

CREATE TABLE users (
  tenant_id       uuid NOT NULL REFERENCES tenants (id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  email           text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
  full_name       text NOT NULL,
  password_hash   text NOT NULL,
  team_id         uuid,
  is_active       boolean NOT NULL DEFAULT true,
  failed_logins   int NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  last_login_at   timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, team_id) REFERENCES teams (tenant_id, id)
);
-- An email identifies one login across the installation (the login form asks for no tenant).
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE user_roles (
  tenant_id uuid NOT NULL,
  user_id   uuid NOT NULL,
  role_code text NOT NULL REFERENCES roles (code),
  PRIMARY KEY (tenant_id, user_id, role_code),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);

-- Browser sessions; only a SHA-256 of the cookie value is stored.
CREATE TABLE sessions (
  token_hash  bytea PRIMARY KEY,
  tenant_id   uuid NOT NULL,
  user_id     uuid NOT NULL,
  csrf_token  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz,
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX sessions_user_idx ON sessions (tenant_id, user_id);

-- Per-user tokens for integrations (Authorization: Bearer); only a SHA-256 is stored.
CREATE TABLE api_tokens (
  tenant_id    uuid NOT NULL,
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL,
  name         text NOT NULL,
  token_hash   bytea NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------- timeline

-- Append-only: every change of every service appends one row here, in the same transaction.
CREATE TABLE events (
  tenant_id     uuid NOT NULL REFERENCES tenants (id),
  id            bigint GENERATED ALWAYS AS IDENTITY,
  occurred_at   timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  actor_role    text NOT NULL,
  subject_type  text NOT NULL,
  subject_id    text NOT NULL,
  -- The customer the change concerns, if any: the customer page shows every case, order and import row of theirs.
  customer_id   uuid,
  action        text NOT NULL,
  before        jsonb,
  after         jsonb,
  reason        text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX events_subject_idx ON events (tenant_id, subject_type, subject_id, id DESC);
CREATE INDEX events_customer_idx ON events (tenant_id, customer_id, id DESC) WHERE customer_id IS NOT NULL;

CREATE FUNCTION refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'el historial es de solo anexado: % no está permitido sobre events', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

-- ---------------------------------------------------------------- customers

CREATE TABLE customers (
  tenant_id              uuid NOT NULL REFERENCES tenants (id),
  id                     uuid NOT NULL DEFAULT gen_random_uuid(),
  code                   text NOT NULL,            -- the operator's customer number
  document_id            text NOT NULL,            -- cédula / NIT / CI
  full_name              text NOT NULL,
  tier                   text NOT NULL DEFAULT 'standard',
  phone                  text,
  email                  text,
  address                text,
  city                   text,
  is_delinquent          boolean NOT NULL DEFAULT false,   -- en mora
  has_credit_bureau_flag boolean NOT NULL DEFAULT false,   -- reportado en central de riesgos
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);
CREATE INDEX customers_document_idx ON customers (tenant_id, document_id);
CREATE INDEX customers_phone_idx ON customers (tenant_id, phone);
CREATE INDEX customers_name_trgm_idx ON customers USING gin (search_text(full_name) gin_trgm_ops);

CREATE TABLE products (
  tenant_id      uuid NOT NULL,
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  customer_id    uuid NOT NULL,
  service_number text NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('internet', 'tv', 'fixed_voice', 'mobile')),
  technology     text NOT NULL CHECK (technology IN ('hfc', 'ftth', 'copper', 'gpon', 'dsl', 'lte', 'satellite', 'dth', 'other')),
  plan           text NOT NULL,
  status         text NOT NULL CHECK (status IN ('active', 'suspended', 'withdrawn')),
  withdrawn_for_non_payment boolean NOT NULL DEFAULT false,
  monthly_fee    numeric(14, 2),
  activated_on   date,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, service_number),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id)
);
CREATE INDEX products_customer_idx ON products (tenant_id, customer_id);

CREATE TABLE claims (
  tenant_id   uuid NOT NULL,
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  code        text NOT NULL,                 -- the operator's claim/ticket number
  customer_id uuid NOT NULL,
  product_id  uuid NOT NULL,
  category    text NOT NULL,
  description text,
  opened_at   timestamptz NOT NULL,
  resolved_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id),
  FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id),
  CHECK (resolved_at IS NULL OR resolved_at >= opened_at)
);
CREATE INDEX claims_customer_idx ON claims (tenant_id, customer_id, opened_at DESC);
CREATE INDEX claims_product_idx ON claims (tenant_id, product_id, opened_at DESC);

-- One row per customer and billing month (period = first day of the month).
CREATE TABLE billing_statements (
  tenant_id   uuid NOT NULL,
  customer_id uuid NOT NULL,
  period      date NOT NULL CHECK (extract(day FROM period) = 1),
  amount      numeric(14, 2) NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (tenant_id, customer_id, period),
  FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id)
);

-- ---------------------------------------------------------------- imports (streaming, staged, committed once)

CREATE TABLE imports (
  tenant_id    uuid NOT NULL REFERENCES tenants (id),
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  kind         text NOT NULL,
  file_name    text NOT NULL,
  sha256       text NOT NULL,
  size_bytes   bigint NOT NULL,
  status       text NOT NULL CHECK (status IN ('staged', 'rejected', 'committed', 'discarded')),
  total_rows   int NOT NULL DEFAULT 0,
  error_count  int NOT NULL DEFAULT 0,
  summary      jsonb NOT NULL DEFAULT '{}',
  created_by   uuid NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  committed_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
-- The same file is committed at most once per kind.
CREATE UNIQUE INDEX imports_committed_once ON imports (tenant_id, kind, sha256) WHERE status = 'committed';

CREATE TABLE import_rows (
  tenant_id  uuid NOT NULL,
  import_id  uuid NOT NULL,
  row_number int NOT NULL,
  data       jsonb NOT NULL,
  PRIMARY KEY (tenant_id, import_id, row_number),
  FOREIGN KEY (tenant_id, import_id) REFERENCES imports (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE import_errors (
  tenant_id   uuid NOT NULL,
  import_id   uuid NOT NULL,
  row_number  int NOT NULL,               -- 0 for file-level errors (missing column, bad format)
  column_name text,
  message     text NOT NULL,
  FOREIGN KEY (tenant_id, import_id) REFERENCES imports (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX import_errors_import_idx ON import_errors (tenant_id, import_id, row_number);

-- ---------------------------------------------------------------- row-level security

DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT unnest(ARRAY['teams', 'users', 'user_roles', 'sessions', 'api_tokens', 'events', 'customers',
                               'products', 'claims', 'billing_statements', 'imports', 'import_rows', 'import_errors'])
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id())', t);
  END LOOP;
END $$;

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants USING (id = current_tenant_id());
REVOKE INSERT, UPDATE, DELETE ON tenants FROM fideliza_app;
GRANT SELECT ON roles, permissions, role_permissions TO fideliza_app;
REVOKE INSERT, UPDATE, DELETE ON roles, permissions, role_permissions FROM fideliza_app;
-- The timeline can only grow, also for the application role.
REVOKE UPDATE, DELETE, TRUNCATE ON events FROM fideliza_app;
