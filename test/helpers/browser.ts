/** Headless Debian Chromium driven by playwright-core, against the built site on loopback. */
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { requireDist } from './site';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium';

export interface BrowserSession { server: StaticServer; browser: Browser; context: BrowserContext; page: Page; close(): Promise<void> }

/** Starts the server and a browser; every request that leaves the loopback server is refused and recorded. */
export async function openSite(options: { permissions?: string[] } = {}): Promise<BrowserSession & { external: string[] }> {
  const server = await serveDir(requireDist());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS }); // Playwright gives each launch a fresh temporary profile
  const context = await browser.newContext({ locale: 'vi-VN', permissions: options.permissions ?? [], baseURL: server.url });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  return {
    server, browser, context, page, external,
    close: async () => { await browser.close(); await server.close(); },
  };
}

/**
 * One browser session for a test file: opened before its tests, closed after them, and the file
 * fails if any page asked for something outside the site (no third-party requests).
 */
export function useSite(): { readonly page: Page } {
  let session: (BrowserSession & { external: string[] }) | undefined;
  beforeAll(async () => {
    session = await openSite();
  });
  afterAll(async () => {
    expect(session?.external, 'trang không được gọi ra ngoài').toEqual([]);
    await session?.close();
  });
  return {
    get page() {
      return session!.page;
    },
  };
}
