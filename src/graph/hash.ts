import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** A native sha256 hex digest of UTF-8 text, where the platform has one (Node's crypto). */
export type NativeSha256 = (text: string) => string;

let native: NativeSha256 | undefined;

/**
 * Node entry points hand in node:crypto's sha256, about four times faster
 * than the portable one; the browser keeps the portable one. Both give the
 * same digest, so a graph built in either place skips the same articles.
 */
export function useNativeSha256(hash: NativeSha256): void {
  native = hash;
}

/** sha256 of a text, hex: the identity of an article's content. */
export function contentHash(text: string): string {
  return native ? native(text) : bytesToHex(sha256(utf8ToBytes(text)));
}
