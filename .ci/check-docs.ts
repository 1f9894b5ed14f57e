// Checks the built API reference (docs/api) in a real headless Chromium: the index, a Monite resource page and
// a model page load, show method signatures with their response types, and every internal link resolves to a
// page (and anchor) that exists. Run by .ci/run after `pnpm docs:api`; needs Debian's `chromium`.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL('../docs/api/', import.meta.url));
const chromium = process.env['CHROMIUM'] ?? 'chromium';
const problems: string[] = [];

/** Finds a page by the end of its path, e.g. `.EntitiesResource.html`. */
function page(suffix: string): string {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  const found = walk(site).find((file) => file.endsWith(suffix));
  if (!found) throw new Error(`docs/api has no page ending in ${suffix}: was the reference built?`);
  return found.slice(site.length).replaceAll('\\', '/');
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
  const file = join(site, path || 'index.html');
  if (!file.startsWith(site) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

function dumpDom(url: string): Promise<{ dom: string; log: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'docs-chromium-'));
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0', '--dump-dom', url];
  return new Promise((resolve, reject) =>
    execFile(chromium, flags, { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (error) reject(new Error(`chromium failed on ${url}: ${error.message}`));
      else resolve({ dom: stdout, log: stderr });
    }),
  );
}

/** Every internal link of a rendered page must point at an existing page, and at an existing anchor. */
function checkLinks(pagePath: string, dom: string): number {
  let count = 0;
  for (const [, href] of dom.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
    if (/^(https?:|mailto:|javascript:)/.test(href!) || href === '#') continue;
    count++;
    const target = new URL(href!.replaceAll('&amp;', '&'), `${origin}/${pagePath}`);
    const file = join(site, decodeURIComponent(target.pathname));
    if (!existsSync(file)) {
      problems.push(`${pagePath}: link ${href} -> missing ${target.pathname}`);
      continue;
    }
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (anchor && file.endsWith('.html') && !readFileSync(file, 'utf8').includes(`id="${anchor}"`)) problems.push(`${pagePath}: link ${href} -> no anchor #${anchor}`);
  }
  return count;
}

const checks: { name: string; path: string; expect: (RegExp | string)[] }[] = [
  { name: 'index', path: 'index.html', expect: ['@x/core', '@x/monite', '@x/portalduct', '@x/monetizenow'] },
  { name: 'Monite resource page (entities)', path: page('.EntitiesResource.html'), expect: [/create<\/span>/, /APIPromise/, /EntityResponse/, /list<\/span>/, /PagePromise/] },
  { name: 'model page (EntityResponse)', path: page('.EntityResponse.html'), expect: ['EntityOrganizationResponse', 'EntityIndividualResponse'] },
  { name: 'MonetizeNow sign-up page', path: page('.SignUpAPI.html'), expect: [/createWithPaymentMethod/, /SignUpSession/] },
];

try {
  for (const check of checks) {
    const { dom, log } = await dumpDom(`${origin}/${check.path}`);
    const text = dom.replace(/<[^>]+>/g, ' ');
    const missing = check.expect.filter((e) => (typeof e === 'string' ? !text.includes(e) : !e.test(dom)));
    if (missing.length) problems.push(`${check.name} (${check.path}): does not show ${missing.join(', ')}`);
    if (/Uncaught|SyntaxError/.test(log)) problems.push(`${check.name}: script errors in Chromium: ${log.split('\n').filter((l) => /Uncaught|SyntaxError/.test(l)).join(' | ')}`);
    const links = checkLinks(check.path, dom);
    console.log(`ok: ${check.name}: rendered ${dom.length} bytes, ${links} internal links checked`);
  }
} finally {
  server.close();
}
if (problems.length) {
  console.error(`Docs check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Docs check passed in headless Chromium.');
