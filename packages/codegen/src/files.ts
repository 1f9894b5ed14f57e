// Writing the generated tree, and comparing it with what is on disk (`--check`).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { GeneratedFiles } from './generate.ts';

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** Replaces the directory's contents with `files`; stale files from older runs are deleted. */
export function writeFiles(dir: string, files: GeneratedFiles): void {
  for (const stale of listFiles(dir).filter((f) => !files.has(f))) rmSync(join(dir, stale));
  for (const [name, content] of files) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    // Rewrite only what changed, so unchanged files keep their timestamps.
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current !== content) writeFileSync(path, content);
  }
}

/** Files that would change: added, modified or deleted. */
export function staleFiles(dir: string, files: GeneratedFiles): string[] {
  const onDisk = listFiles(dir);
  const changed = [...files].filter(([name, content]) => {
    try {
      return readFileSync(join(dir, name), 'utf8') !== content;
    } catch {
      return true;
    }
  });
  const deleted = onDisk.filter((f) => !files.has(f));
  return [...changed.map(([name]) => name), ...deleted.map((f) => `${f} (stale, would be deleted)`)].sort();
}
