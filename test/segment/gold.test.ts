/** Our splitter on the sentences checked by hand (the same file the bench compares other splitters on). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';
import { defaultLexiconsOnce } from '../../src/lexicons/load.js';

const gold = JSON.parse(readFileSync(new URL('../fixtures/segment/gold-sentences.json', import.meta.url), 'utf8')) as {
  cases: Array<{ id: string; text: string; sentences: string[] }>;
};

function paragraphs(text: string) {
  const out: Array<{ start: number; end: number; kind: 'body' }> = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'body' });
  return out;
}

describe('sentence boundaries checked by hand', () => {
  for (const c of gold.cases) {
    it(c.id, () => {
      const { sentences } = splitSentences(c.text, paragraphs(c.text), defaultLexiconsOnce().words);
      expect(sentences.map((s) => c.text.slice(s.charStart, s.charEnd).replace(/\s+/g, ' '))).toEqual(c.sentences);
    });
  }
});
