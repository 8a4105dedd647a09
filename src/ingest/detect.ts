/**
 * Turns raw bytes into text, or says clearly why it cannot: empty, binary,
 * not UTF-8, too large. Browser-safe (TextDecoder).
 */
import { DemarcheError } from '../errors.js';

/** A news article is well under 1 MB; 10 MB leaves room for long reports without letting a dump through. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface DecodeOptions {
  maxBytes?: number;
}

export function decodeInput(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new DemarcheError('ingest', 'empty file. Expecting a news article as text, Markdown or HTML');
  if (bytes.length > maxBytes) {
    throw new DemarcheError('ingest', `file too large (${(bytes.length / 1048576).toFixed(1)} MB, limit ${(maxBytes / 1048576).toFixed(1)} MB). Expecting one article per file (raise the limit with --max-size)`);
  }
  // NUL bytes do not occur in text in any encoding we read; control characters in bulk mean binary.
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new DemarcheError('ingest', 'binary file (contains NUL bytes). Expecting UTF-8 text, Markdown or HTML');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > sample.length * 0.1) throw new DemarcheError('ingest', 'binary file (mostly control bytes). Expecting UTF-8 text, Markdown or HTML');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DemarcheError('ingest', 'not valid UTF-8. Expecting UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)');
  }
  if (!text.trim()) throw new DemarcheError('ingest', 'empty file (only whitespace). Expecting a news article as text, Markdown or HTML');
  return text;
}

export type InputFormat = 'text' | 'markdown' | 'html';

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<!--)/i;
const HTML_BLOCKS = /<(?:p|div|h[1-6]|article|section|br)[\s>/]/gi;

export function detectFormat(text: string, fileName?: string): InputFormat {
  if (fileName && /\.x?html?$/i.test(fileName)) return 'html';
  if (fileName && /\.(?:md|markdown)$/i.test(fileName)) return 'markdown';
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  if ((head.match(HTML_BLOCKS)?.length ?? 0) >= 3) return 'html';
  return /^#{1,6} /m.test(head) ? 'markdown' : 'text';
}
