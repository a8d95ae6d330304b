-- coopcheck: the facts of every rule, DuckDB, as of 2025-12-31.
-- Each query reads one table (docs/warehouse.md); every column is text. Run them all
-- against tables made by `coopcheck sql schema` and filled by `coopcheck sql load`.

-- CTPH254.II.1a (ctph-254-2024): At least 750 new agricultural cooperatives founded with support by 2030
-- 254-CTPH/LMHTXVN-HNDVN, II. Mục tiêu
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("province" AS VARCHAR) AS "unit_group",
       CAST(0 AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(COUNT(*) AS VARCHAR) AS "c0_hits"
FROM "cooperatives"
WHERE (((("kind" = 'HTX') AND ("sector" = 'agriculture')) AND "farmers_union_supported") AND ("founded_on" >= DATE '2024-04-11'))
GROUP BY "submission", "province"
ORDER BY "submission", "province";
-- the same, over the cooperatives founded before the programme started
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("province" AS VARCHAR) AS "unit_group",
       CAST(0 AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(COUNT(*) AS VARCHAR) AS "c0_hits"
FROM "cooperatives"
WHERE (((("kind" = 'HTX') AND ("sector" = 'agriculture')) AND "farmers_union_supported") AND ("founded_on" >= DATE '2024-04-11'))
  AND "founded_on" < DATE '2024-04-11'
GROUP BY "submission", "province"
ORDER BY "submission", "province";

-- CTPH254.II.1b (ctph-254-2024): 4,000 new agricultural cooperative groups founded with support by 2030
-- 254-CTPH/LMHTXVN-HNDVN, II. Mục tiêu
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("province" AS VARCHAR) AS "unit_group",
       CAST(0 AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(COUNT(*) AS VARCHAR) AS "c0_hits"
FROM "cooperatives"
WHERE (((("kind" = 'THT') AND ("sector" = 'agriculture')) AND "farmers_union_supported") AND ("founded_on" >= DATE '2024-04-11'))
GROUP BY "submission", "province"
ORDER BY "submission", "province";
-- the same, over the cooperatives founded before the programme started
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("province" AS VARCHAR) AS "unit_group",
       CAST(0 AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(COUNT(*) AS VARCHAR) AS "c0_hits"
FROM "cooperatives"
WHERE (((("kind" = 'THT') AND ("sector" = 'agriculture')) AND "farmers_union_supported") AND ("founded_on" >= DATE '2024-04-11'))
  AND "founded_on" < DATE '2024-04-11'
GROUP BY "submission", "province"
ORDER BY "submission", "province";

-- CTPH254.II.2a (ctph-254-2024): At least 45% of farmers'-union-supported agricultural cooperatives are linked with enterprises and other economic organisations
-- 254-CTPH/LMHTXVN-HNDVN, II. Mục tiêu
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("province" AS VARCHAR) AS "unit_group",
       CAST(0 AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM(CASE WHEN "linked_with_enterprise" THEN 1 ELSE 0 END) AS VARCHAR) AS "c0_hits"
FROM "cooperatives"
WHERE (((("kind" = 'HTX') AND ("sector" = 'agriculture')) AND "farmers_union_supported") AND ("status" = 'active'))
GROUP BY "submission", "province"
ORDER BY "submission", "province";

-- CTPH254.II.2b (ctph-254-2024): 30% of farmers'-union-supported agricultural cooperatives are helped to access credit
-- 254-CTPH/LMHTXVN-HNDVN, II. Mục tiêu
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("province" AS VARCHAR) AS "unit_group",
       CAST(0 AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM(CASE WHEN "credit_access" THEN 1 ELSE 0 END) AS VARCHAR) AS "c0_hits"
FROM "cooperatives"
WHERE (((("kind" = 'HTX') AND ("sector" = 'agriculture')) AND "farmers_union_supported") AND ("status" = 'active'))
GROUP BY "submission", "province"
ORDER BY "submission", "province";

-- CTPH254.II.3 (ctph-254-2024): At least 90% of key staff of farmers'-union-supported agricultural cooperatives are trained
-- 254-CTPH/LMHTXVN-HNDVN, II. Mục tiêu
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("province" AS VARCHAR) AS "unit_group",
       CAST(0 AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM(CASE WHEN "key_staff" IS NOT NULL THEN "key_staff_trained" END) AS VARCHAR) AS "c0_sum",
       CAST(SUM(CASE WHEN "key_staff_trained" IS NOT NULL THEN "key_staff" END) AS VARCHAR) AS "c0_denominatorSum"
FROM "cooperatives"
WHERE (((("kind" = 'HTX') AND ("sector" = 'agriculture')) AND "farmers_union_supported") AND ("status" = 'active'))
GROUP BY "submission", "province"
ORDER BY "submission", "province";

-- CTPH254.PL.4.3 (ctph-254-2024): Every farmers'-union-supported cooperative subject to audit receives audit advice
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 4.3
-- the records selected, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("province" AS VARCHAR) AS "unit_group",
       CAST(COUNT(*) AS VARCHAR) AS "selected"
FROM "cooperatives"
WHERE (((("kind" = 'HTX') AND "farmers_union_supported") AND "audit_required") AND ("status" = 'active'))
GROUP BY "submission", "province"
ORDER BY "submission", "province";
-- the records failing the requirement
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("id" AS VARCHAR) AS "id",
       CAST("name" AS VARCHAR) AS "name",
       CAST("kind" AS VARCHAR) AS "kind",
       CAST("sector" AS VARCHAR) AS "sector",
       CAST("province" AS VARCHAR) AS "province",
       CAST("district" AS VARCHAR) AS "district",
       CAST("commune" AS VARCHAR) AS "commune",
       CAST("founded_on" AS VARCHAR) AS "founded_on",
       CAST("status" AS VARCHAR) AS "status",
       CAST("dissolved_on" AS VARCHAR) AS "dissolved_on",
       CAST("members" AS VARCHAR) AS "members",
       CAST("union_member" AS VARCHAR) AS "union_member",
       CAST("farmers_union_supported" AS VARCHAR) AS "farmers_union_supported",
       CAST("women_union_supported" AS VARCHAR) AS "women_union_supported",
       CAST("youth_union_supported" AS VARCHAR) AS "youth_union_supported",
       CAST("linked_with_enterprise" AS VARCHAR) AS "linked_with_enterprise",
       CAST("value_chain" AS VARCHAR) AS "value_chain",
       CAST("key_product_value_chain" AS VARCHAR) AS "key_product_value_chain",
       CAST("credit_access" AS VARCHAR) AS "credit_access",
       CAST("support_fund_loan" AS VARCHAR) AS "support_fund_loan",
       CAST("rating" AS VARCHAR) AS "rating",
       CAST("effective" AS VARCHAR) AS "effective",
       CAST("high_tech" AS VARCHAR) AS "high_tech",
       CAST("ocop_product" AS VARCHAR) AS "ocop_product",
       CAST("female_director" AS VARCHAR) AS "female_director",
       CAST("young_director" AS VARCHAR) AS "young_director",
       CAST("digital_transformation" AS VARCHAR) AS "digital_transformation",
       CAST("internal_audit" AS VARCHAR) AS "internal_audit",
       CAST("audit_required" AS VARCHAR) AS "audit_required",
       CAST("audit_advised" AS VARCHAR) AS "audit_advised",
       CAST("key_staff" AS VARCHAR) AS "key_staff",
       CAST("key_staff_trained" AS VARCHAR) AS "key_staff_trained",
       CAST("trained_staff" AS VARCHAR) AS "trained_staff",
       CAST("new_model" AS VARCHAR) AS "new_model",
       CAST("social_insurance" AS VARCHAR) AS "social_insurance",
       CAST("contract_certified" AS VARCHAR) AS "contract_certified",
       CAST("trade_union" AS VARCHAR) AS "trade_union",
       CAST("policy_beneficiary" AS VARCHAR) AS "policy_beneficiary",
       CAST("revenue" AS VARCHAR) AS "revenue",
       CAST("average_income" AS VARCHAR) AS "average_income",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line",
       CAST(("audit_advised") IS NULL AS VARCHAR) AS "missing"
FROM "cooperatives"
WHERE (((("kind" = 'HTX') AND "farmers_union_supported") AND "audit_required") AND ("status" = 'active'))
  AND NOT COALESCE("audit_advised", FALSE)
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.II.1c (ctph-254-2024): 1,500 farmers'-union-supported agricultural cooperatives consolidated by 2030
-- 254-CTPH/LMHTXVN-HNDVN, II. Mục tiêu
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(0 AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'cooperatives_consolidated')
GROUP BY "submission", "unit"
ORDER BY "submission", "unit";

-- CTPH254.PL.1 (ctph-254-2024): At least 2,000 news items, articles, clips, reports and talk shows published every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 1
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'news_items')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.1.1 (ctph-254-2024): Annual communication on the role and potential of the collective economy in agriculture
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 1.1
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.PL.1.1'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.PL.1.2 (ctph-254-2024): A contest on the Party's collective-economy policy and the 2023 Law on Cooperatives, in 2024
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 1.2
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.PL.1.2'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.PL.1.3 (ctph-254-2024): One or two conferences or workshops on farmers' unions in the collective economy every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 1.3
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'conferences')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.2.1 (ctph-254-2024): 215 agricultural cooperatives advised on consolidating their organisation
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 2.1
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'cooperatives_consolidation_advised')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.2.2 (ctph-254-2024): 250 cooperatives and groups helped to join linkages every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 2.2
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'linkage_advised')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.2.3a (ctph-254-2024): 300 cooperatives advised on access to credit every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 2.3
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'credit_advised')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.2.3b (ctph-254-2024): 165 cooperatives receive preferential loans from the support funds every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 2.3
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'preferential_loans')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.2.4 (ctph-254-2024): 300 groups and cooperatives advised on their business plans every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 2.4
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'business_plan_advised')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.2.5a (ctph-254-2024): One or two supply-demand matching and trade-promotion conferences every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 2.5
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'trade_promotion_conferences')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.2.5b (ctph-254-2024): 30% of products promoted and sold through cooperative sales channels
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 2.5
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(MIN("value") AS VARCHAR) AS "c0_extreme"
FROM "indicators"
WHERE (("indicator" = 'products_via_coop_channels_share') AND ("period" IS NULL))
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.2.6 (ctph-254-2024): One dialogue conference between the provincial alliance's chair and cooperatives every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 2.6
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'dialogue_conferences')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.3.1a (ctph-254-2024): 1,000 farmers mobilised as founding members of agricultural cooperatives every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 3.1
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'founders_mobilised')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.3.1b (ctph-254-2024): 2,700 farmers mobilised to found agricultural cooperative groups every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 3.1
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'group_founders_mobilised')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.3.2 (ctph-254-2024): Every founding member who is a farmers' union member is advised and supported
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 3.2
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(MIN("value") AS VARCHAR) AS "c0_extreme"
FROM "indicators"
WHERE ("indicator" = 'founders_advised_share')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.4.1 (ctph-254-2024): At least 2,500 key staff of agricultural groups and cooperatives trained every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 4.1
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'key_staff_trained')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.4.2 (ctph-254-2024): About two or three study tours at home and abroad every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 4.2
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'study_tours')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.PL.5.1 (ctph-254-2024): An annual conference honouring outstanding collectives and individuals
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 5.1
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.PL.5.1'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.IV.2 (ctph-254-2024): Provincial alliances and farmers' unions report their results every year
-- 254-CTPH/LMHTXVN-HNDVN, IV. Tổ chức thực hiện, mục 2
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit",
       CAST("report" AS VARCHAR) AS "report",
       CAST("period" AS VARCHAR) AS "period",
       CAST("submitted_on" AS VARCHAR) AS "submitted_on",
       CAST("recipient" AS VARCHAR) AS "recipient",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "reports"
