import { StringDecoder } from 'node:string_decoder';
import { MAX_LINE_LENGTH } from './splitLines.js';

/** One CSV record with the line it starts on (a quoted field may span lines). */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * A streaming RFC 4180 reader: comma-separated, fields quoted with `"` when they hold a comma, a
 * quote (doubled) or a line break; `\n` or `\r\n` line ends; a UTF-8 byte order mark is skipped.
 * Holds one record at a time. A record longer than `MAX_LINE_LENGTH` is yielded as `tooLong`.
 */
export async function* parseCsv(
  chunks: AsyncIterable<Buffer>,
): AsyncIterable<CsvRow | { readonly line: number; readonly tooLong: true }> {
  const decoder = new StringDecoder('utf8');
  let line = 1;
  let rowLine = 1;
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let quoteSeen = false; // the previous char closed a quote (or was the first of a doubled quote)
  let size = 0;
  let first = true;
  const endRow = function* (): Generator<CsvRow | { line: number; tooLong: true }> {
    fields.push(field);
    const row = fields;
    fields = [];
    field = '';
    if (size > MAX_LINE_LENGTH) yield { line: rowLine, tooLong: true };
    else if (!(row.length === 1 && row[0]!.trim() === '')) yield { line: rowLine, fields: row };
    size = 0;
  };
  const feed = function* (text: string): Generator<CsvRow | { line: number; tooLong: true }> {
    let i = 0;
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"') {
          quoted = false;
          quoteSeen = true;
        } else {
          if (ch === '\n') line++;
          if (size <= MAX_LINE_LENGTH) field += ch;
          size++;
        }
        continue;
      }
      if (ch === '"') {
        // `""` inside a quoted field is one quote; a quote opening a field starts quoting.
        if (quoteSeen) field += '"';
        quoted = true;
        quoteSeen = false;
        continue;
      }
      quoteSeen = false;
      if (ch === ',') {
        fields.push(field);
        field = '';
      } else if (ch === '\n') {
        if (field.endsWith('\r')) field = field.slice(0, -1);
        yield* endRow();
        line++;
        rowLine = line;
      } else {
        if (size <= MAX_LINE_LENGTH) field += ch;
        size++;
      }
    }
  };
  for await (const chunk of chunks) yield* feed(decoder.write(chunk));
  yield* feed(decoder.end());
  if (field.length > 0 || fields.length > 0) {
    if (field.endsWith('\r')) field = field.slice(0, -1);
    yield* endRow();
  }
}
