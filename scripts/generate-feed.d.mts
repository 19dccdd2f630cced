/** Types for scripts/generate-feed.mjs (a plain Node script, also imported by tests and benchmarks). */
export interface GenerateOptions {
  initiatives?: number;
  partners?: number;
  events?: number;
  seed?: number;
  criteria?: boolean;
}

/** A deterministic, valid version 1 feed with the requested number of items per section. */
export function generateFeed(options?: GenerateOptions): Record<string, unknown>;
