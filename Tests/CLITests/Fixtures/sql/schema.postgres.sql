-- coopcheck: the tables of submissions, PostgreSQL.
-- One table per data set, one column per field of the data format (docs/data-format.md).

CREATE TABLE IF NOT EXISTS "coopcheck_submissions" (
  "submission" TEXT NOT NULL,
  "unit" TEXT,
  "unit_name" TEXT,
  "province" TEXT,
  "period_from" DATE,
  "period_to" DATE,
  "prepared_on" DATE,
  "datasets" TEXT
);

CREATE TABLE IF NOT EXISTS "cooperatives" (
  "submission" TEXT NOT NULL,
  "id" TEXT,
  "name" TEXT,
  "kind" TEXT,
  "sector" TEXT,
  "province" TEXT,
  "district" TEXT,
  "commune" TEXT,
  "founded_on" DATE,
  "status" TEXT,
  "dissolved_on" DATE,
  "members" BIGINT,
  "union_member" BOOLEAN,
  "farmers_union_supported" BOOLEAN,
  "women_union_supported" BOOLEAN,
  "youth_union_supported" BOOLEAN,
  "linked_with_enterprise" BOOLEAN,
  "value_chain" BOOLEAN,
  "key_product_value_chain" BOOLEAN,
  "credit_access" BOOLEAN,
  "support_fund_loan" BOOLEAN,
  "rating" TEXT,
  "effective" BOOLEAN,
  "high_tech" BOOLEAN,
  "ocop_product" BOOLEAN,
  "female_director" BOOLEAN,
  "young_director" BOOLEAN,
  "digital_transformation" BOOLEAN,
  "internal_audit" BOOLEAN,
  "audit_required" BOOLEAN,
  "audit_advised" BOOLEAN,
  "key_staff" BIGINT,
  "key_staff_trained" BIGINT,
  "trained_staff" BOOLEAN,
  "new_model" BOOLEAN,
  "social_insurance" BOOLEAN,
  "contract_certified" BOOLEAN,
  "trade_union" BOOLEAN,
  "policy_beneficiary" BOOLEAN,
  "revenue" NUMERIC,
  "average_income" NUMERIC,
  "source_row" BIGINT,
  "source_line" BIGINT
);

CREATE TABLE IF NOT EXISTS "units" (
  "submission" TEXT NOT NULL,
  "code" TEXT,
  "name" TEXT,
  "level" TEXT,
  "parent_code" TEXT,
  "farm_households" BIGINT,
  "population" BIGINT,
  "valid_from" DATE,
  "valid_to" DATE,
  "successor" TEXT,
  "source_row" BIGINT,
  "source_line" BIGINT
);

CREATE TABLE IF NOT EXISTS "indicators" (
  "submission" TEXT NOT NULL,
  "unit" TEXT,
  "indicator" TEXT,
  "year" BIGINT,
  "period" TEXT,
  "value" NUMERIC,
  "source_row" BIGINT,
  "source_line" BIGINT
);

CREATE TABLE IF NOT EXISTS "reports" (
  "submission" TEXT NOT NULL,
  "unit" TEXT,
  "report" TEXT,
  "period" TEXT,
  "submitted_on" DATE,
  "recipient" TEXT,
  "source_row" BIGINT,
  "source_line" BIGINT
);

CREATE TABLE IF NOT EXISTS "tasks" (
  "submission" TEXT NOT NULL,
  "task" TEXT,
  "lead_unit" TEXT,
  "deliverable" TEXT,
  "period" TEXT,
  "status" TEXT,
  "completed_on" DATE,
  "source_row" BIGINT,
  "source_line" BIGINT
);
