/** `runtime/version` of whatever runs this code, without importing anything platform-specific. */
export function detectRuntime(): string {
  const g = globalThis as Record<string, any>;
  if (typeof g['Deno'] !== 'undefined') return `deno/${g['Deno']?.version?.deno ?? 'unknown'}`;
  if (typeof g['Bun'] !== 'undefined') return `bun/${g['Bun']?.version ?? 'unknown'}`;
  if (typeof g['EdgeRuntime'] === 'string') return 'vercel-edge';
  if (g['navigator']?.userAgent === 'Cloudflare-Workers') return 'cloudflare-workers';
  if (g['process']?.versions?.node) return `node/${g['process'].versions.node}`;
  return 'unknown';
}