WHERE "report" = 'annual-ctph-254'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.PL.5.2 (ctph-254-2024): One or two inspection and supervision teams on the programme every year
-- 254-CTPH/LMHTXVN-HNDVN, Phụ lục, mục 5.2
-- the records selected, and the state of each aggregate, per group
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit_group",
       CAST(COALESCE("year", 0) AS VARCHAR) AS "year",
       CAST(COUNT(*) AS VARCHAR) AS "selected",
       CAST(SUM("value") AS VARCHAR) AS "c0_sum",
       CAST(COUNT("value") AS VARCHAR) AS "c0_numbers"
FROM "indicators"
WHERE ("indicator" = 'inspection_teams')
GROUP BY "submission", "unit", COALESCE("year", 0)
ORDER BY "submission", "unit", COALESCE("year", 0);

-- CTPH254.III.5.3 (ctph-254-2024): Every year, inspect, supervise and assess the implementation of the programme
-- 254-CTPH/LMHTXVN-HNDVN, III. Nội dung phối hợp, mục 5.3
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.III.5.3'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.IV.1 (ctph-254-2024): Every year the departments and units of both agencies draw up their implementation plans
-- 254-CTPH/LMHTXVN-HNDVN, IV. Tổ chức thực hiện, mục 1
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.IV.1'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.IV.2b (ctph-254-2024): Provincial alliances and farmers' unions report their results at the end of the period
-- 254-CTPH/LMHTXVN-HNDVN, IV. Tổ chức thực hiện, mục 2
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("unit" AS VARCHAR) AS "unit",
       CAST("report" AS VARCHAR) AS "report",
       CAST("period" AS VARCHAR) AS "period",
       CAST("submitted_on" AS VARCHAR) AS "submitted_on",
       CAST("recipient" AS VARCHAR) AS "recipient",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "reports"
