-- Equivalent floor: one hand-written SQL aggregate computing what the review computes for the
-- tickets of 2026-10 (Asia/Jakarta): per SLA, P1 tickets answered within 1 business hour and P2
-- tickets resolved within 8 business hours, on the office calendar's timeline (built by the review),
-- minus paused business time, excluded categories left out. B(t), the business seconds up to t, is
-- a scalar lookup of t's slot.
WITH tl AS (SELECT min(id) AS id FROM rv_timeline WHERE definition NOT LIKE '% minus %' AND definition LIKE 'Asia/Jakarta%'),
m AS (
  SELECT s.agreement_id, t.id, t.opened_s AS a, t.resolved_s AS b, 28800 AS within_s
  FROM sd_ticket t
  JOIN sl_agreement_service s ON s.service_id = t.service_id
  JOIN sl_agreement g ON g.id = s.agreement_id AND g.customer_id = t.customer_id
  WHERE t.priority = 'P2' AND t.resolved_s >= 1790787600 AND t.resolved_s < 1793466000
    AND (t.category IS NULL OR NOT EXISTS (SELECT 1 FROM sl_excluded_category c
         WHERE c.agreement_id = g.id AND c.category = t.category))
  UNION ALL
  SELECT s.agreement_id, t.id, t.opened_s, LEAST(COALESCE(t.first_response_s, 1793466000), 1793466000), 3600
  FROM sd_ticket t
  JOIN sl_agreement_service s ON s.service_id = t.service_id
  JOIN sl_agreement g ON g.id = s.agreement_id AND g.customer_id = t.customer_id
  WHERE t.priority = 'P1' AND t.opened_s >= 1790787600 AND t.opened_s < 1793466000
    AND (t.category IS NULL OR NOT EXISTS (SELECT 1 FROM sl_excluded_category c
         WHERE c.agreement_id = g.id AND c.category = t.category))
),
d AS (
  SELECT m.agreement_id, m.within_s,
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
)
SELECT agreement_id, within_s, count(*), sum(CASE WHEN net <= within_s THEN 1 ELSE 0 END)
FROM d GROUP BY agreement_id, within_s;
