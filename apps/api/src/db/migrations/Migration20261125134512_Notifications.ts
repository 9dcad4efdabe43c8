import { Migration } from '@mikro-orm/migrations';

export class Migration20261125134512_Notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "recipient_id" uuid not null, "project_id" uuid null, "kind" varchar(30) not null, "subject_type" varchar(30) not null, "subject_id" uuid not null, "subject_label" varchar(40) not null, "params" jsonb not null default '{}', "body" text null, "dedupe_key" varchar(200) not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_company_id_index" on "notification" ("company_id");`);
    this.addSql(`create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_id_dedupe_key_unique" unique ("recipient_id", "dedupe_key");`);

    this.addSql(`create index "payment_project_id_paid_at_index" on "payment" ("project_id", "paid_at");`);

    this.addSql(`create index "material_requisition_project_id_state_created_at_index" on "material_requisition" ("project_id", "state", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop index "material_requisition_project_id_state_created_at_index";`);

    this.addSql(`drop index "payment_project_id_paid_at_index";`);
  }

}
