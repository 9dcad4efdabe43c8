import { Migration } from '@mikro-orm/migrations';

export class Migration20261125122005_RequisitionsEndOfDay extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "material_requisition" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "order_id" uuid not null, "project_id" uuid not null, "cited_order_number" varchar(40) not null, "lines" jsonb not null, "total_cost_fen" int not null, "state" varchar(10) not null default 'requested', "requested_by_id" uuid not null, "signed_by_id" uuid null, "signed_at" timestamptz null, "issued_by_id" uuid null, "issued_at" timestamptz null, constraint "material_requisition_pkey" primary key ("id"));`);
    this.addSql(`create index "material_requisition_company_id_index" on "material_requisition" ("company_id");`);
    this.addSql(`create index "material_requisition_order_id_index" on "material_requisition" ("order_id");`);

    this.addSql(`alter table "material_requisition" add constraint "material_requisition_order_id_foreign" foreign key ("order_id") references "service_order" ("id") on update cascade;`);
    this.addSql(`alter table "material_requisition" add constraint "material_requisition_requested_by_id_foreign" foreign key ("requested_by_id") references "staff_user" ("id") on update cascade;`);
    this.addSql(`alter table "material_requisition" add constraint "material_requisition_signed_by_id_foreign" foreign key ("signed_by_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "material_requisition" add constraint "material_requisition_issued_by_id_foreign" foreign key ("issued_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "service_order" add column "materials_cost_fen" int not null default 0, add column "eod_reason" text null, add column "eod_expected_finish_at" timestamptz null, add column "eod_noted_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "material_requisition" cascade;`);

    this.addSql(`alter table "service_order" drop column "materials_cost_fen", drop column "eod_reason", drop column "eod_expected_finish_at", drop column "eod_noted_at";`);
  }

}
