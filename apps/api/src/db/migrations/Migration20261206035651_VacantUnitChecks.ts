import { Migration } from '@mikro-orm/migrations';

export class Migration20261206035651_VacantUnitChecks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "vacant_unit_check" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "unit_id" uuid not null, "checked_by_id" uuid not null, "checked_at" timestamptz not null, "note" text not null, "problem_found" boolean not null, constraint "vacant_unit_check_pkey" primary key ("id"));`);
    this.addSql(`create index "vacant_unit_check_company_id_index" on "vacant_unit_check" ("company_id");`);
    this.addSql(`create index "vacant_unit_check_unit_id_checked_at_index" on "vacant_unit_check" ("unit_id", "checked_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vacant_unit_check" cascade;`);
  }

}
