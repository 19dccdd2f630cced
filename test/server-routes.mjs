// Routes the test server answers under /__test/, for loader and embedding tests:
// HTTP errors, slow and never-answering feeds, not-JSON, request counting,
// blocked modules, and pages served with a strict Content-Security-Policy.
import {readFileSync} from 'node:fs';
import {generateFeed} from '../scripts/generate-feed.mjs';

const counts = new Map();
const sample = () => readFileSync(new URL('../src/data/sample-feed.json', import.meta.url), 'utf8');

export const STRICT_CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

// The iframe embed tests: the host page may frame the embed page from the other
// name of this server (localhost and 127.0.0.1, two origins).
const HOST_CSP = `${STRICT_CSP}; frame-src 'self' http://127.0.0.1:* http://localhost:*`;

// dist/cdn/embed.html carries its policy in a <meta>, which cannot report. The
// test server sends the same policy as a header with a report-uri as well, so
// a violation in a frame of any origin reaches /__test/csp-reports.
const cspReports = [];
const REPORTING = ['/dist/cdn/embed.html', '/test/embed/csp-report-control.html'];
function reportingPolicy(pathname) {
  const file = pathname === REPORTING[0] ? '../dist/cdn/embed.html' : '..' + pathname;
  const html = readFileSync(new URL(file, import.meta.url), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error(`${pathname} has no Content-Security-Policy meta`);
  return `${policy}; report-uri /__test/csp-report`;
}

// Module paths that fail with 503 while blocked (`/__test/block?module=add-to-calendar`),
// for tests of a lazily loaded chunk that cannot be fetched.
const blocked = new Set();
// Module paths whose requests fail as a network error while dropped (`/__test/drop?module=…`). Unlike a
// 503, nothing is cached: the test runner makes every response to a path with an extension cacheable for a year.
const dropped = new Set();

export async function testRoutes(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if ([...dropped].some((fragment) => url.pathname.includes(fragment))) {
    context.respond = false;
    context.req.socket.destroy();
    return;
  }
  if ([...blocked].some((fragment) => url.pathname.includes(fragment))) {
    context.status = 503;
    context.body = 'blocked by the test';
    return;
  }
  // A JSON file fetched as JSON (a feed: the builder's sample feed beside the bundles) comes as JSON, not turned
  // into a module by the test server (module imports of JSON do not ask for application/json).
  if (url.pathname.endsWith('.json') && !url.pathname.startsWith('/__test/') && (context.get('accept') ?? '').includes('application/json')) {
    try {
      context.body = readFileSync(new URL(`..${url.pathname}`, import.meta.url), 'utf8');
      context.type = 'json';
    } catch {
      context.status = 404;
    }
    return;
  }
  if (!url.pathname.startsWith('/__test/')) {
    if (REPORTING.includes(url.pathname)) {
      await next();
      context.set('Content-Security-Policy', reportingPolicy(url.pathname));
      return;
    }
    if (url.pathname.startsWith('/test/embed/') && url.pathname.endsWith('.html')) {
      await next();
      context.set('Content-Security-Policy', url.pathname.startsWith('/test/embed/iframe-') ? HOST_CSP : STRICT_CSP);
      return;
    }
    return next();
  }
  const route = url.pathname.slice('/__test/'.length);
  if (route === 'csp-report') {
    let body = '';
    for await (const chunk of context.req) body += chunk;
    cspReports.push(body);
    context.status = 204;
    return;
  }
  if (route === 'csp-reports') {
    context.set('cache-control', 'no-store');
    context.type = 'json';
    context.body = JSON.stringify(cspReports);
    return;
  }
  const key = url.searchParams.get('key') ?? route;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  context.set('cache-control', 'no-store');
  const failing = {block: blocked, unblock: blocked, drop: dropped, undrop: dropped}[route];
  if (failing) {
    const fragment = url.searchParams.get('module') ?? '';
    if (route.startsWith('un')) failing.delete(fragment);
    else failing.add(fragment);
    context.body = 'ok';
    return;
  }
  if (route.startsWith('cdn/')) {
    // `/__test/cdn/<token>/<file>`: dist/cdn/<file> (and its chunks) under URLs no earlier test loaded.
    const file = route.split('/').slice(2).join('/');
    try {
      if (file.includes('..')) throw new Error('outside dist/cdn');
      context.body = readFileSync(new URL(`../dist/cdn/${file}`, import.meta.url), 'utf8');
      context.type = 'js';
    } catch {
      context.status = 404;
    }
    return;
  }
  if (route === 'count') {
    context.body = JSON.stringify({count: (counts.get(url.searchParams.get('of')) ?? 0)});
    context.type = 'json';
    counts.delete('count');
    return;
  }
  if (route.startsWith('status/')) {
    context.status = Number(route.slice(7));
    context.body = 'error';
    return;
  }
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  switch (route) {
    case 'sample-feed':
      context.type = 'json';
      context.body = sample();
      return;
    case 'bad-feed': {
      // The sample feed with two broken events: the rest must still show.
      const feed = JSON.parse(sample());
      feed.events[1].start = 'morgen';
      feed.events[2].online = 'javascript:alert(1)';
      delete feed.events[2].location;
      context.type = 'json';
      context.body = JSON.stringify(feed);
      return;
    }
    case 'generated': {
      // A big generated feed (`?initiatives=10000`, `partners`, `events`): the lazy start and slicing tests.
      const size = (name) => Math.min(Number(url.searchParams.get(name) ?? 0), 10_000);
      context.type = 'json';
      context.body = JSON.stringify(generateFeed({initiatives: size('initiatives'), partners: size('partners'), events: size('events'), seed: 7}));
      return;
    }
    case 'not-json':
      context.type = 'json';
      context.body = '<html>not a feed</html>';
      return;
    case 'array':
      context.type = 'json';
      context.body = '[1,2,3]';
      return;
    case 'version-2':
      context.type = 'json';
      context.body = '{"version": 2, "initiatives": []}';
      return;
    case 'json':
      context.type = 'json';
      context.body = url.searchParams.get('body') ?? '{}';
      return;
    case 'page': {
      // A blank page, served with the strict CSP, holding exactly the HTML pasted into it (the builder's snippets),
      // with an optional stylesheet (`css`) and the app's module (`module`, a path on this server).
      const css = url.searchParams.get('css');
      const module = url.searchParams.get('module');
      context.set('Content-Security-Policy', STRICT_CSP);
      context.type = 'html';
      context.body = [
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pasted</title>',
        '<script src="/test/embed/csp-listener.js"></script>',
        css ? `<link rel="stylesheet" href="/__test/css?body=${encodeURIComponent(css)}">` : '',
        module?.startsWith('/') ? `<script type="module" src="${module.replace(/"/g, '')}"></script>` : '',
        `</head><body>${url.searchParams.get('html') ?? ''}</body></html>`,
      ].join('');
      return;
    }
    case 'css':
      context.type = 'css';
      context.body = url.searchParams.get('body') ?? '';
      return;
    case 'tile-404':
      context.status = 404;
      return;
    default:
      context.status = 404;
  }
}
