// Writes the components table of the authors' guide (content/README.md) from the component registry,
// so the guide can never drift from the code. Usage: npm run docs:components (a unit test checks it ran).
import { readFileSync, writeFileSync } from "node:fs";
import { componentsTable, replaceTable } from "../../components/mdx/docs";

const file = "content/README.md";
const before = readFileSync(file, "utf8");
const after = replaceTable(before, componentsTable());
if (after !== before) writeFileSync(file, after);
console.log(after === before ? `${file}: components table already up to date` : `${file}: components table rewritten`);
