// Runs the `bulletin` command in this process, in a folder, and answers its exit status and what it wrote.
import { main } from '../../../electron/cli/main';

export interface CliRun {
  status: number;
  stdout: string;
  /** stdout as bytes (an export to stdout in GB18030). */
  bytes: Buffer;
  stderr: string;
}

export async function runCli(cwd: string, argv: readonly string[]): Promise<CliRun> {
  const out: Buffer[] = [];
  let stderr = '';
  const status = await main([...argv], {
    cwd,
    stdout: (d) => out.push(typeof d === 'string' ? Buffer.from(d, 'utf8') : Buffer.from(d)),
    stderr: (t) => (stderr += t),
  });
  const bytes = Buffer.concat(out);
  return { status, stdout: bytes.toString('utf8'), bytes, stderr };
}
