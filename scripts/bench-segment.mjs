/**
 * The choice of sentence splitter, by measurement: ours against compromise
 * and wink-nlp on sentences checked by hand (test/fixtures/segment/), and
 * their throughput on the generated corpus. Reported, not asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus-generator.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function benchSegment({ log = console.log, corpusBytes = 2 * 1024 * 1024 } = {}) {
  const { splitSentences } = await import(join(ROOT, 'dist/src/segment/sentences.js'));
  const { defaultLexiconsOnce } = await import(join(ROOT, 'dist/src/lexicons/load.js'));
  const words = defaultLexiconsOnce().words;
  const ours = (text) => {
    const { tokens, sentences } = splitSentences(text, paragraphsOf(text), words);
    void tokens;
    return sentences.map((s) => text.slice(s.charStart, s.charEnd));
  };
  const splitters = { demarche: ours };
  try {
    const nlp = (await import('compromise')).default;
    splitters.compromise = (text) => nlp(text).sentences().out('array');
  } catch { log('compromise not installed: skipped'); }
  try {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const wink = winkNLP(model);
    splitters['wink-nlp'] = (text) => wink.readDoc(text).sentences().out();
  } catch { log('wink-nlp not installed: skipped'); }

  const gold = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/segment/gold-sentences.json'), 'utf8')).cases;
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const { articles, bytes } = generateCorpus({ bytes: corpusBytes });
  const corpusText = articles.map((a) => a.text.split('\n\n').slice(3, -2).join('\n\n'));
  log(`${'splitter'.padEnd(14)} ${'sentences right'.padEnd(18)} ${'cases all right'.padEnd(16)} throughput`);
  for (const [name, split] of Object.entries(splitters)) {
    let right = 0, total = 0, cases = 0;
    for (const c of gold) {
      const predicted = new Set(split(c.text).map(norm));
      const hits = c.sentences.filter((s) => predicted.has(norm(s))).length;
      right += hits;
      total += c.sentences.length;
      if (hits === c.sentences.length && predicted.size === c.sentences.length) cases++;
    }
    const t0 = performance.now();
    for (const text of corpusText) split(text);
    const seconds = (performance.now() - t0) / 1000;
    log(`${name.padEnd(14)} ${`${right}/${total}`.padEnd(18)} ${`${cases}/${gold.length}`.padEnd(16)} ${(bytes / 1048576 / seconds).toFixed(2)} MB/s`);
  }
}

/** Blank-line paragraphs, as ingest gives them. */
function paragraphsOf(text) {
  const out = [];
  let start = 0;
  for (const part of text.split(/\n\s*\n/)) {
    const at = text.indexOf(part, start);
    out.push({ start: at, end: at + part.length, kind: 'body' });
    start = at + part.length;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSegment();
