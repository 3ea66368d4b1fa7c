/**
 * A small reader for the XML bodies OBS answers (ListBucketResult, ListAllMyBucketsResult,
 * InitiateMultipartUploadResult, ListPartsResult, Error): flat elements without attributes on the
 * ones read, no namespace prefixes. Values are unescaped; nothing here evaluates entities beyond
 * the five predefined ones and numeric references.
 */

const unescape = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const tagPattern = (tag: string) => new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');

/** The raw inner XML of every `<tag>…</tag>` (not nested in itself). */
export function xmlBlocks(xml: string, tag: string): string[] {
  return [...xml.matchAll(tagPattern(tag))].map((m) => m[1]!);
}

/** The text of the first `<tag>…</tag>`, unescaped, or undefined. */
export function xmlText(xml: string, tag: string): string | undefined {
  const block = xmlBlocks(xml, tag)[0];
  return block === undefined ? undefined : unescape(block);
}

/** The texts of every `<tag>…</tag>`, unescaped. */
export function xmlTexts(xml: string, tag: string): string[] {
  return xmlBlocks(xml, tag).map(unescape);
}
