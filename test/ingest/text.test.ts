import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parse } from '../../src/index.js';
import { ingestText } from '../../src/ingest/text.js';
import type { Doc, Paragraph } from '../../src/doc.js';

const blocks = (doc: Doc) => doc.paragraphs.map((p) => ({ kind: p.kind, text: doc.text.slice(p.start, p.end) }));
const ofKind = (doc: Doc, kind: Paragraph['kind']) => blocks(doc).filter((b) => b.kind === kind).map((b) => b.text);

const ARTICLE = [
  '',
  '## Germany Urges Calm Over Border Dispute',
  '',
  'February 01, 2022',
  '',
  'Chancellor Olaf Scholz at a press conference in Berlin. (Reuters / Jane Doe)',
  '',
  'Germany urged Poland on Monday to resume talks over the border.',
  '',
  '## Related article: France Backs Berlin On Border Talks',
  '',
  'Poland said it would consider the proposal.',
  '',
  '## Original url:',
  '',
  'https://www.example.com/2022/02/01/germany-urges-ca lm-over',
  '-border-dispute-a123',
  '',
].join('\n');

describe('ingestText: plain text', () => {
  it('a first block of headline and date lines gives the title and the date', () => {
    const doc = ingest('Turkey Summons Swedish Envoy\nJanuary 13, 2023\n\nTurkey summoned the envoy on Thursday.\n');
    expect(doc.meta).toMatchObject({ title: 'Turkey Summons Swedish Envoy', date: '2023-01-13' });
    expect(ofKind(doc, 'body')).toEqual(['Turkey summoned the envoy on Thursday.']);
  });
});

