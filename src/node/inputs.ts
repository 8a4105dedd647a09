/**
 * Node-only: turns the CLI's inputs (files, folders, `-` for standard input,
 * JSON Lines corpora) into articles, and reports each one that cannot be read
 * with its name and reason instead of stopping the run.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { decodeInput, DEFAULT_MAX_BYTES } from '../ingest/index.js';
import type { ArticleInput } from '../index.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.text', '']);

export interface InputFailure {
  name: string;
  reason: string;
}

export interface ReadOptions {
  maxBytes?: number;
  stdin?: () => Promise<Buffer>;
}

/** Expands folders (recursively, sorted) into files; files named explicitly are kept whatever their extension. */
export function expandPaths(paths: readonly string[], failures: InputFailure[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try { entries = readdirSync(dir).sort(); } catch (e) { failures.push({ name: dir, reason: systemReason(e) }); return; }
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      const path = join(dir, entry);
      let stat;
      try { stat = statSync(path); } catch (e) { failures.push({ name: path, reason: systemReason(e) }); continue; }
      if (stat.isDirectory()) walk(path);
      else if (ARTICLE_EXTENSIONS.has(extname(entry).toLowerCase())) out.push(path);
    }
  };
  for (const p of paths) {
    if (p === '-') { out.push(p); continue; }
    // A quoted glob ("news/**/*.txt") that the shell did not expand.
    if (/[*?[\]{}]/.test(p) && !existsSync(p)) {
      const matches = globSync(p, { onlyFiles: true, dot: false, absolute: false, expandDirectories: false }).sort();
      if (!matches.length) failures.push({ name: p, reason: 'no file matches this pattern' });
      out.push(...matches);
      continue;
    }
    let stat;
    try { stat = statSync(p); } catch (e) { failures.push({ name: p, reason: systemReason(e) }); continue; }
    if (stat.isDirectory()) walk(p); else out.push(p);
  }
  return out;
}

export function systemReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a directory';
  return String(e?.message ?? error).split('\n')[0];
}

const stem = (path: string) => basename(path, extname(path)) || basename(path);

/** Reads one JSON Lines corpus: one {id, title, date, url, text} object a line; bad lines are failures. */
export function readJsonLines(name: string, text: string, failures: InputFailure[]): ArticleInput[] {
  const out: ArticleInput[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${name}:${i + 1}`;
    let record: unknown;
    try { record = JSON.parse(line); } catch { failures.push({ name: where, reason: 'malformed JSON line (truncated?). Expecting one {"id", "text", …} object per line' }); return; }
    const r = record as Record<string, unknown>;
    if (!r || typeof r !== 'object' || typeof r.text !== 'string' || !r.text.trim()) {
      failures.push({ name: where, reason: 'no "text" field. Expecting {"id", "title", "date", "url", "text"}' });
      return;
    }
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `${stem(name)}-${i + 1}`;
    out.push({
      id, text: r.text,
      title: typeof r.title === 'string' ? r.title : undefined,
      date: typeof r.date === 'string' ? r.date.slice(0, 10) : undefined,
      url: typeof r.url === 'string' ? r.url : undefined,
    });
  });
  return out;
}

/** Reads every input; ids are file stems (made unique with -2, -3 … in input order). */
export async function readArticles(paths: readonly string[], options: ReadOptions = {}): Promise<{ articles: ArticleInput[]; failures: InputFailure[] }> {
  const failures: InputFailure[] = [];
  const articles: ArticleInput[] = [];
  const files = expandPaths(paths, failures);
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    let bytes: Buffer;
    try {
      bytes = file === '-' ? await (options.stdin ?? readStdin)() : readFileSync(file);
    } catch (e) {
      failures.push({ name, reason: systemReason(e) });
      continue;
    }
    let text: string;
    try {
      text = decodeInput(bytes, { maxBytes: /\.(?:jsonl|ndjson)$/i.test(file) ? Number.MAX_SAFE_INTEGER : options.maxBytes ?? DEFAULT_MAX_BYTES });
    } catch (e) {
      failures.push({ name, reason: (e as Error).message.replace(/^demarche\/ingest: /, '') });
      continue;
    }
    if (/\.(?:jsonl|ndjson)$/i.test(file)) {
      articles.push(...readJsonLines(name, text, failures));
      continue;
    }
    articles.push({ id: file === '-' ? 'stdin' : stem(file), text, fileName: file === '-' ? undefined : relative(process.cwd(), file) || file });
  }
  const seen = new Map<string, number>();
  for (const a of articles) {
    const n = (seen.get(a.id) ?? 0) + 1;
    seen.set(a.id, n);
    if (n > 1) a.id = `${a.id}-${n}`;
  }
  return { articles, failures };
}

export function readStdin(): Promise<Buffer> {
  return new Promise((resolveRead, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolveRead(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}
