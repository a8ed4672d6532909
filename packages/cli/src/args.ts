import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './cli-error';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

interface ParseArgsError {
  code: string;
  message: string;
}

const isParseArgsError = (error: unknown): error is ParseArgsError =>
  error instanceof Error &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('ERR_PARSE_ARGS_');

const flagList = (options: OptionsConfig): string =>
  Object.keys(options)
    .map((name) => `--${name}`)
    .join(', ');

/**
 * Node's parseArgs messages are written for developers ("argument is ambiguous… use
 * '--profile=-XYZ'"). Re-reading the arguments leniently finds the token at fault, so the
 * runner gets one plain line naming the flag and what would be accepted.
 */
const describeParseError = (
  command: string,
  args: readonly string[],
  options: OptionsConfig,
  error: ParseArgsError,
): CliError => {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      return new CliError(
        'unknown-option',
        `runstrong ${command}: unexpected argument "${token.value}"; options are given as --name value (accepted: ${flagList(options)})`,
      );
    }
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) {
      return new CliError(
        'unknown-option',
        `runstrong ${command}: unknown option ${token.rawName}; accepted: ${flagList(options)}`,
      );
    }
    if (
      spec.type === 'string' &&
      (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
    ) {
      return new CliError('missing-option', `runstrong ${command}: --${token.name} needs a value`);
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      return new CliError('invalid-option', `runstrong ${command}: --${token.name} takes no value`);
    }
  }
  return new CliError('unknown-option', `runstrong ${command}: ${error.message.split('\n')[0]}`);
};

const parseStrict = <const O extends OptionsConfig>(args: readonly string[], options: O) =>
  parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;

/** Strict option parsing for a subcommand: no positionals, no unknown flags. */
export const parseOptions = <const O extends OptionsConfig>(
  command: string,
  args: readonly string[],
  options: O,
) => {
  let values: ReturnType<typeof parseStrict<O>>;
  try {
    values = parseStrict(args, options);
  } catch (error) {
    if (isParseArgsError(error)) throw describeParseError(command, args, options, error);
    throw error;
  }
  // `--out=` parses as an empty string; no option here means anything by it.
  for (const [name, value] of Object.entries(values)) {
    if (value === '')
      throw new CliError('missing-option', `runstrong ${command}: --${name} needs a value`);
  }
  return values;
};

/** A string option that must be given. */
export const requireOption = (command: string, flag: string, value: string | undefined): string => {
  if (value === undefined) {
    throw new CliError('missing-option', `runstrong ${command}: --${flag} is required`);
  }
  return value;
};

/** A value from a closed list, or an error saying which values are accepted. */
export const oneOf = <const T extends string>(
  command: string,
  flag: string,
  value: string,
  accepted: readonly T[],
): T => {
  if ((accepted as readonly string[]).includes(value)) return value as T;
  throw new CliError(
    'invalid-option',
    `runstrong ${command}: --${flag} "${value}" is not accepted; accepted: ${accepted.join(', ')}`,
  );
};

/** Like oneOf, with a default for when the flag is not given. */
export const chooseOne = <const T extends string>(
  command: string,
  flag: string,
  value: string | undefined,
  accepted: readonly T[],
  fallback: T,
): T => (value === undefined ? fallback : oneOf(command, flag, value, accepted));

/**
 * For commands that take paths: splits positionals from options, so the options still go through
 * the strict parser (a wrong flag gets the same message as everywhere). A string option takes the
 * next argument as its value unless given as `--flag=value` or the next argument is itself a flag
 * (then the parser says the value is missing); `--` ends the options (for a file named "-x.gpx").
 */
export const splitPositionals = (
  args: readonly string[],
  options: OptionsConfig,
): { positionals: string[]; options: string[] } => {
  const takesValue = new Set(
    Object.entries(options).flatMap(([name, spec]) =>
      spec.type === 'string' ? [`--${name}`, ...(spec.short ? [`-${spec.short}`] : [])] : [],
    ),
  );
  const positionals: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    rest.push(arg);
    const next = args[i + 1];
    if (takesValue.has(arg) && next !== undefined && !next.startsWith('-')) {
      rest.push(next);
      i++;
    }
  }
  return { positionals, options: rest };
};
