// One logger for the server (pino: structured JSON; pretty in a terminal outside production),
// at the level of the validated configuration (config.ts).

import { pino } from 'pino';
import { loadLogConfig } from './config.js';

const { LOG_LEVEL, NODE_ENV } = loadLogConfig();

export const logger = pino({
  level: LOG_LEVEL,
  base: undefined,
  ...(process.stdout.isTTY && NODE_ENV !== 'production'
    ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'time', singleLine: true } } }
    : {}),
});
