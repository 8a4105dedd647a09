import { describe, expect, it } from 'vitest';
import { decodeInput, detectFormat, DEFAULT_MAX_BYTES } from '../../src/ingest/detect.js';
import { DemarcheError } from '../../src/errors.js';

function errorOf(fn: () => unknown): DemarcheError {
  try { fn(); } catch (e) { return e as DemarcheError; }
  throw new Error('expected an error');
}

describe('decodeInput', () => {
  it('decodes UTF-8 text, including non-ASCII', () => {
    expect(decodeInput(Buffer.from('Zelensky met Erdoğan in Kyiv — “talks”.', 'utf8'))).toBe('Zelensky met Erdoğan in Kyiv — “talks”.');
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(decodeInput(Buffer.from('\uFEFFFrance spoke.', 'utf8'))).toBe('France spoke.');
  });

  it('rejects an empty file', () => {
    const e = errorOf(() => decodeInput(new Uint8Array(0)));
    expect(e).toBeInstanceOf(DemarcheError);
    expect(e.message.startsWith('demarche/ingest: empty file')).toBe(true);
    expect(e.message).not.toContain('\n');
  });

  it('rejects a file of only whitespace as empty', () => {
    expect(errorOf(() => decodeInput(Buffer.from(' \n\t\n'))).message.startsWith('demarche/ingest: empty file')).toBe(true);
  });

  it('rejects a file with NUL bytes as binary', () => {
    const e = errorOf(() => decodeInput(Uint8Array.from([0x52, 0x75, 0x00, 0x73])));
    expect(e.message.startsWith('demarche/ingest: binary file')).toBe(true);
  });

  it('rejects a file of mostly control bytes as binary', () => {
    const bytes = new Uint8Array(100).fill(0x01);
    expect(errorOf(() => decodeInput(bytes)).message.startsWith('demarche/ingest: binary file')).toBe(true);
  });

  it('rejects latin1 bytes as not valid UTF-8', () => {
    const e = errorOf(() => decodeInput(Buffer.from('Caf\xe9 talks', 'latin1')));
    expect(e.message.startsWith('demarche/ingest: not valid UTF-8')).toBe(true);
  });

  it('rejects a file over the limit as too large, naming the sizes', () => {
    const e = errorOf(() => decodeInput(new Uint8Array(2 * 1048576).fill(0x61), { maxBytes: 1048576 }));
    expect(e.message.startsWith('demarche/ingest: file too large')).toBe(true);
    expect(e.message).toContain('2.0 MB');
    expect(e.message).toContain('1.0 MB');
  });

  it('accepts a file exactly at the limit', () => {
    expect(decodeInput(new Uint8Array(1000).fill(0x61), { maxBytes: 1000 })).toHaveLength(1000);
  });

  it('has a 10 MB default limit', () => {
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(errorOf(() => decodeInput(new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61))).message.startsWith('demarche/ingest: file too large')).toBe(true);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.html', 'html'], ['a.HTM', 'html'], ['a.xhtml', 'html'],
    ['a.md', 'markdown'], ['a.markdown', 'markdown'],
  ] as const)('detects %s by its extension', (name, format) => {
    expect(detectFormat('plain words.', name)).toBe(format);
  });

  it('detects HTML by its content', () => {
    expect(detectFormat('<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(detectFormat('  <html lang="en"><p>x</p></html>')).toBe('html');
    expect(detectFormat('<article>x</article>')).toBe('html');
    expect(detectFormat('Intro line\n<p>one</p><p>two</p><div>three</div>')).toBe('html');
  });

  it('detects Markdown by a # heading', () => {
    expect(detectFormat('## Title\n\nBody.')).toBe('markdown');
    expect(detectFormat('Intro.\n\n# Heading\n')).toBe('markdown');
  });

  it('falls back to plain text', () => {
    expect(detectFormat('Germany urged Poland to talk.')).toBe('text');
    expect(detectFormat('#hashtag is not a heading')).toBe('text');
    expect(detectFormat('He wrote <b>bold</b> once.', 'a.txt')).toBe('text');
  });

  it('lets the extension win over the content', () => {
    expect(detectFormat('<html><body>x</body></html>', 'a.md')).toBe('markdown');
  });
});
