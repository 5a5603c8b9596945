import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The largest file taken: a 100,000-row screening file is about 15 MB. */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

/** An uploaded file, written to a private temporary folder as it arrived, with the SHA-256 of its bytes. */
export interface SpooledUpload {
  /** The file on disk; read it as often as needed, then `discard()`. */
  path: string;
  /** SHA-256 (hex) of the bytes: the upload id. */
  sha256: string;
  bytes: number;
  discard(): Promise<void>;
}

/**
 * Reads the request body to its end, writing it to a temporary file and hashing it on the way.
 * The same file sent again must append nothing, and only the hash of every byte says it is the
 * same file: so the whole body is read before a row is processed. Spooled to disk, not held in
 * memory, so a large file costs a chunk of memory at a time. A CSV must be UTF-8 (names in Khmer):
 * bad bytes are a 400 before any row, never U+FFFD stored in place of a letter.
 */
export async function spoolUpload(body: Readable, options: { maxBytes?: number; utf8?: boolean } = {}): Promise<SpooledUpload> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const dir = await mkdtemp(join(tmpdir(), 'casetrail-upload-'));
  const path = join(dir, 'upload');
  const discard = () => rm(dir, { recursive: true, force: true });
  const hash = createHash('sha256');
  const decoder = options.utf8 ? new TextDecoder('utf-8', { fatal: true }) : undefined;
  let bytes = 0;
  const inspect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new PayloadTooLargeException(`The file is larger than ${maxBytes / 1024 / 1024} MiB; split it`));
      try {
        decoder?.decode(chunk, { stream: true });
      } catch {
        return done(new BadRequestException('The file is not valid UTF-8 text; save the CSV as UTF-8'));
      }
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      try {
        decoder?.decode();
        done();
      } catch {
        done(new BadRequestException('The file is not valid UTF-8 text; save the CSV as UTF-8'));
      }
    },
  });
  try {
    await pipeline(body, inspect, createWriteStream(path));
  } catch (error) {
    await discard();
    if (error instanceof BadRequestException || error instanceof PayloadTooLargeException) throw error;
    // The client went away or sent less than it announced: nothing was processed.
    throw new BadRequestException('The request body ended before it was complete');
  }
  return { path, sha256: hash.digest('hex'), bytes, discard };
}
