import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { sha256OfFile, UploadClient, type UploadProgress } from '../../tools/intake-upload/upload-client';
import { syntheticReceptionsCsv } from '../../tools/intake-upload/synthetic-rows';

const MiB = 1024 * 1024;
/** What a 100,000-row file may add to the process's RSS at its peak: the rows are streamed, so it must not grow with the file. */
const MAX_RSS_GROWTH_MIB = 200;
/** What it may add to the live heap (after a collection): the batch in hand, the upload's counts, the stores' statements. */
const MAX_LIVE_HEAP_GROWTH_MIB = 64;

// A full collection on demand, so the heap is measured live rather than with the garbage V8 has not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const liveHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

/*
 * A large file streams: the embedded runtime (SQLite on disk) takes a 100,000-row receptions CSV
 * sent as a stream over a real socket, and the process's memory (server and client in this one
 * process), sampled while it runs, stays within a bound: the live heap (after a full collection)
 * does not grow with the rows, and the RSS stays far below what holding the rows would take. The
 * rows/s are printed, never asserted: the machine's load is not the code's.
 */
describe('intake upload of large files (embedded runtime, SQLite on disk)', () => {
  let app: EmbeddedApp;
  let client: UploadClient;
  let dir: string;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    await app.app.listen(0, '127.0.0.1');
    const port = (app.app.getHttpServer().address() as AddressInfo).port;
    client = new UploadClient({ baseUrl: `http://127.0.0.1:${port}`, token: await app.token('border_official', ['banteay-meanchey'], 'border-liaison-office', 'official-bmc') });
    dir = mkdtempSync(join(tmpdir(), 'casetrail-upload-int-'));
  });
  afterAll(async () => {
    await app?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  async function csvFile(name: string, rows: number): Promise<string> {
    const path = join(dir, `${name}.csv`);
    await pipeline(Readable.from(syntheticReceptionsCsv({ rows, referencePrefix: name })), createWriteStream(path));
    return path;
  }

  /**
   * Uploads the file, sampling the RSS every 25 ms, the live heap (after a full collection) every
   * second, and the upload's progress every 250 ms.
   */
  async function measuredUpload(path: string) {
    const uploadId = await sha256OfFile(path);
    const seen: UploadProgress[] = [];
    let peakRss = process.memoryUsage.rss();
    let peakHeap = liveHeap();
    const rss = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25);
    const heap = setInterval(() => (peakHeap = Math.max(peakHeap, liveHeap())), 1000);
    const progress = setInterval(() => void client.progress(uploadId).then((p) => p && seen.push(p)), 250);
    const started = Date.now();
    try {
      const answer = await client.upload('receptions', path, 'large.csv', () => undefined);
      return { uploadId, answer, seconds: (Date.now() - started) / 1000, peakRss, peakHeap, seen };
    } finally {
      clearInterval(rss);
      clearInterval(heap);
      clearInterval(progress);
    }
  }

  it('records 10,000 rows, showing its progress while it runs', async () => {
    const result = await measuredUpload(await csvFile('ten-thousand', 10_000));
    expect(result.answer).toMatchObject({ rows: 10_000, accepted: 10_000, refused: 0, repeated: false });
    process.stdout.write(`intake upload: 10,000 rows in ${result.seconds.toFixed(1)} s, ${Math.round(10_000 / result.seconds)} rows/s\n`);
    const running = result.seen.filter((p) => p.status === 'running');
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((p) => p.rows >= p.accepted + p.alreadyRecorded + p.refused)).toBe(true);
    // A poll sent before the last row was counted may answer after the upload did, so the last one
    // seen can be a row short; once the upload has answered, the upload shows its record.
    expect(await client.progress(result.uploadId)).toMatchObject({ status: 'completed', rows: 10_000, accepted: 10_000, refused: 0 });
  }, 300_000);

  it('streams a 100,000-row file with memory bounded, not growing with the file', async () => {
    const path = await csvFile('hundred-thousand', 100_000);
    // The baseline after the 10,000 rows above: the code is compiled and the stores warm.
    const baseHeap = liveHeap();
    const baseRss = process.memoryUsage.rss();
    const result = await measuredUpload(path);
    expect(result.answer).toMatchObject({ rows: 100_000, accepted: 100_000, refused: 0 });
    const rssGrowth = (result.peakRss - baseRss) / MiB;
    const heapGrowth = (result.peakHeap - baseHeap) / MiB;
    process.stdout.write(
      `intake upload: 100,000 rows in ${result.seconds.toFixed(1)} s, ${Math.round(100_000 / result.seconds)} rows/s; ` +
        `peak RSS ${(result.peakRss / MiB).toFixed(0)} MiB (+${rssGrowth.toFixed(0)}), peak live heap ${(result.peakHeap / MiB).toFixed(0)} MiB (+${heapGrowth.toFixed(0)})\n`,
    );
    expect(heapGrowth).toBeLessThan(MAX_LIVE_HEAP_GROWTH_MIB);
    expect(rssGrowth).toBeLessThan(MAX_RSS_GROWTH_MIB);
  }, 900_000);
});
