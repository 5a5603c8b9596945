import type { ReactNode } from 'react';
import { Stack, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import type { Page } from './types';
import { useIntakeText } from './useIntakeText';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
  /** The row's header cell (its link). */
  rowHeader?: boolean;
}

/** A server-paged list as a table: the count, the rows, the pages (the same on every intake list). */
export function PagedTable<T>({ query, columns, caption, none, rowKey, onPage, minWidth = 900 }: { query: UseQueryResult<Page<T>>; columns: Column<T>[]; caption: string; none: string; rowKey: (item: T) => string; onPage: (page: number) => void; minWidth?: number }) {
  const text = useIntakeText();
  const { t } = text;
  return (
    <QueryState query={query}>
      {(page) => {
        const from = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
        const to = Math.min(page.total, page.page * page.pageSize);
        const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
        return (
          <Stack>
            <Text size="sm" aria-live="polite">
              {t('common:paging.summary', { from: text.number(from), to: text.number(to), total: text.number(page.total) })}
            </Text>
            {page.items.length === 0 ? (
              <Text c="dimmed">{none}</Text>
            ) : (
              <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
                <Table striped highlightOnHover>
                  <Table.Caption>{caption}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      {columns.map((c) => (
                        <Table.Th key={c.header} scope="col">
                          {c.header}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((item) => (
                      <Table.Tr key={rowKey(item)}>
                        {columns.map((c) =>
                          c.rowHeader ? (
                            <Table.Th key={c.header} scope="row">
                              {c.cell(item)}
                            </Table.Th>
                          ) : (
                            <Table.Td key={c.header}>{c.cell(item)}</Table.Td>
                          ),
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Pager total={pages} value={page.page} onChange={onPage} label={t('common:paging.label')} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
