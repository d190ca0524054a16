// check_report.mjs CASE REPORT.html WORKDIR OUTDIR — the browser half of
// report_browser_test.sh, for the homework report (report.html) or a session
// summary (session.html, …). Exits 1 with every problem listed.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const [mode, report, work] = process.argv.slice(2);
const html = readFileSync(report, 'utf8');

async function validate() {
  const { HtmlValidate } = require('html-validate');
  const hv = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const res = await hv.validateString(html, report);
  if (!res.valid) {
    for (const r of res.results)
      for (const m of r.messages)
        console.error(`${report}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
    process.exit(1);
  }
  console.log('html-validate: no problems');
}

async function browser(fn) {
  const puppeteer = require('puppeteer-core');
  const b = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await b.newPage();
    // Nothing may be fetched: the report is self-contained.
    const fetched = [];
    page.on('request', (r) => { if (!r.url().startsWith('file://') && !r.url().startsWith('data:')) fetched.push(r.url()); });
    await page.goto('file://' + path.resolve(report), { waitUntil: 'load' });
    if (fetched.length) {
      console.error('The report fetched: ' + fetched.join(', '));
      process.exit(1);
    }
    await fn(page);
  } finally {
    await b.close();
  }
}

async function axe() {
  await browser(async (page) => {
    await page.addScriptTag({ path: require.resolve('axe-core') });
    // Every rule axe runs by default (WCAG 2.x A and AA, best practices).
    const res = await page.evaluate(async () => await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    if (res.violations.length) {
      for (const v of res.violations) {
        console.error(`${v.id}: ${v.help} (${v.impact})`);
        for (const n of v.nodes) console.error('   ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\n/g, ' '));
      }
      process.exit(1);
    }
    console.log(`axe-core ${res.testEngine.version}: ${res.passes.length} rules passed, no violations`);
  });
}

// WORKDIR/a4.pdf and letter.pdf for report.html; NAME-a4.pdf … for NAME.html.
async function print() {
  const name = path.basename(report, '.html');
  const prefix = name === 'report' ? '' : name + '-';
  await browser(async (page) => {
    await page.emulateMediaType('print');
    for (const format of ['A4', 'Letter'])
      await page.pdf({ path: path.join(work, prefix + format.toLowerCase() + '.pdf'), format, printBackground: false });
  });
}

const run = { 'html-validate': validate, axe, 'print-pages': print }[mode];
if (!run) { console.error('unknown case ' + mode); process.exit(2); }
await run();
