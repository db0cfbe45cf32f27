// Self-paced mode on one phone in headless Chromium at 360×740: the participant scores every
// touchpoint with Next, then the page says all are done. Midway the test reveals on the
// projector (printing "STEP reveal" and waiting for "ok"): the phone is not locked by it.
// Usage: node workshop_self_paced.js CHROMIUM URL NAME TOUCHPOINTS
"use strict";
const { launch, sleep, run, openPhone } = require("./cdp");
const readline = require("readline");
const [chromium, url, name, count] = process.argv.slice(2);
const browser = launch(chromium), send = browser.send;
const lines = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]();
async function step(what) {
  console.log("STEP " + what);
  const { value } = await lines.next();
  if (value !== "ok") throw new Error("the test could not " + what + ": " + value);
}
async function main() {
  const { js, until } = await openPhone(send, url, "the phone", false);
  await js(`document.getElementById('name').value = ${JSON.stringify(name)}; document.getElementById('joinButton').click(); true`);
  const open = "!document.getElementById('voteView').hidden && document.querySelectorAll('.value:not([disabled])').length === 15";
  for (let i = 0; i < Number(count); i++) {
    await until(open, "the scales open on touchpoint " + (i + 1));
    if (i === 1) {
      await step("reveal");
      await sleep(2000);
      await until(open, "the scales still open after a reveal on the projector");
    }
    for (const scale of ["frequency", "impact", "satisfaction"]) {
      await js(`document.querySelector('.value[data-scale=${scale}][data-value="3"]').click(); true`);
    }
    await until("document.getElementById('status').classList.contains('ok')", "touchpoint " + (i + 1) + " saved");
    if (i + 1 < Number(count)) {
      const at = await js("document.getElementById('tpName').textContent");
      await js("document.getElementById('next').click(); true");
      await until(`document.getElementById('tpName').textContent !== ${JSON.stringify(at)}`, "the next touchpoint");
    }
  }
  await until("document.getElementById('status').textContent === '✓ You have scored every touchpoint. Thank you!'", "all done");
  console.log("DONE");
}
run(browser, main, 120000);
