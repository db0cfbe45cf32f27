// Drives headless Chromium over the DevTools protocol (through --remote-debugging-pipe, so no
// port and no extra package): opens the phone page at 360×740, joins with a name, taps a value
// on each scale, waits until the page says the vote is saved, and saves a screenshot.
// Usage: node workshop_phone.js CHROMIUM URL NAME F I S SCREENSHOT
"use strict";
const { launch, sleep, run, ASKED } = require("./cdp");
const fs = require("fs");
const [chromium, url, name, f, i, s, shot] = process.argv.slice(2);
const browser = launch(chromium), send = browser.send;
async function main() {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const on = (m, p) => send(m, p, sessionId);
  await on("Emulation.setDeviceMetricsOverride", { width: 360, height: 740, deviceScaleFactor: 1, mobile: true });
  await on("Page.enable");
  await on("Page.navigate", { url });
  const js = async expr => (await on("Runtime.evaluate", { expression: expr, returnByValue: true, awaitPromise: true })).result.value;
  const until = async (expr, what) => {
    // Generous: a loaded 2-core machine starts Chromium slowly.
    for (const end = Date.now() + 30000; Date.now() < end;) { if (await js(expr)) return; await sleep(100); }
    throw new Error("never: " + what + "; the page says: " + await js("document.body.innerText") + "; it asked: " + await js(ASKED));
  };
  await until("document.readyState === 'complete' && !!document.getElementById('name')", "the page loads");
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
