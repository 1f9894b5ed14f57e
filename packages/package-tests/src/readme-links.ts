// A README on npm can only link to what the tarball ships or to absolute URLs.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED } from './paths.ts';
import type { Target } from './runtimes.ts';

export const readmeLinks: Target = {
  name: 'README links resolve inside each tarball',
  async run(app) {
    const broken: string[] = [];
    for (const name of PUBLISHED) {
      const dir = realpathSync(join(app, 'node_modules', '@x', name));
      const readme = readFileSync(join(dir, 'README.md'), 'utf8');
      for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        if (!existsSync(join(dir, target!.split('#')[0]!))) broken.push(`@x/${name}: ${target}`);
      }
    }
    if (broken.length) throw new Error(`links to files the tarball does not ship:\n${broken.join('\n')}`);
    return { version: `${PUBLISHED.length} READMEs` };
  },
};
