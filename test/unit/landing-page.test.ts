import { describe, expect, it } from 'vitest';
import { describeExample, graphiqlLandingPage, loadExamples } from '../../src/server/landing-page.js';

describe('the GraphiQL example picker', () => {
  it('titles an example by its operation name and describes it by its leading comment', () => {
    expect(describeExample({ name: '09-x', query: '# Who said what\n# about whom.\nquery WhoSaidWhat {\n  # not this\n  statements { totalCount }\n}\n' })).toEqual({
      title: 'WhoSaidWhat',
      description: 'Who said what about whom.',
    });
    expect(describeExample({ name: '10-anonymous', query: '{ articles { totalCount } }' })).toEqual({ title: '10-anonymous', description: '' });
  });

  it('renders one link per example to ?query=<the example>, escaped, and a link to the explorer', async () => {
    const examples = [...loadExamples(), { name: 'quote"<b>', query: '# "quoted" <b>\nquery Q { articles { totalCount } }' }];
    const plugin = graphiqlLandingPage({ endpoint: '/graphql', examples, explorePath: '/explore' });
    const listener = await plugin.serverWillStart!({} as never);
    const { html } = (await listener!.renderLandingPage!()) as { html: string };
    const links = [...html.matchAll(/<a href="([^"]*)" data-example="([^"]*)">/g)];
    expect(links.map((m) => m[2])).toEqual([...loadExamples().map((e) => e.name), 'quote&quot;&lt;b&gt;']);
    // The attribute as a browser reads it.
    const href = links[0]![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(decodeURIComponent(href.slice('/graphql?query='.length))).toBe(examples[0]!.query);
    expect(html).toContain('<span>&quot;quoted&quot; &lt;b&gt;</span>');
    expect(html).toContain('<a class="ng-explore" href="/explore">Explore the graph →</a>');
    expect(html).toContain(`Examples (${examples.length})`);
  });
});
