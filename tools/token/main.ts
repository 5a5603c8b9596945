/**
 * Prints a bearer token for local use, signed with the embedded default's key
 * (`<data dir>/keys/jwt-hs256.key`, created if missing). Not for production: there an OIDC
 * issuer (e.g. Keycloak) signs tokens. What it is asked for is checked against the reference
 * lists first, as the server will check it, so a token it prints is one the server accepts.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { LocalSigningKey, ROLES, validateCasetrailConfig, type Role } from '@casetrail/platform-nest';
import { problemWithClaims } from './token-claims';

async function main(): Promise<void> {
  const config = validateCasetrailConfig(process.env);
  const maxMinutes = config.CASETRAIL_TOKEN_MAX_LIFETIME_MINUTES;
  const argv = await yargs(hideBin(process.argv))
    .scriptName('npm run token --')
    .usage('$0 --role <role> --province <province code> [--province ...] [--unit <unit code>]')
    .option('role', { choices: ROLES as unknown as string[], demandOption: true, describe: 'role of the user' })
    .option('province', {
      type: 'string',
      array: true,
      demandOption: true,
      describe: 'province code(s) the user is scoped to, e.g. battambang; "*" alone for a national user',
    })
    .option('unit', { type: 'string', describe: 'code of the unit the user reports for, e.g. police-battambang (required for police)' })
    .option('user', { type: 'string', default: 'local-user', describe: 'user id (the token subject)' })
    .option('expires', { type: 'string', default: '8h', describe: `lifetime, e.g. 30m, 8h; at most ${maxMinutes} minutes (CASETRAIL_TOKEN_MAX_LIFETIME_MINUTES)` })
    .example('$0 --role police --province battambang --unit police-battambang', 'a provincial police officer')
    .example('$0 --role prosecutor --province battambang --unit court-battambang', 'a prosecutor at the Battambang court')
    .example('$0 --role statistician --province "*"', 'a national statistician')
    .check((a) => {
      const problem = problemWithClaims({ role: a.role as Role, provinces: a.province, unit: a.unit, user: a.user });
      if (problem) throw new Error(problem);
      return true;
    })
    // A wrong value gets its one-line reason, not the whole usage.
    .fail((message, error) => {
      process.stderr.write(`${message ?? error.message}\nSee: npm run token -- --help\n`);
      process.exit(1);
    })
    .strict()
    .help()
    .parse();
  const key = LocalSigningKey.loadOrCreate(config.CASETRAIL_DATA_DIR, config.CASETRAIL_LOCAL_SIGNING_KEY_FILE);
  const token = await key
    .sign(
      { sub: argv.user, role: argv.role as Role, unit: argv.unit, provinces: argv.province },
      { issuer: config.CASETRAIL_JWT_ISSUER, audience: config.CASETRAIL_JWT_AUDIENCE, expiresIn: argv.expires, maxLifetimeSeconds: maxMinutes * 60 },
    )
    .catch((error: Error) => {
      // The claims were checked above; what is left to go wrong is the lifetime.
      throw new Error(`--expires ${argv.expires}: ${error.message} (e.g. 30m, 8h; the longest is CASETRAIL_TOKEN_MAX_LIFETIME_MINUTES)`);
    });
  process.stdout.write(`${token}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
