import pino from 'pino';

// One logger for every runnable. Pretty lines for people at a terminal; JSON lines
// everywhere else (CI, production) so logs stay machine-readable. Logs go to stderr so
// that a command's own output on stdout (`pnpm ingest --json`) stays clean.
const pretty = process.stderr.isTTY && process.env.NODE_ENV !== 'production';

export const logger = pretty
  ? pino({
      level: process.env.LOG_LEVEL ?? 'info',
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, ignore: 'pid,hostname', destination: 2 },
      },
    })
  : pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(2));