describe('ingestText: Markdown news articles', () => {
  const doc = ingest(ARTICLE);

  it('detects Markdown and reads the ## title', () => {
    expect(doc.meta.format).toBe('markdown');
    expect(doc.meta.title).toBe('Germany Urges Calm Over Border Dispute');
    expect(ofKind(doc, 'title')).toEqual(['## Germany Urges Calm Over Border Dispute']);
  });

  it('reads the date line "February 01, 2022" as 2022-02-01', () => {
    expect(doc.meta.date).toBe('2022-02-01');
    expect(ofKind(doc, 'date')).toEqual(['February 01, 2022']);
  });

  it('marks the photo caption with its credit as a caption, not body', () => {
    expect(ofKind(doc, 'caption')).toEqual(['Chancellor Olaf Scholz at a press conference in Berlin. (Reuters / Jane Doe)']);
  });

  it('marks "## Related article: …" as related, never as prose', () => {
    expect(ofKind(doc, 'related')).toEqual(['## Related article: France Backs Berlin On Border Talks']);
    expect(ofKind(doc, 'body').some((t) => t.includes('France Backs Berlin'))).toBe(false);
  });

  it('keeps both body paragraphs, before and after the related line', () => {
    expect(ofKind(doc, 'body')).toEqual([
      'Germany urged Poland on Monday to resume talks over the border.',
      'Poland said it would consider the proposal.',
    ]);
  });

  it('joins a URL broken by a space and by a line break into meta.url', () => {
    expect(doc.meta.url).toBe('https://www.example.com/2022/02/01/germany-urges-calm-over-border-dispute-a123');
    expect(ofKind(doc, 'body').some((t) => t.includes('https://'))).toBe(false);
    expect(ofKind(doc, 'url').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the original text and its offsets (paragraphs are slices of it)', () => {
    expect(doc.text).toBe(ARTICLE);
    for (const p of doc.paragraphs) {
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeLessThanOrEqual(doc.text.length);
      expect(p.start).toBeLessThanOrEqual(p.end);
    }
    const starts = doc.paragraphs.map((p) => p.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('reads a URL given on the heading line itself, with a space inside', () => {
    const d = ingest('## Title Of The Story\n\nFrance spoke.\n\n## Original url: https://www.exa mple.com/a-b\n');
    expect(d.meta.url).toBe('https://www.example.com/a-b');
  });

  it('normalises CRLF line endings before reading', () => {
    const d = ingest(ARTICLE.replace(/\n/g, '\r\n'));
    expect(d.meta.title).toBe('Germany Urges Calm Over Border Dispute');
    expect(d.meta.date).toBe('2022-02-01');
    expect(d.text.includes('\r')).toBe(false);
  });

  it('lets caller metadata (JSON Lines fields) win over what the text says', () => {
    const d = ingest(ARTICLE, { meta: { title: 'Given Title', date: '2021-12-31' }, id: 'a1', fileName: 'a1.md' });
    expect(d.id).toBe('a1');
    expect(d.meta.title).toBe('Given Title');
    expect(d.meta.date).toBe('2021-12-31');
    expect(d.meta.url).toBe('https://www.example.com/2022/02/01/germany-urges-calm-over-border-dispute-a123');
    expect(d.meta.source).toBe('a1.md');
  });

  it('treats a later heading as a subheading title, not as the article title', () => {
    const d = ingest('## Main Story\n\nRussia spoke.\n\n## What Comes Next\n\nFrance spoke.\n');
    expect(d.meta.title).toBe('Main Story');
    expect(ofKind(d, 'title')).toEqual(['## Main Story', '## What Comes Next']);
    expect(ofKind(d, 'body')).toEqual(['Russia spoke.', 'France spoke.']);
  });

  // Regression test (found while testing, fixed): after "## Original url:" every later paragraph is read as part of the URL, so a footer line is glued onto it: meta.url becomes "https://www.example.com/a-bCopyright2022ExampleNews.Allrightsreserved.".
  it('does not glue a footer paragraph after the URL onto meta.url', () => {
    const d = ingest('## Title\n\nRussia spoke.\n\n## Original url:\n\nhttps://www.example.com/a-b\n\nCopyright 2022 Example News. All rights reserved.\n');
    expect(d.meta.url).toBe('https://www.example.com/a-b');
  });

  // Regression test (found while testing, fixed): URL_HEADING matches any heading that starts with "Source", "Link" or "URL", so a headline such as "Sources Say …" or "Linked …" switches the reader into the URL section and every following paragraph (…
  it('reads a headline starting with "Sources" as the title, not as a URL section', () => {
    const d = ingest('## Sources Say Russia Will Reply Soon\n\nFebruary 01, 2022\n\nRussia said it would reply to the United States.\n');
    expect(d.meta.title).toBe('Sources Say Russia Will Reply Soon');
    expect(ofKind(d, 'body')).toEqual(['Russia said it would reply to the United States.']);
  });

  it('reads a headline starting with "Linked" as the title, not as a URL section', () => {
    const d = ingest('## Linked Talks Resume in Geneva\n\nRussia said it would reply to the United States.\n');
    expect(d.meta.title).toBe('Linked Talks Resume in Geneva');
    expect(ofKind(d, 'body')).toEqual(['Russia said it would reply to the United States.']);
  });
});

describe('ingestText: plain text without headings', () => {
  it('takes the first short unpunctuated line as the headline and the next date line as the date', () => {
    const text = 'Germany urges calm over border\n\n1 February 2022\n\nGermany urged Poland to talk. Poland agreed.\n';
    const d = ingest(text);
    expect(d.meta.format).toBe('text');
    expect(d.meta.title).toBe('Germany urges calm over border');
    expect(d.meta.date).toBe('2022-02-01');
    expect(ofKind(d, 'body')).toEqual(['Germany urged Poland to talk. Poland agreed.']);
  });

  it('keeps a first paragraph that ends with punctuation as body, with no title', () => {
    const d = ingest('Germany urged Poland to talk.\n\nPoland agreed on Monday.\n');
    expect(d.meta.title).toBeUndefined();
    expect(ofKind(d, 'body')).toEqual(['Germany urged Poland to talk.', 'Poland agreed on Monday.']);
  });

  it('groups consecutive lines into one paragraph, blank lines separate paragraphs', () => {
    const { paragraphs } = ingestText('Germany urged Poland.\nPoland agreed.\n\nFrance spoke.');
    expect(paragraphs.map((p) => p.kind)).toEqual(['body', 'body']);
    expect(paragraphs[0]).toMatchObject({ start: 0, end: 'Germany urged Poland.\nPoland agreed.'.length });
  });

  it('does not take a caption before the date is known', () => {
    const d = ingest('Germany urged Poland to talk. (Reuters)\n');
    expect(ofKind(d, 'caption')).toEqual([]);
  });
});

describe('ingest: Unicode normalisation', () => {
  it('composes decomposed characters (NFC), so names match the lexicon; the hash is of the input as given', () => {
    const decomposed = 'Officials in Sa\u0303o Tome\u0301 and Pri\u0301ncipe and Tu\u0308rkiye met on Monday.';
    const doc = parse(decomposed, { id: 'nfc' });
    expect(doc.text).toBe(decomposed.normalize('NFC'));
    expect(doc.actors.map((a) => a.id).sort()).toEqual(['country:stp', 'country:tur']);
    expect(doc.meta.hash).toBe(parse(decomposed, { id: 'again' }).meta.hash);
    expect(doc.meta.hash).not.toBe(parse(decomposed.normalize('NFC'), { id: 'composed' }).meta.hash);
  });
});
