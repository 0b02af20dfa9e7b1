-- Sepakat benchmark data (PostgreSQL): 1,000 customers, 5,000 active SLAs (one covered service each),
-- :records tickets spread evenly over the 12 months 2025-11 .. 2026-10, plus one unplanned outage per
-- SLA and month. Ids start far above what the application allocates, so both can coexist.
-- Run by bench/run after the application has created the schema (Liquibase) on the database.
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM sd_ticket_pause_version; DELETE FROM sd_ticket_version; DELETE FROM sd_outage_version;
DELETE FROM sd_ticket_pause; DELETE FROM sd_ticket; DELETE FROM sd_outage;
DELETE FROM nt_notification; DELETE FROM shared_history WHERE record_type IN ('PeriodReport', 'ImprovementOpportunity');
DELETE FROM imp_occurrence; DELETE FROM imp_opportunity WHERE source_record_type = 'PeriodReport';
DELETE FROM rv_exclusion; DELETE FROM rv_limit_result; DELETE FROM rv_target_result; DELETE FROM rv_period_report;
DELETE FROM sl_target WHERE agreement_id >= 900000000; DELETE FROM sl_workload_limit WHERE agreement_id >= 900000000;
DELETE FROM sl_maintenance_window WHERE agreement_id >= 900000000; DELETE FROM sl_agreement_service WHERE agreement_id >= 900000000;
DELETE FROM sl_excluded_category WHERE agreement_id >= 900000000;
DELETE FROM sl_agreed_version WHERE agreement_id >= 900000000;
DELETE FROM sl_agreement WHERE id >= 900000000;
DELETE FROM party_customer_service WHERE customer_id >= 900000000; DELETE FROM party_customer WHERE id >= 900000000;
DELETE FROM party_service WHERE id >= 900000000;
DELETE FROM sl_calendar_hours WHERE calendar_id >= 900000000; DELETE FROM sl_calendar_holiday WHERE calendar_id >= 900000000;
DELETE FROM sl_calendar WHERE id >= 900000000;

INSERT INTO sl_calendar (id, version, created_at, created_by, changed_at, changed_by, code, name, time_zone)
VALUES (900000000, 1, now(), 'bench', now(), 'bench', 'BENCH-OFFICE', 'Bench office hours', 'Asia/Jakarta');
INSERT INTO sl_calendar_hours (calendar_id, day_of_week, opens_at, closes_at)
SELECT 900000000, d, TIME '08:00', TIME '17:00' FROM unnest(ARRAY['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY']) d;
INSERT INTO sl_calendar_holiday (calendar_id, holiday_date, holiday_name) VALUES
 (900000000, DATE '2025-12-25', 'Christmas'), (900000000, DATE '2026-01-01', 'New Year'),
 (900000000, DATE '2026-08-17', 'Independence Day'), (900000000, DATE '2026-10-20', 'Bench holiday');

INSERT INTO party_service (id, version, created_at, created_by, changed_at, changed_by, code, name, status)
SELECT 900000000 + s, 1, now(), 'bench', now(), 'bench', 'BSVC-' || s, 'Bench service ' || s, 'ACTIVE'
FROM generate_series(1, 5000) s;
INSERT INTO party_customer (id, version, created_at, created_by, changed_at, changed_by, code, name, kind, status)
SELECT 900000000 + c, 1, now(), 'bench', now(), 'bench', 'BCUS-' || c, 'Bench customer ' || c, 'EXTERNAL', 'ACTIVE'
FROM generate_series(1, 1000) c;
-- SLA a (1..5000) belongs to customer ((a-1) / 5) + 1 and covers service a
INSERT INTO party_customer_service (customer_id, service_id)
SELECT 900000000 + ((a - 1) / 5) + 1, 900000000 + a FROM generate_series(1, 5000) a;
INSERT INTO sl_agreement (id, version, created_at, created_by, changed_at, changed_by, reference, title, customer_id,
  customer_code, valid_from, valid_to, review_cadence, time_zone, status, agreed_version, provider_approver,
  customer_approver, agreed_at, next_review_on, exceptions_stated)
SELECT 900000000 + a, 1, now(), 'bench', now(), 'bench', 'BSLA-' || a, 'Bench SLA ' || a, 900000000 + ((a - 1) / 5) + 1,
  'BCUS-' || (((a - 1) / 5) + 1), DATE '2025-01-01', DATE '2027-12-31', 'MONTHLY', 'Asia/Jakarta', 'ACTIVE', 1, 'slaman',
  'Bench customer signatory', now(), DATE '2026-12-01', true
FROM generate_series(1, 5000) a;
-- version 1 of each SLA, in force from its validity's first month (issue 11: only months in force are measured);
-- no stored terms, so it is measured by the SLA's own content, which is that version
INSERT INTO sl_agreed_version (id, agreement_id, version_number, content_json, provider_approver, customer_approver,
  agreed_at, effective_from)
