/** ingest: raw input → Doc with its text, paragraphs and metadata. */
import { createDoc, type Doc, type DocMeta } from '../doc.js';
import { detectFormat, type InputFormat } from './detect.js';
import { ingestHtml } from './html.js';
import { ingestText } from './text.js';
import { contentHash } from '../graph/hash.js';

export { decodeInput, detectFormat, DEFAULT_MAX_BYTES } from './detect.js';
export { parseDateLine } from './date.js';

export interface IngestOptions {
  id?: string;
  /** File name, used to detect the format from its extension. */
  fileName?: string;
  format?: InputFormat;
  /** Metadata given by the caller (JSON Lines corpora) wins over what the text says. */
  meta?: { title?: string; date?: string; url?: string };
}

export function ingest(input: string, options: IngestOptions = {}): Doc {
  // Line endings are normalised so offsets are the same whatever system wrote the file.
  const raw = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  // Composed characters (NFC), so that "Erdog\u0306an" is the lexicon's "Erdoğan". A concatenated
  // input also comes out as one flat string: the tokenizer reads the text a character at a time, and
  // each representation of a string is one more shape at those reads.
  const text = raw.normalize('NFC');
  const format = options.format ?? detectFormat(text, options.fileName);
  const id = options.id ?? 'doc';
  const parsed = format === 'html' ? ingestHtml(text) : { text, ...ingestText(text) };
  // Every field, in one order, absent ones undefined: one object shape for all Docs' metadata.
  const given = options.meta;
  const meta: DocMeta = {
    title: given?.title || parsed.meta.title,
    date: given?.date || parsed.meta.date,
    url: given?.url || parsed.meta.url,
    source: options.fileName,
    format,
    hash: contentHash(raw),
  };
  const doc = createDoc(id, parsed.text, meta);
  doc.paragraphs = parsed.paragraphs;
  return doc;
}
