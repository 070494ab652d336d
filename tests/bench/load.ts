// npm run bench:load — the same article, the same run: `npm start` against nginx with the generated
// configuration, each driven by autocannon for 30 s at 100 connections (one after the other, so they never
// share the CPU), asking for gzip as browsers do. Prints requests/s, p50/p99 latency, errors and the ratio.
// Needs a build first (npm run build). Goal: npm start ≥ 0.5 × nginx's requests/s, 0 errors.
import autocannon from "autocannon";
import { startNginx, startSite } from "./server";

const path = process.env.BENCH_PATH ?? "/articles/side-effects";
const duration = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);

async function drive(name: string, start: (port: number, probe: string) => ReturnType<typeof startSite>, port: number) {
  const server = await start(port, path);
  try {
    const r = await autocannon({ url: `${server.url}${path}`, connections, duration, headers: { "accept-encoding": "gzip" } });
    return {
      name,
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts + r.non2xx,
      mib: r.throughput.average / 1024 / 1024,
    };
  } finally {
    server.stop();
  }
}

const results = [await drive("npm start", startSite, 3310), await drive("nginx", startNginx, 3311)];
console.log(`Load: ${path}, ${connections} connections, ${duration} s each, Accept-Encoding: gzip`);
console.table(
  results.map((r) => ({
    server: r.name,
    "requests/s": Math.round(r.rps),
    "p50 ms": r.p50,
    "p99 ms": r.p99,
    "MiB/s": r.mib.toFixed(1),
    errors: r.errors,
  })),
);
const [site, nginx] = results as [(typeof results)[0], (typeof results)[0]];
const ratio = site.rps / nginx.rps;
console.log(
  `bench:load npm_start_rps=${Math.round(site.rps)} nginx_rps=${Math.round(nginx.rps)} ratio=${ratio.toFixed(2)} npm_start_p50_ms=${site.p50} npm_start_p99_ms=${site.p99} nginx_p50_ms=${nginx.p50} nginx_p99_ms=${nginx.p99} errors=${site.errors + nginx.errors} (goal: ratio ≥ 0.50, 0 errors)`,
);
if (site.errors + nginx.errors > 0) process.exitCode = 1;
