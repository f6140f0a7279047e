import { launchDevShell } from './harness';
const shell = await launchDevShell();
await shell.page.getByTestId('setup-state').waitFor();
console.log(await shell.page.getByTestId('setup-state').textContent());
console.log(shell.calls, shell.foreignRequests, shell.pageErrors);
const info = await shell.page.evaluate(() => ({
  font: getComputedStyle(document.body).fontFamily,
  styles: [...document.querySelectorAll('style')].map(s => ({ attrs: [...s.attributes].map(a => a.name + '=' + a.value.slice(0,20)), nonce: (s as HTMLStyleElement).nonce, rules: s.sheet?.cssRules.length, text: s.textContent?.slice(0, 200) })),
  v: getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-scheme'),
  scheme: document.documentElement.getAttribute('data-mantine-color-scheme'),
}));
console.log(JSON.stringify(info, null, 1)); 
console.log(await shell.screenshot('smoke'));
await shell.close();
