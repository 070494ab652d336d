import { readFileSync, writeFileSync } from "node:fs";
import { brotliCompress, constants, gzip } from "node:zlib";
import { promisify } from "node:util";
import { eachAtMost } from "./pool";
import { siteFiles } from "./site-files";

const gz = promisify(gzip);
const br = promisify(brotliCompress);
/** Text files worth compressing; images and Pagefind's files are compressed already. */
const compressible = /\.(html|css|js|json|xml|txt|svg|ico|webmanifest)$/;

/**
 * Writes file.gz and file.br beside every text file, so servers send compressed bytes without
 * compressing per request (npm start sends either; nginx's gzip_static sends .gz).
 */
export async function precompress(dir: string): Promise<number> {
  const files = [...siteFiles(dir)].filter(({ path }) => compressible.test(path) && !/\/_(headers|redirects|nginx\.conf)$/.test(path));
  // Eight files at a time keep libuv's four compression threads busy; all at once would hold every
  // file and two compressor states per file in memory together (gigabytes on a large site).
  await eachAtMost(8, files, ({ file }) => compress(file));
  return files.length;
}

async function compress(file: string): Promise<void> {
  const body = readFileSync(file);
  // Hashed assets are few and kept forever: the best brotli. Pages are many: brotli 5 is about 40×
  // faster than 11 and within 15% of its size (and still smaller than gzip 9).
  const quality = /\/_(next|assets)\//.test(file) ? 11 : 5;
  const [g, b] = await Promise.all([
    gz(body, { level: 9 }),
    br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  if (g.length < body.length) writeFileSync(`${file}.gz`, g);
  if (b.length < body.length) writeFileSync(`${file}.br`, b);
}
