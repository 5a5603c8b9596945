// docker-compose.yml cannot run on our machines (no Docker engine), so this suite holds it to the
// code instead: every variable known to the config schema and valid, every dependency healthy
// before the services start, every Dockerfile and entry point present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { casetrailConfigSchema, userFromClaims, validateCasetrailConfig, type CasetrailConfig } from '@casetrail/platform-nest';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { COURTS } from '@casetrail/court-contracts';
import { PROTECTION_ORGANISATIONS } from '@casetrail/protection-contracts';
import { INTAKE_UNITS } from '@casetrail/intake-contracts';
import {
  buildArgsOf,
  dependenciesOf,
  environmentOf,
  healthcheckCommand,
  loadComposeFile,
  publishedPortsOf,
  repoRoot,
  type ComposeService,
} from './compose-file';

const compose = loadComposeFile();
const services = compose.services;
const infrastructure = ['kafka', 'eventstoredb', 'mongodb', 'keycloak'];
/** Each casetrail process and the mode it must run in. */
const apps: Record<string, (config: CasetrailConfig) => void> = {
  enforcement: (c) => {
    expect(c.CASETRAIL_BUS).toBe('kafka');
    expect(c.CASETRAIL_PUBLISH_EVENTS).toBe(true);
    expect(['sqlite', 'eventstoredb']).toContain(c.CASETRAIL_EVENT_STORE);
  },
  court: (c) => {
    expect(c.CASETRAIL_BUS).toBe('kafka');
    expect(c.CASETRAIL_PUBLISH_EVENTS).toBe(true);
    // Its reactor opens a court file for each forwarding on law enforcement's topic.
    expect(c.CASETRAIL_REACTOR_SOURCE).toBe('bus');
    expect(['sqlite', 'eventstoredb']).toContain(c.CASETRAIL_EVENT_STORE);
  },
  protection: (c) => {
    expect(c.CASETRAIL_BUS).toBe('kafka');
    expect(c.CASETRAIL_PUBLISH_EVENTS).toBe(true);
    // Its reactors open a protection case for each hand-over on law enforcement's topic, and
    // record the court's compensation awards from the court's.
    expect(c.CASETRAIL_REACTOR_SOURCE).toBe('bus');
    expect(['sqlite', 'eventstoredb']).toContain(c.CASETRAIL_EVENT_STORE);
  },
  intake: (c) => {
    // It publishes its referrals for law enforcement's and protection's reactors, and reacts to no other context.
    expect(c.CASETRAIL_BUS).toBe('kafka');
    expect(c.CASETRAIL_PUBLISH_EVENTS).toBe(true);
    expect(c.CASETRAIL_REACTOR_SOURCE).toBe('store');
    expect(['sqlite', 'eventstoredb']).toContain(c.CASETRAIL_EVENT_STORE);
  },
  statistics: (c) => {
    expect(c.CASETRAIL_BUS).toBe('kafka');
    expect(c.CASETRAIL_PROJECTION_SOURCE).toBe('bus');
    expect(c.CASETRAIL_READ_MODELS).toBe('mongodb');
    expect(c.CASETRAIL_EVENT_STORE).toBe('memory');
    expect(c.CASETRAIL_PUBLISH_EVENTS).toBe(false);
  },
  casetrail: (c) => {
    expect(c.CASETRAIL_BUS).toBe('in-process');
    expect(c.CASETRAIL_EVENT_STORE).toBe('sqlite');
    expect(c.CASETRAIL_PROJECTION_SOURCE).toBe('store');
  },
};
const appNames = Object.keys(apps);
const knownVariables = new Set(Object.keys(casetrailConfigSchema.describe().keys ?? {}));

