import { Migration } from '@mikro-orm/migrations';

export class Migration20261125150355_KpiPenalties extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "commendation" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "user_id" uuid not null, "kind" varchar(24) not null, "points" int not null, "month" varchar(7) not null, "note" text not null, "recorded_by_id" uuid not null, constraint "commendation_pkey" primary key ("id"));`);
    this.addSql(`create index "commendation_company_id_index" on "commendation" ("company_id");`);
    this.addSql(`create index "commendation_project_id_month_user_id_index" on "commendation" ("project_id", "month", "user_id");`);

    this.addSql(`create table "penalty_entry" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "user_id" uuid not null, "department" varchar(20) null, "rule" varchar(32) not null, "points" int not null, "state" varchar(12) not null, "month" varchar(7) not null, "occurred_at" timestamptz not null, "evidence_type" varchar(12) null, "evidence_id" uuid null, "dedupe_key" varchar(200) not null, "message_key" varchar(60) null, "params" jsonb not null, "note" text null, "needs_delay_judgement" boolean not null default false, "confirmed_at" timestamptz null, "confirmed_by_id" uuid null, "appeal_closes_at" timestamptz null, "steps" jsonb not null, constraint "penalty_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "penalty_entry_company_id_index" on "penalty_entry" ("company_id");`);
    this.addSql(`create index "penalty_entry_project_id_month_user_id_index" on "penalty_entry" ("project_id", "month", "user_id");`);
    this.addSql(`alter table "penalty_entry" add constraint "penalty_entry_company_id_dedupe_key_unique" unique ("company_id", "dedupe_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commendation" cascade;`);

    this.addSql(`drop table if exists "penalty_entry" cascade;`);
  }

}
