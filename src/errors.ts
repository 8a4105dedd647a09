/**
 * Misuse and unreadable input throw a DemarcheError whose message is one line:
 * `demarche/<module>: <what is wrong>. Expecting <what>.` The CLI prints it as is.
 */
export class DemarcheError extends Error {
  constructor(readonly code: string, message: string) {
    super(`demarche/${code}: ${message}`);
    this.name = 'DemarcheError';
  }
}
