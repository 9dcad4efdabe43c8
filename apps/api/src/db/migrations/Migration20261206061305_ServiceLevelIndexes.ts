import { Migration } from '@mikro-orm/migrations';

export class Migration20261206061305_ServiceLevelIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "service_order_on_site_due" on "service_order" ("on_site_due_at") where "on_site_due_at" is not null;`);
    this.addSql(`create index "service_order_response_due" on "service_order" ("response_due_at", "project_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "service_order_on_site_due";`);
    this.addSql(`drop index "service_order_response_due";`);
  }

}
