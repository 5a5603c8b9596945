/**
 * Prints a bearer token for local use, signed with the embedded default's key
 * (`<data dir>/keys/jwt-hs256.key`, created if missing). Not for production: there an OIDC
 * issuer (e.g. Keycloak) signs tokens.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { LocalSigningKey, ROLES, validateCasetrailConfig, type Role } from '@casetrail/platform-nest';

async function main(): Promise<void> {
  const config = validateCasetrailConfig(process.env);
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run token --')
    .usage('$0 --role <role> --province <province> [--province ...] [--unit <unit>]')
    .option('role', { choices: ROLES as unknown as string[], demandOption: true, describe: 'role of the user' })
    .option('province', {
      type: 'string',
      array: true,
      demandOption: true,
      describe: 'province(s) the user is scoped to; "*" for a national user',
    })
    .option('unit', { type: 'string', describe: 'reporting unit or organisation of the user' })
    .option('user', { type: 'string', default: 'local-user', describe: 'user id (the token subject)' })
    .option('expires', { type: 'string', default: '8h', describe: 'lifetime, e.g. 30m, 8h, 7d' })
    .example('$0 --role police --province Battambang --unit BTB-PPC', 'a provincial police officer')
    .example('$0 --role statistician --province "*"', 'a national statistician')
    .strict()
    .help()
    .parse();
  const key = LocalSigningKey.loadOrCreate(config.CASETRAIL_DATA_DIR, config.CASETRAIL_LOCAL_SIGNING_KEY_FILE);
  const token = await key.sign(
    { sub: argv.user, role: argv.role as Role, unit: argv.unit, provinces: argv.province },
    { issuer: config.CASETRAIL_JWT_ISSUER, audience: config.CASETRAIL_JWT_AUDIENCE, expiresIn: argv.expires },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
