# syntax=docker/dockerfile:1
# The web app (apps/web, React + Vite) as a static container: built with Node, served by an
# unprivileged nginx that also proxies /api to the services (deploy/docker/web/nginx.conf).
#   docker build -f deploy/docker/web.Dockerfile -t casetrail-web .

# --- build: the same install as the services, then Vite writes dist/web.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY libs ./libs
COPY apps ./apps
RUN npx vite build --config apps/web/vite.config.mts && test -f dist/web/index.html

# --- runtime: nginx as a non-root user (port 8080), the built files read-only.
FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
COPY --chown=root:root deploy/docker/web/nginx.conf /etc/nginx/templates/default.conf.template
COPY --chown=root:root deploy/docker/web/proxy.inc /etc/nginx/conf.d/proxy.inc
COPY --from=build --chown=root:root /app/dist/web /usr/share/nginx/html
# Only the variables nginx.conf names are substituted (nginx's own $variables stay).
ENV NGINX_ENVSUBST_FILTER=^CASETRAIL_ \
    CASETRAIL_PUBLIC_KEYCLOAK_URL=http://localhost:8080
USER 101
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
