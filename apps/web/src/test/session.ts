import type { Role, Session, SessionUser } from '../auth/session';

/** Who a test signs in as: a role, and whatever else of the user the screen reads. */
export type TestUser = Partial<SessionUser> & { role: Role };

/**
 * A session as the sign-in would give it, for `renderScreen(…, { session })`: the token carries
 * the same claims (the API would read them), and lasts an hour.
 */
export function testSession({ role, id = `u-${role}`, name = `Test ${role}`, provinces = ['*'], unit }: TestUser): Session {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const token = `${part({ alg: 'HS256' })}.${part({ sub: id, name, role, provinces, ...(unit ? { unit } : {}) })}.signature`;
  return { token, expiresAt: Date.now() + 3600_000, user: { id, name, role, provinces, ...(unit ? { unit } : {}) } };
}

/** The input of a labelled field (Mantine also labels the option list with the field's label). */
export function inputOf(container: { getAllByLabelText: (text: string | RegExp) => HTMLElement[] }, label: string | RegExp): HTMLInputElement {
  const input = container.getAllByLabelText(label).find((el) => el.tagName === 'INPUT');
  if (!input) throw new Error(`No input labelled ${String(label)}`);
  return input as HTMLInputElement;
}