function service(name: string): ComposeService {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

function dockerfileOf(name: string): { file: string; text: string } {
  const build = service(name).build;
  const context = typeof build === 'string' ? build : build?.context ?? '.';
  const file = path.join(repoRoot, context, (typeof build === 'object' && build.dockerfile) || 'Dockerfile');
  return { file, text: fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '' };
}

/** Host names of the servers an app's environment points at (Kafka, EventStoreDB, Mongo, JWKS). */
function serversNamedIn(config: CasetrailConfig): string[] {
  const hosts: string[] = [];
  if (config.CASETRAIL_BUS === 'kafka') hosts.push(...config.KAFKA_BROKERS!.split(',').map((b) => b.split(':')[0]));
  if (config.CASETRAIL_EVENT_STORE === 'eventstoredb') hosts.push(new URL(config.EVENTSTORE_CONNECTION_STRING!).hostname);
  if (config.CASETRAIL_READ_MODELS === 'mongodb') hosts.push(new URL(config.MONGODB_URI!).hostname);
  if (config.CASETRAIL_AUTH_MODE === 'oidc') hosts.push(new URL(config.CASETRAIL_JWKS_URL!).hostname);
  return [...new Set(hosts)];
}

describe('docker-compose.yml (production-like topology)', () => {
  it.each([...infrastructure, ...appNames])('declares the service %s', (name) => {
    expect(Object.keys(services)).toContain(name);
  });

  it.each(Object.keys(services))('service %s has a healthcheck', (name) => {
    const { healthcheck } = service(name);
    expect({ service: name, disabled: healthcheck?.disable ?? false }).toEqual({ service: name, disabled: false });
    expect({ service: name, test: healthcheckCommand(service(name)).length > 0 }).toEqual({ service: name, test: true });
  });

  it('publishes each host port once', () => {
    const owners = new Map<string, string[]>();
    for (const [name, s] of Object.entries(services)) {
      for (const port of publishedPortsOf(s)) owners.set(port, [...(owners.get(port) ?? []), name]);
    }
    const clashes = [...owners].filter(([, names]) => names.length > 1).map(([port, names]) => `${port}: ${names.join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it.each(Object.keys(services))('service %s mounts only declared named volumes', (name) => {
    const declared = Object.keys(compose.volumes ?? {});
    const named = (service(name).volumes ?? [])
      .map((v) => (typeof v === 'string' ? v.split(':')[0] : v.type === 'volume' ? v.source ?? '' : '.'))
      .filter((source) => !source.startsWith('.') && !source.startsWith('/'));
    expect({ service: name, undeclared: named.filter((v) => !declared.includes(v)) }).toEqual({ service: name, undeclared: [] });
  });

  it('kafka runs the official apache/kafka image in KRaft mode and keeps events forever', () => {
    const kafka = service('kafka');
    expect(kafka.image).toMatch(/^apache\/kafka:/);
    const env = environmentOf(kafka);
    expect(env.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(env.KAFKA_ADVERTISED_LISTENERS).toBe('PLAINTEXT://kafka:9092');
    expect(env.KAFKA_LOG_RETENTION_MS).toBe('-1');
  });

  it('mongodb runs as the replica set the statistics URI names', () => {
    const command = ([] as string[]).concat(service('mongodb').command ?? []);
    const setName = command[command.indexOf('--replSet') + 1];
    expect(command).toContain('--replSet');
    const uri = new URL(environmentOf(service('statistics')).MONGODB_URI);
    expect(uri.searchParams.get('replicaSet')).toBe(setName);
  });

  it('eventstoredb is the dev single node the enforcement connection string names', () => {
    const env = environmentOf(service('eventstoredb'));
    expect(env.EVENTSTORE_INSECURE).toBe('true');
    expect(env.EVENTSTORE_RUN_PROJECTIONS).toBe('None');
    expect(new URL(environmentOf(service('enforcement')).EVENTSTORE_CONNECTION_STRING).searchParams.get('tls')).toBe('false');
  });

  describe('the person key store enforcement, court, protection and intake share', () => {
    const holders = ['enforcement', 'court', 'protection', 'intake'];
    const keysFile = (name: string) => validateCasetrailConfig(environmentOf(service(name))).CASETRAIL_PERSON_KEYS_FILE;
    /** The named volume mounted on the folder of the key file, if any. */
    const volumeHolding = (name: string, file: string) =>
      (service(name).volumes ?? [])
        .map((v) => (typeof v === 'string' ? { source: v.split(':')[0], target: v.split(':')[1] } : { source: v.source, target: v.target }))
        .find((v) => v.target !== undefined && path.posix.dirname(file) === v.target)?.source;

    it('is one file for all: the court, protection and the police open what the police or the border sealed, and forgetting destroys the one key', () => {
      const files = holders.map(keysFile);
      expect(files[0]).toMatch(/^\//);
      expect(files).toEqual(holders.map(() => files[0]));
    });

    it('lives on one named volume mounted in each, outside every data dir', () => {
      const volumes = holders.map((name) => volumeHolding(name, keysFile(name)!));
      expect(volumes[0]).toBeDefined();
      expect(volumes).toEqual(holders.map(() => volumes[0]));
      expect(Object.keys(compose.volumes ?? {})).toContain(volumes[0]);
      for (const name of holders) expect(path.posix.dirname(keysFile(name)!)).not.toBe(validateCasetrailConfig(environmentOf(service(name))).CASETRAIL_DATA_DIR);
    });

    it('is not given to statistics, which holds no identifying data', () => {
      expect(environmentOf(service('statistics'))['CASETRAIL_PERSON_KEYS_FILE']).toBeUndefined();
      expect((service('statistics').volumes ?? []).map(String).filter((v) => v.startsWith('person-keys'))).toEqual([]);
    });

    it('has a mount point the image makes writable for the node user', () => {
      const dir = path.posix.dirname(keysFile('court')!);
      const text = dockerfileOf('court').text;
      // Among the arguments of each command (up to its `&&`), not just on the same line.
      expect(text).toMatch(new RegExp(`mkdir -p(?: [^\\s&]+)* ${dir}(?:\\s|$)`, 'm'));
      expect(text).toMatch(new RegExp(`chown node:node(?: [^\\s&]+)* ${dir}(?:\\s|$)`, 'm'));
    });
  });

  describe.each(appNames)('app service %s', (name) => {
    const env = () => environmentOf(service(name));
    const config = () => validateCasetrailConfig(env());

    it(`${name}: every environment variable is known to the config schema`, () => {
      const unknown = Object.keys(env()).filter((key) => !knownVariables.has(key));
      expect({ service: name, unknown }).toEqual({ service: name, unknown: [] });
    });

    it(`${name}: the environment passes validateCasetrailConfig`, () => {
      expect(() => config()).not.toThrow();
    });

    it(`${name}: the environment selects the ${name} mode`, () => {
      apps[name](config());
    });

    it(`${name}: depends only on existing services, each service_healthy`, () => {
      const deps = dependenciesOf(service(name));
      const problems = Object.entries(deps)
        .filter(([dep, { condition }]) => !services[dep] || condition !== 'service_healthy')
        .map(([dep, { condition }]) => `${dep} (${services[dep] ? `condition ${condition}` : 'no such service'})`);
      expect({ service: name, problems }).toEqual({ service: name, problems: [] });
    });

    it(`${name}: waits for every server its environment names`, () => {
      const missing = serversNamedIn(config()).filter((host) => !(host in dependenciesOf(service(name))));
      expect({ service: name, missing }).toEqual({ service: name, missing: [] });
    });

    it(`${name}: its healthcheck asks /health on the port it listens on`, () => {
      expect(healthcheckCommand(service(name))).toContain(`127.0.0.1:${config().CASETRAIL_PORT}/health`);
      expect(config().CASETRAIL_HOST).toBe('0.0.0.0');
    });

    it(`${name}: runs as non-root with a read-only root filesystem and a writable /tmp`, () => {
      const s = service(name);
      expect({ service: name, user: s.user ?? '', readOnly: s.read_only ?? false, tmpfs: ([] as string[]).concat(s.tmpfs ?? []) }).toEqual({
        service: name,
        user: expect.not.stringMatching(/^(root|0)?(:.*)?$/),
        readOnly: true,
        tmpfs: expect.arrayContaining(['/tmp']),
      });
    });

    it(`${name}: keeps its data dir on a volume`, () => {
      const targets = (service(name).volumes ?? []).map((v) => (typeof v === 'string' ? v.split(':')[1] : v.target));
      expect(targets).toContain(config().CASETRAIL_DATA_DIR);
    });

    it(`${name}: its Dockerfile exists and builds a non-root node:20 image with a HEALTHCHECK`, () => {
      const { file, text } = dockerfileOf(name);
      expect({ service: name, dockerfile: path.relative(repoRoot, file), exists: fs.existsSync(file) }).toEqual({
        service: name,
        dockerfile: path.relative(repoRoot, file),
        exists: true,
      });
      expect(text).toMatch(/^FROM node:20\b/m);
      expect(text).toMatch(/^USER (?!root\b|0\b)\S+/m);
      expect(text).toMatch(/^HEALTHCHECK\b/m);
    });

    it(`${name}: its Dockerfile starts apps/${name}/src/main.ts, which exists`, () => {
      const { text } = dockerfileOf(name);
      const entry = /apps\/(?:\$\{?(\w+)\}?|([\w-]+))\/src\/main\.ts/.exec(text);
      expect({ service: name, entryInDockerfile: entry !== null }).toEqual({ service: name, entryInDockerfile: true });
      const app = entry![2] ?? buildArgsOf(service(name))[entry![1]];
      expect(app).toBe(name);
      const main = path.join(repoRoot, 'apps', app, 'src', 'main.ts');
      expect({ service: name, entryPoint: path.relative(repoRoot, main), exists: fs.existsSync(main) }).toEqual({
        service: name,
        entryPoint: path.relative(repoRoot, main),
        exists: true,
      });
    });
  });

  describe('build context', () => {
    it.each(appNames)('%s: the Dockerfile-specific ignore file keeps data/, .git and node_modules out', (name) => {
      const ignoreFile = `${dockerfileOf(name).file}.dockerignore`;
      const patterns = fs.existsSync(ignoreFile)
        ? fs.readFileSync(ignoreFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
        : [];
      expect(patterns[0]).toBe('*'); // an allow-list: what is not named stays out
      expect(patterns.filter((p) => /^!(data|\.git|node_modules|\.infra)\b/.test(p))).toEqual([]);
    });
  });

  describe('OIDC issuer (keycloak)', () => {
    const realmFile = () => {
      const mount = (service('keycloak').volumes ?? []).find((v): v is string => typeof v === 'string' && v.includes('/import/'));
      return path.join(repoRoot, mount!.split(':')[0]);
    };
    const realm = () => JSON.parse(fs.readFileSync(realmFile(), 'utf8'));

    it('keycloak imports a realm file that exists in the repo', () => {
      expect(fs.existsSync(realmFile())).toBe(true);
    });

    it.each(appNames)('%s: issuer and JWKS URL name the imported realm, reached through keycloak', (name) => {
      const c = validateCasetrailConfig(environmentOf(service(name)));
      expect(c.CASETRAIL_AUTH_MODE).toBe('oidc');
      expect(c.CASETRAIL_JWT_ISSUER).toBe(`${environmentOf(service('keycloak')).KC_HOSTNAME}/realms/${realm().realm}`);
      expect(c.CASETRAIL_JWKS_URL).toBe(`http://keycloak:8080/realms/${realm().realm}/protocol/openid-connect/certs`);
    });

    it.each(appNames)('%s: the realm puts the audience and the role, unit and provinces claims in access tokens', (name) => {
      const audience = validateCasetrailConfig(environmentOf(service(name))).CASETRAIL_JWT_AUDIENCE;
      const mappers: Array<{ protocolMapper: string; config: Record<string, string> }> = realm().clients.flatMap(
        (c: { protocolMappers?: unknown[] }) => c.protocolMappers ?? [],
      );
      const inAccessToken = mappers.filter((m) => m.config['access.token.claim'] === 'true');
      expect(inAccessToken.filter((m) => m.protocolMapper === 'oidc-audience-mapper').map((m) => m.config['included.custom.audience'])).toContain(audience);
      expect(inAccessToken.map((m) => m.config['claim.name'])).toEqual(expect.arrayContaining(['role', 'unit', 'provinces']));
      expect(inAccessToken.find((m) => m.config['claim.name'] === 'provinces')?.config.multivalued).toBe('true');
    });

    it("gives its demo users a role, provinces and unit the services' token verifier accepts", () => {
      const organisations = PROTECTION_ORGANISATIONS.map((o) => ({ code: o.code, province: o.province }));
      const intakeUnits = INTAKE_UNITS.map((u) => ({ code: u.code, province: u.province }));
      const units = new Map([...POLICE_UNITS, ...COURTS.map((c) => ({ code: c.code, province: c.province })), ...organisations, ...intakeUnits].map((u) => [u.code, u]));
      const users: Array<{ username: string; attributes: Record<string, string[]> }> = realm().users;
      expect(users.map((u) => u.attributes['role']?.[0])).toEqual(expect.arrayContaining(['police', 'prosecutor', 'judge', 'statistician', 'social_worker', 'partner_worker', 'border_official']));
      for (const { username, attributes } of users) {
        const claims = { sub: username, role: attributes['role']?.[0], provinces: attributes['provinces'], ...(attributes['unit'] ? { unit: attributes['unit'][0] } : {}) };
        expect(() => userFromClaims(claims, units)).not.toThrow();
      }
    });
  });
});
