import type { Logger as PinoInstance } from 'pino';

type Bindings = Record<string, unknown>;
/** What this needs of a pino logger (pino's own types make `child` generic over custom levels). */
interface LoggerLike {
  child(bindings: Bindings, options?: unknown): LoggerLike;
  isLevelEnabled(level: string): boolean;
  levels: { values: Record<string, number> };
}

/** Marks a root logger whose `child` was already wrapped (a second app in one process). */
const WRAPPED = Symbol('casetrail.lazyRequestLogger');

/**
 * pino-http gives every request a child logger bound to the request (`child({ req })`): pino
 * serializes and redacts the bindings when the child is made, whatever the level. Its own line
 * ("request completed") is written at `info`; below that level (`warn`, `error`) the child is
 * needed only if something logs inside the request at an enabled level, which is rare (a warning,
 * an error). This wraps the root's `child` so that, while `info` is off, a request's child is made
 * on first real use only: the same bindings, serializers and redaction, later. A call at a level
 * that is off (pino-http's `info` when the answer is sent) is a no-op and makes nothing. At `info`
 * and below, `child` is pino's own, so request logging is exactly as before.
 */
export function makeRequestChildrenLazy(logger: PinoInstance): void {
  const root = logger as unknown as LoggerLike & { [WRAPPED]?: true };
  if (root[WRAPPED]) return;
  root[WRAPPED] = true;
  const eager = root.child;
  root.child = function (this: LoggerLike, bindings: Bindings, options?: unknown): LoggerLike {
    const make = () => eager.call(this, bindings, options);
    if (this !== root || options !== undefined || !('req' in bindings) || root.isLevelEnabled('info')) return make();
    return lazyLogger(root, make);
  };
}

function lazyLogger(root: LoggerLike, make: () => LoggerLike): LoggerLike {
  let made: LoggerLike | undefined;
  const real = () => (made ??= make());
  const levels = root.levels.values;
  return new Proxy({} as LoggerLike, {
    get(_target, key) {
      // A level that is off (pino-http's "request completed" at info): nothing to write, nothing to make.
      if (made === undefined && typeof key === 'string' && key in levels && !root.isLevelEnabled(key)) return noop;
      const logger = real();
      const value = Reflect.get(logger, key, logger) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(logger) : value;
    },
    set(_target, key, value) {
      return Reflect.set(real(), key, value);
    },
    has(_target, key) {
      return Reflect.has(real(), key);
    },
  });
}

function noop(): void {
  return undefined;
}
