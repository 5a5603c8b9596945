import { createServer } from 'node:net';

/*
 * Ports for the services and private servers the tests start. Asking the kernel (listen on port 0,
 * close, hand the number on) failed in CI: under the suites' load the ephemeral range is crowded
 * with connections in TIME_WAIT, the kernel's pick settles on the few ports still free, and four
 * picks in a row gave the same port, so three services of one run could not listen (and the
 * fourth answered their health checks). So the ports come from below the ephemeral range
 * (32768–60999 on Linux), where no outgoing connection takes one: a block of its own for each jest
 * worker, so that parallel suites never pick the same port, walked in turn, so that this process
 * does not hand a port out again while the service it went to may still be starting, and each one
 * checked free by listening on it.
 */
const FIRST_PORT = 20_000;
const BLOCK_SIZE = 1_000;
const BLOCKS = 12; // 20000–31999

const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
const blockStart = FIRST_PORT + (((Number.isInteger(worker) && worker > 0 ? worker : 1) - 1) % BLOCKS) * BLOCK_SIZE;
let cursor = 0;

/** A TCP port that was free a moment ago and that this process has not handed out recently. */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  for (let tried = 0; tried < BLOCK_SIZE; tried += 1) {
    const port = blockStart + cursor;
    cursor = (cursor + 1) % BLOCK_SIZE;
    if (await isFree(port, host)) return port;
  }
  throw new Error(`no free port in ${blockStart}–${blockStart + BLOCK_SIZE - 1} on ${host}`);
}

function isFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(false) : reject(error)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
