import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES, isBoilerplate } from './boilerplate.js';
import { bandKeys, jaccard, shingles } from './shingles.js';
import { bodyWords, repairMojibake, textFingerprint } from './text-fingerprint.js';

const BODY = 'Healey said the “50-day drive” – agreed on 21 July – would go on.\n\nIt’s “urgent”, he added.';

describe('textFingerprint', () => {
  it('is the same for quotes, dashes, spacing, encoding and boilerplate', () => {
    const fingerprint = textFingerprint(BODY);
    expect(textFingerprint(`Healey said the "50-day drive" - agreed on 21 July - would go on.\n\nIt's "urgent",  he added.`)).toBe(fingerprint);
    expect(textFingerprint(Buffer.from(BODY, 'utf8').toString('latin1'))).toBe(fingerprint);
    expect(textFingerprint(`${BODY}\n\nRead also: Kremlin rejects talks\n\nFollow us on Telegram`)).toBe(fingerprint);
    expect(textFingerprint(BODY.replace('urgent', 'pressing'))).not.toBe(fingerprint);
  });

  it('repairs UTF-8 read as Windows-1252 or Latin-1, and leaves other text alone', () => {
    expect(repairMojibake('donâ€™t')).toBe('don’t');
    expect(repairMojibake(Buffer.from('Zürich – “Brücke”', 'utf8').toString('latin1'))).toBe('Zürich – “Brücke”');
    expect(repairMojibake('Â is a letter')).toBe('Â is a letter');
    expect(repairMojibake('plain text')).toBe('plain text');
  });

  it('keeps words only', () => {
    expect(bodyWords('It’s the “50-day drive”.')).toEqual(['it', 's', 'the', '50', 'day', 'drive']);
  });
});

describe('boilerplate rules', () => {
  it.each(BOILERPLATE_RULES.flatMap((rule) => rule.examples.map((example) => [rule.id, example] as const)))('%s matches "%s"', (id, example) => {
    expect(isBoilerplate(example)?.id).toBe(id);
  });
  it('leaves reporting alone', () => {
    expect(isBoilerplate('Healey said he would follow us on the matter of tariffs, and read more reports.')).toBeUndefined();
    expect(isBoilerplate('Subscribers to the fund lost money, the ministry said.')).toBeUndefined();
  });
});

describe('shingles and MinHash bands', () => {
  const words = Array.from({ length: 300 }, (_, i) => `w${i % 97}x${i}`);
  it('one word changed in 300 keeps about 97 % of the shingles and shares a band', () => {
    const changed = [...words];
    changed[150] = 'other';
    const a = shingles(words);
    const b = shingles(changed);
    expect(jaccard(a, b)).toBeCloseTo(291 / 301, 5);
    const bandsA = bandKeys(a);
    expect(bandsA).toHaveLength(16);
    expect(bandKeys(b).some((k) => bandsA.includes(k))).toBe(true);
  });
  it('unrelated texts share nothing', () => {
    const other = shingles(Array.from({ length: 300 }, (_, i) => `v${i}`));
    expect(jaccard(shingles(words), other)).toBe(0);
    expect(bandKeys(other).some((k) => bandKeys(shingles(words)).includes(k))).toBe(false);
  });
});
