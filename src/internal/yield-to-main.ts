/**
 * Lets the page run between two slices of work: the browser paints, handles
 * input and runs the host page's own tasks before the rest of the work goes on.
 * Uses `scheduler.yield()` where the browser has it (the rest keeps its place
 * at the front of the queue), otherwise a new task through a `MessageChannel`
 * (not throttled to 4 ms like nested `setTimeout`), or `setTimeout`.
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: Partial<YieldingScheduler>}).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long one slice may run before yielding: well under the 50 ms of a long task, at 4× slower CPUs too. */
export const SLICE_MS = 8;

/**
 * Runs `work(index)` for each index from 0 to `count - 1`, yielding to the page
 * whenever a slice has run `SLICE_MS`. Stops early (resolving `false`) when
 * `signal` aborts; resolves `true` when every index ran.
 */
export async function inSlices(count: number, work: (index: number) => void, signal?: AbortSignal): Promise<boolean> {
  let sliceStart = performance.now();
  for (let index = 0; index < count; index++) {
    if (signal?.aborted) return false;
    work(index);
    // Checking the clock every 32 items keeps its cost out of the loop.
    if ((index & 31) === 31 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  return !signal?.aborted;
}
