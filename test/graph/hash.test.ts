import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { contentHash } from '../../src/graph/hash.js';
import '../../src/node/native-hash.js';

const portable = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

describe('contentHash', () => {
  // Node builds use node:crypto, the browser the portable digest: a graph built in one must skip the same articles in the other.
  it.each([
    ['empty', ''],
    ['ascii', 'Russia rejected the demand.'],
    ['accents and scripts', 'Zelenskyy, Зеленський, 習近平, São Tomé'],
    ['astral and emoji', 'talks 🤝 in 𝔘𝔑'],
    ['lone surrogate', 'broken \uD800 text \uDC00 end'],
    ['line endings', 'a\r\nb\rc\n'],
  ])('gives the same digest natively and portably: %s', (_name, text) => {
    expect(contentHash(text)).toBe(portable(text));
    expect(contentHash(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('tells different texts apart', () => {
    expect(contentHash('Moscow said')).not.toBe(contentHash('Moscow said.'));
  });
});
