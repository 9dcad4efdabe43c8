import { Migration } from '@mikro-orm/migrations';

export class Migration20261125142412_Profitability extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "loss_decision" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "catalog_item_id" uuid not null, "month" varchar(7) not null, "kind" varchar(16) not null, "state" varchar(10) not null, "reason" text not null, "proposed_pricing" jsonb null, "price_list_id" uuid null, "target_orders_per_month" int null, "review_on" varchar(10) null, "proposed_by_id" uuid not null, "decided_by_id" uuid null, "decided_at" timestamptz null, "decision_note" text null, constraint "loss_decision_pkey" primary key ("id"));`);
    this.addSql(`create index "loss_decision_company_id_index" on "loss_decision" ("company_id");`);
    this.addSql(`create index "loss_decision_project_id_catalog_item_id_created_at_index" on "loss_decision" ("project_id", "catalog_item_id", "created_at");`);

    this.addSql(`create table "pnl_item_month" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" uuid not null, "catalog_item_id" uuid not null, "month" varchar(7) not null, "orders" int not null, "revenue_fen" bigint not null, "labour_minutes" bigint not null, "materials_fen" bigint not null, "refunds_fen" bigint not null, constraint "pnl_item_month_pkey" primary key ("id"));`);
    this.addSql(`create index "pnl_item_month_company_id_index" on "pnl_item_month" ("company_id");`);
    this.addSql(`create index "pnl_item_month_project_id_month_index" on "pnl_item_month" ("project_id", "month");`);
    this.addSql(`alter table "pnl_item_month" add constraint "pnl_item_month_project_id_catalog_item_id_month_unique" unique ("project_id", "catalog_item_id", "month");`);

    this.addSql(`create index "service_order_pnl" on "service_order" ("project_id", "completed_at") include ("catalog_item_id", "paid_fen", "minutes_spent", "materials_cost_fen") where "completed_at" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "loss_decision" cascade;`);

    this.addSql(`drop table if exists "pnl_item_month" cascade;`);

    this.addSql(`drop index "service_order_pnl";`);
  }

}
