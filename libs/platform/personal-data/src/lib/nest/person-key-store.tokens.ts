/** The person key store port, injected by token; the adapter follows the configuration. */
export const PERSON_KEY_STORE = Symbol('PERSON_KEY_STORE');
