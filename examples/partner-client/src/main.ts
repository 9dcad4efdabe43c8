import { PartnerClient, PartnerApiError } from './client.js';
import { fileOrder, findUnit, orderStatus, readMonthlyStatistics, readPublishedCatalog, whoAmI } from './journeys.js';

/**
 * Runs the read-only journeys and files one test order against a server:
 *
 *   WUYE_URL=http://localhost:4000 WUYE_API_KEY=wyk_… npm start -w @wuye/partner-client-example
 *
 * (`npm start` prints the demo partner key on the first start of a fresh installation.)
 */
const baseUrl = process.env.WUYE_URL ?? 'http://localhost:4000';
const apiKey = process.env.WUYE_API_KEY;
if (!apiKey) {
  console.error('Set WUYE_API_KEY to a partner key (wyk_…).');
  process.exit(2);
}
const client = new PartnerClient({ baseUrl, apiKey, locale: 'en' });

try {
  const me = await whoAmI(client);
  console.log(`key ${me.key.name}: ${me.key.scopes.join(', ')}`);
  const project = me.projects[0];
  if (!project) throw new Error('this key sees no project');
  console.log(`project ${project.name} (${project.id})`);
  const catalog = await readPublishedCatalog(client, project.id);
  console.log(catalog ? `price list v${catalog.version}: ${catalog.items.length} services` : 'no published price list');
  if (me.key.scopes.includes('ORDERS_WRITE') && process.argv.includes('--file-order')) {
    const unit = await findUnit(client, project.id);
    if (!unit) throw new Error('no unit in this project');
    const tomorrow = new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 10);
    const order = await fileOrder(client, {
      unitId: unit.id,
      contactName: '示例住户',
      contactPhone: '13800000000',
      description: '示例：厨房水龙头漏水',
      serviceType: 'REPAIR',
      charge: 'PAID',
      urgency: 'NORMAL',
      appointmentStart: `${tomorrow}T10:00:00+08:00`,
      appointmentEnd: `${tomorrow}T12:00:00+08:00`,
    });
    console.log(`filed order ${order.number}: ${(await orderStatus(client, order.id))?.state}`);
  }
  const now = new Date(Date.now() + 8 * 3600_000);
  if (me.permissions.includes('complaint.read') && me.permissions.includes('profitability.read')) {
    const stats = await readMonthlyStatistics(client, { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, projectId: project.id });
    console.log(`this month: ${stats.complaints.complaints} complaints, paid services revenue ${stats.paidServices.revenueFen / 100} yuan`);
  }
} catch (error) {
  if (error instanceof PartnerApiError) console.error(`${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
}
