-- Heritage Sentinel: reference schema of a declaration-system database, and the outbox that
-- feeds customs.declarations.v1 through Debezium (see connectors/README.md).
--
-- Part 1 (schema customs) stands for the legacy, normalised tables of a national declaration
-- system. Part 2 (schema sentinel) is what Heritage Sentinel adds to such a database: a
-- deferred constraint trigger that, at COMMIT, assembles each touched declaration as one JSON
-- document into sentinel.declaration_outbox. Debezium captures only that table, so a
-- declaration leaves the database whole or not at all, and the legacy application needs no
-- change. PostgreSQL 13 or later (pg_current_xact_id).
--
-- Idempotent: safe to run again on a database that already has it.

-- ============================================================ part 1: declaration system

CREATE SCHEMA IF NOT EXISTS customs;

-- A customs office. Acceptance times are recorded in the office's local time (many legacy
-- systems do), so every office must name its IANA time zone.
CREATE TABLE IF NOT EXISTS customs.office (
    office_code   text PRIMARY KEY,
    name          text NOT NULL,
    country       char(2) NOT NULL,
    time_zone     text NOT NULL          -- IANA zone, e.g. 'Asia/Amman'
);

CREATE TABLE IF NOT EXISTS customs.declaration (
    declaration_pk        bigserial PRIMARY KEY,
    authority             char(2) NOT NULL,                    -- ISO 3166-1 alpha-2
    source_system         text NOT NULL,                       -- e.g. 'ASYCUDA'
    declaration_id        text NOT NULL,                       -- trader reference / local number
    amendment_no          integer NOT NULL DEFAULT 0,
    status                text NOT NULL DEFAULT 'DRAFT'
                          CHECK (status IN ('DRAFT', 'LODGED', 'ACCEPTED', 'CANCELLED')),
    mrn                   text,
    declaration_type      text NOT NULL DEFAULT 'IMPORT',      -- IMPORT, EXPORT, TRANSIT
    accepted_at_local     timestamp without time zone,         -- office local time
    office_of_declaration text REFERENCES customs.office (office_code),
    office_of_entry_exit  text REFERENCES customs.office (office_code),
    origin_country        char(2),
    export_country        char(2),
    transit_countries     text[] NOT NULL DEFAULT '{}',
    destination_country   char(2),
    transport_mode        text,                                -- SEA, AIR, ROAD, POSTAL ...
    means_id              text,
    means_nationality     char(2),
    containers            text[] NOT NULL DEFAULT '{}',
    invoice_amount        numeric(18, 4),
    invoice_currency      char(3),
    UNIQUE (authority, source_system, declaration_id)
);

CREATE TABLE IF NOT EXISTS customs.declaration_party (
    declaration_pk  bigint NOT NULL REFERENCES customs.declaration ON DELETE CASCADE,
    party_seq       integer NOT NULL,
    role            text NOT NULL,       -- EXPORTER, IMPORTER, CONSIGNEE, DECLARANT ...
    kind            text,                -- PERSON, ORGANISATION
    name            text NOT NULL,
    address         text,
    country         char(2),
    date_of_birth   date,
    PRIMARY KEY (declaration_pk, party_seq)
);

