import { useEffect } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { ApiProblem } from '../api/client';

/**
 * Puts the server's field errors (400 problem `errors[]`) on the form's fields. `fieldOf` maps a
 * server field path (e.g. `persons.0.sex`) to the form's path when they differ. Returns the
 * server fields the form has no input for, for ProblemAlert to list.
 */
export function problemFieldErrors(error: unknown, fieldOf: (serverField: string) => string = (f) => f): Record<string, string> {
  if (!(error instanceof ApiProblem) || error.status !== 400) return {};
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fieldErrors())) out[fieldOf(field)] = message;
  return out;
}

export function useProblemOnForm<T extends Record<string, unknown>>(form: UseFormReturnType<T>, error: unknown, fieldOf?: (serverField: string) => string): string[] {
  const errors = problemFieldErrors(error, fieldOf);
  const { setErrors } = form;
  // Once per answer: the user's later edits clear the messages as usual.
  useEffect(() => {
    const fields = problemFieldErrors(error, fieldOf);
    if (Object.keys(fields).length > 0) setErrors(fields);
  }, [error, fieldOf, setErrors]);
  const known = new Set(Object.keys(form.getValues()));
  return Object.keys(errors).filter((f) => !known.has(f.split('.')[0]));
}
