import { Migration } from '@mikro-orm/migrations';

export class Migration20261125120351_ServiceOrders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "payer_kind" as enum ('owner', 'tenant', 'visitor');`);
    this.addSql(`create type "order_channel" as enum ('phone', 'walk_in', 'app');`);
    this.addSql(`create type "service_type" as enum ('repair', 'cleaning', 'errand', 'housekeeping', 'other');`);
    this.addSql(`create type "order_charge" as enum ('paid', 'free');`);
    this.addSql(`create type "order_urgency" as enum ('normal', 'emergency');`);
    this.addSql(`create type "order_state" as enum ('registered', 'quoted', 'accepted', 'dispatched', 'assigned', 'in_progress', 'completed', 'settled', 'closed', 'declined', 'cancelled', 'rejected');`);
    this.addSql(`create type "quote_line_kind" as enum ('catalog', 'material', 'goods');`);
    this.addSql(`create type "payment_method" as enum ('cash', 'qr', 'statement', 'deposit', 'prepaid');`);
    this.addSql(`create table "sequence" ("company_id" uuid not null, "key" varchar(100) not null, "value" int not null, constraint "sequence_pkey" primary key ("company_id", "key"));`);

    this.addSql(`create table "service_order" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "number" varchar(40) not null, "unit_id" uuid not null, "resident_id" uuid null, "contact_name" varchar(50) not null, "contact_phone" varchar(20) not null, "payer_kind" "payer_kind" not null, "description" text not null, "channel" "order_channel" not null, "service_type" "service_type" not null, "charge" "order_charge" not null, "urgency" "order_urgency" not null, "state" "order_state" not null default 'registered', "catalog_item_id" uuid null, "taken_by_id" uuid null, "api_key_id" uuid null, "supervisor_id" uuid null, "worker_id" uuid null, "appointment_start" timestamptz null, "appointment_end" timestamptz null, "quote_version" int not null default 0, "quote_total_fen" int null, "consent_quote_version" int null, "consent_at" timestamptz null, "consent_method" varchar(20) null, "consent_by" varchar(50) null, "verbal_consent_at" timestamptz null, "prepaid_fen" int not null default 0, "paid_fen" int not null default 0, "started_at" timestamptz null, "completed_at" timestamptz null, "minutes_spent" int null, "rating" int null, "sign_off_comment" text null, "settled_at" timestamptz null, "closed_at" timestamptz null, "reason" text null, "response_due_at" timestamptz not null, "on_site_due_at" timestamptz null, "responded_at" timestamptz null, "on_site_at" timestamptz null, constraint "service_order_pkey" primary key ("id"));`);
    this.addSql(`create index "service_order_company_id_index" on "service_order" ("company_id");`);
    this.addSql(`create index "service_order_unit_id_index" on "service_order" ("unit_id");`);
    this.addSql(`create index "service_order_resident_id_index" on "service_order" ("resident_id");`);
    this.addSql(`create index "service_order_supervisor_id_index" on "service_order" ("supervisor_id");`);
    this.addSql(`create index "service_order_worker_id_index" on "service_order" ("worker_id");`);
    this.addSql(`create index "service_order_contact_phone_channel_created_at_index" on "service_order" ("contact_phone", "channel", "created_at");`);
    this.addSql(`create index "service_order_company_id_created_at_index" on "service_order" ("company_id", "created_at");`);
    this.addSql(`create index "service_order_company_id_project_id_state_created_at_index" on "service_order" ("company_id", "project_id", "state", "created_at");`);
    this.addSql(`alter table "service_order" add constraint "service_order_project_id_number_unique" unique ("project_id", "number");`);

    this.addSql(`create table "quote_line" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "order_id" uuid not null, "project_id" uuid not null, "quote_version" int not null, "position" int not null, "kind" "quote_line_kind" not null, "catalog_item_id" uuid null, "price_list_id" uuid null, "name" varchar(100) not null, "unit" varchar(10) null, "quantity_milli" int not null, "unit_price_fen" int not null, "amount_fen" int not null, constraint "quote_line_pkey" primary key ("id"));`);
    this.addSql(`create index "quote_line_company_id_index" on "quote_line" ("company_id");`);
    this.addSql(`create index "quote_line_order_id_index" on "quote_line" ("order_id");`);

    this.addSql(`create table "payment" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "order_id" uuid not null, "project_id" uuid not null, "amount_fen" int not null, "method" "payment_method" not null, "stage" varchar(12) not null, "collected_by_id" uuid null, "receipt_number" varchar(30) not null, "idempotency_key" varchar(100) not null, "paid_at" timestamptz not null, constraint "payment_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_company_id_index" on "payment" ("company_id");`);
    this.addSql(`create index "payment_order_id_index" on "payment" ("order_id");`);
    this.addSql(`alter table "payment" add constraint "payment_project_id_receipt_number_unique" unique ("project_id", "receipt_number");`);
    this.addSql(`alter table "payment" add constraint "payment_company_id_idempotency_key_unique" unique ("company_id", "idempotency_key");`);

    this.addSql(`create table "order_event" ("id" uuid not null, "company_id" uuid not null, "project_id" uuid not null, "order_id" uuid not null, "at" timestamptz not null, "action" varchar(30) not null, "from_state" varchar(20) null, "to_state" varchar(20) not null, "actor_kind" varchar(10) not null, "actor_id" uuid null, "actor_name" varchar(100) not null, "note" text null, "data" jsonb null, constraint "order_event_pkey" primary key ("id"));`);
    this.addSql(`create index "order_event_order_id_at_index" on "order_event" ("order_id", "at");`);

    this.addSql(`create table "deposit_account" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "resident_id" uuid not null, "project_id" uuid not null, "balance_fen" int not null default 0, constraint "deposit_account_pkey" primary key ("id"), constraint deposit_account_balance_fen_check check (balance_fen >= 0));`);
    this.addSql(`create index "deposit_account_company_id_index" on "deposit_account" ("company_id");`);
    this.addSql(`alter table "deposit_account" add constraint "deposit_account_resident_id_unique" unique ("resident_id");`);

    this.addSql(`create table "deposit_transaction" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "project_id" uuid not null, "kind" varchar(10) not null, "amount_fen" int not null, "balance_after_fen" int not null, "order_id" uuid null, "actor_id" uuid null, constraint "deposit_transaction_pkey" primary key ("id"));`);
    this.addSql(`create index "deposit_transaction_company_id_index" on "deposit_transaction" ("company_id");`);
    this.addSql(`create index "deposit_transaction_account_id_index" on "deposit_transaction" ("account_id");`);

    this.addSql(`alter table "service_order" add constraint "service_order_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade;`);
    this.addSql(`alter table "service_order" add constraint "service_order_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`);
    this.addSql(`alter table "service_order" add constraint "service_order_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service_order" add constraint "service_order_catalog_item_id_foreign" foreign key ("catalog_item_id") references "catalog_item" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service_order" add constraint "service_order_taken_by_id_foreign" foreign key ("taken_by_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service_order" add constraint "service_order_supervisor_id_foreign" foreign key ("supervisor_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service_order" add constraint "service_order_worker_id_foreign" foreign key ("worker_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "quote_line" add constraint "quote_line_order_id_foreign" foreign key ("order_id") references "service_order" ("id") on update cascade;`);

    this.addSql(`alter table "payment" add constraint "payment_order_id_foreign" foreign key ("order_id") references "service_order" ("id") on update cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_collected_by_id_foreign" foreign key ("collected_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "order_event" add constraint "order_event_order_id_foreign" foreign key ("order_id") references "service_order" ("id") on update cascade;`);

    this.addSql(`alter table "deposit_account" add constraint "deposit_account_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`);

    this.addSql(`alter table "deposit_transaction" add constraint "deposit_transaction_account_id_foreign" foreign key ("account_id") references "deposit_account" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "quote_line" drop constraint "quote_line_order_id_foreign";`);

    this.addSql(`alter table "payment" drop constraint "payment_order_id_foreign";`);

    this.addSql(`alter table "order_event" drop constraint "order_event_order_id_foreign";`);

    this.addSql(`alter table "deposit_transaction" drop constraint "deposit_transaction_account_id_foreign";`);

    this.addSql(`drop table if exists "sequence" cascade;`);

    this.addSql(`drop table if exists "service_order" cascade;`);

    this.addSql(`drop table if exists "quote_line" cascade;`);

    this.addSql(`drop table if exists "payment" cascade;`);

    this.addSql(`drop table if exists "order_event" cascade;`);

    this.addSql(`drop table if exists "deposit_account" cascade;`);

    this.addSql(`drop table if exists "deposit_transaction" cascade;`);

    this.addSql(`drop type "payer_kind";`);
    this.addSql(`drop type "order_channel";`);
    this.addSql(`drop type "service_type";`);
    this.addSql(`drop type "order_charge";`);
    this.addSql(`drop type "order_urgency";`);
    this.addSql(`drop type "order_state";`);
    this.addSql(`drop type "quote_line_kind";`);
    this.addSql(`drop type "payment_method";`);
  }

}