CREATE TABLE IF NOT EXISTS customs.declaration_party_identifier (
    declaration_pk  bigint NOT NULL,
    party_seq       integer NOT NULL,
    scheme          text NOT NULL,       -- TIN, EORI, PASSPORT ...
    value           text NOT NULL,
    issuing_country char(2),
    PRIMARY KEY (declaration_pk, party_seq, scheme, value),
    FOREIGN KEY (declaration_pk, party_seq)
        REFERENCES customs.declaration_party ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS customs.declaration_item (
    declaration_pk      bigint NOT NULL REFERENCES customs.declaration ON DELETE CASCADE,
    item_number         integer NOT NULL,
    hs_code             text NOT NULL,
    description         text NOT NULL,
    origin_country      char(2),
    marks               text,
    packages            integer,
    quantity            double precision,
    quantity_unit       text,
    gross_mass_kg       double precision,
    net_mass_kg         double precision,
    stat_value_amount   numeric(18, 4),
    stat_value_currency char(3),
    procedure_code      text,
    declared_period     text,
    height_cm           double precision,
    width_cm            double precision,
    depth_cm            double precision,
    diameter_cm         double precision,
    weight_kg           double precision,
    PRIMARY KEY (declaration_pk, item_number)
);

-- Documents (SAD box 44): item_number NULL = a document of the whole declaration.
CREATE TABLE IF NOT EXISTS customs.declaration_document (
    document_pk     bigserial PRIMARY KEY,
    declaration_pk  bigint NOT NULL REFERENCES customs.declaration ON DELETE CASCADE,
    item_number     integer,
    doc_type        text NOT NULL,       -- EXPORT_LICENCE, CERTIFICATE_OF_ORIGIN, INVOICE ...
    reference       text NOT NULL,
    issuing_country char(2),
    issued_on       date,
    valid_until     date
);
CREATE INDEX IF NOT EXISTS declaration_document_declaration
    ON customs.declaration_document (declaration_pk);

-- ============================================================ part 2: Heritage Sentinel outbox

CREATE SCHEMA IF NOT EXISTS sentinel;

-- One row per committed change of a declaration: the whole declaration as JSON (the
-- "declaration document", documented in connectors/README.md), or a withdrawal.
CREATE TABLE IF NOT EXISTS sentinel.declaration_outbox (
    outbox_id       bigserial PRIMARY KEY,
    authority       text NOT NULL,
    source_system   text NOT NULL,
    declaration_id  text NOT NULL,
    version         integer NOT NULL,
    change          text NOT NULL CHECK (change IN ('DECLARATION', 'WITHDRAWN')),
    document        jsonb,               -- NULL for WITHDRAWN
    recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK ((change = 'DECLARATION') = (document IS NOT NULL))
);

-- A snapshot reads only the latest row of each declaration (connector option
-- snapshot.select.statement.overrides): this index serves that query.
CREATE INDEX IF NOT EXISTS declaration_outbox_latest
    ON sentinel.declaration_outbox (authority, source_system, declaration_id, outbox_id DESC);

-- What was last emitted per declaration: versions stay strictly increasing, unchanged
-- declarations are not emitted twice, and one transaction emits a declaration once.
CREATE TABLE IF NOT EXISTS sentinel.declaration_state (
    declaration_pk  bigint PRIMARY KEY,
    authority       text NOT NULL,
    source_system   text NOT NULL,
    declaration_id  text NOT NULL,
    last_version    integer NOT NULL,
    last_hash       text,
    withdrawn       boolean NOT NULL DEFAULT false,
    last_xact       xid8 NOT NULL
);

-- The declaration document of one declaration, or NULL when it is not (or no longer) to be
-- screened: unknown, not yet accepted, or cancelled.
CREATE OR REPLACE FUNCTION sentinel.declaration_document(p_pk bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'declarationId', d.declaration_id,
        'authority', d.authority,
        'sourceSystem', d.source_system,
        'mrn', d.mrn,
        'type', d.declaration_type,
        'acceptedAtLocal', d.accepted_at_local,
        'officeTimeZone', o.time_zone,
        'officeOfDeclaration', d.office_of_declaration,
        'officeOfEntryOrExit', d.office_of_entry_exit,
        'route', jsonb_build_object(
            'originCountry', d.origin_country,
            'exportCountry', d.export_country,
            'transitCountries', to_jsonb(d.transit_countries),
            'destinationCountry', d.destination_country),
        'transport', jsonb_build_object(
            'mode', d.transport_mode,
            'meansId', d.means_id,
            'meansNationality', d.means_nationality,
            'containers', to_jsonb(d.containers)),
        'invoiceTotal', CASE WHEN d.invoice_amount IS NOT NULL THEN jsonb_build_object(
            'amount', d.invoice_amount::text, 'currency', d.invoice_currency) END,
        'parties', COALESCE((
            SELECT jsonb_agg(jsonb_build_object(
                'role', p.role, 'kind', p.kind, 'name', p.name, 'address', p.address,
                'country', p.country, 'dateOfBirth', p.date_of_birth,
                'identifiers', COALESCE((
                    SELECT jsonb_agg(jsonb_build_object(
                        'scheme', i.scheme, 'value', i.value, 'issuingCountry', i.issuing_country)
                        ORDER BY i.scheme, i.value)
                    FROM customs.declaration_party_identifier i
                    WHERE i.declaration_pk = p.declaration_pk AND i.party_seq = p.party_seq),
                    '[]'::jsonb))
                ORDER BY p.party_seq)
            FROM customs.declaration_party p WHERE p.declaration_pk = d.declaration_pk), '[]'::jsonb),
        'items', COALESCE((
            SELECT jsonb_agg(jsonb_build_object(
                'itemNumber', it.item_number, 'hsCode', it.hs_code, 'description', it.description,
                'originCountry', it.origin_country, 'marks', it.marks, 'packages', it.packages,
                'quantity', it.quantity, 'quantityUnit', it.quantity_unit,
                'grossMassKg', it.gross_mass_kg, 'netMassKg', it.net_mass_kg,
                'statisticalValue', CASE WHEN it.stat_value_amount IS NOT NULL THEN jsonb_build_object(
                    'amount', it.stat_value_amount::text, 'currency', it.stat_value_currency) END,
                'procedureCode', it.procedure_code, 'declaredPeriod', it.declared_period,
                'dimensions', jsonb_build_object(
                    'heightCm', it.height_cm, 'widthCm', it.width_cm, 'depthCm', it.depth_cm,
                    'diameterCm', it.diameter_cm, 'weightKg', it.weight_kg),
                'documents', COALESCE((
                    SELECT jsonb_agg(jsonb_build_object(
                        'type', doc.doc_type, 'reference', doc.reference,
                        'issuingCountry', doc.issuing_country, 'issuedOn', doc.issued_on,
                        'validUntil', doc.valid_until) ORDER BY doc.document_pk)
                    FROM customs.declaration_document doc
                    WHERE doc.declaration_pk = it.declaration_pk AND doc.item_number = it.item_number),
                    '[]'::jsonb))
                ORDER BY it.item_number)
            FROM customs.declaration_item it WHERE it.declaration_pk = d.declaration_pk), '[]'::jsonb),
        'documents', COALESCE((
            SELECT jsonb_agg(jsonb_build_object(
                'type', doc.doc_type, 'reference', doc.reference,
                'issuingCountry', doc.issuing_country, 'issuedOn', doc.issued_on,
                'validUntil', doc.valid_until) ORDER BY doc.document_pk)
            FROM customs.declaration_document doc
            WHERE doc.declaration_pk = d.declaration_pk AND doc.item_number IS NULL), '[]'::jsonb)
    ))
    FROM customs.declaration d
    LEFT JOIN customs.office o ON o.office_code = d.office_of_declaration
    WHERE d.declaration_pk = p_pk AND d.status = 'ACCEPTED' AND d.accepted_at_local IS NOT NULL
