// What a command needs from the outside world, so tests run commands in-process with captured output.
export interface CliIo {
  cwd: string;
  stdout(data: string | Uint8Array): void;
  stderr(text: string): void;
}

/** A failure with the exit status it calls for: 1 for a problem in the content, 2 for usage or unreadable input. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly status: 1 | 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(message, 2);
export const contentError = (message: string) => new CliError(message, 1);
