import { StringDecoder } from 'node:string_decoder';
import { MAX_LINE_LENGTH, type NumberedLine } from './splitLines.js';

/** What `splitJsonArray` yields besides elements: a structural problem with its line number. */
export interface ArrayProblem {
  readonly line: number;
  readonly problem: 'not_an_array' | 'too_long' | 'truncated';
}

/**
 * Streams the elements of a top-level JSON array as text, each with the line it starts on, without
 * holding the whole array: only the current element is in memory. The elements are parsed (and
 * refused if malformed) one by one later, so one bad element does not lose the others.
 */
export async function* splitJsonArray(
  chunks: AsyncIterable<Buffer>,
): AsyncIterable<NumberedLine | ArrayProblem> {
  const decoder = new StringDecoder('utf8');
  let line = 1;
  let started = false;
  let depth = 0; // depth inside the top-level array: 0 between elements
  let inString = false;
  let escaped = false;
  let element = '';
  let elementLine = 0;
  let tooLong = false;
  let finished = false;
  const feed = function* (text: string): Generator<NumberedLine | ArrayProblem> {
    let from = 0; // start of the slice of `text` that belongs to the current element
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      if (finished) continue;
      if (!started) {
        if (c === 0x5b /* [ */) {
          started = true;
          from = i + 1;
        } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) {
          finished = true;
          yield { line, problem: 'not_an_array' };
        }
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (depth === 0) {
        if (c === 0x2c /* , */ || c === 32 || c === 9 || c === 10 || c === 13) {
          from = i + 1;
          continue;
        }
        if (c === 0x5d /* ] */) {
          finished = true;
          continue;
        }
        // The first character of an element.
        elementLine = line;
        element = '';
        tooLong = false;
        from = i;
        if (c === 0x7b || c === 0x5b) depth = 1;
        else if (c === 0x22) {
          inString = true;
          depth = 1;
        } else depth = 1; // a scalar: ends at the next , or ] at this level
        if (c !== 0x7b && c !== 0x5b && c !== 0x22) {
          // Scalars are short; read to the delimiter.
          let j = i;
          while (j < text.length && text[j] !== ',' && text[j] !== ']' && text[j] !== '\n') j++;
          yield { line: elementLine, text: text.slice(i, j) };
          depth = 0;
          i = j - 1;
          from = j;
        }
        continue;
      }
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) {
          const piece = text.slice(from, i + 1);
          if (tooLong) yield { line: elementLine, problem: 'too_long' };
          else yield { line: elementLine, text: element + piece };
          element = '';
          from = i + 1;
        }
      }
    }
    if (started && !finished && depth > 0) {
      if (!tooLong) {
        element += text.slice(from);
        if (element.length > MAX_LINE_LENGTH) {
          tooLong = true;
          element = '';
        }
      }
    }
  };
  for await (const chunk of chunks) yield* feed(decoder.write(chunk));
  yield* feed(decoder.end());
  if (!started) yield { line, problem: 'not_an_array' };
  else if (!finished) yield { line, problem: 'truncated' };
}
