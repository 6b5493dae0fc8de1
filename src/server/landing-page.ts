import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { projectPath } from '../project-path.js';

export const EXAMPLES_DIR = projectPath('examples');

const WELCOME_QUERY = `# newsgraph: who said what about whom, from which report.
{
  articles(first: 5) { totalCount nodes { title publishedAt authors { name } } }
}
`;

export interface Example {
  name: string;
  query: string;
}

/** The example operations in examples/*.graphql, by file name; each is run by the test suite. */
export function loadExamples(dir = EXAMPLES_DIR): Example[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), query: readFileSync(join(dir, f), 'utf8') }));
}

/** What the picker shows for an example: its operation name (GraphiQL's tab title) and its leading comment. */
export function describeExample(example: Example): { title: string; description: string } {
  const title = /^\s*(?:query|mutation)\s+([A-Za-z_]\w*)/m.exec(example.query)?.[1] ?? example.name;
  const comment: string[] = [];
  for (const line of example.query.split('\n')) {
    const m = /^\s*#\s?(.*)$/.exec(line);
    if (!m) break;
    comment.push(m[1]!.trim());
  }
  const description = comment.join(' ');
  return { title, description };
}

/** Where the picker's bar goes in the page renderGraphiQL returns. */
const ROOT = '<div id="root"></div>';

/**
 * A self-contained GraphiQL (editor, explorer, docs; scripts and workers inlined, no CDN) instead of
 * Apollo Sandbox, whose page loads its script from a CDN and is blank offline or behind a firewall.
 *
 * Above it, a bar with an example picker and a link to the graph explorer. One tab per example
 * overflowed the tab bar at eight; the picker is a plain list of links to `?query=<example>`, which
 * GraphiQL opens in a new tab (or brings forward the tab that already holds it) and keeps the
 * user's other tabs. Plain HTML: no script of ours runs in the page.
 */
export function graphiqlLandingPage(options: { endpoint: string; examples: Example[]; explorePath?: string }): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const graphiql = renderGraphiQL({
        endpoint: options.endpoint,
        title: 'newsgraph — GraphiQL',
        defaultQuery: options.examples[0]?.query ?? WELCOME_QUERY,
      });
      if (!graphiql.includes(ROOT)) {
        throw new Error(`@graphql-yoga/render-graphiql no longer renders ${ROOT}: the example bar has nowhere to go (src/server/landing-page.ts).`);
      }
      const html = graphiql.replace(ROOT, `${exampleBar(options)}\n${ROOT}`).replace('</head>', `<style>${BAR_CSS}</style>\n</head>`);
      return { async renderLandingPage() { return { html }; } };
    },
  };
}

function exampleBar(options: { endpoint: string; examples: Example[]; explorePath?: string }): string {
  const items = options.examples.map((example) => {
    const { title, description } = describeExample(example);
    const href = `${options.endpoint}?query=${encodeURIComponent(example.query)}`;
    return `<li><a href="${escapeHtml(href)}" data-example="${escapeHtml(example.name)}"><strong>${escapeHtml(title)}</strong><span>${escapeHtml(description)}</span></a></li>`;
  });
  const picker =
    options.examples.length === 0
      ? ''
      : `<details class="ng-examples"><summary>Examples (${options.examples.length})</summary><ol>${items.join('')}</ol></details>`;
  const explore = options.explorePath ? `<a class="ng-explore" href="${escapeHtml(options.explorePath)}">Explore the graph →</a>` : '';
  return `<nav class="ng-bar" aria-label="newsgraph"><strong>newsgraph</strong>${picker}${explore}</nav>`;
}

const BAR_CSS = `
body { display: flex; flex-direction: column; height: 100vh; margin: 0; }
.ng-bar { flex: 0 0 auto; display: flex; align-items: center; gap: 16px; padding: 6px 12px; font: 14px system-ui, sans-serif; border-bottom: 1px solid #ddd; background: #fff; color: #222; position: relative; z-index: 20; }
#root { flex: 1 1 auto; min-height: 0; overflow: hidden; }
#root .graphiql-container { height: 100%; width: 100%; }
.ng-bar a { color: #0b6bcb; text-decoration: none; }
.ng-bar a:hover { text-decoration: underline; }
.ng-examples summary { cursor: pointer; }
.ng-examples ol { position: absolute; top: 100%; left: 90px; margin: 0; padding: 6px 0; list-style: none; width: min(560px, 90vw); max-height: 70vh; overflow-y: auto; background: #fff; border: 1px solid #ddd; border-radius: 6px; box-shadow: 0 6px 18px rgba(0,0,0,.15); }
.ng-examples li a { display: block; padding: 6px 12px; color: #222; }
.ng-examples li a:hover { background: #f1f3f5; text-decoration: none; }
.ng-examples li strong { display: block; }
.ng-examples li span { display: block; font-size: 12px; color: #666; }
.ng-explore { margin-left: auto; }
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
