import { useEffect, useRef, useState } from 'react';
import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useSearchParams } from 'react-router';

/**
 * What the lists' `reference` search accepts: the server's rule, REFERENCE_SEARCH_PATTERN of the
 * shared kernel (a unit test compares the two): Latin letters and digits, Khmer, spaces and
 * `- / . _ # : ( )`, 1 to 100 characters. Text outside it is not sent (it would be a 400).
 */
export const REFERENCE_SEARCH = /^[A-Za-z0-9\u1780-\u17FF\u19E0-\u19FF /._#:()-]{1,100}$/u;

/** How long typing pauses before the list is asked again. */
export const REFERENCE_SEARCH_DEBOUNCE_MS = 300;

/** The address's `reference`, when the server would accept it. */
export function referenceOf(params: URLSearchParams): string | undefined {
  const value = params.get('reference')?.trim();
  return value && REFERENCE_SEARCH.test(value) ? value : undefined;
}

/** Empty (no search) or a search the server takes. */
const valid = (value: string) => value === '' || REFERENCE_SEARCH.test(value);

interface Props {
  label: string;
  description?: string;
  /** Shown while the text holds what the search cannot take. */
  invalid: string;
  maw?: number;
}

/**
 * A search box kept in the address as `?reference=`: the list is asked again once typing pauses
 * (debounced), from its first page; the address is replaced, not pushed, so Back leaves the list.
 */
export function ReferenceSearchInput({ label, description, invalid, maw }: Props) {
  const [params, setParams] = useSearchParams();
  const inAddress = params.get('reference') ?? '';
  const [text, setText] = useState(inAddress);
  const [debounced] = useDebouncedValue(text.trim(), REFERENCE_SEARCH_DEBOUNCE_MS);
  const pushed = useRef(inAddress);

  // The address changed by other means (Back, a link): show what it searches.
  useEffect(() => {
    if (inAddress !== pushed.current) {
      pushed.current = inAddress;
      setText(inAddress);
    }
  }, [inAddress]);

  useEffect(() => {
    if (!valid(debounced) || debounced === pushed.current) return;
    pushed.current = debounced;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debounced) next.set('reference', debounced);
        else next.delete('reference');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setParams]);

  return (
    <TextInput
      type="search"
      label={label}
      description={description}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      error={valid(text.trim()) ? undefined : invalid}
      maxLength={100}
      autoComplete="off"
      spellCheck={false}
      maw={maw}
    />
  );
}
