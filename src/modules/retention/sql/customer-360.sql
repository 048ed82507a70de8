-- Customer 360 for the advisor (seed 000, step 1), in one statement: identity and contacts, tier and
-- flags, products, claims of the last N days (retention_settings.claimHistoryDays, and never fewer than the
-- repeated-damage window, so the badge sees every claim step 2 counts), billing of the last
-- months, the customer's cases, offers and work orders, their complaint cases in the campaigns (seed 003),
-- the last timeline events, and the catalogs the
-- advisor decides with (settings, offers, cancellation reasons, note templates) with the tenant's time zone.
-- With an open case, the catalogs are the versions the case is decided with (its steps read those), so the
-- screen explains what the steps will do even after an admin published newer versions; without one, the latest.
-- $1 customer id, $2 now.
WITH open_case AS (
  SELECT r.catalog_versions FROM retention_cases r
   WHERE r.tenant_id = current_tenant_id() AND r.customer_id = $1 AND r.closed_at IS NULL
), catalogs AS (
  SELECT DISTINCT ON (v.kind) v.kind, v.version, v.content
    FROM catalog_versions v
   WHERE v.tenant_id = current_tenant_id() AND v.scope = 'default'
     AND v.kind IN ('retention_settings', 'retention_offers', 'retention_cancellation_reasons', 'retention_note_templates')
     AND v.version <= coalesce((SELECT (catalog_versions ->> v.kind)::int FROM open_case), v.version)
   ORDER BY v.kind, v.version DESC
), settings AS (
  SELECT coalesce((SELECT greatest((content ->> 'claimHistoryDays')::int, (content #>> '{repeatedDamage,windowDays}')::int)
                      FROM catalogs WHERE kind = 'retention_settings'), 90) AS claim_days,
         greatest(6, coalesce((SELECT (content #>> '{vip,billingMonths}')::int FROM catalogs WHERE kind = 'retention_settings'), 6))
           AS billing_months
)
SELECT c.id, c.code, c.document_id, c.full_name, c.tier, c.phone, c.email, c.address, c.city,
       c.is_delinquent, c.has_credit_bureau_flag, c.created_at,
       (SELECT t.timezone FROM tenants t WHERE t.id = c.tenant_id) AS timezone,
       (SELECT json_object_agg(kind, json_build_object('version', version, 'content', content)) FROM catalogs) AS catalogs,
       coalesce((SELECT json_agg(json_build_object(
                   'id', p.id, 'serviceNumber', p.service_number, 'kind', p.kind, 'technology', p.technology,
                   'plan', p.plan, 'status', p.status, 'withdrawnForNonPayment', p.withdrawn_for_non_payment,
                   'monthlyFee', p.monthly_fee, 'activatedOn', p.activated_on) ORDER BY p.kind, p.service_number)
                   FROM products p WHERE p.tenant_id = c.tenant_id AND p.customer_id = c.id), '[]') AS products,
       coalesce((SELECT json_agg(json_build_object(
                   'id', cl.id, 'code', cl.code, 'productId', cl.product_id, 'category', cl.category,
                   'description', cl.description, 'openedAt', cl.opened_at, 'resolvedAt', cl.resolved_at)
                   ORDER BY cl.opened_at DESC)
                   FROM claims cl
                  WHERE cl.tenant_id = c.tenant_id AND cl.customer_id = c.id
                    AND cl.opened_at >= $2::timestamptz - make_interval(days => (SELECT claim_days FROM settings))), '[]') AS claims,
       coalesce((SELECT json_agg(json_build_object('period', to_char(b.period, 'YYYY-MM'), 'amount', b.amount)
                   ORDER BY b.period DESC)
                   FROM (SELECT period, amount FROM billing_statements bs
                          WHERE bs.tenant_id = c.tenant_id AND bs.customer_id = c.id
                          ORDER BY period DESC LIMIT (SELECT billing_months FROM settings)) b), '[]') AS billing,
       coalesce((SELECT json_agg(json_build_object(
                   'id', rc.id, 'number', rc.number, 'state', rc.state, 'branch', rc.branch, 'productId', rc.product_id,
                   'requestKind', rc.request_kind, 'facts', rc.facts, 'outcome', rc.outcome,
                   'cancellationReason', rc.cancellation_reason, 'createdAt', rc.created_at, 'closedAt', rc.closed_at,
                   'offers', coalesce((SELECT json_agg(json_build_object(
                                'id', o.id, 'offerCode', o.offer_code, 'offerType', o.offer_type, 'productId', o.product_id,
                                'status', o.status, 'billingConcept', o.billing_concept, 'amount', o.amount,
                                'startsAt', o.starts_at, 'endsAt', o.ends_at, 'externalReference', o.external_reference)
                                ORDER BY o.created_at)
                                FROM retention_offers o WHERE o.tenant_id = rc.tenant_id AND o.case_id = rc.id), '[]'))
                   ORDER BY rc.closed_at IS NOT NULL, rc.created_at DESC)
                   FROM (SELECT * FROM retention_cases r
                          WHERE r.tenant_id = c.tenant_id AND r.customer_id = c.id
                          ORDER BY r.created_at DESC LIMIT 5) rc), '[]') AS cases,
       coalesce((SELECT json_agg(json_build_object(
                   'id', w.id, 'number', w.number, 'activityCode', w.activity_code, 'activityName', w.activity_name,
                   'status', w.status, 'dueAt', d.due_at, 'closedAt', w.closed_at, 'productId', w.product_id,
                   'originId', w.origin_id) ORDER BY w.created_at DESC)
                   FROM (SELECT * FROM work_orders wo
                          WHERE wo.tenant_id = c.tenant_id AND wo.customer_id = c.id
                          ORDER BY wo.created_at DESC LIMIT 5) w
                   JOIN deadlines d ON d.tenant_id = w.tenant_id AND d.id = w.deadline_id), '[]') AS work_orders,
       coalesce((SELECT json_agg(json_build_object(
                   'id', q.id, 'complaintNumber', q.complaint_number, 'campaign', q.campaign, 'status', q.status,
                   'queue', q.queue, 'stateCode', q.state_code, 'motiveCode', q.motive_code, 'reason', q.reason,
                   'receivedAt', q.received_at, 'finishedAt', q.finished_at) ORDER BY q.created_at DESC)
                   FROM (SELECT * FROM complaint_cases cc
                          WHERE cc.tenant_id = c.tenant_id AND cc.customer_id = c.id
                          ORDER BY cc.created_at DESC LIMIT 5) q), '[]') AS complaints,
       coalesce((SELECT json_agg(json_build_object(
                   'id', e.id, 'occurredAt', e.occurred_at, 'actorName', u.full_name, 'actorRole', e.actor_role,
                   'subjectType', e.subject_type, 'action', e.action, 'reason', e.reason) ORDER BY e.id DESC)
                   FROM (SELECT * FROM events ev
                          WHERE ev.tenant_id = c.tenant_id AND ev.customer_id = c.id
                          ORDER BY ev.id DESC LIMIT 15) e
                   LEFT JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.actor_user_id), '[]') AS timeline
  FROM customers c
 WHERE c.tenant_id = current_tenant_id() AND c.id = $1
