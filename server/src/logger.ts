// One logger for the server (pino: structured JSON; pretty in a terminal).

import { pino } from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: undefined,
  ...(process.stdout.isTTY && process.env.NODE_ENV !== 'production'
    ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'time', singleLine: true } } }
    : {}),
});
