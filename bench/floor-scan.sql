-- Scan floor: one plain aggregate over the reviewed month's tickets per SLA (wall-clock durations,
-- no business time, no pauses). The least any review of these rows could cost.
SELECT s.agreement_id, count(*),
       sum(CASE WHEN t.resolved_s - t.opened_s <= 28800 THEN 1 ELSE 0 END)
FROM sd_ticket t
JOIN sl_agreement_service s ON s.service_id = t.service_id
JOIN sl_agreement g ON g.id = s.agreement_id AND g.customer_id = t.customer_id
WHERE (t.opened_s >= 1790787600 AND t.opened_s < 1793466000)
   OR (t.resolved_s >= 1790787600 AND t.resolved_s < 1793466000)
GROUP BY s.agreement_id;
