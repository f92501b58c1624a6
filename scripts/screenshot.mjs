// Full-page screenshot of a rendered page in headless Chromium:
//   node scripts/screenshot.mjs page.html out.png [--print] [--width=1000] [--dark]
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'url';
import { resolve } from 'path';

const [page, out, ...flags] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node scripts/screenshot.mjs page.html out.png [--print] [--width=N]');
  process.exit(2);
}
const width = Number(flags.find((f) => f.startsWith('--width='))?.slice(8) ?? 1000);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const tab = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  if (flags.includes('--print')) await tab.emulateMedia({ media: 'print' });
  await tab.goto(pathToFileURL(resolve(page)).href);
  await tab.screenshot({ path: out, fullPage: true, type: out.endsWith('.jpg') ? 'jpeg' : 'png' });
} finally {
  await browser.close();
}
