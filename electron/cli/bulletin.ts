// Entry point of the built `bulletin` command (out/cli/bulletin.mjs): real stdio, real exit status.
import { main } from './main';

const status = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = status;
