import pino from 'pino';

/**
 * Structured logs; credentials and personal data are redacted wherever they might appear.
 * Written asynchronously (a synchronous write of every request's line cost a tenth of the
 * API's time under load); pino flushes what is pending when the process exits.
 */
export function createLogger(level: string) {
  return pino(
    {
      level,
      base: { service: 'wuye-api' },
      redact: {
        paths: ['*.authorization', '*.password', '*.token', '*.secret', '*.phone', 'req.headers.authorization', 'variables'],
        censor: '[redacted]',
      },
    },
    pino.destination({ dest: 1, sync: false }),
  );
}
