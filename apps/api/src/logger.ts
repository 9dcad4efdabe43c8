import pino from 'pino';

/** Structured logs; credentials and personal data are redacted wherever they might appear. */
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'wuye-api' },
    redact: {
      paths: ['*.authorization', '*.password', '*.token', '*.secret', '*.phone', 'req.headers.authorization', 'variables'],
      censor: '[redacted]',
    },
  });
}
