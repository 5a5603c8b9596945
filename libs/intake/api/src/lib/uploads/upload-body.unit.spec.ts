import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { spoolUpload } from './upload-body';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('spooling an upload', () => {
  it('writes the bytes to a temporary file with their SHA-256, and discards it', async () => {
    const bytes = Buffer.from('reference,place\nR-1,poipet\n', 'utf8');
    const file = await spoolUpload(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), { utf8: true });
    expect({ sha256: file.sha256, bytes: file.bytes }).toEqual({ sha256: sha256(bytes), bytes: bytes.length });
    expect(readFileSync(file.path)).toEqual(bytes);
    await file.discard();
    expect(existsSync(file.path)).toBe(false);
  });

  it('takes a letter split between two chunks, and refuses bytes that are not UTF-8 (400)', async () => {
    const khmer = Buffer.from('name\nសុខ\n', 'utf8');
    const split = await spoolUpload(Readable.from([khmer.subarray(0, 6), khmer.subarray(6)]), { utf8: true });
    expect(split.sha256).toBe(sha256(khmer));
    await split.discard();
    await expect(spoolUpload(Readable.from([Buffer.from([0x61, 0xe9, 0x0a])]), { utf8: true })).rejects.toBeInstanceOf(BadRequestException);
    // A cut-off letter at the very end is not UTF-8 either.
    await expect(spoolUpload(Readable.from([khmer.subarray(0, 7)]), { utf8: true })).rejects.toBeInstanceOf(BadRequestException);
    // An XLSX file is bytes, not text.
    const binary = await spoolUpload(Readable.from([Buffer.from([0x50, 0x4b, 0xff])]));
    await binary.discard();
  });

  it('refuses a file past the limit (413) and a body that breaks off (400)', async () => {
    await expect(spoolUpload(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 })).rejects.toBeInstanceOf(PayloadTooLargeException);
    const aborted = new Readable({
      read() {
        this.destroy(new Error('aborted'));
      },
    });
    await expect(spoolUpload(aborted)).rejects.toThrow('The request body ended before it was complete');
  });
});
