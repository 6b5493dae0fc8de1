import { describe, expect, it } from 'vitest';
import { CAPTION_CREDIT_RULES, withoutPhotoCredit } from './rules/captions.js';
import { extract } from './extract.js';

describe('photo credit rules', () => {
  it.each(CAPTION_CREDIT_RULES.flatMap((r) => r.examples.map(([caption, kept]) => ({ id: r.id, caption, kept }))))('$id cuts "$caption"', ({ id, caption, kept }) => {
    expect(withoutPhotoCredit(caption)).toEqual({ text: kept, rule: id });
  });

  it('leaves a caption without a credit, and the source of footage, as they are', () => {
    expect(withoutPhotoCredit('Firefighters at the depot on Sunday')).toEqual({ text: 'Firefighters at the depot on Sunday' });
    expect(withoutPhotoCredit('Talks. Screenshot: video by the Foreign Ministry')).toEqual({ text: 'Talks. Screenshot: video by the Foreign Ministry' });
    // "photographs" inside the description is not a credit
    expect(withoutPhotoCredit('Photographs of the flood line at Selby')).toEqual({ text: 'Photographs of the flood line at Selby' });
  });

  it('a credit yields no mention; the description before it is still read', () => {
    const x = extract({
      title: 'Storm hits coast',
      publishedAt: '2025-10-15',
      authors: ['Ana Ruiz'],
      tags: [],
      body: 'The storm reached Brittany on Monday.',
      caption: 'Waves break over the harbour wall in Brest. Photo: Loic Venance/AFP',
    });
    const caption = x.mentions.filter((m) => m.field === 'caption').map((m) => m.text);
    expect(caption).toEqual(['Brest']);
  });
});
