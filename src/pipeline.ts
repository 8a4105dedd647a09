/**
 * The pipeline: ingest → segment → mentions → resolve → relations. Each stage
 * declares what it requires and assigns (as spaCy's components do); the order
 * is checked once when the pipeline is created.
 */
import type { Doc } from './doc.js';
import { DemarcheError } from './errors.js';
import type { Lexicons } from './lexicons/load.js';
import { mentions } from './mentions/index.js';
import { relations } from './relations/index.js';
import { resolve } from './resolve/index.js';
import { segment } from './segment/index.js';

export interface Stage {
  name: string;
  requires: readonly (keyof Doc)[];
  assigns: readonly (keyof Doc)[];
  run(doc: Doc, lexicons: Lexicons): Doc;
}

export const DEFAULT_STAGES: readonly Stage[] = [
  { name: 'segment', requires: ['text', 'paragraphs'], assigns: ['tokens', 'sentences', 'quotes'], run: segment },
  { name: 'mentions', requires: ['tokens', 'sentences'], assigns: ['mentions'], run: mentions },
  { name: 'resolve', requires: ['mentions'], assigns: ['mentions', 'actors'], run: resolve },
  { name: 'relations', requires: ['mentions', 'actors', 'quotes'], assigns: ['relations'], run: relations },
];

const INGESTED: ReadonlySet<keyof Doc> = new Set(['id', 'text', 'meta', 'paragraphs', 'diagnostics']);

export function createPipeline(stages: readonly Stage[] = DEFAULT_STAGES): readonly Stage[] {
  const available = new Set<keyof Doc>(INGESTED);
  for (const stage of stages) {
    for (const field of stage.requires) {
      if (!available.has(field)) {
        throw new DemarcheError('pipeline', `stage "${stage.name}" requires "${String(field)}", which no earlier stage assigns. Expecting stages in order segment → mentions → resolve → relations`);
      }
    }
    stage.assigns.forEach((f) => available.add(f));
  }
  return stages;
}

export function runPipeline(doc: Doc, lexicons: Lexicons, stages: readonly Stage[] = DEFAULT_STAGES): Doc {
  let current = doc;
  for (const stage of stages) {
    const next = stage.run(current, lexicons);
    if (!next || typeof next !== 'object' || !Array.isArray(next.tokens)) {
      throw new DemarcheError('pipeline', `stage "${stage.name}" returned no Doc. Expecting each stage to return the Doc it was given, updated`);
    }
    current = next;
  }
  return current;
}
