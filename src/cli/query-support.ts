/**
 * Shared plumbing of the query commands (query, actor, path, stats, export):
 * option parsing, reading the graph argument, error reporting, tables and CSV.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DemarcheError } from '../errors.js';
import { parseGraphBytes } from '../graph/load.js';
import type { DemarcheGraph } from '../graph/types.js';
import { PatternError } from '../query/errors.js';
import { CliError, type CliIO } from './command.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** node:util parseArgs with its errors turned into usage errors (exit 2). */
export function parseCommandArgs(command: string, args: string[], options: OptionSpec): ParsedArgs {
  try {
    const parsed = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (error) {
    throw new CliError(`demarche ${command}: ${(error as Error).message.split('\n')[0]}. See demarche ${command} --help`);
  }
}

/** A positive whole number option, or the default. */
export function intOption(command: string, name: string, value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 1) {
    throw new CliError(`demarche ${command}: --${name} '${String(value)}' is not a positive whole number`);
  }
  return n;
}

/** Reads the graph argument (a path relative to io.cwd, or `-` for stdin); unreadable or malformed input exits 1. */
export async function readGraphArgument(command: string, path: string | undefined, io: CliIO): Promise<DemarcheGraph> {
  if (!path) throw new CliError(`demarche ${command}: missing graph file. See demarche ${command} --help`);
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, path));
  } catch (error) {
    throw new CliError(`demarche ${command}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 1);
  }
  try {
    return parseGraphBytes(bytes);
  } catch (error) {
    if (error instanceof DemarcheError) throw new CliError(`${error.message} (in ${path})`, 1);
    throw error;
  }
}

/**
 * Runs a command body and turns errors into one stderr line and an exit code:
 * CliError → its code; query errors (bad pattern, unknown or ambiguous actor,
 * bad option) → 2, a pattern error followed by the pattern and a caret line.
 */
export async function guard(io: CliIO, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof DemarcheError) {
      io.stderr(`${error.message}\n`);
      if (error instanceof PatternError) io.stderr(`${error.caret.split('\n').map((line) => `  ${line}`).join('\n')}\n`);
      return error.code.startsWith('query/') ? 2 : 1;
    }
    throw error;
  }
}

/** Cuts text to `width` characters with an ellipsis, on one line. */
export function shorten(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= width ? line : `${line.slice(0, Math.max(1, width - 1)).trimEnd()}…`;
}

/** A plain-text table: header, a rule, rows; columns padded to their widest cell, the last not padded. */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined>>): string {
  return [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** `--help` text printer shared by the commands. */
export function printUsage(io: CliIO, usage: string): number {
  io.stdout(usage.endsWith('\n') ? usage : `${usage}\n`);
  return 0;
}
