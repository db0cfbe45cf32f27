// A room of phones in headless Chromium (over the DevTools protocol through
// --remote-debugging-pipe: no port, no extra package), each phone a browser context of its own
// at 360×740. The facilitator's side (keys on the projector, kill -9 and a restart) is done by
// the test that runs this script: at each such step the script prints "STEP name" and waits
// for a line on its standard input.
// Usage: node workshop_room.js CHROMIUM URL ROOM_TITLE
"use strict";
const { launch, sleep, run, openPhone } = require("./cdp");
const readline = require("readline");
const [chromium, url, roomTitle] = process.argv.slice(2);
const browser = launch(chromium), send = browser.send;
const lines = readline.createInterface({ input: process.stdin });
const answers = [];
let answered = null;
lines.on("line", l => { answers.push(l); if (answered) { answered(); answered = null; } });
// Asks the test to do a step on the laptop and waits until it says it is done.
async function step(name) {
  console.log("STEP " + name);
  while (!answers.length) await new Promise(r => { answered = r; });
  const said = answers.shift();
  if (said !== "ok") throw new Error("the test could not " + name + ": " + said);
}

async function phone(label) {
  const { on, js, until } = await openPhone(send, url, label, true);
  await js("performance.setResourceTimingBufferSize(100000); true");
  const status = () => js("document.getElementById('status').textContent");
  const p = { label, on, js, until, status };
  p.join = async name => {
    await js(`document.getElementById('name').value = ${JSON.stringify(name)}; document.getElementById('joinButton').click(); true`);
  };
  p.voting = () => until("!document.getElementById('voteView').hidden && document.querySelectorAll('.value:not([disabled])').length === 15", "the scales open");
  p.tap = (scale, value) => js(`document.querySelector('.value[data-scale=${scale}][data-value="${value}"]').click(); true`);
  p.pressed = () => js("[...document.querySelectorAll('.value[aria-pressed=true]')].map(b => b.dataset.scale + '=' + b.dataset.value).join(' ')");
  p.saidIs = (text, ms) => until(`document.getElementById('status').textContent === ${JSON.stringify(text)}`, "the status " + JSON.stringify(text), ms);
  p.touchpoint = () => js("document.getElementById('tpName').textContent");
  p.polls = () => js("performance.getEntriesByType('resource').filter(e => e.name.includes('/state?')).length");
  return p;
}

function check(ok, what) { if (!ok) throw new Error(what); }

async function main() {
  const anna = await phone("Anna's phone"), other = await phone("the other phone");
  let boris = await phone("Boris's phone");
  // The join screen names the audit.
  check((await anna.js("document.getElementById('joinView').innerText")).includes(roomTitle), "the audit's title on the join screen");
  await anna.join("Anna"); await boris.join("Boris");
  await anna.voting(); await boris.voting();
  // One screen per touchpoint: every scale reachable without a swipe, nothing wider than 360.
  const fits = await anna.js("window.scrollY === 0 && [...document.querySelectorAll('.value')].every(b => b.getBoundingClientRect().bottom <= innerHeight) && document.documentElement.scrollWidth <= 360");
  check(fits, "the scales fit one 360×740 screen");
  // A second phone asking for Anna's name is told what to do and gets no vote of hers.
  await other.join("ANNA");
  await other.until("document.getElementById('status').textContent.startsWith('Someone has already joined as “ANNA”')", "the name clash explained");
  check(!(await other.js("document.getElementById('joinView').hidden")), "the other phone stays on the join screen");
  // Boris on a new phone: refused until the facilitator lets him in; then the new phone is
  // Boris, and the old one is told it no longer is.
  await other.join("Boris");
  await other.until("document.getElementById('status').textContent.startsWith('Someone has already joined as “Boris”')", "Boris's clash explained");
  await step("let in");
  await other.join("Boris");
  await other.voting();
  await boris.until("!document.getElementById('joinView').hidden && document.getElementById('status').textContent.startsWith('This phone is no longer joined')", "the old phone let go");
  boris = other;
  // A forty-letter name wraps inside the screen.
  const long = await phone("a phone with a long name");
  await long.join("Bartholomew".repeat(2) + "AlexandrovichSmith");
  await long.voting();
  check(await long.js("document.documentElement.scrollWidth <= 360"), "a long name wraps");

  // Partial votes say what is saved; three taps in a row all count.
  await anna.tap("frequency", 4);
  await anna.saidIs("Frequency saved; impact and satisfaction to go");
  await anna.tap("impact", 5); await anna.tap("satisfaction", 2);
  await anna.saidIs("✓ Your vote is saved");
  await boris.tap("frequency", 3); await boris.tap("impact", 3); await boris.tap("satisfaction", 3);
  await boris.saidIs("✓ Your vote is saved");
  check((await anna.pressed()) === "frequency=4 impact=5 satisfaction=2", "Anna's taps: " + await anna.pressed());

  await step("reveal");
  await anna.until("document.getElementById('status').textContent.startsWith('Votes are revealed')", "the reveal");
  const first = await anna.touchpoint();
  await step("next");
  await anna.until(`document.getElementById('tpName').textContent !== ${JSON.stringify(first)}`, "the next touchpoint");
  await anna.voting(); await boris.voting();

  await step("restart");
  // The same phones go on without joining again: no join screen, the scales open.
  await anna.voting(); await boris.voting();
  check(await anna.js("document.getElementById('joinView').hidden"), "Anna stays joined");
  // A throttled network: 400 ms each way, three taps 250 ms apart; none is lost.
  await anna.on("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: 40000, uploadThroughput: 40000 });
  for (const [scale, value] of [["frequency", 1], ["impact", 2], ["satisfaction", 3]]) { await anna.tap(scale, value); await sleep(250); }
  await anna.saidIs("✓ Your vote is saved", 30000);
  check((await anna.pressed()) === "frequency=1 impact=2 satisfaction=3", "throttled taps: " + await anna.pressed());
  await anna.on("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await boris.tap("frequency", 2); await boris.tap("impact", 2); await boris.tap("satisfaction", 2);
  await boris.saidIs("✓ Your vote is saved");

  await step("end");
  const thanks = "The workshop has ended. Thank you!";
  await anna.saidIs(thanks); await boris.saidIs(thanks);
  const polls = await anna.polls();
  await step("stop");
  await sleep(3000);
  check((await anna.status()) === thanks, "the thank-you stays: " + await anna.status());
  check((await anna.polls()) === polls, "polling stopped at the end");
  check(await anna.js("document.querySelectorAll('.value:not([disabled])').length === 0"), "the scales are closed");
  console.log("DONE");
}
run(browser, main, 150000);
