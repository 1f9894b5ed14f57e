/** Severity of a log line. `off` silences the SDK. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Any object with these methods can receive the SDK's log lines (console, pino, winston...). */
export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/**
 * The logger the client actually calls: drops lines below `level`, so a
 * disabled level costs one comparison. Lines are already redacted by their callers.
 */
export class LevelLogger implements Logger {
  constructor(
    private readonly sink: Logger | undefined,
    private readonly level: LogLevel,
  ) {}

  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return this.sink !== undefined && RANK[level] <= RANK[this.level];
  }

  error(message: string, fields?: Record<string, unknown>): void {
    if (this.enabled('error')) this.sink!.error(message, fields);
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    if (this.enabled('warn')) this.sink!.warn(message, fields);
  }
  info(message: string, fields?: Record<string, unknown>): void {
    if (this.enabled('info')) this.sink!.info(message, fields);
  }
  debug(message: string, fields?: Record<string, unknown>): void {
    if (this.enabled('debug')) this.sink!.debug(message, fields);
  }
}
