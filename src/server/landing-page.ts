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

/**
 * A self-contained GraphiQL (editor, explorer, docs; scripts and workers inlined, no CDN) instead of
 * Apollo Sandbox, whose page loads its script from a CDN and is blank offline or behind a firewall.
 * The examples open as tabs on a first visit.
 */
export function graphiqlLandingPage(options: { endpoint: string; examples: Example[] }): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const html = renderGraphiQL({
        endpoint: options.endpoint,
        title: 'newsgraph — GraphiQL',
        defaultQuery: options.examples[0]?.query ?? WELCOME_QUERY,
        // GraphiQL reads the first tab unconditionally: give it tabs only when there are some.
        ...(options.examples.length > 0 ? { defaultTabs: options.examples.map((e) => ({ query: e.query })) } : {}),
      });
      return { async renderLandingPage() { return { html }; } };
    },
  };
}
