// Headless Chromium over the DevTools protocol through --remote-debugging-pipe (no port, no
// extra package), for the phone page's browser tests.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");

// Starts Chromium; `send(method, params, sessionId)` resolves with the result, `kill()` ends it.
function launch(chromium) {
  const browser = spawn(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
    "--remote-debugging-pipe", "--window-size=360,740", "--user-data-dir=" + fs.mkdtempSync("/tmp/tpaudit-chromium-"),
    "about:blank",
  ], { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] });
  const toBrowser = browser.stdio[3], fromBrowser = browser.stdio[4];
  let next = 1, buffer = "";
  const waiting = new Map();
  fromBrowser.on("data", chunk => {
    buffer += chunk.toString("utf8");
    let at;
    while ((at = buffer.indexOf("\0")) >= 0) {
      const msg = JSON.parse(buffer.slice(0, at));
      buffer = buffer.slice(at + 1);
      if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg); waiting.delete(msg.id); }
    }
  });
  function send(method, params, sessionId) {
    const id = next++;
    const msg = { id, method, params: params || {} };
    if (sessionId) msg.sessionId = sessionId;
    toBrowser.write(JSON.stringify(msg) + "\0");
    return new Promise((resolve, reject) => waiting.set(id, m => m.error ? reject(new Error(method + ": " + JSON.stringify(m.error))) : resolve(m.result)));
  }
  return { send, kill: () => browser.kill("SIGKILL") };
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

// What the page asked the laptop and the status of each answer, for a failure's message.
const ASKED = "performance.getEntriesByType('resource').map(e => e.name.split('/').pop().split('?')[0] + ' ' + e.responseStatus).join(', ')";

// Opens the page at `url` in a new tab at 360×740 (a browser context of its own when `context`:
// its own storage, as another phone has): `on` sends to the tab, `js` evaluates there, `until`
// waits for an expression to hold (`ms`, 20 s by default) and fails with what the page says.
async function openPhone(send, url, label, context) {
  const target = { url: "about:blank" };
  if (context) target.browserContextId = (await send("Target.createBrowserContext")).browserContextId;
  const { targetId } = await send("Target.createTarget", target);
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const on = (m, p) => send(m, p, sessionId);
  await on("Emulation.setDeviceMetricsOverride", { width: 360, height: 740, deviceScaleFactor: 1, mobile: true });
  await on("Page.enable");
  await on("Network.enable");
  await on("Page.navigate", { url });
  const js = async expr => (await on("Runtime.evaluate", { expression: expr, returnByValue: true, awaitPromise: true })).result.value;
  const until = async (expr, what, ms) => {
    for (const end = Date.now() + (ms || 20000); Date.now() < end;) { if (await js(expr)) return; await sleep(100); }
    throw new Error(label + " never: " + what + "; the page says: " + await js("document.body.innerText") + "; it asked: " + await js(ASKED));
  };
  await until("document.readyState === 'complete' && !!document.getElementById('name')", "the page loads");
  return { on, js, until };
}

// Runs `main` with a time limit; the process exits 0 when it succeeded, 1 when it failed.
function run(browser, main, limitMs) {
  const timer = setTimeout(() => { console.error("timed out"); browser.kill(); process.exit(2); }, limitMs);
  main().then(() => { clearTimeout(timer); browser.kill(); process.exit(0); })
    .catch(e => { console.error(e.message); clearTimeout(timer); browser.kill(); process.exit(1); });
}

module.exports = { launch, sleep, run, openPhone };
