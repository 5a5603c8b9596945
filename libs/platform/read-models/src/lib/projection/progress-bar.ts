import { Presets, SingleBar } from 'cli-progress';

export interface RebuildProgressOptions {
  /** Shown before the bar or line, e.g. the projection group's name. */
  label?: string;
  /** Where to draw (default: process.stderr, so stdout stays clean for output). */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Draw the bar even when the stream is not a terminal. */
  force?: boolean;
}

export interface RebuildProgress {
  onProgress(done: number, total: number): void;
  /** Finish the bar (restores the cursor, ends the line); call it also when the rebuild failed. */
  stop(): void;
}

/**
 * Wires `rebuild`'s `onProgress` to a terminal progress bar for CLI use. When the stream is not
 * a terminal (CI logs, files) a bar would only fill the log with control codes, so it writes a
 * plain line at every tenth instead.
 */
export function rebuildProgress(options: RebuildProgressOptions = {}): RebuildProgress {
  const stream = options.stream ?? process.stderr;
  const label = options.label ?? 'rebuild';
  if (stream.isTTY || options.force) return barProgress(stream, label, options.force === true);
  return lineProgress(stream, label);
}

function barProgress(stream: NodeJS.WritableStream, label: string, force: boolean): RebuildProgress {
  const bar = new SingleBar(
    {
      stream: stream as NodeJS.WritableStream & { isTTY: boolean },
      format: `${label} [{bar}] {percentage}% | {value}/{total} | eta {eta}s`,
      hideCursor: true,
      noTTYOutput: force,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function lineProgress(stream: NodeJS.WritableStream, label: string): RebuildProgress {
  let lastTenth = -1;
  return {
    onProgress(done, total) {
      const tenth = total === 0 ? 10 : Math.min(10, Math.floor((done * 10) / total));
      if (tenth <= lastTenth) return;
      lastTenth = tenth;
      stream.write(`${label}: ${tenth * 10}% (${done}/${total})\n`);
    },
    stop() {
      // Nothing drawn that needs finishing.
    },
  };
}
