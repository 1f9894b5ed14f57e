// One `pnpm pack` per published package (pnpm rewrites `workspace:^` to the real version range, as publishing does).
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './exec.ts';
import { PUBLISHED, pnpm, repoDir, type Published } from './paths.ts';

export async function packAll(destination: string): Promise<Record<Published, string>> {
  mkdirSync(destination, { recursive: true });
  const tarballs = {} as Record<Published, string>;
  for (const name of PUBLISHED) {
    const before = new Set(readdirSync(destination));
    const packed = await run(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', destination], { cwd: join(repoDir, 'packages', name) });
    if (!packed.ok) throw new Error(`pnpm pack failed for @x/${name}:\n${packed.stderr}${packed.stdout}`);
    const file = readdirSync(destination).find((f) => !before.has(f) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @x/${name}`);
    tarballs[name] = join(destination, file);
  }
  return tarballs;
}
