// The worker pool runs compiled code (the worker is a separate file): tested through dist/, which `npm test` builds first.
import { describe, expect, it } from 'vitest';
import { defaultWorkerCount, packSummary, parseInWorkers, parseInWorkersInOrder, unpackSummary } from '../../dist/src/node/parallel.js';
import { parse } from '../../dist/src/index.js';
import { summarizeDoc } from '../../dist/src/graph/build.js';

// Articles of very different lengths, so batches finish out of order.
const articles = Array.from({ length: 24 }, (_, i) => ({
  id: `a${String(i).padStart(2, '0')}`,
  text: `Russia accused Ukraine of shelling, the ministry said.\n\n`.repeat(i % 3 === 0 ? 120 : 1),
}));

describe('parseInWorkersInOrder', () => {
  it('hands outcomes over in the order of the articles, whatever batch finishes first', async () => {
    const seen: Array<[string, number]> = [];
    await parseInWorkersInOrder(articles, { workers: 3, batchSize: 1 }, (outcome, index) => {
      seen.push([outcome.ok ? outcome.summary.id : outcome.name, index]);
    });
    expect(seen).toEqual(articles.map((a, i) => [a.id, i]));
  }, 60_000);

  it('gives what parseInWorkers returns, one outcome per article', async () => {
    const all = await parseInWorkers(articles, { workers: 2, batchSize: 5 });
    expect(all.map((o) => (o.ok ? o.summary.id : o.name))).toEqual(articles.map((a) => a.id));
    expect(all.every((o) => o.ok && o.summary.relations.some((r) => r.kind === 'accuse'))).toBe(true);
  }, 60_000);

  it('stops the workers and rejects when the consumer throws', async () => {
    let calls = 0;
    await expect(parseInWorkersInOrder(articles, { workers: 2, batchSize: 2 }, () => {
      if (++calls === 3) throw new Error('merge failed');
    })).rejects.toThrow('merge failed');
    expect(calls).toBe(3);
  }, 60_000);
});

describe('packSummary', () => {
  it('sends each evidence sentence once and restores every relation as it was', () => {
    const summary = summarizeDoc(parse('Russia and Belarus accused Ukraine and Poland of provocations, the Kremlin said.', { id: 'd' }));
    const packed = packSummary(summary);
    expect(summary.relations.length).toBeGreaterThan(2);
    expect(packed.texts).toHaveLength(1);
    expect(unpackSummary(structuredClone(packed))).toEqual(summary);
  });
});

describe('defaultWorkerCount', () => {
  it('keeps one core for merging from four cores up, and parses in-process below', () => {
    expect([1, 2, 3, 4, 8].map((cores) => defaultWorkerCount(cores))).toEqual([1, 1, 1, 3, 7]);
  });
});
