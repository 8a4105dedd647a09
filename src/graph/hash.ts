import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** sha256 of a text, hex: the identity of an article's content. */
export function contentHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
