/** Negation of a cue: "did not threaten", "never met", "has not rejected", "didn't". */
import type { Token } from '../doc.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'be', 'been', 'yet', 'also', 'still', 'ever', 'even', 'to', 'so', 'far']);

/** True when the cue starting at `cue` is negated by a word just before it (within its verb group). */
export function isNegated(tokens: readonly Token[], cue: number, floor: number): boolean {
  for (let i = cue - 1; i >= floor && i >= cue - 4; i--) {
    const w = tokens[i].lower;
    if (NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) return true;
    if (!AUXILIARIES.has(w)) return false;
  }
  return false;
}