$$;

-- Writes the outbox row for one declaration, at most once per transaction.
--  * version = greatest(amendment_no, last emitted version + 1): strictly increasing per key,
--    so a consumer can drop redeliveries (same version) and stale records (lower version);
--  * a declaration whose document did not change is not emitted again;
--  * a declaration that was emitted and is now deleted or cancelled gets a WITHDRAWN row.
CREATE OR REPLACE FUNCTION sentinel.emit_declaration(p_pk bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    st       sentinel.declaration_state%ROWTYPE;
    doc      jsonb;
    hash     text;
    next_v   integer;
    d        customs.declaration%ROWTYPE;
    known    boolean;
BEGIN
    SELECT * INTO st FROM sentinel.declaration_state WHERE declaration_pk = p_pk FOR UPDATE;
    known := FOUND;
    IF known AND st.last_xact = pg_current_xact_id() THEN
        RETURN;  -- already assembled by this transaction's first deferred trigger
    END IF;
    doc := sentinel.declaration_document(p_pk);

    IF doc IS NULL THEN
        IF known AND NOT st.withdrawn THEN
            INSERT INTO sentinel.declaration_outbox
                (authority, source_system, declaration_id, version, change, document)
            VALUES (st.authority, st.source_system, st.declaration_id, st.last_version + 1,
                    'WITHDRAWN', NULL);
            UPDATE sentinel.declaration_state
               SET last_version = st.last_version + 1, last_hash = NULL, withdrawn = true,
                   last_xact = pg_current_xact_id()
             WHERE declaration_pk = p_pk;
        ELSIF known THEN
            UPDATE sentinel.declaration_state SET last_xact = pg_current_xact_id()
             WHERE declaration_pk = p_pk;
        END IF;
        RETURN;
    END IF;

    hash := md5(doc::text);
    IF known AND NOT st.withdrawn AND st.last_hash = hash THEN
        UPDATE sentinel.declaration_state SET last_xact = pg_current_xact_id()
         WHERE declaration_pk = p_pk;
        RETURN;
    END IF;

    SELECT * INTO d FROM customs.declaration WHERE declaration_pk = p_pk;
    next_v := CASE WHEN known THEN greatest(d.amendment_no, st.last_version + 1)
                   ELSE d.amendment_no END;

    INSERT INTO sentinel.declaration_outbox
        (authority, source_system, declaration_id, version, change, document)
    VALUES (d.authority, d.source_system, d.declaration_id, next_v, 'DECLARATION',
            doc || jsonb_build_object('version', next_v));
    INSERT INTO sentinel.declaration_state AS s
        (declaration_pk, authority, source_system, declaration_id, last_version, last_hash,
         withdrawn, last_xact)
    VALUES (p_pk, d.authority, d.source_system, d.declaration_id, next_v, hash, false,
            pg_current_xact_id())
    ON CONFLICT (declaration_pk) DO UPDATE
       SET last_version = EXCLUDED.last_version, last_hash = EXCLUDED.last_hash,
           withdrawn = false, last_xact = EXCLUDED.last_xact;
END
$$;

CREATE OR REPLACE FUNCTION sentinel.on_declaration_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM sentinel.emit_declaration(OLD.declaration_pk);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM sentinel.emit_declaration(NEW.declaration_pk);
    END IF;
    RETURN NULL;
END
$$;

-- The key of a declaration on the topic is derived from these columns: they must not change.
CREATE OR REPLACE FUNCTION sentinel.forbid_identity_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.authority, NEW.source_system, NEW.declaration_id)
       IS DISTINCT FROM (OLD.authority, OLD.source_system, OLD.declaration_id) THEN
        RAISE EXCEPTION 'declaration % : authority, source_system and declaration_id are immutable '
                        '(cancel it and declare anew)', OLD.declaration_pk;
    END IF;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['declaration', 'declaration_party', 'declaration_party_identifier',
                             'declaration_item', 'declaration_document'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_trigger
                        WHERE tgname = 'sentinel_outbox'
                          AND tgrelid = format('customs.%I', t)::regclass) THEN
            -- DEFERRABLE INITIALLY DEFERRED: fires at COMMIT, when every row of the
            -- transaction is in place, so the document is never half-written.
            EXECUTE format('CREATE CONSTRAINT TRIGGER sentinel_outbox
                              AFTER INSERT OR UPDATE OR DELETE ON customs.%I
                              DEFERRABLE INITIALLY DEFERRED
                              FOR EACH ROW EXECUTE FUNCTION sentinel.on_declaration_change()', t);
        END IF;
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'sentinel_identity'
                    AND tgrelid = 'customs.declaration'::regclass) THEN
        CREATE TRIGGER sentinel_identity BEFORE UPDATE ON customs.declaration
            FOR EACH ROW EXECUTE FUNCTION sentinel.forbid_identity_change();
    END IF;
