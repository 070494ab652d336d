// npm run bench:load — drives the production server (`npm start`) with autocannon for 30 s at 100
// connections on one article page, then prints requests per second, p50/p99 latency and errors.
// Needs a build first (npm run build). BENCH_URL=http://host:port/path measures a server already running.
import { type ChildProcess, spawn } from "node:child_process";
import autocannon from "autocannon";

const path = process.env.BENCH_PATH ?? "/articles/side-effects";
const duration = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["scripts/serve.mjs"], { env: { ...process.env, PORT: String(port), NODE_ENV: "production" }, stdio: "ignore", detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${path}`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-server.pid!);
  throw new Error("the server did not start: run `npm run build` first");
}

const port = 3200;
const server = process.env.BENCH_URL ? null : await startServer(port);
const url = process.env.BENCH_URL ?? `http://127.0.0.1:${port}${path}`;
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
  if (server) process.kill(-server.pid!);
}
