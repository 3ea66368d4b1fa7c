import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Definition {
  term: string;
  value: ReactNode;
}

/** A `<dl>` of term/value pairs laid out in columns. */
export function DefinitionList({ items, cols = 2 }: { items: Definition[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="lg" verticalSpacing="xs" m={0}>
      {items.map((item) => (
        <div key={item.term} style={{ minWidth: 0 }}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {item.term}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
