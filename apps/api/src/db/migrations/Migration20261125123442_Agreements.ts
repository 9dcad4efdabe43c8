import { Migration } from '@mikro-orm/migrations';

export class Migration20261125123442_Agreements extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "service_agreement" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "unit_id" uuid not null, "resident_id" uuid not null, "catalog_item_id" uuid not null, "description" text not null, "rule" jsonb not null, "price_fen" int not null, "starts_at" timestamptz not null, "ends_at" timestamptz null, "state" varchar(10) not null default 'draft', "approved_by_id" uuid null, "approved_at" timestamptz null, "generated_until" timestamptz null, constraint "service_agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "service_agreement_company_id_index" on "service_agreement" ("company_id");`);
    this.addSql(`create index "service_agreement_project_id_index" on "service_agreement" ("project_id");`);

    this.addSql(`alter table "service_agreement" add constraint "service_agreement_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "service_agreement" add constraint "service_agreement_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);
    this.addSql(`alter table "service_agreement" add constraint "service_agreement_catalog_item_id_foreign" foreign key ("catalog_item_id") references "catalog_item" ("id") on update cascade;`);
    this.addSql(`alter table "service_agreement" add constraint "service_agreement_approved_by_id_foreign" foreign key ("approved_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "service_order" add column "agreement_id" uuid null, add column "occurrence_at" timestamptz null;`);
    this.addSql(`create unique index "service_order_agreement_occurrence" on "service_order" ("agreement_id", "occurrence_at") where "agreement_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_agreement" cascade;`);

    this.addSql(`drop index "service_order_agreement_occurrence";`);
    this.addSql(`alter table "service_order" drop column "agreement_id", drop column "occurrence_at";`);
  }

}
