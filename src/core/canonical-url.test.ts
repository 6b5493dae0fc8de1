import { describe, expect, it } from 'vitest';
import { canonicalUrl, outletOf } from './canonical-url.js';
import { articleId } from './ids.js';

describe('canonicalUrl', () => {
  it.each([
    ['http://Example.com/news/story/', 'https://example.com/news/story'],
    ['https://www.example.com/news/story#comments', 'https://example.com/news/story'],
    ['https://example.com:443/news/story?utm_source=tw&utm_medium=social', 'https://example.com/news/story'],
    ['https://example.com/news/story?fbclid=IwAR0x&gclid=Cj0K&msclkid=1', 'https://example.com/news/story'],
    ['https://example.com/news/story?page=2&id=7&utm_campaign=x', 'https://example.com/news/story?id=7&page=2'],
  ])('%s → %s', (url, canonical) => {
    expect(canonicalUrl(url)).toBe(canonical);
  });

  it('gives every spelling of a URL one article id, and a different path another', () => {
    expect(articleId('http://WWW.example.com/a/?utm_source=x', '')).toBe(articleId('https://example.com/a', ''));
    expect(articleId('https://example.com/b', '')).not.toBe(articleId('https://example.com/a', ''));
  });

  it('names the outlet by host', () => {
    expect(outletOf('http://www.Example.org/x')).toBe('example.org');
    expect(outletOf(undefined)).toBeNull();
  });
});
