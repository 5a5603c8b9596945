import type { ReactNode } from 'react';
import { Table, type MantineSpacing } from '@mantine/core';

/** A figure cell: right-aligned digits of equal width, never wrapped. */
export const NUMBER_CELL = {
  textAlign: 'right',
  fontVariantNumeric: 'tabular-nums',
  whiteSpace: 'nowrap',
} as const;

/**
 * The frame of every statistics table: a focusable scroll container (wide tables scroll inside it,
 * reachable by keyboard), the striped bordered table, and its caption on top.
 */
export function StatisticsTableShell({
  caption,
  children,
  horizontalSpacing,
}: {
  caption: ReactNode;
  children: ReactNode;
  horizontalSpacing?: MantineSpacing;
}) {
  return (
    <Table.ScrollContainer
      minWidth={640}
      className="statistics-table"
      tabIndex={0}
      scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}
    >
      <Table
        striped
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        horizontalSpacing={horizontalSpacing}
        fz="sm"
      >
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 8 }}>
          {caption}
        </caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
