// A build plugin for the CDN bundles: drops the indentation after each line
// break in the static text of Lit `html`…`` and `svg`…`` templates, which the JS
// minifier keeps as written (0.1–0.15 KB gzip per widget bundle, 0.7 KB for
// ncte-all.js). The line breaks themselves stay, so nothing that HTML renders
// changes (a line break and its indentation are one space in normal text, and
// `pre-line` keeps the break) and source maps keep their lines. `${…}`
// expressions, nested templates included, are read past, not changed; templates
// with other tags (text, ICS, JSON) are left alone.

/** Whether the template literal opening at `i` is tagged `html` or `svg` (not `embed.html` or `xhtml`). */
const isTagged = (code, i) => /(?<![\w$.])(?:html|svg)$/.test(code.slice(Math.max(0, i - 5), i));

/**
 * The end of the expression that starts at `start` (just after `${`): the index
 * of its closing `}`. Reads past strings, template literals and comments.
 */
function expressionEnd(code, start, edits) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (char === "'" || char === '"') {
      for (i++; i < code.length && code[i] !== char; i++) if (code[i] === '\\') i++;
    } else if (char === '`') {
      // A nested template: an `html` one is minified too.
      i = templateEnd(code, i + 1, isTagged(code, i) ? edits : undefined);
    } else if (char === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i === -1) return code.length;
    } else if (char === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 1;
      if (i === 0) return code.length;
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return code.length;
}

/**
 * The index of the closing backtick of the template whose text starts at
 * `start`. With `edits`, records the static text chunks' replacements there.
 */
function templateEnd(code, start, edits) {
  let chunkStart = start;
  const flush = (end) => {
    if (!edits) return;
    const text = code.slice(chunkStart, end);
    const minified = text.replace(/\n[ \t]+/g, '\n');
    if (minified !== text) edits.push([chunkStart, end, minified]);
  };
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (char === '\\') {
      i++;
    } else if (char === '`') {
      flush(i);
      return i;
    } else if (char === '$' && code[i + 1] === '{') {
      flush(i);
      i = expressionEnd(code, i + 2, edits);
      chunkStart = i + 1;
    }
  }
  return code.length;
}

/** The code with the indentation in its `html` and `svg` templates dropped. */
export function minifyHtmlLiterals(code) {
  const edits = [];
  // The module's own text, read as one expression (its braces balance): strings and
  // comments are read past, so a backtick in them (a comment naming `embed.html`)
  // never starts a template.
  expressionEnd(code, 0, edits);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

export function minifyHtmlTemplates() {
  return {
    name: 'ncte-minify-html-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || /\.styles\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return null;
      const result = minifyHtmlLiterals(code);
      return result === code ? null : {code: result, map: null};
    },
  };
}
