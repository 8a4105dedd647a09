/** `demarche build`: articles in, one graph out (JSON, GEXF or GraphML), or one graph per article. */
import { createWriteStream, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import '../node/native-hash.js';
import { parse, type ArticleInput } from '../index.js';
import { addDocToGraph, createGraph, docsToGraph, prepareForMerge } from '../graph/build.js';
import { existsSync } from 'node:fs';
import type { DemarcheGraph } from '../graph/types.js';
import { jsonChunks, writeJson } from '../export/json.js';
import { gexfChunks } from '../export/gexf.js';
import { graphmlChunks } from '../export/graphml.js';
import type { LexiconExtension } from '../lexicons/schema.js';
import { loadLexicons } from '../lexicons/load.js';
import { readArticles } from '../node/inputs.js';
import { defaultWorkerCount, parseInWorkersInOrder } from '../node/parallel.js';
import { contentHash, type DocSummary, summarizeDoc } from '../graph/build.js';
import { parseGraphBytes } from '../graph/load.js';
import { CliError, type CliIO, type Command } from './command.js';

export type OutputFormat = 'json' | 'gexf' | 'graphml';

const USAGE = `Usage: demarche build <files or folders…|-> [options]

Reads news articles (plain text, Markdown, HTML, or JSON Lines corpora with one
{id, title, date, url, text} object a line) and builds one graph of who said,
demanded, rejected or threatened what of whom.

Options:
  -o, --output FILE     write the graph to FILE (.json, .gexf or .graphml);
                        without it, graphology JSON goes to standard output
  -f, --format FMT      json | gexf | graphml (default: from the extension)
      --per-doc DIR     also write one graph per article as DIR/<name>.json
      --into FILE       add the articles to an existing graph (JSON or GEXF)
                        and write it back; articles already in it (same
                        content hash) are skipped
  -w, --workers N       worker threads (default for 64 articles or more: one
                        less than the cores from 4 cores up, else 1, which
                        runs in-process); the output is the same for any N
      --lexicon FILE    extra lexicon entries (JSON: {cues, institutions,
                        titles, heads}); may be repeated
      --max-size MB     skip articles larger than this (default 10)
  -q, --quiet           no summary on standard error
  -h, --help            this help

A file that cannot be read (missing, empty, binary, not UTF-8, too large) is
reported with its reason and skipped; the others are built, and the exit code
is 1. "-" reads one article from standard input.`;

export function formatFromPath(path: string, explicit?: string): OutputFormat {
  const f = (explicit ?? extname(path).slice(1)).toLowerCase();
  if (f === 'json' || f === 'gexf' || f === 'graphml') return f;
  if (explicit !== undefined) throw new CliError(`demarche build: --format "${explicit}" is not a format demarche writes. Expecting json|gexf|graphml`);
  throw new CliError(`demarche build: cannot tell the output format of "${path}". Expecting a .json, .gexf or .graphml file, or --format json|gexf|graphml`);
}

/** The graph in one of the formats demarche writes, piece by piece. */
export function graphChunks(graph: DemarcheGraph, format: OutputFormat): Generator<string> {
  return format === 'json' ? jsonChunks(graph) : format === 'gexf' ? gexfChunks(graph) : graphmlChunks(graph);
}

/** Writes a graph to a file through a temporary file and a rename, so an interrupted write never leaves half a graph. */
export async function writeGraphFile(graph: DemarcheGraph, path: string, format: OutputFormat): Promise<void> {
  mkdirSync(dirname(path) || '.', { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    // Piece by piece, never the whole document as one string (see jsonChunks).
    const stream = createWriteStream(tmp);
    const chunks = graphChunks(graph, format);
    await new Promise<void>((resolveWrite, reject) => {
      stream.on('error', reject);
      const pump = () => {
        for (let next = chunks.next(); !next.done; next = chunks.next()) {
          if (!stream.write(next.value)) { stream.once('drain', pump); return; }
        }
        stream.end(resolveWrite);
      };
      pump();
    });
    renameSync(tmp, path);
  } catch (e) {
    // Clean up what we can; the error to report is the write's, not the cleanup's.
    try { rmSync(tmp, { force: true, recursive: false }); } catch { /* nothing left to clean */ }
    throw new CliError(`demarche build: cannot write ${path} (${(e as Error).message.split('\n')[0]}).`, 1);
  }
}

export function readLexiconFile(path: string): LexiconExtension {
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch { throw new CliError(`demarche build: cannot read lexicon ${path}. Expecting a JSON file`); }
  try { return JSON.parse(text) as LexiconExtension; } catch (e) {
    throw new CliError(`demarche build: lexicon ${path} is not valid JSON (${(e as Error).message}). Expecting {"cues": [...], "institutions": [...]}`);
  }
}

/** A document id as a file name inside --per-doc's folder: no separators, no leading dots, nothing that escapes it. */
export function safeFileName(id: string): string {
  const name = id.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_').slice(0, 200);
  return name || '_';
}

export interface BuildResult {
  graph: DemarcheGraph;
  docs: number;
  failures: Array<{ name: string; reason: string }>;
}

/**
 * Articles parsed, then merged into the graph, a batch at a time: running the
 * pipeline over 64 articles and then the graph over their results is about
 * 5 % faster than alternating per article (each keeps its own code and data
 * in the caches longer). The order of merging, and so the output, is the
 * articles' id order either way.
 */
const PARSE_BATCH = 64;

/** Parses articles in id order; a failure in one is reported, never fatal to the rest. */
export function buildArticles(
  articles: readonly ArticleInput[],
  options: { lexicons?: readonly LexiconExtension[]; graph?: DemarcheGraph; onDoc?: (doc: DocSummary, index: number) => void } = {},
): BuildResult {
  const failures: BuildResult['failures'] = [];
  const graph = options.graph ?? createGraph();
  let docs = 0;
  const sorted = sortById(articles);
  const fail = (article: ArticleInput, e: unknown) =>
    failures.push({ name: article.fileName ?? article.id, reason: `could not be analysed (${(e as Error).message.split('\n')[0]})` });
  const batch: Array<DocSummary | { error: unknown }> = [];
  for (let from = 0; from < sorted.length; from += PARSE_BATCH) {
    const to = Math.min(sorted.length, from + PARSE_BATCH);
    batch.length = 0;
    for (let i = from; i < to; i++) {
      const article = sorted[i];
      try {
        batch.push(summarizeDoc(parse(article.text, { id: article.id, fileName: article.fileName, lexicons: options.lexicons, meta: { title: article.title, date: article.date, url: article.url } })));
      } catch (e) {
        batch.push({ error: e });
      }
    }
    for (let i = from; i < to; i++) {
      const outcome = batch[i - from];
      if ('error' in outcome) { fail(sorted[i], outcome.error); continue; }
      try {
        addDocToGraph(graph, outcome);
        options.onDoc?.(outcome, i);
        docs++;
      } catch (e) {
        fail(sorted[i], e);
      }
    }
  }
  return { graph, docs, failures };
}

const sortById = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The same as buildArticles on worker threads; the graph is identical for any number of workers. */
export async function buildArticlesInWorkers(
  articles: readonly ArticleInput[],
  options: { workers: number; lexicons?: readonly LexiconExtension[]; graph?: DemarcheGraph; onDoc?: (doc: DocSummary, index: number) => void; onProgress?: (done: number, total: number) => void },
): Promise<BuildResult> {
  const sorted = sortById(articles);
  const graph = options.graph ?? createGraph();
  const failures: BuildResult['failures'] = [];
  let docs = 0;
  // Merged in id order while the workers parse the next batches.
  await parseInWorkersInOrder(sorted, { workers: options.workers, lexicons: options.lexicons, onProgress: options.onProgress }, (outcome, index) => {
    if (!outcome.ok) { failures.push({ name: outcome.name, reason: outcome.reason }); return; }
    addDocToGraph(graph, outcome.summary);
    options.onDoc?.(outcome.summary, index);
    docs++;
  });
  return { graph, docs, failures };
}

export function summarize(graph: DemarcheGraph, docs: number): string {
  const kinds = new Map<string, number>();
  graph.forEachNode((_n, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
  const edgeKinds = new Map<string, number>();
  graph.forEachEdge((_e, a) => edgeKinds.set(a.kind, (edgeKinds.get(a.kind) ?? 0) + 1));
  const top = graph.nodes()
    .map((n) => ({ n, label: graph.getNodeAttribute(n, 'label'), degree: graph.degree(n) }))
    .sort((a, b) => b.degree - a.degree || (a.n < b.n ? -1 : 1))
    .slice(0, 8);
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${v} ${k}`).join(', ') || 'none';
  return [
    `${docs} article${docs === 1 ? '' : 's'}: ${graph.order} actors (${list(kinds)}), ${graph.size} relations (${list(edgeKinds)})`,
    `top actors: ${top.map((t) => `${t.label} (${t.degree})`).join(', ') || 'none'}`,
  ].join('\n');
}

export const command: Command = {
  name: 'build',
  summary: 'build a graph from news articles (text, Markdown, HTML, JSON Lines)',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        'per-doc': { type: 'string' },
        lexicon: { type: 'string', multiple: true },
        'max-size': { type: 'string' },
        into: { type: 'string' },
        workers: { type: 'string', short: 'w' },
        quiet: { type: 'boolean', short: 'q' },
      },
    });
    if (!positionals.length) throw new CliError('demarche build: no input. Expecting files, folders or - (see demarche build --help)');
    const format = values.output ? formatFromPath(values.output, values.format) : formatFromPath('stdout.json', values.format);
    const maxMb = values['max-size'] !== undefined ? Number(values['max-size']) : 10;
    if (!(maxMb > 0)) throw new CliError(`demarche build: --max-size "${values['max-size']}" is not a positive number of megabytes.`);
    const lexicons = (values.lexicon ?? []).map(readLexiconFile);
    // A bad lexicon is the user's mistake once, not a failure of every article: check it before reading any.
    if (lexicons.length) loadLexicons(lexicons);
    const workersOption = values.workers !== undefined ? Number(values.workers) : undefined;
    if (workersOption !== undefined && !(Number.isInteger(workersOption) && workersOption >= 1)) {
      throw new CliError(`demarche build: --workers "${values.workers}" is not a positive whole number.`);
    }
    // --into: the existing graph is the starting point; its documents' hashes say what to skip.
    let base: DemarcheGraph | undefined;
    const into = values.into;
    if (into && existsSync(into)) {
      try { base = prepareForMerge(parseGraphBytes(readFileSync(into))); } catch (e) {
        throw new CliError(`demarche build: cannot read the graph to add to, ${into}: ${(e as Error).message}`, 1);
      }
    }
    const { articles: read, failures } = await readArticles(positionals, { maxBytes: Math.round(maxMb * 1048576), stdin: io.readStdin });
    const known = new Set((base?.getAttribute('documents') ?? []).map((d) => d.hash));
    const articles = read.filter((a) => !known.has(contentHash(a.text.replace(/\r\n?/g, '\n'))));
    const skipped = read.length - articles.length;
    const perDoc = values['per-doc'];
    if (perDoc) mkdirSync(perDoc, { recursive: true });
    const total = articles.length;
    const progress = io.isTTY && !values.quiet && total > 1;
    const perDocFailures: BuildResult['failures'] = [];
    const onDoc = (doc: DocSummary) => {
      if (!perDoc) return;
      try { writeFileSync(join(perDoc, `${safeFileName(doc.id)}.json`), writeJson(docsToGraph([doc]))); } catch (e) {
        perDocFailures.push({ name: doc.id, reason: `its own graph could not be written (${(e as Error).message.split('\n')[0]}); it is in the main graph` });
      }
    };
    const onProgress = (done: number) => { if (progress) io.stderr(`\r${done}/${total} articles`); };
    const workers = workersOption ?? (total >= 64 ? defaultWorkerCount() : 1);
    const result = workers > 1
      ? await buildArticlesInWorkers(articles, { workers, lexicons, graph: base, onDoc, onProgress })
      : buildArticles(articles, { lexicons, graph: base, onDoc: (doc, index) => { onDoc(doc); onProgress(index + 1); } });
    if (progress) io.stderr('\n');
    const allFailures = [...failures, ...result.failures, ...perDocFailures];
    for (const f of allFailures) io.stderr(`demarche build: skipped ${f.name}: ${f.reason}\n`);
    if (skipped && !values.quiet) io.stderr(`${skipped} article${skipped === 1 ? ' was' : 's were'} already in ${into}\n`);
    const output = values.output ?? into;
    // Nothing read and nothing to add to: leave any existing file alone rather than write an empty graph over it.
    const nothing = result.docs === 0 && !base;
    let wrote = false;
    if (nothing && (output || !perDoc)) io.stderr('demarche build: no article could be read; nothing written\n');
    else if (output) {
      await writeGraphFile(result.graph, output, values.output ? format : formatFromPath(output, values.format));
      wrote = true;
    }
    else if (!perDoc) {
      for (const chunk of graphChunks(result.graph, format)) io.stdout(chunk);
    }
    if (!values.quiet) {
      io.stderr(summarize(result.graph, result.docs) + '\n');
      if (wrote) io.stderr(`wrote ${output}\n`);
    }
    if (result.docs === 0 && allFailures.length === 0 && !skipped) throw new CliError('demarche build: no articles found in the inputs. Expecting .txt, .md, .html or .jsonl files');
    return allFailures.length ? 1 : 0;
  },
};
