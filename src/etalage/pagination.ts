/** Paging through results: pages are numbered from 1. */

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, size)));
}

/** `page` moved into the pages that exist (1 when it is not a number). */
export function clampPage(page: number, total: number, size: number): number {
  return Math.min(Math.max(1, Math.floor(page) || 1), pageCount(total, size));
}

/** The items on `page`. */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  const start = (clampPage(page, items.length, size) - 1) * Math.max(1, size);
  return items.slice(start, start + Math.max(1, size));
}
