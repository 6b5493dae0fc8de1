import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Each article as `<dir>/article-NN.json` in a new temporary folder, in order: input for `ingest`. */
export function writeArticleFiles(articles: unknown[], prefix = 'newsgraph-articles-'): string[] {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return articles.map((article, i) => {
    const file = join(dir, `article-${String(i).padStart(2, '0')}.json`);
    writeFileSync(file, JSON.stringify(article));
    return file;
  });
}
