// The one place that writes to the console: src-core and src-main may not, by lint.
/* eslint-disable no-console */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogEntry {
  level: LogLevel;
  scope: string;
  message: string;
  data?: unknown;
  at: string;
}

type Sink = (entry: LogEntry) => void;

const consoleSink: Sink = (entry) => {
  const line = `[${entry.at}] ${entry.level.toUpperCase()} ${entry.scope}: ${entry.message}`;
  const args = entry.data === undefined ? [line] : [line, entry.data];
  if (entry.level === 'debug') console.debug(...args);
  else if (entry.level === 'info') console.info(...args);
  else if (entry.level === 'warn') console.warn(...args);
  else console.error(...args);
};

let threshold: LogLevel = 'info';
let sinks: Sink[] = [consoleSink];

/** Sets the lowest level that is written. */
export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

/** Replaces where entries go (tests collect them; main forwards them to the window). */
export function setLogSinks(next: Sink[]): void {
  sinks = next;
}

export interface Logger {
  debug(message: string, data?: unknown): void;
  info(message: string, data?: unknown): void;
  warn(message: string, data?: unknown): void;
  error(message: string, data?: unknown): void;
}

/** A logger whose entries name their scope, e.g. `store` or `ipc`. */
export function createLogger(scope: string): Logger {
  const emit = (level: LogLevel, message: string, data?: unknown): void => {
    if (LOG_LEVELS.indexOf(level) < LOG_LEVELS.indexOf(threshold)) return;

    const entry: LogEntry = { level, scope, message, data, at: new Date().toISOString() };
    for (const sink of sinks) sink(entry);
  };

  return {
    debug: (message, data) => emit('debug', message, data),
    info: (message, data) => emit('info', message, data),
    warn: (message, data) => emit('warn', message, data),
    error: (message, data) => emit('error', message, data),
  };
}
