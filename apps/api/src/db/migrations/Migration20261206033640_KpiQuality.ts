import { Migration } from '@mikro-orm/migrations';

export class Migration20261206033640_KpiQuality extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "checklist_item" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "area" varchar(20) not null, "category" varchar(40) not null, "title" varchar(200) not null, "standard" varchar(200) not null, "sort" int not null default 0, "active" boolean not null default true, constraint "checklist_item_pkey" primary key ("id"));`);
    this.addSql(`create index "checklist_item_company_id_index" on "checklist_item" ("company_id");`);
    this.addSql(`create index "checklist_item_company_id_area_sort_index" on "checklist_item" ("company_id", "area", "sort");`);

    this.addSql(`create table "housekeeper_appraisal" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "user_id" uuid not null, "month" varchar(7) not null, "manager_scores" jsonb not null, "comment" text null, "final" boolean not null default false, "finalized_at" timestamptz null, "finalized_by_id" uuid null, "snapshot" jsonb null, constraint "housekeeper_appraisal_pkey" primary key ("id"));`);
    this.addSql(`create index "housekeeper_appraisal_company_id_index" on "housekeeper_appraisal" ("company_id");`);
    this.addSql(`alter table "housekeeper_appraisal" add constraint "housekeeper_appraisal_project_id_user_id_month_unique" unique ("project_id", "user_id", "month");`);

    this.addSql(`create table "inspection" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "level" varchar(20) not null, "area" varchar(20) not null, "post_id" uuid null, "inspector_id" uuid not null, "inspected_at" timestamptz not null, "period" varchar(10) not null, "note" text null, "nonconformities" int not null default 0, constraint "inspection_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_company_id_index" on "inspection" ("company_id");`);
    this.addSql(`create index "inspection_project_id_inspected_at_index" on "inspection" ("project_id", "inspected_at");`);

    this.addSql(`create table "inspection_finding" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "inspection_id" uuid not null, "checklist_item_id" uuid not null, "area" varchar(20) not null, "category" varchar(40) not null, "item_title" varchar(200) not null, "result" varchar(16) not null, "nonconformity_class" varchar(10) null, "description" text null, "photo_ref" varchar(300) null, "responsible_user_id" uuid null, "subcontractor_id" uuid null, "inspector_id" uuid not null, "inspected_at" timestamptz not null, "state" varchar(24) null, "acknowledged_at" timestamptz null, "acknowledged_by_id" uuid null, "corrective_action" text null, "action_owner_id" uuid null, "action_deadline" date null, "action_completed_at" timestamptz null, "completion_note" text null, "verified_at" timestamptz null, "verified_by_id" uuid null, "steps" jsonb not null, constraint "inspection_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_finding_company_id_index" on "inspection_finding" ("company_id");`);
    this.addSql(`create index "inspection_finding_company_id_subcontractor_id_index" on "inspection_finding" ("company_id", "subcontractor_id");`);
    this.addSql(`create index "inspection_finding_project_id_state_action_deadline_index" on "inspection_finding" ("project_id", "state", "action_deadline");`);
    this.addSql(`create index "inspection_finding_inspection_id_index" on "inspection_finding" ("inspection_id");`);

    this.addSql(`create table "inspection_post" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "area" varchar(20) not null, "name" varchar(60) not null, "since" date not null, "active" boolean not null default true, constraint "inspection_post_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_post_company_id_index" on "inspection_post" ("company_id");`);
    this.addSql(`create index "inspection_post_project_id_area_index" on "inspection_post" ("project_id", "area");`);

    this.addSql(`create table "inspection_report" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "month" varchar(7) not null, "state" varchar(12) not null default 'draft', "sections" jsonb not null, "approved_figures" jsonb null, "submitted_by_id" uuid null, "submitted_at" timestamptz null, "approved_by_id" uuid null, "approved_at" timestamptz null, "return_reason" text null, "steps" jsonb not null, constraint "inspection_report_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_report_company_id_index" on "inspection_report" ("company_id");`);
    this.addSql(`alter table "inspection_report" add constraint "inspection_report_project_id_month_unique" unique ("project_id", "month");`);

    this.addSql(`create table "kpi_month" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "month" varchar(7) not null, "kpi_values" jsonb not null, "computed_at" timestamptz not null, constraint "kpi_month_pkey" primary key ("id"));`);
    this.addSql(`create index "kpi_month_company_id_index" on "kpi_month" ("company_id");`);
    this.addSql(`alter table "kpi_month" add constraint "kpi_month_project_id_month_unique" unique ("project_id", "month");`);

    this.addSql(`create table "satisfaction_survey" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "period" varchar(7) not null, "title" varchar(100) not null, "items" jsonb not null, "distributed" int not null, "opens_on" date not null, "closes_on" date not null, "state" varchar(8) not null default 'open', "returned" int not null default 0, "closed_at" timestamptz null, constraint "satisfaction_survey_pkey" primary key ("id"));`);
    this.addSql(`create index "satisfaction_survey_company_id_index" on "satisfaction_survey" ("company_id");`);
    this.addSql(`alter table "satisfaction_survey" add constraint "satisfaction_survey_project_id_period_unique" unique ("project_id", "period");`);

    this.addSql(`create table "subcontractor" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "areas" jsonb not null, "contact" varchar(100) null, "active" boolean not null default true, constraint "subcontractor_pkey" primary key ("id"));`);
    this.addSql(`create index "subcontractor_company_id_index" on "subcontractor" ("company_id");`);
    this.addSql(`alter table "subcontractor" add constraint "subcontractor_company_id_name_unique" unique ("company_id", "name");`);

    this.addSql(`create table "survey_action" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "survey_id" uuid not null, "item_code" varchar(40) null, "action" text not null, "owner_id" uuid not null, "deadline" date not null, "done_at" timestamptz null, "done_note" text null, constraint "survey_action_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_action_company_id_index" on "survey_action" ("company_id");`);
    this.addSql(`create index "survey_action_survey_id_index" on "survey_action" ("survey_id");`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "survey_id" uuid not null, "unit_id" uuid not null, "answers" jsonb not null, "comment" text null, "source" varchar(8) not null, "entered_by_id" uuid null, "api_key_id" uuid null, constraint "survey_response_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_response_company_id_index" on "survey_response" ("company_id");`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_survey_id_unit_id_unique" unique ("survey_id", "unit_id");`);

    this.addSql(`alter table "company_settings" add column "kpi" jsonb null, add column "kpi_targets" jsonb null, add column "survey_items" jsonb null, add column "survey_frequency" varchar(12) null, add column "appraisal_weights" jsonb null;`);

    this.addSql(`alter table "building" add column "housekeeper_id" uuid null;`);

    this.addSql(`alter table "service_order" add column "sla_breaches" jsonb not null default '[]';`);

    this.addSql(`alter table "complaint" add column "private_charging_reported" boolean not null default false, add column "accused_user_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "checklist_item" cascade;`);

    this.addSql(`drop table if exists "housekeeper_appraisal" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);

    this.addSql(`drop table if exists "inspection_finding" cascade;`);

    this.addSql(`drop table if exists "inspection_post" cascade;`);

    this.addSql(`drop table if exists "inspection_report" cascade;`);

    this.addSql(`drop table if exists "kpi_month" cascade;`);

    this.addSql(`drop table if exists "satisfaction_survey" cascade;`);

    this.addSql(`drop table if exists "subcontractor" cascade;`);

    this.addSql(`drop table if exists "survey_action" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);

    this.addSql(`alter table "building" drop column "housekeeper_id";`);

    this.addSql(`alter table "company_settings" drop column "kpi", drop column "kpi_targets", drop column "survey_items", drop column "survey_frequency", drop column "appraisal_weights";`);

    this.addSql(`alter table "complaint" drop column "private_charging_reported", drop column "accused_user_id";`);

    this.addSql(`alter table "service_order" drop column "sla_breaches";`);
  }

}
