// A build plugin for the CDN bundles: minifies the CSS inside Lit `css`…``
// literals of `*.styles.ts` modules (comments, white space), which the JS
// minifier leaves as written. Literals with `${…}` are left alone, and so is
// everything inside quotes; white space before `:` is kept (`.a :hover`), white
// space after it is not (`display:block`, `(prefers-reduced-motion:reduce)`);
// nor is white space before `!important`, or the leading zero of `0.5`.

/** Minifies one CSS text. */
export function minifyCss(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'") {
      const end = text.indexOf(char, i + 1);
      const stop = end === -1 ? text.length : end + 1;
      out += text.slice(i, stop);
      i = stop - 1;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (/\s/.test(char)) {
      while (i + 1 < text.length && /\s/.test(text[i + 1])) i++;
      const previous = out[out.length - 1];
      const next = text[i + 1];
      if (previous !== undefined && !'{};,>:'.includes(previous) && next !== undefined && !'{};,>)!'.includes(next)) out += ' ';
    } else if (char === '0' && text[i + 1] === '.' && /\d/.test(text[i + 2] ?? '') && !/[\w./-]/.test(out[out.length - 1] ?? '')) {
      // `0.5` is `.5` (not in `10.5`, `-0.5`, a name or a path)
    } else {
      out += char;
    }
  }
  return out.replace(/;}/g, '}');
}

export function minifyCssLiterals() {
  return {
    name: 'ncte-minify-css-literals',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      const result = code.replace(/\bcss`([^`]*)`/g, (whole, body) => (body.includes('${') ? whole : `css\`${minifyCss(body)}\``));
      return result === code ? null : {code: result, map: null};
    },
  };
}
