/**
 * Every section of a feed checked at once, for `<ncte-feed validate-all>` (a check
 * page for the feed's maintainers). Loaded only when that attribute is set. It
 * checks with the zod schemas (the lazily loaded chunk that describes invalid
 * items anyway), not the compiled parsers, so a widget's bundle keeps only the
 * parsers of its own sections; both give the same verdicts
 * (test/feed/compiled-parsers.test.ts).
 */
import type {ReactiveElement} from 'lit';
import {INVALID} from './compiled-parsers.js';
import {feedSource, reportIssues} from './load.js';
import {ZOD_CHECKERS} from './schema.js';
import type {Section} from './sections.js';
import {validateSections, type FeedEnvelope} from './validate.js';
import {FeedIssuesEvent} from '../events/feed-issues.js';

/** zod decides about every item (with the checkers given, at once). */
const byZod: Section = {parse: () => INVALID, checker: () => Promise.reject(new Error('checkers are given'))};
const SECTIONS = Object.fromEntries(Object.keys(ZOD_CHECKERS).map((key) => [key, byZod]));

/**
 * Validates every section of `envelope` not validated yet (each section once per
 * page, as the widgets do) and reports the problems found in the console and in
 * an `ncte-feed-issues` event from `host`, after its update (when its `issues`
 * tells the same).
 */
export function validateAllSections(host: ReactiveElement, envelope: FeedEnvelope): void {
  validateSections(envelope, SECTIONS, {
    checkers: ZOD_CHECKERS,
    onNewIssues: (issues) => {
      reportIssues(feedSource(envelope), issues);
      void host.updateComplete.then(() => host.dispatchEvent(new FeedIssuesEvent(issues)));
    },
  });
}
