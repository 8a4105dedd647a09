/**
 * demarche: diplomatic news in, a knowledge graph of who said, demanded,
 * rejected or threatened what of whom out. Browser-safe: nothing here imports
 * a Node module (the Node-only file reading lives in src/node.ts).
 */
import type { Doc } from './doc.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import { defaultLexiconsOnce, loadLexicons, type Lexicons } from './lexicons/load.js';
import type { LexiconExtension } from './lexicons/schema.js';
import { createPipeline, runPipeline, DEFAULT_STAGES } from './pipeline.js';
import { docsToGraph } from './graph/build.js';
import type { DemarcheGraph } from './graph/types.js';

export * from './doc.js';
export type { NodeAttributes, EdgeAttributes, GraphAttributes, DocumentRecord } from './graph/attributes.js';
export type { DemarcheGraph } from './graph/types.js';
export { DemarcheError } from './errors.js';
export { ingest, decodeInput, detectFormat, DEFAULT_MAX_BYTES } from './ingest/index.js';
export { loadLexicons } from './lexicons/load.js';
export type { Lexicons } from './lexicons/load.js';
export type { LexiconExtension } from './lexicons/schema.js';
export { createPipeline, runPipeline, DEFAULT_STAGES, type Stage } from './pipeline.js';
export { createGraph, addDocToGraph, docsToGraph, contentHash } from './graph/build.js';
export { parseGraph, parseGraphBytes, detectGraphFormat, type GraphFormat } from './graph/load.js';
export { jsonChunks, writeJson } from './export/json.js';
export { writeGexf, gexfChunks, type GexfOptions } from './export/gexf.js';
export { writeGraphml } from './export/graphml.js';

export interface ParseOptions extends IngestOptions {
  /** Extra lexicon entries (cues, institutions, titles, heads). */
  lexicons?: readonly LexiconExtension[];
}

const lexiconCache = new WeakMap<readonly LexiconExtension[], Lexicons>();
function lexiconsFor(extensions: readonly LexiconExtension[] | undefined): Lexicons {
  if (!extensions?.length) return defaultLexiconsOnce();
  let compiled = lexiconCache.get(extensions);
  if (!compiled) { compiled = loadLexicons(extensions); lexiconCache.set(extensions, compiled); }
  return compiled;
}

/** Reads one article (plain text, Markdown or HTML) into a fully analysed Doc. */
export function parse(text: string, options: ParseOptions = {}): Doc {
  const lexicons = lexiconsFor(options.lexicons);
  return runPipeline(ingest(text, options), lexicons, defaultPipeline);
}

// Checked once: the default stages' order does not change between articles.
const defaultPipeline = createPipeline(DEFAULT_STAGES);

export interface ArticleInput {
  id: string;
  text: string;
  fileName?: string;
  title?: string;
  date?: string;
  url?: string;
}

/** Builds one graph from articles; each article's id becomes its `doc` on every edge. */
export function buildGraph(inputs: ReadonlyArray<ArticleInput | string>, options: Omit<ParseOptions, 'id' | 'fileName'> = {}): DemarcheGraph {
  const docs = inputs.map((input, i) => {
    const article = typeof input === 'string' ? { id: `doc${i + 1}`, text: input } : input;
    return parse(article.text, { ...options, id: article.id, fileName: article.fileName, meta: { title: article.title, date: article.date, url: article.url } });
  });
  return docsToGraph(docs);
}

// Query API: find actors, filter relations, profiles, paths, structure, the pattern language.
export * from './query/index.js';
export { writeEventsCsv, eventsCsvChunks, GDELT_EVENT_COLUMNS, DEMARCHE_EVENT_COLUMNS, quadClass } from './export/events-csv.js';
