# syntax=docker/dockerfile:1
# One image recipe for every casetrail process; the build arg APP picks the entry point
# (casetrail = embedded, enforcement / court / protection / statistics = distributed). Build context: the repo root
#   docker build -f deploy/docker/service.Dockerfile --build-arg APP=enforcement -t casetrail-enforcement .
# The context is trimmed by service.Dockerfile.dockerignore beside this file (BuildKit reads
# `<Dockerfile>.dockerignore` first), so no root .dockerignore is needed; the legacy builder
# ignores it and would send data/ (local signing keys!) and node_modules: use BuildKit.

# --- deps: the full install. better-sqlite3 compiles from source here (python3, make, g++).
FROM node:20-bookworm-slim AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies stay: the processes run TypeScript through @swc-node/register (and its
# `typescript` peer) exactly as `npm start` does; there is no separate compile step yet.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

# --- runtime: no compiler, no npm cache, non-root, sources read-only.
FROM node:20-bookworm-slim AS runtime
ARG APP=enforcement
# Baked into the environment so the CMD below can expand it when the container starts
# (an exec-form CMD never sees build args).
ENV APP=${APP} \
    NODE_ENV=production \
    CASETRAIL_HOST=0.0.0.0 \
    CASETRAIL_PORT=3000 \
    CASETRAIL_DATA_DIR=/data \
    SWC_NODE_PROJECT=tsconfig.base.json
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json tsconfig.base.json ./
COPY --chown=root:root libs ./libs
COPY --chown=root:root apps ./apps
# Fail the build, not the start, when the chosen entry point does not exist.
RUN test -f "apps/${APP}/src/main.ts" \
 && mkdir -p /data /person-keys && chown node:node /data /person-keys
# A named volume mounted on /data inherits this ownership on first use; so does the one mounted
# on /person-keys (the key store enforcement, court and protection share, see docker-compose.yml).
VOLUME ["/data"]
USER node
EXPOSE 3000
# Readiness (event store and read models); the image has no curl, node has fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.CASETRAIL_PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# `exec` makes node the shell's replacement, so SIGTERM reaches Nest's shutdown hooks
# (compose adds `init: true` so a real init reaps children and forwards signals).
CMD ["/bin/sh", "-c", "exec node -r @swc-node/register \"apps/${APP}/src/main.ts\""]
