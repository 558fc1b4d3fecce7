// A small argument reader: positional words and --flags (with values or boolean), unknown flags refused.
import { usageError } from './io';

export interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

/** Reads argv; `valued` are the flags that take a value, `bare` those that do not. */
export function readArgs(argv: readonly string[], valued: readonly string[], bare: readonly string[] = []): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (valued.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw usageError(`--${name} needs a value`);
      flags.set(name, value);
    } else if (bare.includes(name) && eq < 0) {
      flags.set(name, true);
    } else {
      const known = [...valued, ...bare].map((f) => `--${f}`).join(', ') || 'none';
      throw usageError(`unknown option --${name} (options here: ${known})`);
    }
  }
  return { positional, flags };
}

export function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** A flag's value, which must be one of `choices`. */
export function choice<T extends string>(args: Args, name: string, choices: readonly T[]): T | undefined {
  const v = flag(args, name);
  if (v === undefined) return undefined;
  if (!(choices as readonly string[]).includes(v)) throw usageError(`--${name} must be one of ${choices.join(', ')} (not “${v}”)`);
  return v as T;
}
