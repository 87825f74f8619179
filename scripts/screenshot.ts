/**
 * Screenshot of a built page (for looking at the design):
 *   npx tsx scripts/screenshot.ts --dist dist --path /van-ban/ --out out.png [--width 1280] [--height 900] [--scheme light|dark]
 */
import { chromium } from 'playwright-core';
import { serveDir } from './lib/static-server';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium';
import { readFlags } from './lib/args';

const USAGE = 'npx tsx scripts/screenshot.ts --dist dist --path /van-ban/ --out out.png [--width 1280] [--height 900] [--scheme light|dark]';
const { values: flags } = readFlags(
  {
    dist: { type: 'string', default: 'dist' },
    path: { type: 'string', default: '/' },
    out: { type: 'string' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    scheme: { type: 'string', default: 'light' },
  },
  USAGE,
);
const width = Number(flags.width);
const height = Number(flags.height);
const problem = !flags.out ? 'thiếu --out (tệp ảnh PNG)'
  : !(width > 0 && height > 0) ? `--width "${flags.width}" và --height "${flags.height}" phải là số dương`
  : flags.scheme !== 'light' && flags.scheme !== 'dark' ? `--scheme "${flags.scheme}" phải là light hoặc dark`
  : null;
if (problem) {
  console.error(`Lỗi: ${problem}.\nCách dùng: ${USAGE}`);
  process.exit(2);
}

const server = await serveDir(flags.dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width, height }, colorScheme: flags.scheme as 'light' | 'dark' });
await page.goto(server.url + flags.path);
await page.waitForTimeout(500);
await page.screenshot({ path: flags.out!, fullPage: false });
await browser.close();
await server.close();
