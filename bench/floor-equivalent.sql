-- Equivalent floor: one hand-written SQL statement computing, for every bench SLA and 2026-10
-- (Asia/Jakarta), the same numbers the review computes, over the same rows and the same timelines
-- (built by the review), with nothing stored:
--   - P1 tickets answered in the month (first response, else resolution) within 1 business hour, or
--     still unanswered at its end with their hour gone; P2 tickets resolved in the month within 8
--     business hours, or still open at its end with their 8 hours gone; either unless already gone at
--     the month's start; paused business time taken off, excluded categories left out;
--   - availability: service time in business hours minus the maintenance window, unplanned outage
--     time within it;
--   - workload: tickets opened in the month and in the month before;
--   - tickets left out by an excluded category.
-- B(t), the business seconds up to t on a timeline, is a scalar lookup of t's slot.
WITH tl AS (SELECT min(id) AS id FROM rv_timeline WHERE definition NOT LIKE '% minus %' AND definition LIKE 'Asia/Jakarta%'),
sv AS (SELECT min(id) AS id FROM rv_timeline WHERE definition LIKE '% minus %' AND definition LIKE 'Asia/Jakarta%'),
-- x: each ticket with the moment E it is measured up to (kind 'at') and, for a ticket opened before the
-- month, also the month's start (kind 'before': already missed while open by then means it was counted
-- in an earlier month). Resolution: resolved in the month (done), or still open at its end; response
-- likewise with the response moment.
x AS (
  SELECT s.agreement_id, t.id, t.opened_s AS a, t.resolved_s AS e, 1 AS done, 28800 AS within_s
  FROM sd_ticket t
  JOIN sl_agreement_service s ON s.service_id = t.service_id
  JOIN sl_agreement g ON g.id = s.agreement_id AND g.customer_id = t.customer_id
  WHERE t.priority = 'P2' AND t.resolved_s >= 1790787600 AND t.resolved_s < 1793466000
    AND (t.category IS NULL OR NOT EXISTS (SELECT 1 FROM sl_excluded_category c
         WHERE c.agreement_id = g.id AND c.category = t.category))
  UNION ALL
  SELECT s.agreement_id, t.id, t.opened_s, 1793466000, 0, 28800
  FROM sd_ticket t
  JOIN sl_agreement_service s ON s.service_id = t.service_id
  JOIN sl_agreement g ON g.id = s.agreement_id AND g.customer_id = t.customer_id
  WHERE t.priority = 'P2' AND t.opened_s >= 1756227600 AND t.opened_s < 1793466000
    AND (t.resolved_s IS NULL OR t.resolved_s >= 1793466000)
    AND (t.category IS NULL OR NOT EXISTS (SELECT 1 FROM sl_excluded_category c
         WHERE c.agreement_id = g.id AND c.category = t.category))
  UNION ALL
  SELECT s.agreement_id, t.id, t.opened_s, LEAST(COALESCE(r.r, 1793466000), 1793466000),
    CASE WHEN r.r < 1793466000 THEN 1 ELSE 0 END, 3600
  FROM sd_ticket t
  CROSS JOIN LATERAL (SELECT CASE WHEN t.first_response_s IS NOT NULL AND (t.resolved_s IS NULL OR t.first_response_s < t.resolved_s)
      THEN t.first_response_s ELSE t.resolved_s END AS r) r
  JOIN sl_agreement_service s ON s.service_id = t.service_id
  JOIN sl_agreement g ON g.id = s.agreement_id AND g.customer_id = t.customer_id
  WHERE t.priority = 'P1' AND t.opened_s >= 1756227600 AND t.opened_s < 1793466000
    AND (t.opened_s >= 1790787600
         OR (t.resolved_s IS NULL OR t.resolved_s >= 1790787600) AND (r.r IS NULL OR r.r >= 1790787600))
    AND (t.category IS NULL OR NOT EXISTS (SELECT 1 FROM sl_excluded_category c
         WHERE c.agreement_id = g.id AND c.category = t.category))
),
m AS (
  SELECT agreement_id, id, a, e AS b, done, within_s, 'at' AS kind FROM x
  UNION ALL
  SELECT agreement_id, id, a, 1790787600, done, within_s, 'before' FROM x WHERE a < 1790787600
),
n AS (
  SELECT m.agreement_id, m.id, m.done, m.within_s, m.kind,
    (SELECT e.cum_before + e.is_open * (m.b - e.from_s) FROM rv_timeline_slot e
      WHERE e.timeline_id = tl.id AND e.day_no = m.b / 86400 AND e.from_s <= m.b AND e.to_s > m.b)
  - (SELECT o.cum_before + o.is_open * (m.a - o.from_s) FROM rv_timeline_slot o
      WHERE o.timeline_id = tl.id AND o.day_no = m.a / 86400 AND o.from_s <= m.a AND o.to_s > m.a)
  - COALESCE((SELECT sum(
        (SELECT pe.cum_before + pe.is_open * (LEAST(p.ends_s, m.b) - pe.from_s) FROM rv_timeline_slot pe
          WHERE pe.timeline_id = tl.id AND pe.day_no = LEAST(p.ends_s, m.b) / 86400
            AND pe.from_s <= LEAST(p.ends_s, m.b) AND pe.to_s > LEAST(p.ends_s, m.b))
      - (SELECT ps.cum_before + ps.is_open * (GREATEST(p.starts_s, m.a) - ps.from_s) FROM rv_timeline_slot ps
          WHERE ps.timeline_id = tl.id AND ps.day_no = GREATEST(p.starts_s, m.a) / 86400
            AND ps.from_s <= GREATEST(p.starts_s, m.a) AND ps.to_s > GREATEST(p.starts_s, m.a)))
      FROM sd_ticket_pause p WHERE p.ticket_id = m.id AND p.starts_s < m.b AND p.ends_s > m.a), 0) AS net
  FROM m CROSS JOIN tl
),
d AS (
  SELECT agreement_id, within_s, done, max(CASE WHEN kind = 'at' THEN net END) AS net,
    max(CASE WHEN kind = 'before' THEN net END) AS before_net
  FROM n GROUP BY agreement_id, id, within_s, done
),
avail AS (
  SELECT g.id AS agreement_id,
    (SELECT z.cum_before + z.is_open * (1793466000 - z.from_s) FROM rv_timeline_slot z
      WHERE z.timeline_id = sv.id AND z.day_no = 1793466000 / 86400 AND z.from_s <= 1793466000 AND z.to_s > 1793466000)
  - (SELECT z.cum_before + z.is_open * (1790787600 - z.from_s) FROM rv_timeline_slot z
      WHERE z.timeline_id = sv.id AND z.day_no = 1790787600 / 86400 AND z.from_s <= 1790787600 AND z.to_s > 1790787600)
      AS service_s,
    COALESCE((SELECT sum(
        (SELECT z.cum_before + z.is_open * (LEAST(o.ends_s, 1793466000) - z.from_s) FROM rv_timeline_slot z
          WHERE z.timeline_id = sv.id AND z.day_no = LEAST(o.ends_s, 1793466000) / 86400
            AND z.from_s <= LEAST(o.ends_s, 1793466000) AND z.to_s > LEAST(o.ends_s, 1793466000))
      - (SELECT z.cum_before + z.is_open * (GREATEST(o.starts_s, 1790787600) - z.from_s) FROM rv_timeline_slot z
          WHERE z.timeline_id = sv.id AND z.day_no = GREATEST(o.starts_s, 1790787600) / 86400
            AND z.from_s <= GREATEST(o.starts_s, 1790787600) AND z.to_s > GREATEST(o.starts_s, 1790787600)))
      FROM sl_agreement_service s JOIN sd_outage o ON o.service_id = s.service_id
      WHERE s.agreement_id = g.id AND o.planned = false AND o.starts_s < 1793466000 AND o.ends_s > 1790787600), 0)
      AS down_s
  FROM sl_agreement g CROSS JOIN sv WHERE g.id >= 900000000
),
work AS (
  SELECT s.agreement_id, sum(CASE WHEN t.opened_s >= 1790787600 THEN 1 ELSE 0 END) AS current_n,
    sum(CASE WHEN t.opened_s < 1790787600 THEN 1 ELSE 0 END) AS previous_n,
    sum(CASE WHEN t.opened_s >= 1790787600 AND t.category IS NOT NULL AND EXISTS (SELECT 1 FROM sl_excluded_category c
        WHERE c.agreement_id = g.id AND c.category = t.category) THEN 1 ELSE 0 END) AS excluded_n
  FROM sd_ticket t
  JOIN sl_agreement_service s ON s.service_id = t.service_id
  JOIN sl_agreement g ON g.id = s.agreement_id AND g.customer_id = t.customer_id
  WHERE t.opened_s >= 1788195600 AND t.opened_s < 1793466000
  GROUP BY s.agreement_id
)
SELECT 'ticket-target', agreement_id, within_s,
  sum(CASE WHEN done = 1 OR net > within_s THEN 1 ELSE 0 END), sum(CASE WHEN done = 1 AND net <= within_s THEN 1 ELSE 0 END)
FROM d WHERE before_net IS NULL OR before_net <= within_s
GROUP BY agreement_id, within_s
UNION ALL SELECT 'availability', agreement_id, 0, service_s, down_s FROM avail
UNION ALL SELECT 'workload', agreement_id, excluded_n, current_n, previous_n FROM work;
