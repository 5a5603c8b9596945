/**
 * Writes the web app's API types from the embedded runtime's OpenAPI document
 * (`npm run web:api`), or with `--check` tells whether the committed ones are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { embeddedOpenApiDocument, webClientTypes, WEB_CLIENT_TYPES_FILE } from './web-client-types';

async function main(): Promise<void> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run web:api --')
    .usage('$0 [--check]\n\nGenerates apps/web/src/api/schema.d.ts from the OpenAPI document.')
    .option('check', { type: 'boolean', default: false, describe: 'do not write; exit 1 when the committed types differ from the API' })
    .strict()
    .help()
    .parse();
  const types = await webClientTypes(await embeddedOpenApiDocument());
  let current = '';
  try {
    current = readFileSync(WEB_CLIENT_TYPES_FILE, 'utf8');
  } catch {
    // not generated yet
  }
  if (argv.check) {
    if (current !== types) {
      process.stderr.write(`${WEB_CLIENT_TYPES_FILE} is stale: run npm run web:api and commit it\n`);
      process.exit(1);
    }
    process.stdout.write(`${WEB_CLIENT_TYPES_FILE} matches the API\n`);
    return;
  }
  writeFileSync(WEB_CLIENT_TYPES_FILE, types);
  process.stdout.write(current === types ? `${WEB_CLIENT_TYPES_FILE} unchanged\n` : `wrote ${WEB_CLIENT_TYPES_FILE}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
