/**
 * The builder's feed check: the same item-by-item validation the widgets and
 * `ncte-feed validate` use, summarised per section, with every item that would
 * be left out named by id and path, and the reason in the words of the office's
 * toolkit (`ncte-feed validate`), in Dutch and English.
 */
import {ALL_SECTIONS} from '../feed/sections.js';
import {readEnvelope, summariseSections, validateSections} from '../feed/validate.js';
import type {Feed} from '../feed/schema.js';
import type {Lang} from '../feed-tools/messages.js';

export interface LeftOut {
  /** The offending value's path (`events[3].start`). */
  path: string;
  /** The item's `id` (or its name when it has no usable id). */
  id?: string;
  /** Why it is left out, in both languages of the builder: the words of `ncte-feed validate`. */
  message: Record<Lang, string>;
}

export interface FeedCheck {
  feed: Feed;
  sections: Array<{section: string; total: number; valid: number}>;
  leftOut: LeftOut[];
}

/**
 * Checks a parsed feed. Throws a `FeedError` (`shape`, `version`) when the feed
 * as a whole is unusable. The reasons come from the office's toolkit
 * (src/feed-tools/check.ts, with zod), loaded only when some item is invalid.
 */
export async function checkFeed(raw: unknown): Promise<FeedCheck> {
  const envelope = readEnvelope(raw);
  const first = validateSections(envelope, ALL_SECTIONS);
  const result = first.complete ? await first.complete : first;
  return {
    feed: result.feed,
    sections: summariseSections(raw, result),
    leftOut: result.issues.length > 0 ? await describeLeftOut(raw) : [],
  };
}

/** Every problem that leaves something out, with its reason in Dutch and in English. */
async function describeLeftOut(raw: unknown): Promise<LeftOut[]> {
  const {checkFeed: report} = await import('../feed-tools/check.js');
  const [nl, en] = LANGS.map((lang) => report(raw, lang).problems.filter((problem) => problem.severity === 'error'));
  return nl!.map((problem, index) => ({
    path: problem.path ?? '',
    ...(problem.id ? {id: problem.id} : {}),
    message: {nl: problem.message, en: en![index]?.message ?? problem.message},
  }));
}

const LANGS = ['nl', 'en'] as const;
