/**
 * A new set with `value` in it (`on`) or out of it; without `on`, flipped. The
 * set given is left alone, so a reactive property set to the result changes.
 */
export function toggledIn<T>(set: ReadonlySet<T>, value: T, on = !set.has(value)): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}