SELECT 900000000 + a, 900000000 + a, 1, '{}', 'slaman', 'Bench customer signatory', TIMESTAMP '2024-12-15 00:00:00',
  DATE '2025-01-01'
FROM generate_series(1, 5000) a;
INSERT INTO sl_agreement_service (agreement_id, service_id, service_code)
SELECT 900000000 + a, 900000000 + a, 'BSVC-' || a FROM generate_series(1, 5000) a;
-- the services of the last agreed version, which the review measures (version 1 here: the same)
INSERT INTO sl_target (agreement_id, item_order, target_name, metric, comparison, threshold, unit, measurement_period,
  calendar_code, priority, within_hours)
SELECT 900000000 + a, t.o, t.n, t.m, 'AT_LEAST', t.th, '%', 'MONTH', 'BENCH-OFFICE', t.p, t.w
FROM generate_series(1, 5000) a,
 (VALUES (0, 'Availability', 'AVAILABILITY', 99.5, NULL, NULL),
         (1, 'P1 response', 'RESPONSE_TIME', 90, 'P1', 1),
         (2, 'P2 resolution', 'RESOLUTION_TIME', 85, 'P2', 8)) AS t(o, n, m, th, p, w);
INSERT INTO sl_workload_limit (agreement_id, item_order, limit_name, metric, ticket_kind, maximum_per_period,
  measurement_period, over_limit)
SELECT 900000000 + a, 0, 'Tickets per month', 'TICKETS', NULL, 180, 'MONTH', 'REPORT_ONLY' FROM generate_series(1, 5000) a;
INSERT INTO sl_maintenance_window (agreement_id, item_order, window_name, recurrence, on_day_of_week, starts_at,
  duration_minutes)
SELECT 900000000 + a, 0, 'Sunday maintenance', 'WEEKLY', 'SUNDAY', TIME '02:00', 120 FROM generate_series(1, 5000) a;

-- tickets about user training (one in fifty) are excluded from every SLA's measurements
INSERT INTO sl_excluded_category (agreement_id, item_order, category) SELECT 900000000 + a, 0, 'USER_TRAINING' FROM generate_series(1, 5000) a;
-- the service level manager who signed every SLA for the provider: the review raises improvements for them
INSERT INTO party_staff (id, version, created_at, created_by, changed_at, changed_by, username, display_name, email, ui_locale)
SELECT 900000000, 1, now(), 'bench', now(), 'bench', 'slaman', 'Bench service level manager', 'slaman@bench.example', 'en'
WHERE NOT EXISTS (SELECT 1 FROM party_staff WHERE username = 'slaman');
-- tickets: evenly over 2025-11-01 .. 2026-11-01 (Asia/Jakarta), deterministic pseudo-random times
INSERT INTO sd_ticket (id, version, external_id, service_id, customer_id, kind, priority, category, opened_s,
  first_response_s, resolved_s, received_at, received_by)
SELECT 1000000000 + i, 1, 'BT-' || i, 900000000 + a, 900000000 + ((a - 1) / 5) + 1,
  CASE WHEN i % 10 = 0 THEN 'CHANGE' ELSE 'INCIDENT' END,
  'P' || (1 + (i / 5000) % 4), CASE WHEN (i / 5000) % 50 = 0 THEN 'USER_TRAINING' ELSE 'GENERAL' END,
  o, o + (hashint % 14400), o + 600 + (hashint % 259200), now(), 'bench'
FROM (
  SELECT i, 1 + (i % 5000) AS a,
    1761930000 + (i::bigint * 31536000 / :records) AS o,
    ((i::bigint * 2654435761) % 4294967296) AS hashint
  FROM generate_series(1, :records) i
) g;
-- one ticket in ten waited on the customer for an hour after the first response
INSERT INTO sd_ticket_pause (ticket_id, starts_s, ends_s)
SELECT id, first_response_s, first_response_s + 3600 FROM sd_ticket
WHERE id % 10 = 3 AND resolved_s > first_response_s + 3600;
-- one unplanned 45-minute outage per SLA and month, on a weekday morning
INSERT INTO sd_outage (id, version, external_id, service_id, starts_s, ends_s, planned, description, received_at, received_by)
SELECT 1900000000 + a * 100 + m, 1, 'BO-' || a || '-' || m, 900000000 + a,
  extract(epoch FROM (DATE '2025-11-03' + (m * INTERVAL '1 month') + INTERVAL '2 hours' + (a % 7) * INTERVAL '1 day'))::bigint,
  extract(epoch FROM (DATE '2025-11-03' + (m * INTERVAL '1 month') + INTERVAL '2 hours 45 minutes' + (a % 7) * INTERVAL '1 day'))::bigint,
  false, 'bench outage', now(), 'bench'
FROM generate_series(1, 5000) a, generate_series(0, 11) m;
COMMIT;
-- as autovacuum leaves a table that has been filled over months: hint bits set, visibility map and
-- statistics up to date (otherwise whichever query reads the fresh rows first pays for writing them)
VACUUM ANALYZE;
