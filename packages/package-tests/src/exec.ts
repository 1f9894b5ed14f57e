import { execFile } from 'node:child_process';

export interface Ran {
  ok: boolean;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to completion (never throws); output kept for the failure report. */
export function run(file: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Ran> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, timeout: options.timeoutMs ?? 180_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ ok: !error, stdout, stderr: error && !stderr ? String(error) : stderr, ms: performance.now() - started }),
    );
  });
}

export function lastJsonLine(stdout: string): unknown {
  const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  return line ? JSON.parse(line) : undefined;
}
