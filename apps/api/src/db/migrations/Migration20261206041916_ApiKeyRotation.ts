import { Migration } from '@mikro-orm/migrations';

export class Migration20261206041916_ApiKeyRotation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "api_key" add column "expires_at" timestamptz null, add column "replaced_by_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key" drop column "expires_at", drop column "replaced_by_id";`);
  }

}
