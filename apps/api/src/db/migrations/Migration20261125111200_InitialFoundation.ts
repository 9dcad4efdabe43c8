import { Migration } from '@mikro-orm/migrations';

export class Migration20261125111200_InitialFoundation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "project_kind" as enum ('residential', 'office');`);
    this.addSql(`create type "resident_kind" as enum ('owner', 'tenant', 'occupant');`);
    this.addSql(`create table "audit_entry" ("id" uuid not null, "company_id" uuid not null, "project_id" uuid null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" uuid null, "actor_name" varchar(100) not null, "action" varchar(100) not null, "change" varchar(10) not null, "entity_type" varchar(50) not null, "entity_id" varchar(64) not null, "before" jsonb null, "after" jsonb null, "request_id" varchar(64) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_entry_company_id_at_index" on "audit_entry" ("company_id", "at");`);

    this.addSql(`create table "company" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "created_at" timestamptz not null, "version" int not null default 1, constraint "company_pkey" primary key ("id"));`);
    this.addSql(`alter table "company" add constraint "company_code_unique" unique ("code");`);

    this.addSql(`create table "project" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(32) not null, "name" varchar(100) not null, "kind" "project_kind" not null, "address" varchar(200) null, "households" int not null default 0, "timezone" varchar(64) not null default 'Asia/Shanghai', constraint "project_pkey" primary key ("id"));`);
    this.addSql(`create index "project_company_id_index" on "project" ("company_id");`);
    this.addSql(`alter table "project" add constraint "project_company_id_code_unique" unique ("company_id", "code");`);

    this.addSql(`create table "building" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "code" varchar(32) not null, "name" varchar(100) not null, "floors" int null, constraint "building_pkey" primary key ("id"));`);
    this.addSql(`create index "building_company_id_index" on "building" ("company_id");`);
    this.addSql(`create index "building_project_id_index" on "building" ("project_id");`);
    this.addSql(`alter table "building" add constraint "building_project_id_code_unique" unique ("project_id", "code");`);

    this.addSql(`create table "staff_user" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(50) not null, "email" varchar(254) null, "phone" varchar(20) null, "password_hash" varchar(200) not null, "roles" jsonb not null, "active" boolean not null default true, "failed_logins" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, constraint "staff_user_pkey" primary key ("id"));`);
    this.addSql(`create index "staff_user_company_id_index" on "staff_user" ("company_id");`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_email_unique" unique ("email");`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_phone_unique" unique ("phone");`);
    this.addSql(`create index "staff_user_roles_gin" on "staff_user" using gin ("roles" jsonb_path_ops);`);

    this.addSql(`create table "api_key" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "prefix" varchar(24) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "project_id" uuid null, "created_by_id" uuid not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`create index "api_key_company_id_index" on "api_key" ("company_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`create table "unit" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "building_id" uuid not null, "number" varchar(32) not null, "floor" int null, "area_sqm" double precision null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_company_id_index" on "unit" ("company_id");`);
    this.addSql(`create index "unit_building_id_index" on "unit" ("building_id");`);
    this.addSql(`alter table "unit" add constraint "unit_project_id_number_unique" unique ("project_id", "number");`);

    this.addSql(`create table "resident" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "unit_id" uuid not null, "name" varchar(50) not null, "phone" varchar(20) not null, "kind" "resident_kind" not null, "active" boolean not null default true, constraint "resident_pkey" primary key ("id"));`);
    this.addSql(`create index "resident_company_id_index" on "resident" ("company_id");`);
    this.addSql(`create index "resident_unit_id_index" on "resident" ("unit_id");`);
    this.addSql(`create index "resident_phone_index" on "resident" ("phone");`);
    this.addSql(`create index "resident_project_id_name_index" on "resident" ("project_id", "name");`);

    this.addSql(`alter table "building" add constraint "building_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on update cascade;`);

    this.addSql(`alter table "unit" add constraint "unit_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "unit" add constraint "unit_building_id_foreign" foreign key ("building_id") references "building" ("id") on update cascade;`);

    this.addSql(`alter table "resident" add constraint "resident_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "resident" add constraint "resident_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "building" drop constraint "building_project_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_project_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_project_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_project_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_building_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_unit_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "project" cascade;`);

    this.addSql(`drop table if exists "building" cascade;`);

    this.addSql(`drop table if exists "staff_user" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "resident" cascade;`);

    this.addSql(`drop type "project_kind";`);
    this.addSql(`drop type "resident_kind";`);
  }

}
