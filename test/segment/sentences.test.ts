import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { segment } from '../../src/segment/index.js';
import { splitSentences } from '../../src/segment/sentences.js';
import { defaultLexiconsOnce } from '../../src/lexicons/load.js';

const lexicons = defaultLexiconsOnce();
/** Sentences of an article, as text; a `## Title` line first keeps plain text from taking the first line as its headline. */
const sentences = (text: string) => {
  const doc = segment(ingest(text), lexicons);
  return doc.sentences.map((s) => doc.text.slice(s.charStart, s.charEnd));
};
const body = (text: string) => sentences(`## Title\n\n${text}`);

describe('splitSentences', () => {
  it('splits at . ! ? before a capital', () => {
    expect(body('Russia spoke. France listened! Did Italy? Yes.')).toEqual(['Russia spoke.', 'France listened!', 'Did Italy?', 'Yes.']);
  });

  it('does not end a sentence at Gen., Mr., Dr. or an initial', () => {
    expect(body('Gen. Mark Milley met Mr. Smith and Dr. Jones in Kyiv. J. Smith said nothing.')).toEqual([
      'Gen. Mark Milley met Mr. Smith and Dr. Jones in Kyiv.',
      'J. Smith said nothing.',
    ]);
  });

  it('ends the sentence after the closing quote: `actions." The`', () => {
    expect(body('He promised to "decide on further actions." The talks ended.')).toEqual([
      'He promised to "decide on further actions."',
      'The talks ended.',
    ]);
    expect(body('He promised to \u201Cdecide on further actions.\u201D The talks ended.')).toEqual([
      'He promised to \u201Cdecide on further actions.\u201D',
      'The talks ended.',
    ]);
  });

  it('splits "… to the U.S. The talks …" at the abbreviation', () => {
    expect(body('Russia sent a letter to the U.S. The talks resumed on Monday.')).toEqual([
      'Russia sent a letter to the U.S.',
      'The talks resumed on Monday.',
    ]);
  });

  it('does not split after U.S. inside a sentence', () => {
    expect(body('Russia sent a letter to the U.S. and NATO on Monday. Then it waited.')).toEqual([
      'Russia sent a letter to the U.S. and NATO on Monday.',
      'Then it waited.',
    ]);
    expect(body('U.S. officials said the U.N. Security Council would meet.')).toHaveLength(1);
  });

  it('does not split before a lower-case word', () => {
    expect(body('The price rose 2.5 percent vs. last year. Then it fell.')).toEqual(['The price rose 2.5 percent vs. last year.', 'Then it fell.']);
  });

  it('joins a sentence cut by a blank line when the next part starts in lower case', () => {
    const text = '## Title\n\nPutin\'s spokesman Dmitry Peskov added that the president\n\nwill decide on his own. The talks resumed.';
    const doc = segment(ingest(text), lexicons);
    const got = doc.sentences.map((s) => doc.text.slice(s.charStart, s.charEnd));
    expect(got).toEqual([
      'Putin\'s spokesman Dmitry Peskov added that the president\n\nwill decide on his own.',
      'The talks resumed.',
    ]);
    // The joined sentence spans both paragraphs in token offsets too.
    const first = doc.sentences[0];
    expect(doc.tokens[first.start].text).toBe('Putin');
    expect(doc.tokens[first.end - 1].text).toBe('.');
  });

  it('does not join across a blank line when the next part starts in upper case', () => {
    expect(body('Peskov added that the president\n\nWill decide later.')).toEqual(['Peskov added that the president', 'Will decide later.']);
  });

  it('does not join after a finished sentence even if the next paragraph is lower case', () => {
    expect(body('Russia spoke.\n\nand then it left.')).toEqual(['Russia spoke.', 'and then it left.']);
  });

  it('never makes sentences of the headline, date, related or URL lines', () => {
    const text = [
      '## Russia Warns Of Response', '', 'February 01, 2022', '',
      'Russia spoke on Tuesday.', '',
      '## Related article: France Replies To Russia', '',
      'France spoke on Wednesday.', '',
      '## Original url:', '', 'https://example.com/x',
    ].join('\n');
    expect(sentences(text)).toEqual(['Russia spoke on Tuesday.', 'France spoke on Wednesday.']);
  });

  it('reads the caption as its own sentences', () => {
    const text = '## Title Here\n\nFebruary 01, 2022\n\nU.S. Secretary of State Antony Blinken. (AP)\n\nRussia spoke.';
    const got = sentences(text);
    expect(got[0]).toBe('U.S. Secretary of State Antony Blinken.');
    expect(got[got.length - 1]).toBe('Russia spoke.');
    expect(got.join(' ')).not.toContain('February');
  });

  it('gives sentences whose token and character spans agree and do not overlap', () => {
    const text = '## T\n\nGen. J. Smith said "no." The U.S. agreed! Did the U.N.? Yes.\n\nand more\n\nNew paragraph here.';
    const doc = segment(ingest(text), lexicons);
    let previousEnd = 0;
    for (const s of doc.sentences) {
      expect(s.start).toBeLessThan(s.end);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(s.charStart).toBe(doc.tokens[s.start].start);
      expect(s.charEnd).toBe(doc.tokens[s.end - 1].end);
      previousEnd = s.end;
    }
    expect(previousEnd).toBe(doc.tokens.length);
  });

  it('can be called directly with paragraphs and word lists', () => {
    const text = 'Russia spoke. France too.';
    const { tokens, sentences: s } = splitSentences(text, [{ start: 0, end: text.length, kind: 'body' }], lexicons.words);
    expect(tokens.map((t) => t.text)).toEqual(['Russia', 'spoke', '.', 'France', 'too', '.']);
    expect(s).toEqual([
      { start: 0, end: 3, charStart: 0, charEnd: 13 },
      { start: 3, end: 6, charStart: 14, charEnd: 25 },
    ]);
  });

  it('ignores paragraphs that are not body or caption', () => {
    const text = 'Russia spoke. France too.';
    const { tokens, sentences: s } = splitSentences(text, [{ start: 0, end: text.length, kind: 'related' }], lexicons.words);
    expect(tokens).toEqual([]);
    expect(s).toEqual([]);
  });
});
