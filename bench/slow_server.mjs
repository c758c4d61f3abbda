// The fetch benchmark's web: 127.0.0.1 .. 127.0.0.N on one port, every answer after a fixed delay
// (100 ms), each page a short article that states the figure its citing claim quotes.
// Usage: node slow_server.mjs PORT HOSTS DELAY_MS   (prints "ready" when every host listens)
// GET /__served answers the number of pages served so far, at once.
import http from 'node:http';

const [port, hosts, delay] = process.argv.slice(2).map(Number);
let served = 0;

function page(host, path) {
  const n = Number((path.match(/(\d+)/) || [0, 0])[1]);
  return `<!doctype html><html><head><title>Visitor survey | Office of Statistics</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Visitor survey</h1>
<p>The survey of site ${n} counted ${n + 100} visitors in 2024, the office said in its yearly
report, which covers every branch and the online service.</p></article>
<footer>Copyright 2025</footer></body></html>`;
}

let listening = 0;
for (let i = 1; i <= hosts; i++) {
  const host = `127.0.0.${i}`;
  const server = http.createServer((req, res) => {
    // How many pages were served so far, answered at once and not counted (bench/cache.sh).
    if (req.url === '/__served') {
      res.writeHead(200, {'Content-Type': 'text/plain'});
      res.end(`${served}\n`);
      return;
    }
    setTimeout(() => {
      served++;
      const body = page(host, req.url);
      res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8',
                          'Content-Length': Buffer.byteLength(body)});
      res.end(req.method === 'HEAD' ? undefined : body);
    }, delay);
  });
  server.keepAliveTimeout = 30000;
  server.listen(port, host, () => {
    if (++listening === hosts) console.log('ready');
  });
}
process.on('SIGTERM', () => {
  console.error(`served ${served}`);
  process.exit(0);
});
