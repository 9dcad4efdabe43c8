import { Migration } from '@mikro-orm/migrations';

export class Migration20261125124853_Complaints extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "complaint" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "number" varchar(40) not null, "kind" varchar(12) not null, "unit_id" uuid null, "resident_id" uuid null, "contact_name" varchar(50) not null, "contact_phone" varchar(20) not null, "description" text not null, "happened_at" timestamptz null, "wants" text null, "channel" varchar(10) not null, "taken_by_id" uuid null, "category" smallint null, "valid" boolean null, "invalid_reason" text null, "severity" varchar(10) null, "responsible_department" varchar(20) null, "state" varchar(24) not null default 'registered', "on_site_required" boolean null, "on_site_at" timestamptz null, "first_feedback_at" timestamptz null, "findings" text null, "engineering_signed_by" uuid null, "handed_to_developer_at" timestamptz null, "developer_response_due_at" timestamptz null, "developer_responded_at" timestamptz null, "developer_response" text null, "cause" text null, "handling" text null, "resolved_at" timestamptz null, "resolution_recorded_by" uuid null, "closed_at" timestamptz null, "pauses" jsonb not null, "extensions" jsonb not null, "steps" jsonb not null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_company_id_index" on "complaint" ("company_id");`);
    this.addSql(`create index "complaint_unit_id_index" on "complaint" ("unit_id");`);
    this.addSql(`create index "complaint_company_id_project_id_state_created_at_index" on "complaint" ("company_id", "project_id", "state", "created_at");`);
    this.addSql(`alter table "complaint" add constraint "complaint_project_id_number_unique" unique ("project_id", "number");`);

    this.addSql(`alter table "complaint" add constraint "complaint_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaint" cascade;`);
  }

}
