import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { segment } from '../../src/segment/index.js';
import { findQuotes } from '../../src/segment/quotes.js';
import { defaultLexiconsOnce } from '../../src/lexicons/load.js';

const quotes = (text: string) => segment(ingest(`## Title\n\n${text}`), defaultLexiconsOnce()).quotes.map((q) => q.text);

describe('findQuotes', () => {
  it('pairs straight double quotes in order', () => {
    expect(quotes('He spoke of "security guarantees" and "main answers" today.')).toEqual(['security guarantees', 'main answers']);
  });

  it('pairs curly quotes by shape', () => {
    expect(quotes('He spoke of \u201Csecurity guarantees\u201D and \u201Cmain answers\u201D today.')).toEqual(['security guarantees', 'main answers']);
  });

  it('handles curly and straight quotes in one paragraph', () => {
    expect(quotes('A \u201Ccurly\u201D and a "straight" one.')).toEqual(['curly', 'straight']);
  });

  it('gives character offsets into the document text, without the quote marks', () => {
    const text = '## T\n\nPrice said "it matters most to us" on Monday.';
    const doc = segment(ingest(text), defaultLexiconsOnce());
    expect(doc.quotes).toHaveLength(1);
    const q = doc.quotes[0];
    expect(doc.text.slice(q.charStart, q.charEnd)).toBe('it matters most to us');
    expect(q.text).toBe('it matters most to us');
    expect(doc.text[q.charStart - 1]).toBe('"');
    expect(doc.text[q.charEnd]).toBe('"');
  });

  it('does not run an unbalanced quote past its paragraph', () => {
    const got = quotes('He said "this is open.\n\nNext paragraph "quoted" here.');
    expect(got).toEqual(['quoted']);
    expect(got.some((q) => q.includes('\n'))).toBe(false);
  });

  it('gives nothing for an unclosed curly quote', () => {
    expect(quotes('He said \u201Cthis never ends.\n\nThe talks \u201Dresumed.')).toEqual([]);
  });

  it('skips empty quotes', () => {
    expect(quotes('An "" empty pair and a "real" one.')).toEqual(['real']);
  });

  it('reads quotes in captions but not in titles or related lines', () => {
    const text = '## Russia Says "No"\n\nFebruary 01, 2022\n\nA "caption quote" here. (AP)\n\nBody "body quote" here.\n\n## Related article: "Related quote" story';
    const doc = segment(ingest(text), defaultLexiconsOnce());
    expect(doc.quotes.map((q) => q.text)).toEqual(['caption quote', 'body quote']);
  });

  it('can be called directly with paragraphs', () => {
    const text = 'x "a" y "b" z';
    expect(findQuotes(text, [{ start: 0, end: 6, kind: 'body' }]).map((q) => q.text)).toEqual(['a']);
  });
});
