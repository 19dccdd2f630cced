/**
 * The list's own bookkeeping as pure functions: how many activities a page
 * holds, whether what is shown changed, and how long
 * `updateComplete` waits for what the list loads.
 */

/** The `page-size` attribute as a count: 20 when it is not a positive number. */
export function pageSizeOf(size: unknown): number {
  const n = Math.floor(Number(size));
  return Number.isFinite(n) && n > 0 ? n : 20;
}

/** `before` when `now` holds the same items in the same order (what depends on it is not redone), else `now`. */
export function kept<T>(before: T[], now: T[]): T[] {
  return now.length === before.length && now.every((item, i) => item === before[i]) ? before : now;
}

/** Whether all `promises` settled (resolved or failed) within `ms`. */
export async function settledWithin(promises: readonly Promise<unknown>[], ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = await Promise.race([
    Promise.allSettled(promises).then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false))),
  ]);
  clearTimeout(timer);
  return settled;
}
