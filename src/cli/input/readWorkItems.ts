import { cliText } from '../../i18n/errorMessages/cli.js';
import { CliError } from '../_lib/CliError.js';
import { groupEvents, type LoggedEvent } from './groupEvents.js';
import type { Input } from './openInput.js';
import { parseCsv } from './parseCsv.js';
import { splitJsonArray } from './splitJsonArray.js';
import { type NumberedLine, splitLines } from './splitLines.js';

/** A record the workers parse and audit: one complaint as JSON text (NDJSON line, array element). */
export interface RawItem {
  readonly k: 'raw';
  readonly line: number;
  readonly text: string;
}

/** A complaint assembled from an event log. */
export interface GroupedItem {
  readonly k: 'grouped';
  readonly id: string;
  readonly history: readonly Record<string, unknown>[];
  /** The input line of each event of `history`. */
  readonly lines: readonly number[];
}

/** Why a line of the input was refused. */
export type RefusalReason =
  | 'malformed_json'
  | 'not_a_complaint'
  | 'missing_id'
  | 'line_too_long'
  | 'bad_csv_row'
  | 'not_an_array'
  | 'truncated'
  | 'audit_failed';

export interface RefusedLine {
  readonly k: 'refused';
  readonly line: number;
  readonly reason: RefusalReason;
  /** Details (the JSON parser's message, the column), in English: it quotes the input. */
  readonly detail?: string;
}

/** Refused lines counted without their details (past the first thousand of an event log). */
export interface RefusedCount {
  readonly k: 'refusedCount';
  readonly count: number;
}

export type WorkItem = RawItem | GroupedItem;

const HELD_REFUSALS = 1000;

/** `--format`: how the input is laid out; `auto` (default) looks at its first characters. */
export type InputFormat = 'auto' | 'complaints' | 'events' | 'csv' | 'json';

export interface ReadOptions {
  readonly format: InputFormat;
  /** The complaint id field of an event log; default the first of `complaintId`, `complaint_id`, `complaint`. */
  readonly idField?: string;
  readonly maxBufferedEvents?: number;
  readonly tempDir?: string;
  /** Told which layout was read: `complaints`, `events`, `csv` or `json`. */
  readonly onDetected?: (format: Exclude<InputFormat, 'auto'>) => void;
}

const ID_FIELDS = ['complaintId', 'complaint_id', 'complaint'];

async function* peekable(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer, void, undefined> {
  yield* chunks;
}

/** The first non-blank character of the input, and the input again from its start. */
async function sniff(input: Input): Promise<{ first: string; chunks: AsyncIterable<Buffer> }> {
  const iterator = peekable(input.chunks);
  const seen: Buffer[] = [];
  let first = '';
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    const text = next.value.toString('utf8').replace(/^\uFEFF/, '');
    const match = /\S/.exec(text);
    if (match !== null) {
      first = match[0];
      break;
    }
  }
  const chunks = (async function* () {
    yield* seen;
    yield* iterator;
  })();
  return { first, chunks };
}

function idOf(record: Record<string, unknown>, idField: string | undefined): string | undefined {
  const fields = idField === undefined ? ID_FIELDS : [idField];
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string' && value.length > 0) return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

/**
 * The input as work for the auditors, in one pass and bounded memory:
 * - NDJSON with one complaint per line (`{ "id": …, "history": [ … ] }`) and JSON arrays of
 *   complaints go to the workers as text, parsed there;
 * - NDJSON and CSV event logs (one event per line, with a complaint id column) are grouped by
 *   complaint with `groupEvents` first.
 * A line that cannot be used is yielded as `refused` with its number and the run goes on.
 */
export async function* readWorkItems(
  input: Input,
  options: ReadOptions,
): AsyncIterable<WorkItem | RefusedLine | RefusedCount> {
  const { first, chunks } = await sniff(input);
  let format = options.format;
  if (format === 'auto')
    // `{`: NDJSON, of complaints or of events, told apart by its first line below.
    format = first === '[' ? 'json' : first === '{' || first === '' ? 'auto' : 'csv';
  if (format === 'json') {
    options.onDetected?.('json');
    for await (const item of splitJsonArray(chunks)) {
      if ('problem' in item) {
        if (item.problem === 'not_an_array') {
          throw new CliError(cliText('cli_input_not_array'));
        }
        yield {
          k: 'refused',
          line: item.line,
          reason: item.problem === 'too_long' ? 'line_too_long' : 'truncated',
        };
      } else yield { k: 'raw', line: item.line, text: item.text };
    }
    return;
  }
  if (format === 'csv') {
    options.onDetected?.('csv');
    yield* groupOrRefuse(csvEvents(chunks, options), options);
    return;
  }
  // NDJSON: complaints, or events. Decided by the first line that parses as an object (or by --format).
  const iterator = splitLines(chunks)[Symbol.asyncIterator]();
  const held: (NumberedLine | { readonly line: number; readonly tooLong: true })[] = [];
  let kind: 'complaints' | 'events' | undefined =
    format === 'events' ? 'events' : format === 'complaints' ? 'complaints' : undefined;
  while (kind === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    held.push(next.value);
    if (!('text' in next.value)) continue;
    try {
      const record = JSON.parse(next.value.text) as unknown;
      if (typeof record === 'object' && record !== null && !Array.isArray(record)) {
        kind =
          'history' in record ? 'complaints' : 'type' in record && 'at' in record ? 'events' : 'complaints';
      }
    } catch {
      // Not decided by a malformed line: it is refused later like any other.
    }
  }
  const lines = (async function* () {
    yield* held;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  options.onDetected?.(kind ?? 'complaints');
  if (kind !== 'events') {
    for await (const item of lines) {
      if ('text' in item) yield { k: 'raw', line: item.line, text: item.text };
      else yield { k: 'refused', line: item.line, reason: 'line_too_long' };
    }
    return;
  }
  const idField = options.idField;
  const events = (async function* (): AsyncIterable<LoggedEvent | RefusedLine> {
    for await (const item of lines) {
      if ('text' in item) yield eventFromLine(item.line, item.text, idField);
      else yield { k: 'refused', line: item.line, reason: 'line_too_long' } as RefusedLine;
    }
  })();
  yield* groupOrRefuse(events, options);
}

function eventFromLine(line: number, text: string, idField: string | undefined): LoggedEvent | RefusedLine {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    return { k: 'refused', line, reason: 'malformed_json', detail: (error as Error).message.slice(0, 200) };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { k: 'refused', line, reason: 'not_a_complaint' };
  }
  return eventFromRecord(line, record as Record<string, unknown>, idField);
}

function eventFromRecord(
  line: number,
  record: Record<string, unknown>,
  idField: string | undefined,
): LoggedEvent | RefusedLine {
  const complaintId = idOf(record, idField);
  if (complaintId === undefined)
    return { k: 'refused', line, reason: 'missing_id', detail: idField ?? ID_FIELDS.join('|') };
  const event: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key !== (idField ?? '') && !ID_FIELDS.includes(key)) event[key] = record[key];
  }
  return { line, complaintId, event };
}

