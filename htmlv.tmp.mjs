import { HtmlValidate } from "html-validate";
import fs from "node:fs";
const h = new HtmlValidate({ extends: ["html-validate:standard", "html-validate:document"], rules: { "valid-id": ["error", { relaxed: true }] } });
const m = {};
for (const f of process.argv.slice(2)) {
  const r = await h.validateString(fs.readFileSync(f, "utf8"), f);
  for (const res of r.results) for (const x of res.messages) { m[x.ruleId] = (m[x.ruleId] || 0) + 1; if (m[x.ruleId] < 4) console.log(f.split("/app/")[1], x.ruleId, x.message.slice(0, 160), x.selector); }
}
console.log(m);
