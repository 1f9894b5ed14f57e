import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = join(packageDir, '..', '..');
export const fixtureSource = join(packageDir, 'fixture');
/** The published packages, in dependency order. */
export const PUBLISHED = ['core', 'monite', 'portalduct', 'monetizenow'] as const;
export type Published = (typeof PUBLISHED)[number];
export const pnpm = ['npx', '-y', 'pnpm@12.21.0'] as const;
