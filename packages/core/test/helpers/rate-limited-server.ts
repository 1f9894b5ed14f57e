// A server that enforces a rate, run in its own process (`node rate-limited-server.ts <rate>`), so its
// clock and its windows are not stalled by the client under test sharing an event loop with it.
// It answers 429 (Retry-After: 1) to every request above <rate> in the current second, prints its
// port, and answers `GET /__log` with the second of each 429 (that request is not counted).
import http from 'node:http';

const rate = Number(process.argv[2] ?? 30);
const rejected: number[] = [];
let served = 0;
let window = -1;
let inWindow = 0;

const server = http.createServer((req, res) => {
  if (req.url === '/__log') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ rejected, served }));
    return;
  }
  const second = Math.floor(Date.now() / 1000);
  if (second !== window) {
    window = second;
    inWindow = 0;
  }
  inWindow++;
  if (inWindow > rate) {
    rejected.push(second);
    res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"message":"Too many requests"}');
    return;
  }
  served++;
  res.writeHead(200, { 'content-type': 'application/json', 'x-ratelimit-remaining-second': String(rate - inWindow) }).end('{"ok":true}');
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
