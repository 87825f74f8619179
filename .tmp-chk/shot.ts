import { openSite } from '../test/helpers/browser';
const s = await openSite();
const p = s.page;
await p.setViewportSize({ width: 390, height: 844 });
const urls = process.argv.slice(2);
let i = 0;
for (const u of urls) {
  await p.goto('about:blank'); await p.goto(u);
  await p.waitForSelector('form.step, [data-verdict]');
  await p.screenshot({ path: `/tmp/chk/shot${i}.png` });
  const first = await p.locator('form.step input[type=radio]').first().boundingBox().catch(() => null);
  const btn = await p.locator('form.step button.primary').boundingBox().catch(() => null);
  console.log(u, 'first', JSON.stringify(first), 'btn', JSON.stringify(btn));
  i++;
}
await s.close();
