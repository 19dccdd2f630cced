/**
 * A big feed validated in slices that yield to the page: used only when a
 * widget meets a section of `SLICED_FROM` (1,000) or more items not validated
 * yet; smaller feeds are validated at once. (Not a lazily loaded chunk: as one,
 * it saved 60–80 B per bundle but made rolldown split the feed layer into a
 * second file that every page loads at once.)
 */
import {INVALID} from './compiled-parsers.js';
import {sectionsOf, type FeedEnvelope, type FeedIssue} from './envelope.js';
import type {Section} from './sections.js';
import {rawSection, type SectionKey, type SectionSchemas} from './validate.js';
import {inSlices} from '../internal/yield-to-main.js';

/**
 * Validates the given sections in slices, filling the cache `validateSections`
 * reads (validate.ts re-exports it). Only a section whose every item passes is
 * stored; a section with any problem is left to `validateSections`, which
 * reports and describes its problems.
 */
export async function validateSectionsInSlices(envelope: FeedEnvelope, sections: SectionSchemas, signal?: AbortSignal): Promise<void> {
  const cache = sectionsOf(envelope);
  for (const [key, section] of Object.entries(sections) as Array<[SectionKey, Section]>) {
    if (cache.has(key)) continue;
    const issues: FeedIssue[] = [];
    const raw = rawSection(envelope, key, issues);
    if (!Array.isArray(raw) || issues.length > 0) continue;
    const items: Array<{id: string}> = [];
    const seen = new Set<string>();
    let clean = true;
    const done = await inSlices(
      raw.length,
      (index) => {
        if (!clean) return;
        const value = section.parse(raw[index]) as {id: string} | typeof INVALID;
        if (value === INVALID || seen.has(value.id)) {
          clean = false;
          return;
        }
        seen.add(value.id);
        items.push(value);
      },
      signal,
    );
    if (done && clean && !cache.has(key)) cache.set(key, {items, issues: []});
  }
}

