import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliText } from '../../i18n/errorMessages/cli.js';
import { CliError } from './CliError.js';
import {
  type CivilDate,
  civilDateOf,
  combinePolicies,
  createOmbudsmanPolicy,
  createSp4nLaporPolicy,
  createTieredLocalPolicy,
  createUu25Policy,
  createWorkingCalendar,
  endOfCivilDay,
  formatInstant,
  type Instant,
  isCivilDate,
  type Locale,
  nationalCalendar,
  PengaduanError,
  type Policy,
  validatePolicy,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  type WorkingCalendarPatch,
  ZONES,
} from './library.js';

/** `--lang`: `id` (default) or `en`. */
export function resolveLang(value: unknown): Locale {
  if (value === undefined || value === 'id') return 'id';
  if (value === 'en') return 'en';
  throw new CliError(cliText('cli_lang_expected', { value: JSON.stringify(String(value)).slice(0, 40) }));
}

/** A library error as the user's message, with the option it came from. */
export function fromLibraryError(error: unknown, option: string): never {
  if (error instanceof PengaduanError) {
    throw new CliError(cliText('cli_option_problem', { option, problem: error.text }));
  }
  throw error;
}

/** `--zone`: an IANA name, or WIB / WITA / WIT; default the calendar's zone. */
export function resolveZone(value: unknown, calendar: WorkingCalendar): string {
  if (value === undefined) return calendar.zone;
  const text = String(value);
  const alias = (ZONES as Record<string, string>)[text.toUpperCase()];
  const zone = alias ?? text;
  try {
    civilDateOf('2025-01-01T00:00:00Z', zone);
  } catch (error) {
    fromLibraryError(error, '--zone');
  }
  return zone;
}

function readJsonFile(path: string, cwd: string, option: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(cliText('cli_option_file_unreadable', { option, path: JSON.stringify(path), reason }));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(
      cliText('cli_option_file_not_json', {
        option,
        path: JSON.stringify(path),
        message: (error as Error).message,
      }),
    );
  }
}

/**
 * `--calendar <file.json>`: a whole calendar (an object with `nonWorkingDays`, as taken by
 * `createWorkingCalendar`) or a patch applied to the national calendar (next year's SKB, regional
 * days off: an object with `dataVersion` and `add` / `remove` …, as taken by `calendar.extend`).
 * Without the option: the national calendar.
 */
export function loadCalendar(path: unknown, cwd: string): WorkingCalendar {
  if (path === undefined) return nationalCalendar;
  const data = readJsonFile(String(path), cwd, '--calendar');
  try {
    if (typeof data === 'object' && data !== null && 'nonWorkingDays' in data) {
      return createWorkingCalendar(data as WorkingCalendarOptions);
    }
    return nationalCalendar.extend(data as WorkingCalendarPatch);
  } catch (error) {
    return fromLibraryError(error, '--calendar');
  }
}

/** The presets by the names users type; `uu25` is short for `uu25-2009`. */
export const POLICY_PRESETS: Readonly<Record<string, () => Policy>> = {
  'uu25-2009': () => createUu25Policy(),
  uu25: () => createUu25Policy(),
  'sp4n-lapor': () => createSp4nLaporPolicy(),
  ombudsman: () => createOmbudsmanPolicy(),
  'local-tiered': () => createTieredLocalPolicy(),
};

/**
 * `--policy`: a preset name, several joined by commas (`uu25,sp4n-lapor`: combined), or a policy
 * JSON file. Default `uu25-2009`.
 */
export function loadPolicy(value: unknown, cwd: string): Policy {
  const text = value === undefined ? 'uu25-2009' : String(value);
  if (/\.json$/i.test(text)) {
    const data = readJsonFile(text, cwd, '--policy');
    try {
      validatePolicy(data);
      return data;
    } catch (error) {
      return fromLibraryError(error, '--policy');
    }
  }
  const names = text.split(',').map((name) => name.trim());
  const policies = names.map((name) => {
    const make = Object.hasOwn(POLICY_PRESETS, name) ? POLICY_PRESETS[name] : undefined;
    if (make === undefined) {
      const known = Object.keys(POLICY_PRESETS).join(', ');
      throw new CliError(cliText('cli_unknown_policy', { name: JSON.stringify(name.slice(0, 40)), known }));
    }
    return make();
  });
  try {
    return policies.length === 1 ? policies[0]! : combinePolicies(policies);
  } catch (error) {
    return fromLibraryError(error, '--policy');
  }
}

/**
 * `--as-of`: an instant with an offset, a civil date (its end in `zone`: "as of the close of that
 * day"), or `now`. Default `now`: the report says which instant it used, so it can be reproduced.
 */
export function resolveAsOf(value: unknown, zone: string, now: () => number = Date.now): Instant {
  if (value === undefined || value === 'now') return formatInstant(now(), zone);
  const text = String(value);
  try {
    if (isCivilDate(text)) return endOfCivilDay(text as CivilDate, zone);
    civilDateOf(text, zone);
    return text;
  } catch (error) {
    return fromLibraryError(error, '--as-of');
  }
}
