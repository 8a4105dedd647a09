import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGraph } from '../../src/graph/load.js';
import type { DemarcheGraph } from '../../src/graph/types.js';

export const SMALL_GRAPH_PATH = fileURLToPath(new URL('../fixtures/query/small.json', import.meta.url));

/** The hand-built fixture: 13 actors, 18 edges over three documents (see make-small.mjs). */
export function smallGraph(): DemarcheGraph {
  return parseGraph(readFileSync(SMALL_GRAPH_PATH, 'utf8'));
}
