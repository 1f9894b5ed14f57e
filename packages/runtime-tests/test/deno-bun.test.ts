import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../fixtures/checks.ts';
import { checkInput, expectChecksPassed, expectServerSaw, fixturesDir, lastJsonLine, packageDir, run, startApi } from './support.ts';

// Deno and Bun from their npm packages (the binaries ship inside them). Each
// runs fixtures/cli.ts as TypeScript and imports `@x/core` from node_modules,
// so its own resolver reads the package's exports map and loads dist/.
const deno = join(packageDir, 'node_modules', 'deno', 'deno');
const bun = join(packageDir, 'node_modules', 'bun', 'bin', 'bun.exe');

let api: Awaited<ReturnType<typeof startApi>>;
let denoDir: string;
beforeAll(async () => {
  api = await startApi();
  denoDir = mkdtempSync(join(tmpdir(), 'x-runtime-deno-'));
});
afterAll(async () => {
  await api?.close();
  rmSync(denoDir, { recursive: true, force: true });
});

describe('Deno', () => {
  it('auth GET, webhook on WebCrypto, typed 404 (deno run, net limited to the test server)', async () => {
    const { stdout: version } = await run(deno, ['--version']);
    const input = checkInput(api.url, 'deno');
    const host = new URL(api.url).host;
    const { stdout } = await run(deno, ['run', '--no-lock', '--no-prompt', `--allow-net=${host}`, '--allow-env=X_CHECK_INPUT', '--allow-read', join(fixturesDir, 'cli.ts')], {
      env: { X_CHECK_INPUT: JSON.stringify(input), DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    expectChecksPassed(lastJsonLine<CheckResult>(stdout), 'deno');
    expectServerSaw(api, 'deno', `deno/${/deno (\S+)/.exec(version)![1]}`);
  });
});

describe('Bun', () => {
  it('auth GET, webhook on WebCrypto, typed 404 (bun run)', async () => {
    const { stdout: version } = await run(bun, ['--version']);
    const input = checkInput(api.url, 'bun');
    const { stdout } = await run(bun, ['run', join(fixturesDir, 'cli.ts')], { env: { X_CHECK_INPUT: JSON.stringify(input), BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' } });
    expectChecksPassed(lastJsonLine<CheckResult>(stdout), 'bun');
    expectServerSaw(api, 'bun', `bun/${version.trim()}`);
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
