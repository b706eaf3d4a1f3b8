import { cliText } from '../i18n/errorMessages/cli.js';
import { CliError } from './_lib/CliError.js';
import { type CliContext, EXIT } from './_lib/context.js';
import { resolveLang } from './_lib/resolveOptions.js';
import { runAudit } from './commands/audit.js';
import { runCalendar } from './commands/calendar.js';
import { runDeadline } from './commands/deadline.js';
import { runExplain } from './commands/explain.js';

export const MAIN_HELP = {
  id: `pengaduan: audit ekspor pengaduan dan jawab pertanyaan batas waktu (UU 25/2009, SP4N-LAPOR!)

Perintah:
  pengaduan audit <berkas|->                  audit ekspor terhadap kebijakan per suatu instan
  pengaduan deadline <tanggal> <n> <satuan>   batas waktu n hari (kerja) dari sebuah tanggal
  pengaduan calendar <tahun>                  hari libur, cuti bersama, hari kerja per bulan
  pengaduan explain <riwayat.json>            linimasa satu pengaduan dengan setiap jam batas waktu

Opsi umum: --lang id|en (bawaan id), --help. \`pengaduan <perintah> --help\` untuk rinciannya.
Kode keluar: 0 selesai, 1 ada temuan setingkat --fail-on atau lebih berat, 2 masukan atau opsi tidak dapat dipakai.`,
  en: `pengaduan: audit complaint exports and answer deadline questions (UU 25/2009, SP4N-LAPOR!)

Commands:
  pengaduan audit <file|->                    audit an export against a policy as of an instant
  pengaduan deadline <date> <n> <unit>        the deadline n (working) days after a date
  pengaduan calendar <year>                   holidays, collective leave, working days per month
  pengaduan explain <history.json>            one complaint's timeline with every deadline clock

Common options: --lang id|en (default id), --help. \`pengaduan <command> --help\` for details.
Exit codes: 0 done, 1 findings at or above --fail-on, 2 unusable input or options.`,
};

type Command = (args: readonly string[], ctx: CliContext) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  audit: runAudit,
  deadline: runDeadline,
  calendar: runCalendar,
  explain: runExplain,
};

/** `--lang` read before the command parses its arguments, so that even option errors are localized. */
function peekLang(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return args[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/**
 * Runs one `pengaduan` command and returns its exit code. Errors a user can act on are printed as
 * one message in their language; anything else is a defect and is printed with its stack.
 */
export async function runCli(args: readonly string[], io: Omit<CliContext, 'lang'>): Promise<number> {
  let lang: 'id' | 'en' = 'id';
  try {
    lang = resolveLang(peekLang(args));
    const ctx: CliContext = { ...io, lang };
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(`${MAIN_HELP[lang]}\n`);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name.startsWith('--lang')) {
      // `pengaduan --lang en audit …`: the language may come first.
      const skip = name === '--lang' ? 2 : 1;
      return await runCli(args.slice(skip).concat(['--lang', lang]), io);
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) {
      throw new CliError(cliText('cli_unknown_command', { name: JSON.stringify(name.slice(0, 40)) }));
    }
    return await command(rest, ctx);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`pengaduan: ${error.text[lang]}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
