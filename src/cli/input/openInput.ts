import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { cliText } from '../../i18n/errorMessages/cli.js';
import { CliError } from '../_lib/CliError.js';

/** An input file or stdin as a stream of bytes, gunzipped when it is gzip. */
export interface Input {
  /** The decompressed bytes. */
  readonly chunks: AsyncIterable<Buffer>;
  /** The file's size on disk (compressed, for gzip), when it is a file: for the progress ETA. */
  readonly size?: number;
  /** Bytes read from the file or stdin so far (before decompression). */
  bytesRead(): number;
  readonly gzip: boolean;
}

async function* counted(source: AsyncIterable<Buffer>, add: (n: number) => void): AsyncIterable<Buffer> {
  for await (const chunk of source) {
    add(chunk.length);
    yield chunk;
  }
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncIterable<Buffer> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Opens `path` (`-` for stdin). Gzip is recognised by its two magic bytes, not by the file name, so
 * `export.ndjson.gz`, a renamed file and `zcat`-less pipes all work.
 */
export async function openInput(path: string, cwd: string, stdin: NodeJS.ReadableStream): Promise<Input> {
  let size: number | undefined;
  let raw: AsyncIterable<Buffer>;
  if (path === '-') {
    raw = stdin as AsyncIterable<Buffer>;
  } else {
    const file = resolve(cwd, path);
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      size = stat.size;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new CliError(cliText('cli_input_unreadable', { path: JSON.stringify(path), reason }));
    }
    raw = createReadStream(file, { highWaterMark: 1 << 20 });
  }
  let bytes = 0;
  const iterator = counted(raw, (n) => {
    bytes += n;
  })[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    return { chunks: (async function* () {})(), size, bytesRead: () => bytes, gzip: false };
  }
  const head = Buffer.from(first.value);
  const all = prepend(head, iterator);
  const gzip = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  if (!gzip) return { chunks: all, size, bytesRead: () => bytes, gzip };
  const gunzip = createGunzip();
  const source = Readable.from(all);
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const chunks = (async function* () {
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } catch (error) {
      throw new CliError(cliText('cli_gzip_damaged', { message: (error as Error).message }));
    }
  })();
  return { chunks, size, bytesRead: () => bytes, gzip };
}
