/**
 * Query errors. All are DemarcheErrors with a one-line message; the CLI
 * prints the message and exits with code 2.
 */
import { DemarcheError } from '../errors.js';

/** A name that matches no actor in the graph. */
export class UnknownActorError extends DemarcheError {
  constructor(readonly actorName: string, suggestions: readonly string[] = []) {
    const hint = suggestions.length ? ` (did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?)` : '';
    super('query/unknown-actor', `no actor named '${actorName}' in the graph${hint}. Expecting a label, alias or node key such as 'country:rus'`);
    this.name = 'UnknownActorError';
  }
}

/** A name that matches several actors where one is needed (paths, profiles). */
export class AmbiguousActorError extends DemarcheError {
  constructor(readonly actorName: string, readonly candidates: readonly string[]) {
    super('query/ambiguous-actor', `'${actorName}' matches ${candidates.length} actors: ${candidates.join(', ')}. Expecting one of these keys`);
    this.name = 'AmbiguousActorError';
  }
}

/** A mistake in a pattern, with the 1-based column it was found at. */
export class PatternError extends DemarcheError {
  /** The pattern and a caret under the faulty column, two lines. */
  readonly caret: string;
  constructor(code: 'query/pattern' | 'query/unknown-actor', readonly pattern: string, readonly column: number, message: string) {
    super(code, `column ${column}: ${message}`);
    this.name = 'PatternError';
    this.caret = `${pattern}\n${' '.repeat(Math.max(0, column - 1))}^`;
  }
}

/** Bad option values given to a query function (unknown kind, malformed date). */
export class QueryOptionError extends DemarcheError {
  constructor(message: string) {
    super('query/options', message);
    this.name = 'QueryOptionError';
  }
}
