// Type-checked, never rendered: the generated types catch these mistakes.
import type {} from 'ncte-widgets/react';

export const wrongValue = (
  // @ts-expect-error 'grid' is not a layout of <ncte-etalage> ('cards' | 'list').
  <ncte-etalage layout="grid" />
);

export const wrongHandler = (
  // @ts-expect-error The handler receives an InitiativeOpenEvent, not a number.
  <ncte-etalage onncte-initiative-open={(event: number) => console.log(event + 1)} />
);

export const wrongProperty = (
  // @ts-expect-error `page-size` is a number.
  <ncte-etalage page-size="many" />
);
