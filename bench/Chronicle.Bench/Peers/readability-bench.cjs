// Mozilla Readability (with jsdom) over the same replicated pages as `chronicle-bench throughput`.
// Usage: node readability-bench.cjs PEERS_DIR HTML_DIR DOCUMENTS
// PEERS_DIR holds node_modules with @mozilla/readability and jsdom (installed outside the repository).
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [peersDir, htmlDir, documentsArg] = process.argv.slice(2);
const peerRequire = createRequire(path.join(path.resolve(peersDir), 'package.json'));
const { JSDOM, VirtualConsole } = peerRequire('jsdom');
const { Readability } = peerRequire('@mozilla/readability');

function indexOfIgnoreCase(bytes, lower, last) {
  const upper = lower.toUpperCase();
  const a = last ? bytes.lastIndexOf(lower) : bytes.indexOf(lower);
  const b = last ? bytes.lastIndexOf(upper) : bytes.indexOf(upper);
  return a < 0 ? b : b < 0 ? a : last ? Math.max(a, b) : Math.min(a, b);
}

// The same edit as PageSet.Write: a comment after <body …> and " (copy n)" before the last </p>.
const pages = fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html')).sort().map((file) => {
  const bytes = fs.readFileSync(path.join(htmlDir, file));
  const body = indexOfIgnoreCase(bytes, '<body', false);
  const close = body < 0 ? -1 : bytes.indexOf('>', body);
  const bodyStart = close < 0 ? 0 : close + 1;
  let paragraphEnd = indexOfIgnoreCase(bytes, '</p>', true);
  if (paragraphEnd < 0 || paragraphEnd < bodyStart) paragraphEnd = bytes.length;
  return { file, bytes, bodyStart, paragraphEnd };
});

const documents = Number(documentsArg);
const virtualConsole = new VirtualConsole();
let totalBytes = 0;
let failures = 0;
const cpuStarted = process.cpuUsage();
const started = process.hrtime.bigint();
for (let index = 0; index < documents; index++) {
  const page = pages[index % pages.length];
  const copy = Math.floor(index / pages.length);
  const html = Buffer.concat([
    page.bytes.subarray(0, page.bodyStart),
    Buffer.from(`<!-- copy ${copy} -->`),
    page.bytes.subarray(page.bodyStart, page.paragraphEnd),
    Buffer.from(` (copy ${copy})`),
    page.bytes.subarray(page.paragraphEnd),
  ]);
  totalBytes += html.length;
  try {
    const dom = new JSDOM(html.toString('utf8'), { url: 'https://example.org/' + page.file, virtualConsole });
    new Readability(dom.window.document).parse();
    dom.window.close();
  } catch {
    failures++;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ documents, seconds, cpuSeconds, bytes: totalBytes, maxRssBytes, failures }) + '\n');
