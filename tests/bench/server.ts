import { spawn } from "node:child_process";

/** Starts a server in its own process group, waits until `probe` answers, and returns a stop function. */
export async function startServer(
  command: string,
  args: string[],
  options: { port: number; probe?: string; cwd?: string; env?: Record<string, string> },
) {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, PORT: String(options.port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: "ignore",
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid!);
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${options.port}${options.probe ?? "/"}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).status < 500) return { url: `http://127.0.0.1:${options.port}`, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`${command} ${args.join(" ")} did not start on port ${options.port} (is the site built? run npm run build)`);
}

/** The site's own production server (`npm start`) over out/. */
export const startSite = (port: number, probe = "/") => startServer(process.execPath, ["lib/server/serve.ts"], { port, probe });

/** nginx with the generated configuration over the same out/ (`npm run serve:nginx`). */
export const startNginx = (port: number, probe = "/") => startServer(process.execPath, ["lib/server/nginx.ts"], { port, probe });

export const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
};
