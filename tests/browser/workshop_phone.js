// Drives headless Chromium over the DevTools protocol (through --remote-debugging-pipe, so no
// port and no extra package): opens the phone page at 360×740, joins with a name, taps a value
// on each scale, waits until the page says the vote is saved, and saves a screenshot.
// Usage: node workshop_phone.js CHROMIUM URL NAME F I S SCREENSHOT
"use strict";
const { launch, run, openPhone } = require("./cdp");
const fs = require("fs");
const [chromium, url, name, f, i, s, shot] = process.argv.slice(2);
const browser = launch(chromium), send = browser.send;
async function main() {
  // Generous: a loaded 2-core machine starts Chromium slowly.
  const { on, js, until: wait } = await openPhone(send, url, "the phone", false);
  const until = (expr, what) => wait(expr, what, 30000);
  await js(`document.getElementById('name').value = ${JSON.stringify(name)}; document.getElementById('joinButton').click(); true`);
  await until("!document.getElementById('voteView').hidden && document.querySelectorAll('.value:not([disabled])').length === 15", "the vote view");
  for (const [scale, value] of [["frequency", f], ["impact", i], ["satisfaction", s]]) {
    await until("!document.getElementById('status').textContent.startsWith('Sav')", "idle");
    await js(`document.querySelector('.value[data-scale=${scale}][data-value="${value}"]').click(); true`);
    await until(`document.querySelector('.value[data-scale=${scale}][data-value="${value}"]').getAttribute('aria-pressed') === 'true'`, scale + " pressed");
  }
  await until("document.getElementById('status').classList.contains('ok')", "the saved notice");
  const { data } = await on("Page.captureScreenshot", { format: "png" });
  fs.writeFileSync(shot, Buffer.from(data, "base64"));
  console.log(await js("document.getElementById('status').textContent"));
}
run(browser, main, 120000);
