// npm run bench:load — drives the production server (`npm start`) with autocannon for 30 s at 100
// connections on one article page, then prints requests per second, p50/p99 latency and errors.
// Needs a build first (npm run build). BENCH_URL=http://host:port/path measures a server already running.
import autocannon from "autocannon";
import { startSite } from "./server";

const path = process.env.BENCH_PATH ?? "/articles/side-effects";
const duration = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);

const port = 3200;
const server = process.env.BENCH_URL ? null : await startSite(port, path);
const url = process.env.BENCH_URL ?? `${server!.url}${path}`;
try {
  const result = await autocannon({ url, connections, duration });
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(`Load: ${url}, ${connections} connections, ${duration} s`);
  console.log(`  requests/s   mean ${result.requests.average.toFixed(0)}  (total ${result.requests.total})`);
  console.log(`  latency ms   p50 ${result.latency.p50}  p99 ${result.latency.p99}  max ${result.latency.max}`);
  console.log(`  throughput   ${(result.throughput.average / 1024 / 1024).toFixed(1)} MiB/s`);
  console.log(`  errors       ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
  if (errors > 0) process.exitCode = 1;
} finally {
  server?.stop();
}
