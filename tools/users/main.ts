/**
 * Manages the local accounts of the embedded default (`<data dir>/users.json`): who may sign in
 * to the web app when there is no identity provider. Passwords are read from a prompt without
 * echo, or from standard input with --password-stdin (for scripts); never from a flag, which
 * every user of the machine could read in the process list.
 */
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ROLES, validateCasetrailConfig, type Role } from '@casetrail/platform-nest';
import { InvalidAccountError, LocalAccounts, LocalUserStore, viewOf, type LocalUser } from '@casetrail/local-accounts';
import { UNITS_OF_ROLE } from '../../apps/casetrail/src/units-of-role';
import { readPassword } from './read-password';

const config = validateCasetrailConfig(process.env);
const store = LocalUserStore.inDataDir(config.CASETRAIL_DATA_DIR);
const accounts = new LocalAccounts(store, UNITS_OF_ROLE);

const passwordOption = <T>(y: Argv<T>) =>
  y.option('password-stdin', { type: 'boolean', default: false, describe: 'read the password from standard input (one line) instead of a prompt' });

function userNamed(username: string): LocalUser {
  const user = store.findByUsername(username.trim().toLowerCase());
  if (!user) throw new Error(`No user "${username}" (npm run users -- list)`);
  return user;
}

function show(user: LocalUser): string {
  const v = viewOf(user);
  const scope = v.provinces.join(',');
  return `${v.username}\t${v.name}\t${v.role}\t${scope}\t${v.unit ?? '-'}\t${v.disabled ? 'disabled' : v.lockedUntil ? `locked until ${v.lockedUntil}` : 'active'}\t${v.id}`;
}

async function main(): Promise<void> {
  await yargs(hideBin(process.argv))
    .scriptName('npm run users --')
    .usage('$0 <command> [options]\n\nLocal accounts (CASETRAIL_AUTH_MODE=local), kept in <data dir>/users.json.')
    .command(
      'add',
      'create a user; the password is asked for (at least 12 characters)',
      (y) =>
        passwordOption(
          y
            .option('username', { type: 'string', demandOption: true, describe: 'login name: 3 to 64 of a-z, 0-9, ".", "_", "-"' })
            .option('name', { type: 'string', demandOption: true, describe: 'the name shown to people' })
            .option('role', { choices: ROLES as unknown as string[], demandOption: true, describe: 'role of the user' })
            .option('province', { type: 'string', array: true, demandOption: true, describe: 'province code(s), e.g. battambang; "*" alone for a national user' })
            .option('unit', { type: 'string', describe: 'the unit the user reports for, e.g. police-battambang (required for police)' })
            .example('$0 add --username sokha.chan --name "Sokha Chan" --role police --province battambang --unit police-battambang', 'a provincial police officer')
            .example('$0 add --username admin --name "Office admin" --role admin --province "*"', 'a national administrator'),
        ),
      async (a) => {
        const password = await readPassword({ fromStdin: a['password-stdin'], confirm: true });
        const user = await accounts.create({ username: a.username, name: a.name, role: a.role as Role, provinces: a.province, unit: a.unit, password });
        process.stdout.write(`Created ${user.username} (id ${user.id})\n`);
      },
    )
    .command('list', 'list the users (never their passwords)', {}, () => {
      process.stdout.write(`username\tname\trole\tprovinces\tunit\tstate\tid\n`);
      for (const user of store.list().sort((a, b) => a.username.localeCompare(b.username))) process.stdout.write(`${show(user)}\n`);
    })
    .command(
      'disable',
      'stop a user from signing in (tokens already issued live out their lifetime)',
      (y) => y.option('username', { type: 'string', demandOption: true }),
      (a) => {
        accounts.change(userNamed(a.username).id, { disabled: true });
        process.stdout.write(`Disabled ${a.username}\n`);
      },
    )
    .command(
      'enable',
      'let a disabled user sign in again',
      (y) => y.option('username', { type: 'string', demandOption: true }),
      (a) => {
        accounts.change(userNamed(a.username).id, { disabled: false });
        process.stdout.write(`Enabled ${a.username}\n`);
      },
    )
    .command(
      'set-password',
      'set a new password (also lifts a lock after failed sign-ins)',
      (y) => passwordOption(y.option('username', { type: 'string', demandOption: true })),
      async (a) => {
        const user = userNamed(a.username);
        await accounts.setPassword(user.id, await readPassword({ fromStdin: a['password-stdin'], confirm: true }));
        process.stdout.write(`Password set for ${user.username}\n`);
      },
    )
    .command(
      'remove',
      'delete a user (its id stays in the events it recorded)',
      (y) => y.option('username', { type: 'string', demandOption: true }),
      (a) => {
        store.remove(userNamed(a.username).id);
        process.stdout.write(`Removed ${a.username}\n`);
      },
    )
    .demandCommand(1, 'Name a command: add, list, disable, enable, set-password, remove')
    .fail((message, error) => {
      const text = error instanceof InvalidAccountError ? error.message : (message ?? error?.message);
      process.stderr.write(`${text}\nSee: npm run users -- --help\n`);
      process.exit(1);
    })
    .strict()
    .help()
    .parseAsync();
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
