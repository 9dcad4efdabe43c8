import { Migration } from '@mikro-orm/migrations';

export class Migration20261125123111_MonthlyStatements extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "monthly_statement" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "resident_id" uuid not null, "year" int not null, "month" int not null, "state" varchar(10) not null default 'draft', "lines" jsonb not null, "adjustments" jsonb not null, "charges_total_fen" int not null, "adjustments_total_fen" int not null, "total_fen" int not null, "issued_at" timestamptz null, "confirmed_at" timestamptz null, "paid_at" timestamptz null, constraint "monthly_statement_pkey" primary key ("id"));`);
    this.addSql(`create index "monthly_statement_company_id_index" on "monthly_statement" ("company_id");`);
    this.addSql(`alter table "monthly_statement" add constraint "monthly_statement_resident_id_year_month_unique" unique ("resident_id", "year", "month");`);

    this.addSql(`create table "statement_adjustment" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "resident_id" uuid not null, "corrects_statement_id" uuid not null, "description" text not null, "amount_fen" int not null, "included_in_statement_id" uuid null, constraint "statement_adjustment_pkey" primary key ("id"));`);
    this.addSql(`create index "statement_adjustment_company_id_index" on "statement_adjustment" ("company_id");`);
    this.addSql(`create index "statement_adjustment_resident_id_index" on "statement_adjustment" ("resident_id");`);

    this.addSql(`alter table "monthly_statement" add constraint "monthly_statement_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);

    this.addSql(`alter table "statement_adjustment" add constraint "statement_adjustment_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);
    this.addSql(`alter table "statement_adjustment" add constraint "statement_adjustment_corrects_statement_id_foreign" foreign key ("corrects_statement_id") references "monthly_statement" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "statement_adjustment" drop constraint "statement_adjustment_corrects_statement_id_foreign";`);

    this.addSql(`drop table if exists "monthly_statement" cascade;`);

    this.addSql(`drop table if exists "statement_adjustment" cascade;`);
  }

}