END
$$;

-- Installing on a database that already holds declarations: emit every accepted one once.
-- The connector's initial snapshot then carries them, marked as replay (retro state only).
CREATE OR REPLACE FUNCTION sentinel.backfill_outbox() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    n bigint := 0;
    r record;
BEGIN
    FOR r IN SELECT declaration_pk FROM customs.declaration ORDER BY declaration_pk LOOP
        PERFORM sentinel.emit_declaration(r.declaration_pk);
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;

-- Outbox rows are only a relay: once Connect has captured them (its offsets are past them),
-- old rows can go. Deletes of outbox rows are ignored by the connector's transform.
CREATE OR REPLACE FUNCTION sentinel.purge_outbox(p_keep interval) RETURNS bigint
LANGUAGE sql AS $$
    WITH gone AS (
        DELETE FROM sentinel.declaration_outbox WHERE recorded_at < clock_timestamp() - p_keep
        RETURNING 1)
    SELECT count(*) FROM gone
$$;

-- Debezium reads only the outbox, through a publication created here, so its database role
-- needs neither superuser nor ownership of the legacy tables (publication.autocreate.mode=disabled).
-- Heartbeats (heartbeat.action.query) write to sentinel.cdc_heartbeat, which is published too:
-- the slot then advances even when no declaration changes, so WAL written by other tables and
-- databases does not pile up behind it. The transform drops the heartbeat rows.
CREATE TABLE IF NOT EXISTS sentinel.cdc_heartbeat (
    id      integer PRIMARY KEY,
    beat_at timestamptz NOT NULL
);
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'sentinel_outbox') THEN
        CREATE PUBLICATION sentinel_outbox
            FOR TABLE sentinel.declaration_outbox, sentinel.cdc_heartbeat;
    END IF;
END
$$;

-- The capture role: LOGIN REPLICATION, reads only the outbox. Its password is set by the
-- operator (ALTER ROLE sentinel_cdc PASSWORD ...), never in this file.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sentinel_cdc') THEN
        CREATE ROLE sentinel_cdc LOGIN REPLICATION;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA sentinel TO sentinel_cdc;
GRANT SELECT ON sentinel.declaration_outbox TO sentinel_cdc;
GRANT SELECT, INSERT, UPDATE ON sentinel.cdc_heartbeat TO sentinel_cdc;
