/**
 * Recomputes the hash chain of the SQLite event log and checks it against the chain head:
 * `npm run audit:verify -- [--data-dir DIR] [--file events.sqlite] [--hmac-key-file FILE]`.
 *
 * Prints `OK: N events, chain head <hash>` (exit 0), or `TAMPERED at global position P: <kind>
 * (<detail>)` (exit 1). Exit 2: the file is missing, unreadable or predates the chain. It opens
 * the file read-only and can run while the services write. What it proves, and what it cannot
 * (a writer with the file can rewrite the whole chain unless the head is MACed with a key kept
 * elsewhere): docs of @casetrail/event-store-sqlite and the chain module's comments.
 */
import { readAuditHmacKey, verifySqliteEventLog } from '@casetrail/event-store-sqlite';
import { rebuildProgress } from '@casetrail/read-models';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';

const EXIT_TAMPERED = 1;
const EXIT_UNREADABLE = 2;

async function main(): Promise<number> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run audit:verify --')
    .usage(
      '$0 [--data-dir DIR] [--file NAME] [--hmac-key-file FILE]\n\n' +
        'Recomputes the event log hash chain. Exit 0: intact; 1: tampered (first bad global position printed); ' +
        '2: missing or unreadable file.',
    )
    .option('data-dir', { type: 'string', describe: 'directory of the event store (default: CASETRAIL_DATA_DIR, else ./data)' })
    .option('file', { type: 'string', default: 'events.sqlite', describe: 'SQLite file name under the data dir' })
    .option('hmac-key-file', { type: 'string', describe: 'audit key that MACs the chain head (default: CASETRAIL_AUDIT_HMAC_KEY_FILE)' })
    .option('progress', { type: 'boolean', default: true, describe: 'show progress on stderr' })
    .strict()
    .help()
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new Error(message);
    })
    .parse();
  if (argv.help) return 0;

  const file = resolve(join(argv.dataDir ?? process.env['CASETRAIL_DATA_DIR'] ?? './data', argv.file));
  if (!existsSync(file)) {
    console.error(`No event store at ${file} (set --data-dir or CASETRAIL_DATA_DIR)`);
    return EXIT_UNREADABLE;
  }
  const keyFile = argv.hmacKeyFile ?? process.env['CASETRAIL_AUDIT_HMAC_KEY_FILE'];
  const hmacKey = keyFile ? readAuditHmacKey(keyFile) : undefined;

  const progress = argv.progress ? rebuildProgress({ label: 'audit' }) : undefined;
  let result;
  try {
    result = await verifySqliteEventLog(file, { hmacKey, onProgress: progress?.onProgress });
  } catch (error) {
    progress?.stop();
    console.error(`Cannot verify ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_UNREADABLE;
  }
  progress?.stop();
  if (result.ok) {
    const mac = result.headMac === 'verified' ? ', head MAC verified' : '';
    console.log(`OK: ${result.events} events, chain head ${result.head.hash}${mac}`);
    return 0;
  }
  console.log(`TAMPERED at global position ${result.firstBadPosition}: ${result.kind} (${result.detail})`);
  return EXIT_TAMPERED;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = EXIT_UNREADABLE;
  },
);
