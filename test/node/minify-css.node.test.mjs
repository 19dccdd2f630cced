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
