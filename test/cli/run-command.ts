import type { CliIO, Command } from '../../src/cli/command.js';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a subcommand in-process with captured output. */
export async function runCommand(command: Command, args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<CommandResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    isTTY: false,
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}