async function* groupOrRefuse(
  events: AsyncIterable<LoggedEvent | RefusedLine>,
  options: ReadOptions,
): AsyncIterable<WorkItem | RefusedLine | RefusedCount> {
  // Refusals are yielded as they come; events go through the grouper, which yields at the end.
  // Refused lines are passed on as soon as the grouper yields (at the latest at its end). They are
  // held meanwhile; the report keeps only the first ones anyway, so hold at most that many here
  // and count the rest.
  const refusals: RefusedLine[] = [];
  let uncounted = 0;
  const onlyEvents = (async function* () {
    for await (const item of events) {
      if (!('k' in item)) yield item;
      else if (refusals.length < HELD_REFUSALS) refusals.push(item);
      else uncounted++;
    }
  })();
  const grouped = groupEvents(onlyEvents, {
    ...(options.maxBufferedEvents === undefined ? {} : { maxBufferedEvents: options.maxBufferedEvents }),
    ...(options.tempDir === undefined ? {} : { tempDir: options.tempDir }),
  });
  for await (const complaint of grouped) {
    yield { k: 'grouped', id: complaint.id, history: complaint.history, lines: complaint.lines };
    if (refusals.length > 0) yield* refusals.splice(0);
  }
  yield* refusals.splice(0);
  if (uncounted > 0) yield { k: 'refusedCount', count: uncounted };
}

/** CSV event log: a header row naming the columns, then one event per row. */
async function* csvEvents(
  chunks: AsyncIterable<Buffer>,
  options: ReadOptions,
): AsyncIterable<LoggedEvent | RefusedLine> {
  let header: string[] | undefined;
  for await (const row of parseCsv(chunks)) {
    if (!('fields' in row)) {
      yield { k: 'refused', line: row.line, reason: 'line_too_long' };
      continue;
    }
    if (header === undefined) {
      header = row.fields.map((f) => f.trim());
      const hasId = (options.idField === undefined ? ID_FIELDS : [options.idField]).some((f) =>
        header!.includes(f),
      );
      if (!hasId || !header.includes('type') || !header.includes('at')) {
        throw new CliError(
          cliText('cli_csv_header', {
            idField: options.idField ?? 'complaint_id',
            found: header.slice(0, 12).join(', ').slice(0, 200),
          }),
        );
      }
      continue;
    }
    yield csvEvent(row.line, header, row.fields, options.idField);
  }
}

/**
 * One CSV row as an event. Columns: the complaint id, `type`, `at`, `event_id`, `actor_role`,
 * `actor_id`, `actor_unit`, `data` (a JSON object), and `data.<field>` for single data fields (text).
 * Other columns are ignored.
 */
function csvEvent(
  line: number,
  header: readonly string[],
  fields: readonly string[],
  idField: string | undefined,
): LoggedEvent | RefusedLine {
  if (fields.length !== header.length) {
    return {
      k: 'refused',
      line,
      reason: 'bad_csv_row',
      detail: `${fields.length} fields, header has ${header.length}`,
    };
  }
  const cell: Record<string, string> = {};
  header.forEach((name, i) => {
    cell[name] = fields[i]!;
  });
  const complaintId = idOf(cell, idField);
  if (complaintId === undefined)
    return { k: 'refused', line, reason: 'missing_id', detail: idField ?? ID_FIELDS.join('|') };
  let data: Record<string, unknown> = {};
  if (cell.data !== undefined && cell.data.trim() !== '') {
    try {
      const parsed = JSON.parse(cell.data) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('data is not a JSON object');
      data = parsed as Record<string, unknown>;
    } catch (error) {
      return {
        k: 'refused',
        line,
        reason: 'malformed_json',
        detail: `data: ${(error as Error).message.slice(0, 200)}`,
      };
    }
  }
  for (const name of header) {
    if (name.startsWith('data.') && cell[name] !== '') data[name.slice(5)] = cell[name];
  }
  const actor: Record<string, string> = { role: cell.actor_role ?? '' };
  if (cell.actor_id) actor.id = cell.actor_id;
  if (cell.actor_unit) actor.unitId = cell.actor_unit;
  const event: Record<string, unknown> = { type: cell.type, at: cell.at, actor, data };
  if (cell.event_id) event.id = cell.event_id;
  return { line, complaintId, event };
}
