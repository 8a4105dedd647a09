/**
 * Runs the examples of the query section of the README (notes/README-query.md
 * until the lead merges it into README.md): every `js` block, checking each
 * `expression; // literal` line, and every `$ demarche …` block, comparing the
 * printed output exactly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/command.js';
import { writeEventsCsv } from '../../src/export/events-csv.js';
import { parseGraph } from '../../src/graph/load.js';
import { buildGraph } from '../../src/index.js';
import * as api from '../../src/query/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = [`${ROOT}notes/README-query.md`, `${ROOT}README.md`].find((path) => existsSync(path) && readFileSync(path, 'utf8').includes('## Querying the graph'));

/** Fenced blocks of one language ('' for none), read line by line. */
function blocks(markdown: string, language: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  let currentLanguage = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      if (current === null) { current = []; currentLanguage = line.slice(3).trim(); }
      else { if (currentLanguage === language) out.push(current.join('\n')); current = null; }
    } else if (current !== null) current.push(line);
  }
  return out;
}

/** Splits a shell line into words, honouring single quotes. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quoted = false;
  let started = false;
  for (const c of line) {
    if (c === "'") { quoted = !quoted; started = true; continue; }
    if (c === ' ' && !quoted) { if (started) words.push(word); word = ''; started = false; continue; }
    word += c;
    started = true;
  }
  if (started) words.push(word);
  return words;
}

const isLiteral = (text: string): boolean => {
  try { new Function(`return (${text});`); return true; } catch { return false; }
};

describe.skipIf(!README)('README query examples', () => {
  const markdown = README ? readFileSync(README, 'utf8').slice(readFileSync(README, 'utf8').indexOf('## Querying the graph')) : '';

  it('every js block runs and every "expression; // value" line holds', async () => {
    const code = blocks(markdown, 'js').join('\n').split('\n').filter((line) => !line.startsWith('import ')).map((line, i) => {
      const match = /^(\s*)(.+?);\s*\/\/ (.+)$/.exec(line);
      if (!match || !isLiteral(match[3])) return line;
      return `${match[1]}__check(${match[2]}, (${match[3]}), ${i + 1});`;
    }).join('\n');
    const checks: Array<[unknown, unknown, number]> = [];
    // The README's paths are relative to the repository root; resolve them there rather than chdir (not allowed in worker threads).
    const readFromRoot = (path: string, encoding: BufferEncoding): string => readFileSync(isAbsolute(path) ? path : join(ROOT, path), encoding);
    const scope = { ...api, readFileSync: readFromRoot, parseGraph, buildGraph, writeEventsCsv, __check: (actual: unknown, expected: unknown, line: number) => { checks.push([actual, expected, line]); } };
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
    await new AsyncFunction(...Object.keys(scope), code)(...Object.values(scope));
    expect(checks.length).toBeGreaterThanOrEqual(25);
    for (const [actual, expected, line] of checks) expect({ line, value: actual }).toEqual({ line, value: expected });
  });

  it('every $ demarche example prints what the README shows', async () => {
    const examples = blocks(markdown, '').filter((b) => b.startsWith('$ demarche '));
    expect(examples.length).toBe(5);
    for (const example of examples) {
      const [command, ...expected] = example.split('\n');
      let output = '';
      const io: CliIO = { stdout: (t) => { output += t; }, stderr: (t) => { output += t; }, readStdin: async () => Buffer.from(''), isTTY: false, cwd: ROOT };
      await runCli(shellWords(command.slice(2)).slice(1), io);
      expect({ command, output }).toEqual({ command, output: `${expected.join('\n')}\n` });
    }
  });
});
