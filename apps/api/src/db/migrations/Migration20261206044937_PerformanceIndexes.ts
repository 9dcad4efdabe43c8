import { Migration } from '@mikro-orm/migrations';

export class Migration20261206044937_PerformanceIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "follow_up_visited" on "follow_up" ("company_id", "visited_at") include ("project_id", "satisfaction") where "state" = 'visited';`);
    this.addSql(`create index "follow_up_due" on "follow_up" ("company_id", "due_at") include ("project_id", "state") where "selected";`);
    this.addSql(`create index "follow_up_completed" on "follow_up" ("company_id", "completed_at") include ("project_id", "selected");`);

    this.addSql(`create index "service_order_project_created" on "service_order" ("project_id", "created_at") include ("company_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "follow_up_visited";`);
    this.addSql(`drop index "follow_up_due";`);
    this.addSql(`drop index "follow_up_completed";`);

    this.addSql(`drop index "service_order_project_created";`);
  }

}