WHERE "report" = 'final-ctph-254'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.IV.5a (ctph-254-2024): Hold an interim review of the programme every year
-- 254-CTPH/LMHTXVN-HNDVN, IV. Tổ chức thực hiện, mục 5
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.IV.5a'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.IV.5b (ctph-254-2024): Final review of the programme at the end of the 2024–2030 period
-- 254-CTPH/LMHTXVN-HNDVN, IV. Tổ chức thực hiện, mục 5
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.IV.5b'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.IV.5c (ctph-254-2024): Draw up the coordination plan for the next period
-- 254-CTPH/LMHTXVN-HNDVN, IV. Tổ chức thực hiện, mục 5
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.IV.5c'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.IV.5d (ctph-254-2024): Every year honour the collectives and individuals who carried out the programme well
-- 254-CTPH/LMHTXVN-HNDVN, IV. Tổ chức thực hiện, mục 5
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.IV.5d'
ORDER BY "submission", "source_row", "source_line";

-- CTPH254.IV.6 (ctph-254-2024): The two focal units monitor the programme's implementation on an ongoing basis (in force from signing, 11/4/2024)
-- 254-CTPH/LMHTXVN-HNDVN, IV. Tổ chức thực hiện, mục 1
-- the log or register entries the rule judges
SELECT CAST("submission" AS VARCHAR) AS "submission",
       CAST("task" AS VARCHAR) AS "task",
       CAST("lead_unit" AS VARCHAR) AS "lead_unit",
       CAST("deliverable" AS VARCHAR) AS "deliverable",
       CAST("period" AS VARCHAR) AS "period",
       CAST("status" AS VARCHAR) AS "status",
       CAST("completed_on" AS VARCHAR) AS "completed_on",
       CAST("source_row" AS VARCHAR) AS "source_row",
       CAST("source_line" AS VARCHAR) AS "source_line"
FROM "tasks"
WHERE "task" = 'CTPH254.IV.6'
ORDER BY "submission", "source_row", "source_line";
