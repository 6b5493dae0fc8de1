import normalizeUrl from 'normalize-url';

/**
 * Query parameters that say how a reader arrived, not what they read: campaign tags and click ids of
 * ad and mail platforms. A URL that differs from another only in these names the same article.
 */
export const TRACKING_PARAMETERS: readonly (string | RegExp)[] = [
  /^utm_\w+$/i, // Google Analytics campaign tags (utm_source, utm_medium, utm_campaign…)
  'fbclid', // Facebook click id
  'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', // Google Ads click ids
  'msclkid', // Microsoft Ads
  'yclid', // Yandex
  'igshid', // Instagram share id
  'mc_cid', 'mc_eid', // Mailchimp
  '_ga', '_gl', // Google Analytics cross-domain linker
];

/**
 * The one spelling of an article's URL: https, lower-case host without `www.`, no default port, no
 * fragment, no trailing slash, tracking parameters removed and the rest sorted (normalize-url).
 * `http://Example.com/a/?utm_source=x#top` and `https://example.com/a` are the same article.
 */
export function canonicalUrl(url: string): string {
  return normalizeUrl(url.trim(), {
    forceHttps: true,
    stripHash: true,
    stripWWW: true,
    removeTrailingSlash: true,
    removeExplicitPort: true,
    sortQueryParameters: true,
    removeQueryParameters: [...TRACKING_PARAMETERS],
  });
}

/** The outlet an article was published by: its canonical URL's host, or null without a URL. */
export function outletOf(url: string | null | undefined): string | null {
  return url ? new URL(canonicalUrl(url)).hostname : null;
}
