import { StringDecoder } from 'node:string_decoder';

/** One line of text and its 1-based number in the input. */
export interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/** Longer lines are refused (not held): a broken export must not exhaust memory. */
export const MAX_LINE_LENGTH = 16 * 1024 * 1024;

/**
 * Splits a byte stream into lines (`\n` or `\r\n`), decoding UTF-8 across chunk boundaries; blank
 * lines are skipped but counted. A line longer than `MAX_LINE_LENGTH` is yielded as `tooLong`
 * with its number and its text dropped.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
): AsyncIterable<NumberedLine | { readonly line: number; readonly tooLong: true }> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let dropping = false;
  let line = 0;
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end < 0) break;
      line++;
      const piece = text.slice(start, end);
      start = end + 1;
      if (dropping) {
        dropping = false;
        pending = '';
        yield { line, tooLong: true };
        continue;
      }
      let full = pending.length === 0 ? piece : pending + piece;
      pending = '';
      if (full.endsWith('\r')) full = full.slice(0, -1);
      if (full.length > MAX_LINE_LENGTH) yield { line, tooLong: true };
      else if (full.trim().length > 0) yield { line, text: full };
    }
    if (!dropping) {
      pending += text.slice(start);
      if (pending.length > MAX_LINE_LENGTH) {
        dropping = true;
        pending = '';
      }
    }
  }
  const rest = pending + decoder.end();
  if (dropping) yield { line: line + 1, tooLong: true };
  else if (rest.trim().length > 0)
    yield { line: line + 1, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
}
