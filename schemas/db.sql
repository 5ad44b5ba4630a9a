-- juesuan database schema, version 3 (one DDL for SQLite and PostgreSQL).
-- Portable types only: TEXT, INTEGER, DOUBLE PRECISION; JSON values are stored as TEXT; booleans as INTEGER 0/1.
-- Ids come from the juesuan_counters row 'reports' (no AUTOINCREMENT / SERIAL), so the DDL runs unchanged
-- on both and many processes can load one database at once.
-- Column names avoid SQL reserved words (start/end/column → src_start/src_end/column_label).

CREATE TABLE IF NOT EXISTS juesuan_meta (
  key   TEXT PRIMARY KEY,
  value TEXT
);

-- Id counters: a loader takes ids by incrementing the row (a row lock in PostgreSQL), never MAX(id)+1.
CREATE TABLE IF NOT EXISTS juesuan_counters (
  name    TEXT PRIMARY KEY,
  next_id INTEGER NOT NULL
);

-- One row per input file's content: the identity is sha256, the path an attribute (a reload of the same
-- content replaces its rows under the same id). An edited file (same path, new content) gets a new row
-- and the old one stays as history: is_current = 0, superseded_by = the newer row.
CREATE TABLE IF NOT EXISTS reports (
  id              INTEGER PRIMARY KEY,
  file            TEXT NOT NULL,          -- path as given to the batch (the latest path this content was loaded from)
  sha256          TEXT UNIQUE,            -- NULL only when the file could not be read at all
  bytes           INTEGER,
  unit            TEXT,                   -- 单位名称
  year            INTEGER,                -- 决算年度
  kind            TEXT,                   -- 部门决算 | 单位决算
  format          TEXT,                   -- txt | html | docx | pdf
  pages           INTEGER,
  status          TEXT NOT NULL,          -- ok | failed
  error           TEXT,                   -- message when failed
  error_code      TEXT,                   -- ReadError code (corrupt, empty, …) or 'internal'
  facts_count     INTEGER,
  errors_count    INTEGER,                -- findings with severity error
  warnings_count  INTEGER,
  layout_family   TEXT,                   -- best-matching family id, NULL when none fits
  layout_score    DOUBLE PRECISION,       -- 0..1
  layout_deviations_count INTEGER,
  damaged         INTEGER NOT NULL DEFAULT 0, -- 1: part of the input was damaged and skipped (see warnings)
  duration_ms     INTEGER,
  parsed_at       TEXT NOT NULL,          -- ISO 8601 UTC
  juesuan_version TEXT NOT NULL,
  is_current      INTEGER NOT NULL DEFAULT 1, -- 1: the latest version read from this path; 0: history
  superseded_by   INTEGER                 -- the reports.id that replaced this version (same path, newer content)
);
-- Never two current versions of one path.
CREATE UNIQUE INDEX IF NOT EXISTS reports_current_file ON reports(file) WHERE is_current = 1;
CREATE INDEX IF NOT EXISTS reports_file ON reports(file);

-- One row per stated number (the fact contract, shared/spec/concepts.md).
CREATE TABLE IF NOT EXISTS facts (
  report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,          -- order within the report
  concept      TEXT NOT NULL,
  value_text   TEXT NOT NULL,             -- exact normalised decimal (or text for unit 'text')
  value_num    DOUBLE PRECISION,          -- the same as a number; NULL for text values
  unit         TEXT NOT NULL,
  dims         TEXT NOT NULL,             -- JSON object
  dims_key     TEXT NOT NULL,             -- concept{k=v;…}: unique-ish key of the fact
  section      TEXT,                      -- section kind the fact was read from
  block        INTEGER,
  src_start    INTEGER,
  src_end      INTEGER,
  page         INTEGER,
  line         INTEGER,                   -- 1-based line (text formats)
  source_text  TEXT,                      -- the matched text as printed
  blank        INTEGER NOT NULL DEFAULT 0,-- 1: blank table cell
  empty        INTEGER NOT NULL DEFAULT 0,-- 1: the report says the section is empty
  evidence     TEXT NOT NULL,             -- table-cell | statement | context | inferred: how the fact was bound
  doubt        TEXT                       -- what makes the binding uncertain, when anything does
);
CREATE INDEX IF NOT EXISTS facts_report ON facts(report_id);
CREATE INDEX IF NOT EXISTS facts_concept ON facts(concept);

-- The typed tables (T1…T9, generic), one row per cell.
CREATE TABLE IF NOT EXISTS table_cells (
  report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  table_id     TEXT NOT NULL,             -- T1…T9 | generic
  table_no     INTEGER NOT NULL,          -- position among the report's tables
  table_unit   TEXT,                      -- 万元 | 元
  row_no       INTEGER NOT NULL,
  row_label    TEXT NOT NULL,
  code         TEXT,                      -- functional / economic classification code
  role         TEXT,                      -- detail | subtotal | total
  side         TEXT,                      -- income | expenditure | left | right
  column_label TEXT NOT NULL,
  value_text   TEXT,
  value_num    DOUBLE PRECISION,
  state        TEXT NOT NULL              -- number | blank | text
);
CREATE INDEX IF NOT EXISTS table_cells_report ON table_cells(report_id, table_id);

-- Validation findings.
CREATE TABLE IF NOT EXISTS findings (
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  rule_id    TEXT NOT NULL,
  severity   TEXT,                        -- error | warning | info | NULL (clean pass)
  outcome    TEXT NOT NULL,               -- pass | fail | not_applicable | insufficient_data
  message    TEXT NOT NULL,
  expected   TEXT,
  actual     TEXT,
  tolerance  TEXT,
  facts      TEXT NOT NULL,               -- JSON array of fact keys
  places     TEXT NOT NULL                -- JSON array of SourceRef
);
CREATE INDEX IF NOT EXISTS findings_report ON findings(report_id);
CREATE INDEX IF NOT EXISTS findings_rule ON findings(rule_id);

-- How a report departs from its layout family (or 'no-family' when none fits).
CREATE TABLE IF NOT EXISTS layout_deviations (
  report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  family     TEXT,                        -- family compared against; NULL for no-family
  kind       TEXT NOT NULL,               -- missing-section | extra-section | renamed-section | reordered-section | moved-section | missing-table | extra-table | changed-header | different-unit | renamed-table | missing-form | extra-form | no-family
  what       TEXT NOT NULL,               -- the section path / table id the deviation is about
  expected   TEXT,
  found      TEXT
);
CREATE INDEX IF NOT EXISTS layout_deviations_report ON layout_deviations(report_id);
