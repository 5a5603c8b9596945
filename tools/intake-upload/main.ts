/**
 * Uploads a folder of intake files (CSV or XLSX) to a running casetrail, one after another, the
 * way a checkpoint sends its lists: `npm run intake:upload -- --kind receptions --dir <folder>
 * [--url http://127.0.0.1:3000] [--token T] [--strict]`. Each file is streamed (a progress bar by
 * bytes sent, then the rows the server has read), and summarised with its refused rows. Sending a
 * folder again counts nothing twice: a file sent before answers its record, a row recorded before
 * counts as already recorded.
 */
import { MultiBar, Presets } from 'cli-progress';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { UPLOAD_FORMATS, UPLOAD_KINDS, type UploadKind } from '@casetrail/intake-contracts';
import { isUploadable, sha256OfFile, UploadClient, UploadHttpError, type UploadAnswer } from './upload-client';
import { formatSummary, formatTotals } from './upload-summary';

async function main(): Promise<number> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run intake:upload --')
    .usage(
      '$0 --kind <receptions|screenings|bodies> --dir <folder> [--url URL] [--token T] [--strict]\n\n' +
        'Uploads every .csv and .xlsx file of the folder (not its subfolders), in name order, to POST /api/intake/uploads/<kind>. ' +
        'Each file\'s first row names its columns: ' +
        UPLOAD_KINDS.map((k) => `${k}: ${UPLOAD_FORMATS[k].required.join(', ')}${UPLOAD_FORMATS[k].optional.length ? ` (optional: ${UPLOAD_FORMATS[k].optional.join(', ')})` : ''}`).join('; ') +
        '. The token is a border official\'s, a police officer\'s or a social worker\'s (npm run token -- --role border_official --province banteay-meanchey prints one for a local casetrail).',
    )
    .option('kind', { choices: UPLOAD_KINDS as unknown as string[], demandOption: true, describe: 'what the files hold' })
    .option('dir', { type: 'string', demandOption: true, describe: 'the folder of files' })
    .option('url', { type: 'string', default: `http://127.0.0.1:${process.env['CASETRAIL_PORT'] || 3000}`, describe: 'base URL of a running casetrail' })
    .option('token', { type: 'string', describe: 'bearer token (default: $CASETRAIL_TOKEN)' })
    .option('strict', { type: 'boolean', default: false, describe: 'exit with status 1 when any row is refused (files are all sent regardless)' })
    .option('show-refusals', { type: 'number', default: 20, describe: 'refused rows listed per file (all are counted)' })
    .example('$0 --kind receptions --dir ./poipet-2020', 'every file of the folder, as the token\'s user')
    .example('$0 --kind screenings --dir ./screened --strict', 'fails (exit 1) if any row is refused')
    .check((a) => {
      if (!statSync(a.dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`--dir ${a.dir} is not a folder`);
      if (!(a.token ?? process.env['CASETRAIL_TOKEN'])) throw new Error('Give --token, or set CASETRAIL_TOKEN (npm run token -- --help prints one for a local casetrail)');
      return true;
    })
    .strict()
    .version(false)
    .help()
    .parse();

  const kind = argv.kind as UploadKind;
  const client = new UploadClient({ baseUrl: argv.url, token: (argv.token ?? process.env['CASETRAIL_TOKEN'])! });
  const files = readdirSync(argv.dir)
    .filter((name) => isUploadable(name) && statSync(join(argv.dir, name)).isFile())
    .sort();
  if (files.length === 0) {
    console.error(`No .csv or .xlsx file in ${argv.dir}`);
    return 2;
  }

  const bars = new MultiBar(
    { format: '{file} [{bar}] {percentage}% | {sent}/{size} | {status}', stream: process.stderr, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  const answers: Array<{ file: string; answer?: UploadAnswer; error?: string }> = [];
  const width = Math.min(40, Math.max(...files.map((f) => f.length)));
  for (const file of files) {
    const path = join(argv.dir, file);
    const size = statSync(path).size;
    const bar = bars.create(size, 0, { file: file.padEnd(width).slice(0, width), sent: kib(0), size: kib(size), status: 'sending' });
    const uploadId = await sha256OfFile(path);
    // Once the file is through, the server reads its rows: show how far it is.
    const poll = setInterval(() => {
      void client.progress(uploadId).then((p) => {
        if (p?.status === 'running') bar.update({ status: `rows ${p.rows.toLocaleString('en-US')} read, ${p.refused.toLocaleString('en-US')} refused` });
      });
    }, 500);
    try {
      const answer = await client.upload(kind, path, file, (sent, total) => bar.update(sent, { sent: kib(sent), size: kib(total), status: sent < total ? 'sending' : 'rows…' }));
      bar.update(size, { status: answer.repeated ? 'sent before: its record' : `${answer.rows.toLocaleString('en-US')} rows, ${answer.refused.toLocaleString('en-US')} refused` });
      answers.push({ file, answer });
    } catch (error) {
      bar.update({ status: 'failed' });
      answers.push({ file, error: error instanceof UploadHttpError ? error.message : `no answer from ${argv.url} (${(error as Error).message})` });
    } finally {
      clearInterval(poll);
    }
  }
  bars.stop();

  for (const { file, answer, error } of answers) console.log(answer ? formatSummary(file, answer, argv.showRefusals) : `${file}: ${error}`);
  const done = answers.flatMap((a) => (a.answer ? [a.answer] : []));
  console.log(formatTotals(done, answers.length - done.length));
  if (done.length < answers.length) return 1;
  return argv.strict && done.some((a) => a.refused > 0) ? 1 : 0;
}

function kib(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
