import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request } from 'express';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { DEFAULT_MAX_QUERY_COST, type Config, type RequestLimits } from './config.js';
import { requestLimitsPlugin, unavailableStatusPlugin } from './graphql/request-limits.js';
import { createContext, type Ctx } from './context.js';
import { createFormatError } from './graphql/errors.js';
import { createSchema } from './graphql/schema.js';
import { AuthService } from './modules/auth/auth.service.js';
import { TokenService } from './modules/auth/tokens.js';
import { localeFrom, requestScope } from './request-scope.js';
import { priceListNoticeHandler } from './modules/catalog/price-list-notice.js';

export interface RunningServer {
  url: string;
  httpServer: Server;
  apollo: ApolloServer<Ctx>;
  auth: AuthService;
  /** Stop taking requests and wait for those in flight. */
  stop(): Promise<void>;
}

/** Names the operation's first root field (e.g. `updateProject`) for the audit log. */
const operationNamePlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        const scope = requestScope.current();
        const first = operation?.selectionSet.selections.find((s) => s.kind === 'Field');
        if (scope && first?.kind === 'Field') scope.operation = first.name.value;
      },
    };
  },
};

/** Without rate limits (tests drive thousands of operations as one user); the cost limit always applies. */
const NO_RATE_LIMITS: RequestLimits = { perUserPerMinute: 0, perApiKeyPerMinute: 0, loginPerIpPerMinute: 0, maxQueryCost: DEFAULT_MAX_QUERY_COST };

export const MAX_QUERY_TOKENS = 3000;

/** Static limits on the query text (graphql-armor): depth, aliases, directives, field suggestions. */
export function queryProtection(config: Pick<Config, 'introspection'>) {
  return new ApolloArmor({
    // Fragments do not add depth: the console's typed operations are built from nested fragments.
    maxDepth: { n: 10, flattenFragments: true },
    // Cost depends on page sizes, which may come in variables: graphql/query-cost.ts, per request.
    costLimit: { enabled: false },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Enforced by graphql-js's parser (createApollo's parseOptions): armor's answers a too-long query with HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
}

export function createApollo(
  config: Pick<Config, 'introspection'> & { limits?: RequestLimits },
  log: Logger,
  plugins: ApolloServerPlugin<Ctx>[] = [],
) {
  const protection = queryProtection(config);
  return createSchema().then(
    (schema) =>
      new ApolloServer<Ctx>({
        schema,
        introspection: config.introspection,
        formatError: createFormatError(log),
        includeStacktraceInErrorResponses: false,
        allowBatchedHttpRequests: false,
        csrfPrevention: true,
        parseOptions: { maxTokens: MAX_QUERY_TOKENS },
        // main.ts owns the signals: drain, stop the worker, close the ORM, stop PostgreSQL, in that order.
        stopOnTerminationSignals: false,
        validationRules: protection.validationRules,
        // armor's typings point at Apollo's CJS build; the plugins are the same objects.
        plugins: [
          ...(protection.plugins as unknown as ApolloServerPlugin<Ctx>[]),
          requestLimitsPlugin(config.limits ?? NO_RATE_LIMITS),
          unavailableStatusPlugin,
          operationNamePlugin,
          ApolloServerPluginLandingPageDisabled(),
          // Apollo installs cache control by default: it wraps every field's resolver to collect
          // cache hints we never send (no CDN, no cache-control headers). Tracing and usage
          // reporting go to Apollo's cloud only: off, whatever the environment says.
          ApolloServerPluginCacheControlDisabled(),
          ApolloServerPluginInlineTraceDisabled(),
          ApolloServerPluginUsageReportingDisabled(),
          ...plugins,
        ],
      }),
  );
}

export async function startServer(deps: { orm: MikroORM; config: Config; log: Logger }): Promise<RunningServer> {
  const { orm, config, log } = deps;
  const app = express();
  const httpServer = createServer(app);
  const auth = new AuthService(new TokenService(config.tokenSecret, config.tokenTtlSeconds));
  const apollo = await createApollo(config, log, [ApolloServerPluginDrainHttpServer({ httpServer })]);
  await apollo.start();
  let draining = false;

  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // MUI/emotion inject styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
        },
      },
    }),
  );

  app.use((req, res, next) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    const scope = { requestId, locale: localeFrom(req.headers['accept-language']), actor: null, operation: null, sqlStatements: 0 };
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Never the query string, headers or body: they may carry tokens or phone numbers.
      log.info({ requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms), sql: scope.sqlStatements }, 'request');
    });
    requestScope.run(scope, next);
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.get('/notices/price-list/:projectId', priceListNoticeHandler(orm));

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }: { req: Request }) => {
        const scope = requestScope.current();
        return createContext(
          { orm, auth, log },
          {
            authorization: req.headers.authorization,
            requestId: scope?.requestId ?? randomUUID(),
            locale: scope?.locale ?? 'zh',
            ip: req.ip,
          },
        );
      },
    }),
  );

  if (existsSync(join(config.consoleDir, 'index.html'))) {
    // Built assets carry their content hash in the name: a browser keeps them; index.html is asked for again.
    app.use(
      express.static(config.consoleDir, {
        index: false,
        maxAge: '1h',
        setHeaders: (res, path) => {
          if (/[\\/]assets[\\/]/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    // Client-side routes of the console fall back to its index.
    app.get(/^\/(?!graphql|healthz|readyz|notices).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(config.consoleDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Console not built: run `npm run build` (npm start does this).');
    });
  }

  // Body-parser failures (too large, malformed JSON) answer as GraphQL-shaped errors, never an HTML stack.
  app.use((error: { status?: number; type?: string }, _req: Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: error }, 'unhandled HTTP error');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message: code, extensions: { code } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;

  return {
    url: `http://${host}:${port}`,
    httpServer,
    apollo,
    auth,
    async stop() {
      draining = true;
      await apollo.stop();
    },
  };
}
