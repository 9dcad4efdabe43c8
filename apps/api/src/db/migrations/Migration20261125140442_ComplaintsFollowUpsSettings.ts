import { Migration } from '@mikro-orm/migrations';

export class Migration20261125140442_ComplaintsFollowUpsSettings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "company_settings" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "complaint_sla" jsonb not null, "follow_up_rules" jsonb not null, "repeat" jsonb not null, "weekly_hours" jsonb not null, "make_up_day_hours" jsonb null, "holiday_years" jsonb not null, "follow_up_seed" varchar(64) not null, constraint "company_settings_pkey" primary key ("id"));`);
    this.addSql(`create index "company_settings_company_id_index" on "company_settings" ("company_id");`);
    this.addSql(`alter table "company_settings" add constraint "company_settings_company_id_unique" unique ("company_id");`);

    this.addSql(`create table "follow_up" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "subject" varchar(24) not null, "subject_kind" varchar(16) not null, "subject_id" uuid not null, "subject_label" varchar(40) not null, "unit_id" uuid null, "resident_id" uuid null, "contact_name" varchar(50) not null, "contact_phone" varchar(20) not null, "department" varchar(20) null, "completed_at" timestamptz not null, "selected" boolean not null, "bucket" int not null, "rate_basis_points" int not null, "visitor" varchar(48) not null, "opens_at" timestamptz not null, "due_at" timestamptz not null, "state" varchar(12) not null, "visited_at" timestamptz null, "visited_by_id" uuid null, "quality" varchar(20) null, "effect" varchar(20) null, "satisfaction" varchar(20) null, "shortcomings" text null, "opinions" text null, "resident_confirmed" boolean not null default false, "opened_complaint_id" uuid null, constraint "follow_up_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_up_company_id_index" on "follow_up" ("company_id");`);
    this.addSql(`create index "follow_up_project_id_state_due_at_index" on "follow_up" ("project_id", "state", "due_at");`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_subject_kind_subject_id_unique" unique ("subject_kind", "subject_id");`);

    this.addSql(`create table "nonconformity" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "source" varchar(16) not null, "key" varchar(120) not null, "unit_id" uuid null, "message_key" varchar(60) not null, "params" jsonb not null, "records" jsonb not null, "state" varchar(8) not null default 'open', "corrective_action" text null, "closed_at" timestamptz null, "closed_by_id" uuid null, constraint "nonconformity_pkey" primary key ("id"));`);
    this.addSql(`create index "nonconformity_company_id_index" on "nonconformity" ("company_id");`);
    this.addSql(`create index "nonconformity_project_id_state_created_at_index" on "nonconformity" ("project_id", "state", "created_at");`);
    this.addSql(`alter table "nonconformity" add constraint "nonconformity_company_id_key_unique" unique ("company_id", "key");`);

    this.addSql(`alter table "project" add column "working_hours" jsonb null;`);

    this.addSql(`alter table "complaint" add column "decision_reason" text null, add column "resident_told_at" timestamptz null, add column "related_order_id" uuid null, add column "source_follow_up_id" uuid null, add column "alerts_sent" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "company_settings" cascade;`);

    this.addSql(`drop table if exists "follow_up" cascade;`);

    this.addSql(`drop table if exists "nonconformity" cascade;`);

    this.addSql(`alter table "complaint" drop column "decision_reason", drop column "resident_told_at", drop column "related_order_id", drop column "source_follow_up_id", drop column "alerts_sent";`);

    this.addSql(`alter table "project" drop column "working_hours";`);
  }

}
