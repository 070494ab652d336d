import { connect } from "node:net";
const send = (req) => new Promise((res) => { const s = connect(3005, "127.0.0.1"); let d = ""; s.on("data", c => d += c); s.on("close", () => res(d)); s.on("error", e => res("ERR " + e.code + " " + d)); s.write(req); setTimeout(() => s.destroy(), 4000); });
for (const r of process.argv.slice(2)) { const out = await send(r.replace(/\\r\\n/g, "\r\n")); console.log("----", r.split("\\r\\n")[0]); console.log(out.slice(0, 1300)); }
