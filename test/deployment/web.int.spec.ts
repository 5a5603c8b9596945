// The web app's container (service "web" of docker-compose.yml): Docker cannot run here, so its
// nginx configuration, Dockerfile and OIDC client are held to the code instead: every API route
// of the embedded runtime is proxied to a service, with the embedded runtime's caching and CSP.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { casetrailAppModule } from '../../apps/casetrail/src/app.module';
import { routesOfModuleGraph } from '../security/support/route-inventory';
import { dependenciesOf, environmentOf, loadComposeFile, publishedPortsOf, repoRoot } from './compose-file';

const compose = loadComposeFile();
const web = compose.services['web'];
const nginx = fs.readFileSync(path.join(repoRoot, 'deploy/docker/web/nginx.conf'), 'utf8');
const dockerfile = fs.readFileSync(path.join(repoRoot, 'deploy/docker/web.Dockerfile'), 'utf8');
const realm = JSON.parse(fs.readFileSync(path.join(repoRoot, 'deploy/docker/keycloak/casetrail-realm.json'), 'utf8'));

/** `location <prefix> { … proxy_pass http://<service>:<port>; … }` blocks of nginx.conf. */
const proxied = [...nginx.matchAll(/location\s+(=\s*)?(\S+)\s*\{[^}]*?proxy_pass\s+http:\/\/([\w-]+):(\d+)/g)].map((m) => ({ prefix: m[2], service: m[3], port: m[4] }));

/** The location nginx picks for a path: the longest matching prefix. */
const locationOf = (p: string) => proxied.filter((l) => p.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];

const API_ROUTES = routesOfModuleGraph(casetrailAppModule()).filter((r) => r.path.startsWith('/api/'));

describe('docker-compose service web (the web app behind the same origin as the APIs)', () => {
  it('builds the app with Vite and serves it with an unprivileged nginx', () => {
    expect(web?.build).toMatchObject({ dockerfile: 'deploy/docker/web.Dockerfile' });
    expect(dockerfile).toMatch(/^FROM node:20\S* AS build$/m);
    expect(dockerfile).toContain('npx vite build --config apps/web/vite.config.mts');
    expect(dockerfile).toMatch(/^FROM nginxinc\/nginx-unprivileged:\S+/m);
    expect(dockerfile).toMatch(/^USER (?!root\b|0\b)\S+/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK\b/m);
    const ignore = fs.readFileSync(path.join(repoRoot, 'deploy/docker/web.Dockerfile.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(ignore[0]).toBe('*');
    expect(ignore.filter((p) => /^!(data|\.git|node_modules)\b/.test(p))).toEqual([]);
  });

  it.each(API_ROUTES.map((r) => [`${r.method} ${r.path}`, r.path]))('proxies %s to a casetrail service', (_name, routePath) => {
    const location = locationOf(routePath);
    expect({ route: routePath, proxied: location !== undefined }).toEqual({ route: routePath, proxied: true });
    const target = compose.services[location!.service];
    expect({ route: routePath, service: location!.service, exists: target !== undefined }).toEqual({ route: routePath, service: location!.service, exists: true });
    expect(location!.port).toBe(String(environmentOf(target!).CASETRAIL_PORT ?? '3000'));
    // A context's own path goes to the service of that name, when there is one.
    const context = routePath.split('/')[2];
    if (compose.services[context]) expect({ route: routePath, service: location!.service }).toEqual({ route: routePath, service: context });
  });

  it('waits for every service it proxies to, each healthy', () => {
    const deps = dependenciesOf(web!);
    for (const service of new Set(proxied.map((l) => l.service))) expect({ service, condition: deps[service]?.condition }).toEqual({ service, condition: 'service_healthy' });
  });

  it('sends the embedded runtime\'s caching and strict Content-Security-Policy', () => {
    expect(nginx).toMatch(/location \/assets\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/);
    expect(nginx).toMatch(/location \/ \{[^}]*Cache-Control "no-cache"[^}]*try_files \$uri \/index\.html;/);
    const csp = /set \$csp "([^"]+)"/.exec(nginx)![1];
    for (const directive of ["script-src 'self'", "style-src 'self' 'unsafe-inline'", "font-src 'self'", "img-src 'self' data: blob:", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    // The browser fetches tokens from Keycloak: its public origin is allowed, nothing else.
    expect(csp).toMatch(/connect-src 'self' \$\{CASETRAIL_PUBLIC_KEYCLOAK_URL\};/);
    expect(environmentOf(web!).CASETRAIL_PUBLIC_KEYCLOAK_URL).toBe(environmentOf(compose.services['keycloak']!).KC_HOSTNAME);
  });

  it('has a public PKCE client in the realm for its origin, with the claims the services read', () => {
    const client = realm.clients.find((c: { clientId: string }) => c.clientId === 'casetrail-web');
    const cli = realm.clients.find((c: { clientId: string }) => c.clientId === 'casetrail-cli');
    expect(client).toMatchObject({ publicClient: true, standardFlowEnabled: true, implicitFlowEnabled: false, directAccessGrantsEnabled: false });
    expect(client.attributes['pkce.code.challenge.method']).toBe('S256');
    const origin = `http://localhost:${publishedPortsOf(web!)[0].split(':').pop()}`;
    expect(client.redirectUris).toContain(`${origin}/*`);
    expect(client.webOrigins).toContain(origin);
    expect(client.protocolMappers).toEqual(cli.protocolMappers);
  });
});
