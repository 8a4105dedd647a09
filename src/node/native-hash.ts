/** Imported for its effect by Node entry points: content hashes through node:crypto (see graph/hash.ts). */
import * as crypto from 'node:crypto';
import { useNativeSha256 } from '../graph/hash.js';

// The one-shot crypto.hash (Node 20.12+) skips a Hash object per article; createHash where it is missing.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
useNativeSha256(oneShot ? (text) => oneShot('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex'));
