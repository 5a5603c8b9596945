import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { extname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { UploadKind, UploadRefusal } from '@casetrail/intake-contracts';

/** The server's answer to an upload (`POST /api/intake/uploads/:kind`). */
export interface UploadAnswer {
  uploadId: string;
  kind: UploadKind;
  format: 'csv' | 'xlsx';
  fileName?: string;
  rows: number;
  accepted: number;
  alreadyRecorded: number;
  refused: number;
  refusals: UploadRefusal[];
  repeated: boolean;
}

/** An upload as `GET /api/intake/uploads/:uploadId` shows it while it runs (`rows` read so far). */
export interface UploadProgress {
  status: 'running' | 'completed';
  rows: number;
  accepted: number;
  alreadyRecorded: number;
  refused: number;
}

export const MEDIA_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Whether a file of a folder is one to upload (by its extension; a spreadsheet's lock file `~$…` is not). */
export function isUploadable(name: string): boolean {
  return extname(name).toLowerCase() in MEDIA_TYPES && !name.startsWith('~$') && !name.startsWith('.');
}

/** The SHA-256 (hex) of a file, read as a stream: the upload id the server will give it. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export class UploadHttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`HTTP ${status}: ${detail}`);
  }
}

export interface UploadClientOptions {
  baseUrl: string;
  token: string;
}

/** The HTTP side of the CLI: a file streamed to the server (never read whole into memory), and the progress of an upload. */
export class UploadClient {
  constructor(private readonly options: UploadClientOptions) {}

  /** Sends the file as the body of `POST /api/intake/uploads/:kind?fileName=`, reporting the bytes sent. */
  async upload(kind: UploadKind, path: string, fileName: string, onBytes: (sent: number, total: number) => void): Promise<UploadAnswer> {
    const type = MEDIA_TYPES[extname(path).toLowerCase()];
    if (!type) throw new Error(`${fileName}: not a .csv or .xlsx file`);
    const { size } = await stat(path);
    const url = new URL(`/api/intake/uploads/${kind}?fileName=${encodeURIComponent(fileName)}`, this.options.baseUrl);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.options.token}`, 'Content-Type': type, 'Content-Length': String(size), Accept: 'application/json' },
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      req.once('response', resolve);
      req.once('error', reject);
    });
    let sent = 0;
    const counting = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        sent += chunk.length;
        onBytes(sent, size);
        done(null, chunk);
      },
    });
    // The server may answer before the body is through (401, 413, 415): the answer says why.
    const sending = pipeline(createReadStream(path), counting, req).catch(() => undefined);
    const res = await answered;
    const text = await readText(res);
    await sending;
    if (res.statusCode !== 200) throw new UploadHttpError(res.statusCode ?? 0, detailOf(text));
    return JSON.parse(text) as UploadAnswer;
  }

  /** The upload's counts so far, or null when the server has none to show (yet). */
  async progress(uploadId: string): Promise<UploadProgress | null> {
    const res = await fetch(new URL(`/api/intake/uploads/${uploadId}`, this.options.baseUrl), { headers: { Authorization: `Bearer ${this.options.token}` } }).catch(() => null);
    if (!res || res.status !== 200) return null;
    return (await res.json()) as UploadProgress;
  }
}

async function readText(res: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A problem answer's detail (RFC 9457), else the text itself. */
function detailOf(text: string): string {
  try {
    const problem = JSON.parse(text) as { detail?: unknown; title?: unknown };
    return String(problem.detail ?? problem.title ?? text);
  } catch {
    return text.slice(0, 500);
  }
}
