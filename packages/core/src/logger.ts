import pino from 'pino';

// One logger for every runnable. Pretty lines for people at a terminal; JSON lines
// everywhere else (CI, production) so logs stay machine-readable.
const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  ...(pretty
    ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } }
    : {}),
});
