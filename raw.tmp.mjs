import { connect } from "node:net";
const send = (req) => new Promise((res) => { const s = connect(3005, "127.0.0.1"); let d = ""; s.on("data", c => d += c); s.on("close", () => res(d)); s.on("error", e => res("ERR " + e.code + " " + d)); s.write(req); setTimeout(() => s.destroy(), 4000); });
for (const r of ["POST /favicon.ico HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", "GET /articles/%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET /search?q=%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET /../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"]) {
  const out = await send(r); console.log(JSON.stringify(r.split("\r\n")[0]), "=>", JSON.stringify(out.split("\r\n")[0]), out.length);
}
