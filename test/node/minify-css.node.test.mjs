// The CSS minifier of the CDN build keeps meaning: strings, descendant pseudo-classes, media queries.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {minifyCss} from '../../scripts/minify-css-literals.mjs';

test('removes comments and white space', () => {
  assert.equal(minifyCss('\n  /* note */\n  :host {\n    display: block;\n  }\n'), ':host{display:block}');
});

test('keeps quoted text, descendant pseudo-classes and media queries', () => {
  assert.equal(minifyCss(".a :hover , .b > .c { content: ' (  ' attr(href) ')'; }"), ".a :hover,.b>.c{content:' (  ' attr(href) ')'}");
  assert.equal(minifyCss('@media (max-width: 30rem) { .x { margin: 0 auto; } }'), '@media (max-width:30rem){.x{margin:0 auto}}');
  assert.equal(minifyCss('.a { font-family: "A  B", b; }'), '.a{font-family:"A  B",b}');
});

test('drops the space before !important and the leading zero of a fraction', () => {
  assert.equal(minifyCss(':host([hidden]) { display: none !important; }'), ':host([hidden]){display:none!important}');
  assert.equal(minifyCss('.a { opacity: 0.6; margin: -0.5rem 10.5px 0 0.25em; width: calc(100% - 0.5rem); }'), '.a{opacity:.6;margin:-0.5rem 10.5px 0 .25em;width:calc(100% - .5rem)}');
  assert.equal(minifyCss(".a { content: '0.5 !x'; background: url(/0.5.png); }"), ".a{content:'0.5 !x';background:url(/0.5.png)}");
});
