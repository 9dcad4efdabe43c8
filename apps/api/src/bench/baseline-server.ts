/**
 * The baseline of `npm run bench`: what the stack does at best for the benchmark's two
 * queries. Bare @apollo/server (its standalone HTTP server and default settings) + graphql + pg,
 * one hand-written SQL statement per query, no ORM, no type-graphql, no authentication,
 * no request logging. It answers the same documents with the same JSON as the product
 * (the benchmark checks that before timing). Deliberately imports nothing from the product.
 *
 *   DATABASE_URL=… PORT=… BASELINE_USER_ID=<staff id `me` answers for> node dist/bench/baseline-server.js
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLScalarType } from 'graphql';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 10) });
const userId = process.env.BASELINE_USER_ID;

const typeDefs = `#graphql
  scalar DateTime
  enum ServiceOrderState { REGISTERED QUOTED ACCEPTED DISPATCHED ASSIGNED IN_PROGRESS COMPLETED SETTLED CLOSED DECLINED CANCELLED REJECTED }
  enum OrderUrgency { NORMAL EMERGENCY }
  input ServiceOrderFilter { projectId: ID }
  type Unit { id: ID! number: String! }
  type Resident { id: ID! name: String! }
  type CatalogItem { id: ID! name: String! }
  type StaffUser { id: ID! name: String! email: String }
  type Company { id: ID! code: String! name: String! }
  type Viewer { user: StaffUser company: Company! }
  type ServiceOrder {
    id: ID! number: String! state: ServiceOrderState! urgency: OrderUrgency! createdAt: DateTime! quoteTotalFen: Int
    unit: Unit! resident: Resident catalogItem: CatalogItem worker: StaffUser
  }
  type ServiceOrderPage { items: [ServiceOrder!]! totalCount: Int! }
  type Query {
    serviceOrders(filter: ServiceOrderFilter, skip: Int = 0, take: Int = 25): ServiceOrderPage!
    me: Viewer!
  }
`;

/** The page, its relations and the total in one statement; ordered as the product orders (newest first, then id). */
const LIST = `
  with total as (select count(*)::int as n from service_order where project_id = $1)
  select total.n as total, o.id, o.number, upper(o.state::text) as state, upper(o.urgency::text) as urgency, o.created_at, o.quote_total_fen,
         u.id as unit_id, u.number as unit_number, r.id as resident_id, r.name as resident_name,
         c.id as item_id, c.name as item_name, w.id as worker_id, w.name as worker_name, w.email as worker_email
    from total
    left join lateral (select * from service_order where project_id = $1 order by created_at desc, id asc limit $2 offset $3) o on true
    left join unit u on u.id = o.unit_id
    left join resident r on r.id = o.resident_id
    left join catalog_item c on c.id = o.catalog_item_id
    left join staff_user w on w.id = o.worker_id
   order by o.created_at desc, o.id asc`;

const ME = `
  select u.id, u.name, u.email, c.id as company_id, c.code as company_code, c.name as company_name
    from staff_user u join company c on c.id = u.company_id where u.id = $1`;

const resolvers = {
  DateTime: new GraphQLScalarType({ name: 'DateTime', serialize: (d) => (d as Date).toISOString() }),
  Query: {
    async serviceOrders(_: unknown, args: { filter?: { projectId?: string }; skip: number; take: number }) {
      const { rows } = await pool.query(LIST, [args.filter?.projectId, args.take, args.skip]);
      return {
        totalCount: rows[0]?.total ?? 0,
        items: rows
          .filter((r) => r.id)
          .map((r) => ({
            id: r.id,
            number: r.number,
            state: r.state,
            urgency: r.urgency,
            createdAt: r.created_at,
            quoteTotalFen: r.quote_total_fen,
            unit: { id: r.unit_id, number: r.unit_number },
            resident: r.resident_id ? { id: r.resident_id, name: r.resident_name } : null,
            catalogItem: r.item_id ? { id: r.item_id, name: r.item_name } : null,
            worker: r.worker_id ? { id: r.worker_id, name: r.worker_name, email: r.worker_email } : null,
          })),
      };
    },
    async me() {
      const { rows } = await pool.query(ME, [userId]);
      const r = rows[0];
      return { user: { id: r.id, name: r.name, email: r.email }, company: { id: r.company_id, code: r.company_code, name: r.company_name } };
    },
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' } });
process.stdout.write(`baseline listening at ${url}\n`);
const stop = async () => {
  await server.stop();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
