import { readFileSync } from 'node:fs';
import { parseGraph } from '../../src/graph/load.js';
import type { DemarcheGraph } from '../../src/graph/types.js';

export const FIXTURES = new URL('../fixtures/graphs/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function fixture(name: string): DemarcheGraph {
  return parseGraph(fixtureText(name));
}
