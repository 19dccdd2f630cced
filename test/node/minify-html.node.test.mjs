// The HTML template minifier of the CDN build drops indentation in `html` and `svg`
// templates only, keeps every line break, and leaves expressions and other templates as written.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {minifyHtmlLiterals} from '../../scripts/minify-html-literals.mjs';

test('drops the indentation after line breaks in html and svg templates, keeping the breaks', () => {
  const code = 'const a = html`<p>\n    ${x}\n  </p>`;\nconst b = svg`<g>\n\t<path/>\n</g>`;';
  assert.equal(minifyHtmlLiterals(code), 'const a = html`<p>\n${x}\n</p>`;\nconst b = svg`<g>\n<path/>\n</g>`;');
});

test('minifies nested html templates and reads past strings, comments and other templates in expressions', () => {
  const code = [
    'html`<ul>',
    '  ${items.map((i) => html`<li>',
    '      ${i}',
    '    </li>`)}',
    "  ${'a }  `' + \"b\\\"  }\" /* } */ + `keep\n    this`}",
    '</ul>`;',
  ].join('\n');
  const out = minifyHtmlLiterals(code);
  assert.equal(
    out,
    [
      'html`<ul>',
      '${items.map((i) => html`<li>',
      '${i}',
      '</li>`)}',
      "${'a }  `' + \"b\\\"  }\" /* } */ + `keep\n    this`}",
      '</ul>`;',
    ].join('\n'),
  );
  assert.equal(out.split('\n').length, code.split('\n').length, 'same lines (source maps)');
});

test('leaves untagged and other templates, and spaces inside a line, alone', () => {
  const code = 'const ics = `BEGIN\n  X`;\nconst t = css`a {\n  b: c }`;\nhtml`<b>a  b</b> <i> </i>`;';
  assert.equal(minifyHtmlLiterals(code), code);
});

test('a tag-like word in a comment, a string or a file name starts no template', () => {
  const code = [
    '/** Shows `embed.html` inside the frame,',
    ' *   an indented line `here`. */',
    "const name = 'an html`\\n  x';",
    'const page = xhtml`<p>\n  kept</p>`;',
  ].join('\n');
  assert.equal(minifyHtmlLiterals(code), code);
});
