// Screenshot of a built page (for looking at the design): npx tsx scripts/screenshot.ts DIST /path/ out.png [width height scheme]
import { chromium } from 'playwright-core';
import { serveDir } from '../test/helpers/server';
const [dist, path, out, w, h, scheme] = process.argv.slice(2);
const server = await serveDir(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(w ?? 1280), height: Number(h ?? 900) }, colorScheme: (scheme as any) ?? 'light' });
await page.goto(server.url + path);
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: false });
await browser.close(); await server.close();
