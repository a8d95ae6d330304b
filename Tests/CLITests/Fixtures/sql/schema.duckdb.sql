-- coopcheck: the tables of submissions, DuckDB.
-- One table per data set, one column per field of the data format (docs/data-format.md).

CREATE TABLE IF NOT EXISTS "coopcheck_submissions" (
  "submission" VARCHAR NOT NULL,
  "unit" VARCHAR,
  "unit_name" VARCHAR,
  "province" VARCHAR,
  "period_from" DATE,
  "period_to" DATE,
  "prepared_on" DATE,
  "datasets" VARCHAR
);

CREATE TABLE IF NOT EXISTS "cooperatives" (
  "submission" VARCHAR NOT NULL,
  "id" VARCHAR,
  "name" VARCHAR,
  "kind" VARCHAR,
  "sector" VARCHAR,
  "province" VARCHAR,
  "district" VARCHAR,
  "commune" VARCHAR,
  "founded_on" DATE,
  "status" VARCHAR,
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
  "rating" VARCHAR,
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
  "revenue" DECIMAL(38, 9),
  "average_income" DECIMAL(38, 9),
  "source_row" BIGINT,
  "source_line" BIGINT
);

CREATE TABLE IF NOT EXISTS "units" (
  "submission" VARCHAR NOT NULL,
  "code" VARCHAR,
  "name" VARCHAR,
  "level" VARCHAR,
  "parent_code" VARCHAR,
  "farm_households" BIGINT,
  "population" BIGINT,
  "valid_from" DATE,
  "valid_to" DATE,
  "successor" VARCHAR,
  "source_row" BIGINT,
  "source_line" BIGINT
);

CREATE TABLE IF NOT EXISTS "indicators" (
  "submission" VARCHAR NOT NULL,
  "unit" VARCHAR,
  "indicator" VARCHAR,
  "year" BIGINT,
  "period" VARCHAR,
  "value" DECIMAL(38, 9),
  "source_row" BIGINT,
  "source_line" BIGINT
);

CREATE TABLE IF NOT EXISTS "reports" (
  "submission" VARCHAR NOT NULL,
  "unit" VARCHAR,
  "report" VARCHAR,
  "period" VARCHAR,
  "submitted_on" DATE,
  "recipient" VARCHAR,
  "source_row" BIGINT,
  "source_line" BIGINT
);

CREATE TABLE IF NOT EXISTS "tasks" (
  "submission" VARCHAR NOT NULL,
  "task" VARCHAR,
  "lead_unit" VARCHAR,
  "deliverable" VARCHAR,
  "period" VARCHAR,
  "status" VARCHAR,
  "completed_on" DATE,
  "source_row" BIGINT,
  "source_line" BIGINT
);
