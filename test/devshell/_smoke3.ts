import { launchDevShell } from './harness';
const shell = await launchDevShell();
const resp = await shell.page.goto('https://waymark.invalid/no-such-file');
console.log(resp?.status(), resp?.headers());
const r = await shell.page.evaluate(async () => {
  const ws = await new Promise(res => { try { const w = new WebSocket('wss://example.com/s'); w.onopen = () => res('open'); w.onerror = () => res('error'); } catch (e) { res('threw ' + (e as Error).name); } });
  const f = await fetch('https://example.com').then(() => 'ok', (e) => 'rejected ' + e);
  const img = await new Promise(res => { const i = new Image(); i.onload = () => res('loaded'); i.onerror = () => res('error'); i.src = 'http://10.0.0.1/x.png'; document.body.append(i); });
  return { ws, f, img };
});
await new Promise(r => setTimeout(r, 300));
console.log(r, shell.foreignRequests, shell.pageErrors);
const t = await shell.page.goto('https://waymark.invalid/%2e%2e/%2e%2e/package.json').then(r => r?.status());
const t2 = await shell.page.goto('https://waymark.invalid/../../package.json').then(r => r?.status());
console.log(t, t2);
await shell.close();
