import { UsageError } from './errors.js';

export interface FlagSpec {
  /** `string` takes a value; `boolean` does not. `multiple` strings may repeat. */
  type: 'string' | 'boolean';
  multiple?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | string[] | boolean | undefined>;
}

/** Parses `--flag value`, `--flag=value` and `--bool`; rejects unknown flags as usage errors. */
export function parseArgs(verb: string, argv: readonly string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const positionals: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`, verb);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const def = spec[name];
    if (!def) throw new UsageError(`unknown option --${name}`, verb);
    if (def.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`, verb);
      flags[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || (value.startsWith('--') && eq === -1)) throw new UsageError(`--${name} needs a value`, verb);
    if (def.multiple) flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
    else if (flags[name] !== undefined) throw new UsageError(`--${name} given twice`, verb);
    else flags[name] = value;
  }
  return { positionals, flags };
}
