import { readFileSync, readdirSync } from 'node:fs';
import { parseArticle } from '../src/ingest/parse/index.js';
const dir = 'seed/heldout-2';
for (const f of readdirSync(dir).filter((f) => /\.(txt|md|json)$/.test(f) && !f.endsWith('.expected.json'))) {
  const a = parseArticle({ text: readFileSync(`${dir}/${f}`), filename: f });
  console.log('=====', f); const { body, ...rest } = a; console.log(JSON.stringify(rest)); console.log(body);
}
