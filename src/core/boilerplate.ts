/**
 * Paragraphs that outlets wrap around a story and that say nothing of it: calls to follow, share or
 * subscribe, "read also" links, ad markers, copyright lines. Two copies of a story that differ only
 * in these are the same text (text-fingerprint.ts). Each rule has an id and the examples its test runs.
 */
export interface BoilerplateRule {
  id: string;
  /** Matches a whole paragraph (trimmed). */
  pattern: RegExp;
  examples: string[];
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { id: 'read-also', pattern: /^(?:read|see) (?:also|more)\b.{0,200}$/i, examples: ['Read also: Zelensky meets Trump in Rome', 'READ MORE: markets fall'] },
  { id: 'follow-us', pattern: /^(?:follow|join) us on\b.{0,200}$/i, examples: ['Follow us on Telegram and X', 'Join us on WhatsApp'] },
  { id: 'subscribe', pattern: /^(?:subscribe|sign up)\b.{0,200}$/i, examples: ['Subscribe to our newsletter', 'Sign up for breaking news alerts'] },
  { id: 'share', pattern: /^share (?:this|the) (?:article|story|post)\b.{0,100}$/i, examples: ['Share this article'] },
  { id: 'advertisement', pattern: /^(?:advertisement|sponsored|ad)$/i, examples: ['Advertisement', 'ADVERTISEMENT'] },
  { id: 'copyright', pattern: /^(?:©|\(c\)|copyright\b).{0,200}$/i, examples: ['© 2025 Reuters. All rights reserved.', 'Copyright Example News'] },
  { id: 'republished', pattern: /^(?:this (?:article|story) (?:was|is) (?:originally )?(?:published|republished)|originally published)\b.{0,200}$/i, examples: ['This article was originally published by Ukrainska Pravda.', 'Originally published at example.com'] },
];

export function isBoilerplate(paragraph: string): BoilerplateRule | undefined {
  const text = paragraph.trim();
  return BOILERPLATE_RULES.find((rule) => rule.pattern.test(text));
}
