import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
for (const url of ['file:///tmp/s-site10k/sok.html?q=l%C3%A4kemedlet', 'file:///tmp/s-site10k/sok.html?q=nycklarna%20rutin']) {
  const ctx = await b.newContext(); const p = await ctx.newPage();
  const t0 = Date.now();
  await p.goto(url);
  await p.waitForFunction(() => /träff/.test(document.getElementById('sok-status').textContent), null, { timeout: 120000 });
  const first = Date.now() - t0;
  const status = await p.textContent('#sok-status');
  const t1 = await p.evaluate(async () => { const i = document.getElementById('sok-fraga'); const f = document.getElementById('sok-form'); const t = performance.now(); i.value = 'avvikelserna'; f.requestSubmit(); return [performance.now() - t, document.getElementById('sok-status').textContent]; });
  const mem = await p.evaluate(() => performance.memory ? Math.round(performance.memory.usedJSHeapSize / 1e6) : -1);
  console.log(url.split('?')[1], 'first result ms', first, status, '| next search ms', Math.round(t1[0]), t1[1], '| heap MB', mem);
  await ctx.close();
}
await b.close();
