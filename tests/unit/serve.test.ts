import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `npm start` on a folder of three files, to see what it does when a file goes away under it.
const dir = mkdtempSync(join(tmpdir(), "serve-"));
const port = 3190;
let server: ChildProcess;
let output = "";

const page = (title: string) => `<!doctype html><html lang="en"><title>${title}</title><p>${title}</p></html>`;

/** One GET, with the encodings a browser accepts: status and body (compressed bodies are not decoded). */
function get(path: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((done) => {
    const req = request({ host: "127.0.0.1", port, path, headers: { "accept-encoding": "br" } }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString("latin1")));
      res.on("end", () => done({ status: res.statusCode!, body }));
      res.on("error", (e) => done({ error: e.message }));
    });
    req.on("error", (e) => done({ error: e.message }));
    req.end();
  });
}

beforeAll(async () => {
  writeFileSync(join(dir, "index.html"), page("Home"));
  writeFileSync(join(dir, "404.html"), page("Not found"));
  writeFileSync(join(dir, "_redirects"), "");
  writeFileSync(join(dir, "gone.html"), page("Gone"));
  writeFileSync(join(dir, "gone.html.br"), brotliCompressSync(page("Gone")));
  server = spawn(process.execPath, ["lib/server/serve.ts"], { env: { ...process.env, SITE_DIR: dir, PORT: String(port) } });
  server.stdout!.on("data", (d: Buffer) => (output += d));
  server.stderr!.on("data", (d: Buffer) => (output += d));
  await new Promise<void>((ready, fail) => {
    server.stdout!.on("data", () => /Serving/.test(output) && ready());
    server.on("exit", (code) => fail(new Error(`the server stopped (${code}):\n${output}`)));
  });
});
afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("keeps serving when a file it listed at start is removed", async () => {
    expect(await get("/gone")).toMatchObject({ status: 200 });
    rmSync(join(dir, "gone.html.br"));
    // The listed file cannot be read any more: that one answer is cut off, and the server says why.
    expect(await get("/gone")).not.toMatchObject({ status: 200, body: expect.stringContaining("Gone") });
    await expect.poll(() => output).toMatch(/\/gone: ENOENT/);
    expect(await get("/")).toMatchObject({ status: 200, body: expect.stringContaining("Home") });
    expect(server.exitCode).toBeNull();
  });
});
