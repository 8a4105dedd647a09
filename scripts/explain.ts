/** Debug view: each sentence of an article with its mentions and the relations read from it. */
import { readFileSync } from 'node:fs';
import { parse } from '../src/index.js';

const file = process.argv[2];
const only = process.argv[3] !== undefined ? Number(process.argv[3]) : undefined;
const doc = parse(readFileSync(file, 'utf8'), { id: 'x' });
doc.sentences.forEach((s, si) => {
  if (only !== undefined && si !== only) return;
  console.log(`\n[${si}] ${doc.text.slice(s.charStart, s.charEnd).replace(/\s+/g, ' ')}`);
  for (const m of doc.mentions.filter((m) => m.sentence === si)) {
    const text = doc.tokens.slice(m.start, m.end).map((t) => t.text).join(' ');
    console.log(`   m ${m.kind.padEnd(11)} ${text.padEnd(30)} → ${m.actor ?? '-'}  (${m.rule}${m.titles ? ' ' + m.titles.join('/') : ''}${m.country ? ' c=' + m.country : ''}${m.institution ? ' i=' + m.institution : ''})`);
  }
  for (const r of doc.relations.filter((r) => r.evidence.sentence === si)) console.log(`   r ${r.source} -${r.kind}-> ${r.target}  [${r.evidence.verb ?? ''}]${r.alleged ? ' alleged' : ''}`);
});
