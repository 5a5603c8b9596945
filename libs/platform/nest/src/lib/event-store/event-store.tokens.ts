/** Injection tokens: ports are injected by token, adapters chosen by configuration. */
export const EVENT_STORE = Symbol('EVENT_STORE');
export const EVENT_TYPE_REGISTRY = Symbol('EVENT_TYPE_REGISTRY');
export const CHECKPOINT_STORE = Symbol('CHECKPOINT_STORE');
