import type { FamilyTextKind } from './readability.js';

// The words a rendered page shows, split the way a reader meets them: headings and short labels
// (held to the heading limit) apart from running text (paragraphs, list items, summary values).

export interface TextBlock {
  kind: FamilyTextKind;
  text: string;
}

/** Labels and headings: a heading, legend, label, hint, caption, summary-list key, table header or button. */
const SHORT = [
  /<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g,
  /<legend\b[^>]*>([\s\S]*?)<\/legend>/g,
  /<label\b[^>]*>([\s\S]*?)<\/label>/g,
  /<div class="govuk-hint"[^>]*>([\s\S]*?)<\/div>/g,
  /<span class="govuk-caption-l"[^>]*>([\s\S]*?)<\/span>/g,
  /<dt\b[^>]*>([\s\S]*?)<\/dt>/g,
  /<th\b[^>]*>([\s\S]*?)<\/th>/g,
  /<button\b[^>]*>([\s\S]*?)<\/button>/g,
  /<strong class="govuk-tag[^"]*"[^>]*>([\s\S]*?)<\/strong>/g,
];
const HINT_CLASS = /govuk-hint|govuk-tag|<dt|<th|<button|<label/;

/** Every block of text a page shows, in order of kind: short labels first, then running text. */
export function textBlocksOf(html: string): TextBlock[] {
  let body = html
    .replace(/<head\b[\s\S]*?<\/head>/g, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<svg\b[\s\S]*?<\/svg>/g, '')
    // Hidden words for screen readers complete a button's label; they are read as part of it.
    .replace(/<span class="govuk-visually-hidden">([\s\S]*?)<\/span>/g, '$1');
  const blocks: TextBlock[] = [];
  for (const pattern of SHORT) {
    body = body.replace(pattern, (whole, inner: string) => {
      const text = plain(inner);
      if (text) blocks.push({ kind: HINT_CLASS.test(whole) ? 'hint' : 'heading', text });
      return '\n\n';
    });
  }
  const running = body
    .replace(
      /<\/?(p|li|dd|div|ul|ol|td|tr|figcaption|form|main|footer|header|section|nav|dl)\b[^>]*>/g,
      '\n\n',
    )
    .split(/\n\s*\n/)
    .map(plain)
    .filter((text) => /\p{L}/u.test(text));
  return [...blocks, ...running.map((text) => ({ kind: 'paragraph' as const, text }))];
}

function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;])/g, '$1')
    .trim();
}
