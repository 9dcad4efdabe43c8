import { Migration } from '@mikro-orm/migrations';

export class Migration20261125112608_Catalog extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "catalog_item_kind" as enum ('paid', 'free');`);
    this.addSql(`create type "pricing_mode" as enum ('fixed', 'range', 'workload', 'free', 'unset');`);
    this.addSql(`create type "price_list_state" as enum ('draft', 'submitted', 'approved', 'rejected', 'published', 'superseded');`);
    this.addSql(`create table "catalog_item" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "category" varchar(50) not null, "name" varchar(100) not null, "unit" varchar(10) not null, "kind" "catalog_item_kind" not null, "mode" "pricing_mode" not null, "price_fen" int null, "min_fen" int null, "max_fen" int null, "labour_minutes" int not null default 0, "materials_fen" int not null default 0, "overhead_bp" int not null default 1000, "risk_bp" int not null default 300, "position" int not null default 0, "active" boolean not null default true, constraint "catalog_item_pkey" primary key ("id"));`);
    this.addSql(`create index "catalog_item_company_id_index" on "catalog_item" ("company_id");`);
    this.addSql(`alter table "catalog_item" add constraint "catalog_item_company_id_category_name_unique" unique ("company_id", "category", "name");`);

    this.addSql(`create table "price_list" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "number" int not null, "state" "price_list_state" not null default 'draft', "based_on_id" uuid null, "created_by_id" uuid not null, "submitted_by_id" uuid null, "submitted_at" timestamptz null, "decided_by_id" uuid null, "decided_at" timestamptz null, "decision_reason" text null, "approval_ref" varchar(40) null, "scheduled_at" timestamptz null, "published_by_id" uuid null, "effective_from" timestamptz null, "effective_to" timestamptz null, constraint "price_list_pkey" primary key ("id"));`);
    this.addSql(`create index "price_list_company_id_index" on "price_list" ("company_id");`);
    this.addSql(`create unique index "price_list_one_open" on "price_list" ("project_id") where "state" in ('draft', 'submitted', 'approved', 'rejected');`);
    this.addSql(`create unique index "price_list_one_published" on "price_list" ("project_id") where "state" = 'published';`);
    this.addSql(`create index "price_list_company_id_state_index" on "price_list" ("company_id", "state");`);
    this.addSql(`create index "price_list_project_id_effective_from_index" on "price_list" ("project_id", "effective_from");`);
    this.addSql(`alter table "price_list" add constraint "price_list_project_id_number_unique" unique ("project_id", "number");`);

    this.addSql(`create table "price_list_entry" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "price_list_id" uuid not null, "project_id" uuid not null, "catalog_item_id" uuid not null, "category" varchar(50) not null, "name" varchar(100) not null, "unit" varchar(10) not null, "mode" "pricing_mode" not null, "price_fen" int null, "min_fen" int null, "max_fen" int null, "labour_minutes" int not null default 0, "materials_fen" int not null default 0, "overhead_bp" int not null default 1000, "risk_bp" int not null default 300, "position" int not null default 0, constraint "price_list_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "price_list_entry_company_id_index" on "price_list_entry" ("company_id");`);
    this.addSql(`create index "price_list_entry_price_list_id_index" on "price_list_entry" ("price_list_id");`);
    this.addSql(`create index "price_list_entry_catalog_item_id_index" on "price_list_entry" ("catalog_item_id");`);
    this.addSql(`alter table "price_list_entry" add constraint "price_list_entry_price_list_id_catalog_item_id_unique" unique ("price_list_id", "catalog_item_id");`);

    this.addSql(`alter table "price_list" add constraint "price_list_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "price_list" add constraint "price_list_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on update cascade;`);
    this.addSql(`alter table "price_list" add constraint "price_list_submitted_by_id_foreign" foreign key ("submitted_by_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "price_list" add constraint "price_list_decided_by_id_foreign" foreign key ("decided_by_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "price_list" add constraint "price_list_published_by_id_foreign" foreign key ("published_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "price_list_entry" add constraint "price_list_entry_price_list_id_foreign" foreign key ("price_list_id") references "price_list" ("id") on update cascade;`);
    this.addSql(`alter table "price_list_entry" add constraint "price_list_entry_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "price_list_entry" add constraint "price_list_entry_catalog_item_id_foreign" foreign key ("catalog_item_id") references "catalog_item" ("id") on update cascade;`);

    this.addSql(`alter table "company" add column "margin_ceiling_bp" int not null default 2000, add column "extra_units" text[] not null default '{}';`);

    this.addSql(`alter table "project" add column "labour_rate_fen_per_hour" int not null default 3000;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "price_list_entry" drop constraint "price_list_entry_catalog_item_id_foreign";`);

    this.addSql(`alter table "price_list_entry" drop constraint "price_list_entry_price_list_id_foreign";`);

    this.addSql(`drop table if exists "catalog_item" cascade;`);

    this.addSql(`drop table if exists "price_list" cascade;`);

    this.addSql(`drop table if exists "price_list_entry" cascade;`);

    this.addSql(`alter table "company" drop column "margin_ceiling_bp", drop column "extra_units";`);

    this.addSql(`alter table "project" drop column "labour_rate_fen_per_hour";`);

    this.addSql(`drop type "catalog_item_kind";`);
    this.addSql(`drop type "pricing_mode";`);
    this.addSql(`drop type "price_list_state";`);
  }

}
