import { Migration } from '@mikro-orm/migrations';

export class Migration20261206041312_WebhookEvents extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "api_key_id" uuid not null, "url" varchar(500) not null, "description" varchar(100) null, "events" text[] not null, "secret" varchar(80) not null, "previous_secret" varchar(80) null, "previous_secret_expires_at" timestamptz null, "enabled" boolean not null default true, "failing_since" timestamptz null, "created_by_id" uuid null, constraint "webhook_endpoint_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_endpoint_company_id_index" on "webhook_endpoint" ("company_id");`);
    this.addSql(`create index "webhook_endpoint_api_key_id_created_at_index" on "webhook_endpoint" ("api_key_id", "created_at");`);

    this.addSql(`create table "webhook_event" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "seq" bigserial, "project_id" uuid null, "type" varchar(40) not null, "entity_type" varchar(30) not null, "entity_id" uuid not null, "occurred_at" timestamptz not null, "body" text not null, "fanned_out_at" timestamptz null, constraint "webhook_event_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_event_company_id_index" on "webhook_event" ("company_id");`);
    this.addSql(`alter table "webhook_event" add constraint "webhook_event_seq_unique" unique ("seq");`);
    this.addSql(`create index "webhook_event_pending" on "webhook_event" ("seq") where "fanned_out_at" is null;`);
    this.addSql(`create index "webhook_event_entity_type_entity_id_seq_index" on "webhook_event" ("entity_type", "entity_id", "seq");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "endpoint_id" uuid not null, "event_id" uuid not null, "event_seq" bigint not null, "event_type" varchar(40) not null, "entity_key" varchar(80) not null, "status" varchar(10) not null default 'pending', "attempts" int not null default 0, "failures" int not null default 0, "first_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "next_attempt_at" timestamptz not null, "last_response_code" int null, "last_error" varchar(200) null, "delivered_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_company_id_index" on "webhook_delivery" ("company_id");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_entity_key_status_event_seq_index" on "webhook_delivery" ("endpoint_id", "entity_key", "status", "event_seq");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_event_id_unique" unique ("endpoint_id", "event_id");`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_event_id_foreign" foreign key ("event_id") references "webhook_event" ("id") on update cascade;`);

    // Whatever inserts an event also schedules its fan-out, in the same transaction (modules/webhooks/delivery.ts).
    this.addSql(`create function "webhook_event_enqueue_fanout"() returns trigger language plpgsql as $$
begin
  perform graphile_worker.add_job('webhook_fanout', '{}'::json);
  return null;
end
$$;`);
    this.addSql(`create trigger "webhook_event_fanout" after insert on "webhook_event" for each statement execute function "webhook_event_enqueue_fanout"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "webhook_event_fanout" on "webhook_event";`);
    this.addSql(`drop function if exists "webhook_event_enqueue_fanout"();`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign";`);

    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_event_id_foreign";`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "webhook_event" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }

}
