/**
 * Parses articles on several worker threads. Results are merged in the order
 * of the articles' ids, so the graph is the same whatever the number of
 * workers.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ArticleInput } from '../index.js';
import type { DocSummary } from '../graph/build.js';
import type { LexiconExtension } from '../lexicons/schema.js';
import { evidenceWithText, makeRelation } from '../relations/evidence.js';

export interface ParallelOptions {
  workers?: number;
  lexicons?: readonly LexiconExtension[];
  /** Articles sent to a worker at a time. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export type ParseOutcome = { ok: true; summary: DocSummary } | { ok: false; name: string; reason: string };

/**
 * A DocSummary as a worker posts it: each evidence sentence once, relations
 * pointing to it by number. Structured cloning copies a string every time it
 * occurs, so a sentence cited by five edges would cross five times and be
 * five strings in the graph.
 */
export interface PackedSummary extends Omit<DocSummary, 'relations'> {
  texts: string[];
  relations: Array<Omit<DocSummary['relations'][number], 'evidence'> & { evidence: Omit<DocSummary['relations'][number]['evidence'], 'text'> & { text: number } }>;
}

export function packSummary(summary: DocSummary): PackedSummary {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const relations = summary.relations.map((r) => {
    let at = index.get(r.evidence.text);
    if (at === undefined) { at = texts.length; texts.push(r.evidence.text); index.set(r.evidence.text, at); }
    return { ...r, evidence: { ...r.evidence, text: at } };
  });
  return { ...summary, texts, relations };
}

export function unpackSummary(packed: PackedSummary): DocSummary {
  const { texts, ...rest } = packed;
  // Rebuilt by the relation stage's own constructors: the same shape, and no literal site for V8 to pretenure.
  return { ...rest, relations: packed.relations.map((r) => makeRelation(r.source, r.target, r.kind, evidenceWithText(r.evidence, texts[r.evidence.text]), r.cameo, r.allegedBy)) };
}

/** What a worker posts for one article. */
export type PackedOutcome = { ok: true; summary: PackedSummary } | { ok: false; name: string; reason: string };

/**
 * Worker threads worth starting: one core merges, the others parse. On two
 * cores or fewer, one thread doing both is faster (measured by `npm run
 * bench`: each worker warms its own JIT up and every result is copied across),
 * so the answer there is 1, which the CLI runs in-process.
 */
export function defaultWorkerCount(cores = availableParallelism()): number {
  return cores >= 4 ? cores - 1 : 1;
}

/** The worker's file beside this one: compiled .js in dist/, or .ts when run from sources through tsx. */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  return new URL(here.pathname.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js', here);
}

/** Parses on worker threads and returns every outcome, in the order of `articles`. */
export async function parseInWorkers(articles: readonly ArticleInput[], options: ParallelOptions = {}): Promise<ParseOutcome[]> {
  const outcomes: ParseOutcome[] = [];
  await parseInWorkersInOrder(articles, options, (outcome) => { outcomes.push(outcome); });
  return outcomes;
}

/**
 * Parses on worker threads and hands each outcome to `onOutcome` as soon as
 * it and all before it are in, in the order of `articles`: the caller merges
 * while the workers go on parsing, and no more than the batches in flight
 * are held in memory.
 */
export async function parseInWorkersInOrder(
  articles: readonly ArticleInput[],
  options: ParallelOptions,
  onOutcome: (outcome: ParseOutcome, index: number) => void,
): Promise<void> {
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), articles.length || 1));
  const batchSize = options.batchSize ?? 16;
  const batches: ArticleInput[][] = [];
  for (let i = 0; i < articles.length; i += batchSize) batches.push(articles.slice(i, i + batchSize));
  // Batches that arrived before an earlier one, kept until it comes.
  const waiting = new Map<number, ParseOutcome[]>();
  let nextToHand = 0;
  let handed = 0;
  let next = 0;
  let done = 0;
  let failure: { error: unknown } | undefined;
  const handOver = () => {
    for (let batch = waiting.get(nextToHand); batch; batch = waiting.get(nextToHand)) {
      waiting.delete(nextToHand++);
      for (const outcome of batch) onOutcome(outcome, handed++);
    }
  };
  const pool = Array.from({ length: workers }, () => new Worker(workerUrl(), {
    workerData: { lexicons: options.lexicons ?? [] },
    // Through tsx, the loader flags must reach the worker too.
    // V8's own flags are refused there (a worker would not start): heap sizes come from resourceLimits
    // below, and V8's other flags (--no-allocation-site-pretenuring…) hold for the whole process already.
    execArgv: process.execArgv.filter((flag) => !/space-size|young-generation|pretenuring/.test(flag)),
    // The same larger young generation as the CLI's (bin/demarche.js): fewer scavenges of short-lived parse objects.
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  }));
  try {
    await Promise.all(pool.map((worker) => new Promise<void>((resolveWorker, reject) => {
      const send = () => {
        if (next >= batches.length) { resolveWorker(); return; }
        const index = next++;
        worker.postMessage({ index, articles: batches[index] });
      };
      worker.on('message', (message: { index: number; results: PackedOutcome[] }) => {
        // After a failure no batch goes out: this worker is done (the failure is thrown below).
        if (failure) { resolveWorker(); return; }
        done += message.results.length;
        // The next batch goes out before this one is merged, so the worker is not idle meanwhile.
        send();
        waiting.set(message.index, message.results.map((r) => (r.ok ? { ok: true, summary: unpackSummary(r.summary) } : r)));
        try {
          handOver();
          options.onProgress?.(done, articles.length);
        } catch (error) {
          // This worker's promise may have settled already (no batch left): the failure is kept and thrown below.
          failure ??= { error };
          next = batches.length;
          reject(error);
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (code !== 0 && next <= batches.length) reject(new Error(`worker stopped with exit code ${code}`)); });
      send();
    })));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  if (failure) throw failure.error;
}
