import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../resolve/index.js';
import { extract } from './extract.js';

const article = (body: string) => ({ title: 'T', publishedAt: '2026-03-10T10:00:00', authors: [], tags: [], body });
/** [speaker id, text] of each statement. */
const statements = (body: string) => analyse(article(body)).parsed.statements.map((s) => [s.speaker, s.text]);
const rulesOf = (body: string, text: string) => extract(article(body)).statements.find((s) => s.text.startsWith(text))?.rules ?? [];

// compromise's lexicon loads on first use: in a beforeAll with its own timeout, not in the first test
beforeAll(() => void statements('Warm-up.'), 60_000);

describe('statement.description.named-later: a description whose body is named only after it', () => {
  const lead = "Tarn's grid regulator has fined the power company for the blackout, the regulator said on Monday. The Tarn Energy Regulatory Authority said the fine was the largest it had set.";

  it('is the first body of its kind in the next sentence', () => {
    expect(statements(lead)).toEqual([
      ['organization:tarn-energy-regulatory-authority', "Tarn's grid regulator has fined the power company for the blackout"],
      ['organization:tarn-energy-regulatory-authority', 'the fine was the largest it had set'],
    ]);
    expect(rulesOf(lead, "Tarn's grid")).toContain('statement.description.named-later');
  });

  it('looks no further than the next sentence', () => {
    const far = 'Prices rose again, the regulator said. Shops were shut. Queues formed. The Tarn Energy Regulatory Authority met.';
    expect(statements(far).map(([speaker]) => speaker)).not.toContain('organization:tarn-energy-regulatory-authority');
  });

  it('prefers a body of that kind named before', () => {
    const both = 'The Coastal Safety Authority fined the ferry operator. Crossings resumed, the regulator said. The Harbour Board met.';
    expect(statements(both)).toEqual([['organization:coastal-safety-authority', 'Crossings resumed']]);
  });
});

describe('statement.description.name-head: "the hospital" is the body whose name ends in that noun', () => {
  it('resolves a noun that is no listed description', () => {
    const body = 'Velden University Hospital will open its new wing in March, four months late, the hospital said on Monday.';
    expect(statements(body)).toEqual([['organization:velden-university-hospital', 'Velden University Hospital will open its new wing in March, four months late']]);
    expect(rulesOf(body, 'Velden')).toContain('statement.description.name-head');
  });
});
