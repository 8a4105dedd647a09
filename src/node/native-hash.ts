/** Imported for its effect by Node entry points: content hashes through node:crypto (see graph/hash.ts). */
import { createHash } from 'node:crypto';
import { useNativeSha256 } from '../graph/hash.js';

useNativeSha256((text) => createHash('sha256').update(text, 'utf8').digest('hex'));
