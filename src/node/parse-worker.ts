/**
 * Worker thread body: parses the articles it is sent and posts back the
 * summaries the graph needs (actors, relations, document record), or the
 * failure of each article that could not be analysed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import './native-hash.js';
import { parse, type ArticleInput } from '../index.js';
import { summarizeDoc } from '../graph/build.js';
import { packSummary } from './parallel.js';
import type { LexiconExtension } from '../lexicons/schema.js';

interface Batch { index: number; articles: ArticleInput[] }

const lexicons = (workerData as { lexicons?: LexiconExtension[] } | undefined)?.lexicons;

parentPort?.on('message', (batch: Batch) => {
  const results = batch.articles.map((article) => {
    try {
      const doc = parse(article.text, { id: article.id, fileName: article.fileName, lexicons, meta: { title: article.title, date: article.date, url: article.url } });
      return { ok: true as const, summary: packSummary(summarizeDoc(doc)) };
    } catch (e) {
      return { ok: false as const, name: article.fileName ?? article.id, reason: `could not be analysed (${(e as Error).message.split('\n')[0]})` };
    }
  });
  parentPort?.postMessage({ index: batch.index, results });
});
