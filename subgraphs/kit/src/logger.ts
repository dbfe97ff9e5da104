import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; one root logger per process, children carry the component name. */
export const rootLogger: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'netpublic-graph' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.password', '*.email'], censor: '[redacted]' },
});

export function componentLogger(component: string): Logger {
  return rootLogger.child({ component });
}
