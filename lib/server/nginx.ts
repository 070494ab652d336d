// `npm run serve:nginx`: Debian's nginx (tests/setup/install-chromium.sh installs it) serving the
// published folder (out/, or $SITE_DIR) on $PORT with the generated out/_nginx.conf, unprivileged and in
// the foreground: the same configuration a clinic would include in its own server block.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const dir = resolve(process.env.SITE_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const nginx = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const include = join(dir, "_nginx.conf");
if (!existsSync(include)) {
  console.error(`${include} not found: build the site first (npm run build).`);
  process.exit(1);
}
if (!existsSync(nginx)) {
  console.error(`${nginx} not found: install it with npm run setup:browser (Debian's nginx-light), or set NGINX_PATH.`);
  process.exit(1);
}

// Everything nginx writes (pid, logs, temp files) goes to a folder of its own, so no root is needed.
const work = mkdtempSync(join(tmpdir(), "nginx-"));
for (const sub of ["client", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(work, sub));
const conf = join(work, "nginx.conf");
writeFileSync(
  conf,
  `worker_processes 1;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=1000 inactive=60s;
  keepalive_timeout 65s;
  client_body_temp_path ${work}/client;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen ${port};
    root ${dir};
    include ${include};
  }
}
`,
);
const child = spawn(nginx, ["-e", "stderr", "-c", conf, "-g", "daemon off;"], { stdio: "inherit" });
console.log(`nginx serving ${dir} on http://localhost:${port}`);
const stop = () => child.kill("SIGQUIT");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => {
  rmSync(work, { recursive: true, force: true });
  process.exit(code ?? 0);
});
