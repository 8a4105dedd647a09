/** One CLI subcommand. `main.ts` lists them; each lives in its own file. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read whole (for `-`). */
  readStdin: () => Promise<Buffer>;
  /** Whether standard error is a terminal (progress lines). */
  isTTY: boolean;
  cwd: string;
}

export interface Command {
  name: string;
  /** One line for `demarche --help`. */
  summary: string;
  /** Full text for `demarche <name> --help`. */
  usage: string;
  /** Returns the exit code: 0 ok, 1 some inputs failed, 2 usage error. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** An error the CLI prints as one line (no stack trace), with its exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}
