/**
 * Lets the page run between two slices of work: the browser paints, handles
 * input and runs the host page's own tasks before the rest of the work goes on.
 * The rest is a new task through a `MessageChannel` (every browser has one; not
 * throttled to 4 ms like nested `setTimeout`). Not
 * `scheduler.yield()`: Chromium runs its continuations ahead of rendering, so a
 * long run of slices drew one frame in 120-170 ms (test/etalage/logic.test.ts),
 * where plain tasks let a frame through about every 17 ms.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    const {port1, port2} = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** How long one slice may run before yielding: well under the 50 ms of a long task, at 4× slower CPUs too. */
export const SLICE_MS = 8;

/**
 * Runs `work(index)` for each index from 0 to `count - 1`, yielding to the page
 * whenever a slice has run `SLICE_MS` (the clock is read every `every` indexes:
 * 1 when each step is heavy). Stops early (resolving `false`) when `signal`
 * aborts; resolves `true` when every index ran.
 */
export async function inSlices(count: number, work: (index: number) => void, signal?: AbortSignal, every = 32): Promise<boolean> {
  let sliceStart = performance.now();
  for (let index = 0; index < count; index++) {
    if (signal?.aborted) return false;
    work(index);
    if ((index + 1) % every === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  return !signal?.aborted;
}
