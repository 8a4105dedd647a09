/**
 * Direct quotes: curly quotes pair by shape; straight double quotes pair in
 * order within a paragraph. An unbalanced quote runs to the end of its
 * paragraph at most, never across the document.
 */
import type { Paragraph, Quote } from '../doc.js';

export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  for (const p of paragraphs) {
    if (p.kind !== 'body' && p.kind !== 'caption') continue;
    let open = -1;
    let openChar = '';
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (open < 0) {
        if (c === '"' || c === '\u201C') { open = i; openChar = c; }
      } else if ((openChar === '"' && c === '"') || (openChar === '\u201C' && c === '\u201D')) {
        if (i > open + 1) quotes.push({ charStart: open + 1, charEnd: i, text: text.slice(open + 1, i) });
        open = -1;
      }
    }
  }
  return quotes;
}
