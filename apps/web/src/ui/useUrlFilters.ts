import { useSearchParams } from 'react-router';

/**
 * A list page's filters and page in the address (`?province=…&page=2`): setting a filter goes back
 * to the first page; an empty value removes the filter.
 */
export function useUrlFilters<Name extends string>() {
  const [params, setParams] = useSearchParams();
  const setFilter = (name: Name, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };
  const setPage = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    setParams(next);
  };
  return { params, setFilter, setPage };
}
