import { Writable } from 'node:stream';
import { rebuildProgress } from './progress-bar';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
  );
  return { stream, output: () => chunks.join('') };
}

describe('rebuildProgress', () => {
  it('writes a plain line at every tenth when the stream is not a terminal', () => {
    const { stream, output } = fakeStream(false);
    const progress = rebuildProgress({ stream, label: 'statistics' });
    for (const done of [0, 3, 10, 12, 55, 99, 100]) progress.onProgress(done, 100);
    progress.stop();
    expect(output()).toBe(
      'statistics: 0% (0/100)\nstatistics: 10% (10/100)\nstatistics: 50% (55/100)\nstatistics: 90% (99/100)\nstatistics: 100% (100/100)\n',
    );
  });

  it('says once that an empty log is done', () => {
    const { stream, output } = fakeStream(false);
    const progress = rebuildProgress({ stream });
    progress.onProgress(0, 0);
    progress.onProgress(0, 0);
    expect(output()).toBe('rebuild: 100% (0/0)\n');
  });

  it('draws a bar when forced, and stops it cleanly', () => {
    const { stream, output } = fakeStream(false);
    const progress = rebuildProgress({ stream, label: 'facts', force: true });
    progress.onProgress(0, 200);
    progress.onProgress(200, 200);
    progress.stop();
    expect(output()).toContain('facts [');
    expect(output()).toContain('100% | 200/200');
  });
});
