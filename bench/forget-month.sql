-- Removes what the review of 2026-10 stored for the bench SLAs, so the month can be reviewed again.
DELETE FROM nt_notification WHERE link LIKE '/reports/view.xhtml?id=%' OR group_key LIKE 'review:%';
DELETE FROM shared_history WHERE record_type = 'ImprovementOpportunity' AND record_id IN
  (SELECT id FROM imp_opportunity WHERE source_record_type = 'PeriodReport');
DELETE FROM imp_occurrence WHERE opportunity_id IN
  (SELECT id FROM imp_opportunity WHERE source_record_type = 'PeriodReport');
DELETE FROM imp_opportunity WHERE source_record_type = 'PeriodReport';
DELETE FROM shared_history WHERE record_type = 'PeriodReport';
DELETE FROM rv_exclusion; DELETE FROM rv_limit_result; DELETE FROM rv_target_result;
DELETE FROM rv_period_report WHERE period_start = DATE '2026-10-01';
VACUUM ANALYZE rv_period_report;
