/**
 * Node entry point (`demarche/node`): build a graph straight from files and
 * folders, with the same reading rules as the CLI. The main entry stays
 * browser-safe.
 */
import './native-hash.js';
import { buildGraph, type ParseOptions } from '../index.js';
import type { DemarcheGraph } from '../graph/types.js';
import { readArticles, type InputFailure, type ReadOptions } from './inputs.js';

export { readArticles, expandPaths, readJsonLines, type InputFailure, type ReadOptions } from './inputs.js';
export { parseInWorkers, parseInWorkersInOrder, defaultWorkerCount, type ParallelOptions, type ParseOutcome } from './parallel.js';

/**
 * Reads files, folders (recursively), globs and JSON Lines corpora, and builds
 * one graph; unreadable inputs come back in `failures` with their reason.
 */
export async function buildGraphFromFiles(
  paths: readonly string[],
  options: Omit<ParseOptions, 'id' | 'fileName'> & ReadOptions = {},
): Promise<{ graph: DemarcheGraph; failures: InputFailure[] }> {
  const { articles, failures } = await readArticles(paths, options);
  return { graph: buildGraph(articles, options), failures };
}
