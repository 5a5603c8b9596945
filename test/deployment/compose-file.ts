import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

/** The parts of a compose service the deployment test reads. */
export interface ComposeService {
  image?: string;
  command?: string | string[];
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, string> | string[] };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | number | { published?: string | number; target?: number; host_ip?: string }>;
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  profiles?: string[];
  read_only?: boolean;
  tmpfs?: string | string[];
  user?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

export const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * Reads docker-compose.yml as compose would with no variable set: anchors and `<<` merges
 * resolved, every `${VAR:-default}` replaced by its default. A variable without a default
 * throws, so the file always describes a topology that starts as written.
 */
export function loadComposeFile(file = path.join(repoRoot, 'docker-compose.yml')): ComposeFile {
  const raw = parse(fs.readFileSync(file, 'utf8'), { merge: true }) as ComposeFile;
  return interpolateDeep(raw) as ComposeFile;
}

const variable = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*)|(:?\?)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function withComposeDefaults(value: string): string {
  return value.replace(variable, (whole, braced?: string, _dash?: string, fallback?: string, _q?: string, _err?: string, bare?: string) => {
    if (whole === '$$') return '$';
    if (fallback !== undefined) return fallback;
    throw new Error(`${braced ?? bare} has no default in "${value}"; write \${${braced ?? bare}:-default}`);
  });
}

function interpolateDeep(value: unknown): unknown {
  if (typeof value === 'string') return withComposeDefaults(value);
  if (Array.isArray(value)) return value.map(interpolateDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDeep(v)]));
  }
  return value;
}

/** The environment as strings (compose accepts a map or a `KEY=value` list). */
export function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

export function buildArgsOf(service: ComposeService): Record<string, string> {
  const args = typeof service.build === 'object' ? service.build.args ?? {} : {};
  if (Array.isArray(args)) return Object.fromEntries(args.map((a) => [a.split('=')[0], a.slice(a.indexOf('=') + 1)]));
  return args;
}

export function dependenciesOf(service: ComposeService): Record<string, { condition?: string }> {
  const deps = service.depends_on ?? {};
  return Array.isArray(deps) ? Object.fromEntries(deps.map((d) => [d, {}])) : deps;
}

/** Host side of each published port, as `ip:port` (ip `0.0.0.0` when not bound). */
export function publishedPortsOf(service: ComposeService): string[] {
  return (service.ports ?? []).flatMap((port) => {
    if (typeof port === 'object') return port.published === undefined ? [] : [`${port.host_ip ?? '0.0.0.0'}:${port.published}`];
    const parts = String(port).split('/')[0].split(':');
    if (parts.length === 1) return []; // container port only: the host picks a free one
    return [parts.length === 3 ? `${parts[0]}:${parts[1]}` : `0.0.0.0:${parts[0]}`];
  });
}

export function healthcheckCommand(service: ComposeService): string {
  const test = service.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : test ?? '';
}
