-- coopcheck: the tables of submissions, Spark SQL.
-- One table per data set, one column per field of the data format (docs/data-format.md).

CREATE TABLE IF NOT EXISTS `coopcheck_submissions` (
  `submission` STRING NOT NULL,
  `unit` STRING,
  `unit_name` STRING,
  `province` STRING,
  `period_from` DATE,
  `period_to` DATE,
  `prepared_on` DATE,
  `datasets` STRING
) USING parquet;

CREATE TABLE IF NOT EXISTS `cooperatives` (
  `submission` STRING NOT NULL,
  `id` STRING,
  `name` STRING,
  `kind` STRING,
  `sector` STRING,
  `province` STRING,
  `district` STRING,
  `commune` STRING,
  `founded_on` DATE,
  `status` STRING,
  `dissolved_on` DATE,
  `members` BIGINT,
  `union_member` BOOLEAN,
  `farmers_union_supported` BOOLEAN,
  `women_union_supported` BOOLEAN,
  `youth_union_supported` BOOLEAN,
  `linked_with_enterprise` BOOLEAN,
  `value_chain` BOOLEAN,
  `key_product_value_chain` BOOLEAN,
  `credit_access` BOOLEAN,
  `support_fund_loan` BOOLEAN,
  `rating` STRING,
  `effective` BOOLEAN,
  `high_tech` BOOLEAN,
  `ocop_product` BOOLEAN,
  `female_director` BOOLEAN,
  `young_director` BOOLEAN,
  `digital_transformation` BOOLEAN,
  `internal_audit` BOOLEAN,
  `audit_required` BOOLEAN,
  `audit_advised` BOOLEAN,
  `key_staff` BIGINT,
  `key_staff_trained` BIGINT,
  `trained_staff` BOOLEAN,
  `new_model` BOOLEAN,
  `social_insurance` BOOLEAN,
  `contract_certified` BOOLEAN,
  `trade_union` BOOLEAN,
  `policy_beneficiary` BOOLEAN,
  `revenue` DECIMAL(38, 9),
  `average_income` DECIMAL(38, 9),
  `source_row` BIGINT,
  `source_line` BIGINT
) USING parquet;

CREATE TABLE IF NOT EXISTS `units` (
  `submission` STRING NOT NULL,
  `code` STRING,
  `name` STRING,
  `level` STRING,
  `parent_code` STRING,
  `farm_households` BIGINT,
  `population` BIGINT,
  `valid_from` DATE,
  `valid_to` DATE,
  `successor` STRING,
  `source_row` BIGINT,
  `source_line` BIGINT
) USING parquet;

CREATE TABLE IF NOT EXISTS `indicators` (
  `submission` STRING NOT NULL,
  `unit` STRING,
  `indicator` STRING,
  `year` BIGINT,
  `period` STRING,
  `value` DECIMAL(38, 9),
  `source_row` BIGINT,
  `source_line` BIGINT
) USING parquet;

CREATE TABLE IF NOT EXISTS `reports` (
  `submission` STRING NOT NULL,
  `unit` STRING,
  `report` STRING,
  `period` STRING,
  `submitted_on` DATE,
  `recipient` STRING,
  `source_row` BIGINT,
  `source_line` BIGINT
) USING parquet;

CREATE TABLE IF NOT EXISTS `tasks` (
  `submission` STRING NOT NULL,
  `task` STRING,
  `lead_unit` STRING,
  `deliverable` STRING,
  `period` STRING,
  `status` STRING,
  `completed_on` DATE,
  `source_row` BIGINT,
  `source_line` BIGINT
) USING parquet;
