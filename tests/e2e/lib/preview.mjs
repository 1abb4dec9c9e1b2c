// The share preview as a crawler reads it: the Open Graph / Twitter tags of a built
// index.html, and the preview PNG decoded to pixels (8-bit RGB/RGBA, not interlaced: what
// resvg's encoder writes) with node's zlib, so the test can look at it.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** `<meta property|name="…" content="…">` of `html` as { key: [contents…] } (entities decoded). */
export function metaTags(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = {};
  const decode = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');
  for (const m of head.matchAll(/<meta\s+(property|name)="([^"]+)"\s+content="([^"]*)"\s*\/?>/g)) {
    (tags[m[2]] ??= []).push(decode(m[3]));
  }
  return tags;
}

/** Decodes a PNG: { width, height, pixel(x, y) → [r, g, b, a] }. */
export function decodePng(buf) {
  if (!buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG');
  let pos = 8;
  let header;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], color: data[9], interlace: data[12] };
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const { width, height, depth, color, interlace } = header;
  const channels = { 2: 3, 6: 4 }[color];
  if (depth !== 8 || !channels || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${color}, interlace ${interlace})`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[y * stride + i - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + i] : 0;
      const c = i >= channels && y > 0 ? out[(y - 1) * stride + i - channels] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad filter ${filter} on row ${y}`);
      out[y * stride + i] = v & 0xff;
    }
  }
  const pixel = (x, y) => {
    const i = y * stride + x * channels;
    return [out[i], out[i + 1], out[i + 2], channels === 4 ? out[i + 3] : 255];
  };
  return { width, height, pixel };
}

/** Pixels of `png` in the box [x0, x1) × [y0, y1) that `test([r, g, b, a])` accepts: the
 *  count and the horizontal extent they cover. */
export function countPixels(png, [x0, y0, x1, y1], test) {
  let count = 0;
  let left = Infinity;
  let right = -Infinity;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (test(png.pixel(x, y))) {
        count++;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { count, span: count ? right - left + 1 : 0 };
}

/** A colour of the palette the picture is drawn with (`pub const NAME` in src/palette.rs), as
 *  [r, g, b]. */
export function paletteColour(name) {
  const src = readFileSync(new URL('../../../src/palette.rs', import.meta.url), 'utf8');
  const m = src.match(new RegExp(`pub const ${name}: &str = "#([0-9a-f]{6})";`));
  if (!m) throw new Error(`src/palette.rs has no colour ${name}`);
  return [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16));
}

/** Dark ink (text): every channel below 90, opaque. */
export const ink = ([r, g, b, a]) => a > 200 && r < 90 && g < 90 && b < 90;
/** Anything but the white background. */
export const notWhite = ([r, g, b]) => r < 245 || g < 245 || b < 245;

/**
 * Checks a built page's share tags and its preview picture with node:assert; `base` is the
 * absolute folder URL the build was made for, or null (then the tags that need it must be
 * absent). `readFile(name)` reads a file of the build. Returns the decoded picture.
 */
export function checkSharePreview(assert, html, readFile, base) {
  const tags = metaTags(html);
  const one = (k) => {
    assert.equal(tags[k]?.length, 1, `exactly one ${k}: ${JSON.stringify(tags[k])}`);
    return tags[k][0];
  };
  assert.equal(one('og:title'), '한국의 거대언어모델, 어디까지 왔나');
  assert.match(one('og:description'), /^네이버·카카오·LG·SK텔레콤·KT와 국내 스타트업의 거대언어모델/);
  assert.equal(one('og:locale'), 'ko_KR');
  assert.equal(one('og:locale:alternate'), 'en_US');
  assert.equal(one('og:site_name'), 'kllm-widget');
  assert.equal(one('og:type'), 'website');
  // X falls back to og:title, og:description and og:image: they are not written twice.
  for (const k of ['twitter:title', 'twitter:description', 'twitter:image']) {
    assert.equal(tags[k], undefined, `${k}: X reads the og: tag`);
  }
  if (base === null) {
    for (const k of ['og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt']) {
      assert.equal(tags[k], undefined, `${k} needs an absolute URL: left out`);
    }
    assert.equal(one('twitter:card'), 'summary');
  } else {
    assert.equal(one('og:url'), base);
    const image = one('og:image');
    assert.equal(image, `${base}kllm-preview.png`);
    assert.equal(one('og:image:type'), 'image/png');
    assert.equal(one('og:image:width'), '1200');
    assert.equal(one('og:image:height'), '630');
    const alt = one('og:image:alt');
    assert.match(alt, /^「한국의 거대언어모델, 어디까지 왔나」 .*공개 시점.*데이터 기준 \d{4}년 \d{1,2}월 \d{1,2}일\.$/);
    assert.equal(one('twitter:image:alt'), alt);
    assert.equal(one('twitter:card'), 'summary_large_image');
  }
  const png = decodePng(readFile('kllm-preview.png'));
  assert.deepEqual([png.width, png.height], [1200, 630]);
  // The accent rule along the top edge: the decoder reads colours where they are.
  const [accent, global] = [paletteColour('ACCENT'), paletteColour('REF')];
  assert.deepEqual(png.pixel(600, 4).slice(0, 3), accent);
  // Not blank: the white background carries a good deal of drawing.
  const all = countPixels(png, [0, 0, 1200, 630], notWhite);
  assert.ok(all.count > 1200 * 630 * 0.03, `non-white pixels: ${all.count}`);
  // The headline: dark text across most of its line (y 30–100), nothing in the margin.
  const headline = countPixels(png, [56, 30, 1144, 100], ink);
  assert.ok(headline.count > 8000 && headline.span > 600, `headline ink: ${JSON.stringify(headline)}`);
  assert.equal(countPixels(png, [0, 30, 40, 100], ink).count, 0, 'left margin of the headline is empty');
  // Today's figure, large, under the headline (y 110–250): wide dark ink on its left.
  const figure = countPixels(png, [40, 110, 520, 250], ink);
  assert.ok(figure.count > 10000 && figure.span > 350, `figure ink: ${JSON.stringify(figure)}`);
  // The chart's own colours: Korean (the accent) and global marks.
  const near = ([r, g, b], [R, G, B]) => Math.abs(r - R) + Math.abs(g - G) + Math.abs(b - B) < 30;
  assert.ok(countPixels(png, [56, 150, 1144, 560], (p) => near(p, accent)).count > 200, 'Korean marks');
  assert.ok(countPixels(png, [56, 150, 1144, 560], (p) => near(p, global)).count > 100, 'global marks');
  // The credit line at the bottom has text.
  assert.ok(countPixels(png, [56, 580, 1144, 615], notWhite).span > 500, 'credit line');
  return png;
}
