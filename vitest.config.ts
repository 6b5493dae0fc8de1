import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// type-graphql is loaded by Node (CJS graphql via its "main"), while Vite would pick graphql's
// index.mjs for test files: two copies of graphql and "Cannot use GraphQLSchema from another
// module or realm". Point every import at the one CJS entry Node uses in production.
const graphqlEntry = require.resolve('graphql/index.js');

export default defineConfig({
  // esbuild drops decorator metadata; SWC keeps it, like tsc does for the production build.
  plugins: [swc.vite({ jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true } } })],
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        // The first test of a file that analyses text pays for loading compromise's lexicon and
        // tagger: 5 s (vitest's default) was passed by the caption tests on a machine at load 12.
        test: { name: 'unit', include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          // Starts a throwaway Neo4j (or uses NEO4J_TEST_URI) and hands tests its address: test/helpers/neo4j.ts.
          globalSetup: ['test/helpers/global-setup.ts'],
          // One Neo4j for the whole run: files share it, so they run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          // Seeding a file's reports through the ingest path took over 120 s at load 12 (explore, list filters).
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          // Failure and load cases (issue 9): minutes, not seconds, so `npm run test:reliability`, not `npm test`.
          name: 'reliability',
          include: ['test/reliability/**/*.rel.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 150_000,
          hookTimeout: 150_000,
        },
      },
    ],
  },
});
