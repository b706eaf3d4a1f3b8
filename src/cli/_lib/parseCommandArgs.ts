import { type ParseArgsConfig, parseArgs } from 'node:util';
import { cliText } from '../../i18n/errorMessages/cli.js';
import { CliError } from './CliError.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `util.parseArgs` with the errors a user can read: an unknown option or a missing value becomes a
 * `CliError` (exit code 2) in both languages instead of a Node error with a stack.
 */
export function parseCommandArgs<T extends Options>(
  command: string,
  args: readonly string[],
  options: T,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /option '([^' ]{1,40})/i.exec(message)?.[1] ?? '?';
    const missingValue = /argument missing/.test(message);
    throw new CliError(
      missingValue
        ? cliText('cli_option_needs_value', { option, command })
        : cliText('cli_unknown_option', { option, command }),
    );
  }
}

/** The common options every command accepts. */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;
