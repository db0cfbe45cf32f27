//! The phone page: one self-contained HTML page (inline CSS and JavaScript, nothing fetched
//! from elsewhere), in the audit's language. It joins with a name, shows the live touchpoint
//! (stage, name, description, guiding questions) and the three scales as big labelled buttons
//! with the meaning of each value, polls `state` to follow the live touchpoint, says when a
//! vote is saved, when votes are revealed, when the workshop ended and when the laptop cannot
//! be reached. In self-paced mode the participant walks the whole checklist.

use serde_json::{Map, Value, json};

use crate::i18n::common::{scale_meaning, scale_name, scale_question};
use crate::i18n::workshop::phone;
use crate::model::{Lang, Scale};

use super::api::scale_key;

/// The page for a workshop in `lang`.
pub fn html(lang: Lang, room: &str) -> String {
    let words: Map<String, Value> = phone(lang)
        .iter()
        .map(|(k, v)| ((*k).to_string(), Value::from(*v)))
        .collect();
    let scales: Vec<Value> = Scale::ALL
        .into_iter()
        .map(|s| {
            json!({
                "key": scale_key(s),
                "name": scale_name(lang, s),
                "question": scale_question(lang, s),
                "meanings": (1..=5).map(|v| scale_meaning(lang, s, v)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let data = json!({ "words": words, "scales": scales, "room": room });
    // Inside a script element, "</" could end it early.
    let data = data.to_string().replace("</", "<\\/");
    let title = phone(lang)
        .iter()
        .find(|(k, _)| *k == "title")
        .map_or("tpaudit", |(_, v)| v);
    PAGE.replace("{{LANG}}", lang.code())
        .replace("{{TITLE}}", title)
        .replace("{{DATA}}", &data)
}

const PAGE: &str = r#"<!doctype html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}}</title>
<style>
*{box-sizing:border-box}
body{margin:0;font:17px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f4f0;color:#1b1b1b}
main{max-width:34rem;margin:0 auto;padding:0 14px 40px}
h1{font-size:1.35rem;margin:.6rem 0 .4rem}
.stage{color:#555;font-size:.95rem;margin-top:.3rem}
.desc{margin:.3rem 0 .6rem}
.questions{margin:.2rem 0 .8rem;padding-left:1.2rem;color:#333}
label.name{display:block;font-weight:600;margin:1rem 0 .4rem}
input[type=text]{width:100%;font-size:1.2rem;padding:14px;border:2px solid #888;border-radius:10px}
button{font:inherit;cursor:pointer;border-radius:12px}
.primary{width:100%;min-height:56px;margin-top:12px;font-size:1.2rem;font-weight:600;background:#1f5fbf;color:#fff;border:0}
fieldset{border:0;margin:1rem 0 0;padding:0}
legend{font-weight:700;font-size:1.1rem;padding:0}
.q{color:#555;font-size:.92rem;margin:.1rem 0 .5rem}
.values{display:grid;gap:8px}
.value{display:flex;align-items:center;gap:12px;width:100%;min-height:56px;padding:8px 12px;text-align:left;background:#fff;border:2px solid #bbb;color:#1b1b1b}
.value b{font-size:1.5rem;min-width:1.4rem;text-align:center}
.value[aria-pressed=true]{background:#1f5fbf;border-color:#1f5fbf;color:#fff}
.value:disabled{opacity:.55}
.status{position:sticky;top:0;z-index:2;margin:0 -14px 8px;padding:10px 14px;font-weight:600;background:#e8e8e2}
.status.ok{background:#d9f2dc;color:#124d1b}
.status.warn{background:#fff1c7;color:#5a4300}
.status.bad{background:#fbd9d6;color:#7a1010}
.count{color:#444;margin:.2rem 0}
nav{display:flex;gap:8px;margin-top:1rem}
nav button{flex:1;min-height:52px;background:#fff;border:2px solid #888}
select{width:100%;font-size:1rem;padding:10px;margin-top:.6rem;border-radius:10px}
.who{color:#555;font-size:.9rem;margin-top:1.5rem}
.link{background:none;border:0;color:#1f5fbf;text-decoration:underline;padding:0}
[hidden]{display:none!important}
</style>
</head>
<body>
<main>
<div id="status" class="status" role="status" aria-live="polite" hidden></div>
<section id="joinView">
<h1 id="joinTitle"></h1>
<form id="joinForm">
<label class="name" for="name" id="nameLabel"></label>
<input type="text" id="name" name="name" autocomplete="name" maxlength="40" required>
<button class="primary" type="submit" id="joinButton"></button>
</form>
</section>
<section id="voteView" hidden>
<div class="stage" id="stage"></div>
<h1 id="tpName"></h1>
<p class="desc" id="desc"></p>
<div id="qBox"><div class="q" id="qTitle"></div><ul class="questions" id="questions"></ul></div>
<p class="count" id="count"></p>
<div id="scales"></div>
<div id="selfPaced" hidden>
<nav><button type="button" id="prev"></button><button type="button" id="next"></button></nav>
<label class="q" for="checklist" id="checklistLabel"></label>
<select id="checklist"></select>
</div>
<p class="who"><span id="me"></span> · <button type="button" class="link" id="rejoin"></button></p>
</section>
</main>
<script>
"use strict";
const D = {{DATA}};
const T = D.words;
const base = location.pathname.endsWith("/") ? location.pathname : location.pathname + "/";
const store = "tpaudit:" + base;
let me = null, state = null, current = null, busy = false, timer = null;
const $ = id => document.getElementById(id);
function fill(id, text) { $(id).textContent = text; }
function say(text, kind) {
  const s = $("status");
  s.hidden = !text; s.textContent = text || ""; s.className = "status " + (kind || "");
}
function saved() {
  try { return JSON.parse(localStorage.getItem(store)); } catch (e) { return null; }
}
async function call(path, body) {
  const opts = body === undefined ? {cache: "no-store"}
    : {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)};
  const r = await fetch(base + path, opts);
  let json = null;
  try { json = await r.json(); } catch (e) { json = null; }
  return {status: r.status, json};
}
function build() {
  document.title = T.title;
  fill("joinTitle", T.title); fill("nameLabel", T.yourName); fill("joinButton", T.join);
  fill("qTitle", T.questions); fill("prev", T.prev); fill("next", T.next);
  fill("checklistLabel", T.checklist); fill("rejoin", T.rejoin);
  const box = $("scales");
  for (const s of D.scales) {
    const f = document.createElement("fieldset");
    const l = document.createElement("legend"); l.textContent = s.name; f.appendChild(l);
    const q = document.createElement("div"); q.className = "q"; q.textContent = s.question; f.appendChild(q);
    const v = document.createElement("div"); v.className = "values";
    s.meanings.forEach((m, i) => {
      const b = document.createElement("button");
      b.type = "button"; b.className = "value"; b.dataset.scale = s.key; b.dataset.value = i + 1;
      b.setAttribute("aria-pressed", "false");
      b.setAttribute("aria-label", s.name + ": " + (i + 1) + " — " + m);
      const n = document.createElement("b"); n.textContent = i + 1;
      const t = document.createElement("span"); t.textContent = m;
      b.append(n, t); b.addEventListener("click", () => vote(s.key, i + 1)); v.appendChild(b);
    });
    f.appendChild(v); box.appendChild(f);
  }
  $("joinForm").addEventListener("submit", join);
  $("rejoin").addEventListener("click", () => { localStorage.removeItem(store); me = null; show(); });
  $("prev").addEventListener("click", () => step(-1));
  $("next").addEventListener("click", () => step(1));
  $("checklist").addEventListener("change", e => { current = e.target.value; poll(); });
}
function show() {
  $("joinView").hidden = !!me; $("voteView").hidden = !me;
  if (!me) { say(""); $("name").focus(); }
}
async function join(e) {
  e.preventDefault();
  const name = $("name").value.trim();
  if (!name) { say(T.nameNeeded, "warn"); return; }
  fill("joinButton", T.joining);
  try {
    const r = await call("join", {name});
    if (r.status === 200 && r.json) {
      me = {id: r.json.participant, name};
      localStorage.setItem(store, JSON.stringify(me));
      show(); poll();
    } else { say(T.error + " " + ((r.json && r.json.error) || r.status), "bad"); }
  } catch (err) { say(T.unreachable, "bad"); }
  fill("joinButton", T.join);
}
function complete(mine) { return D.scales.every(s => mine[s.key] !== null && mine[s.key] !== undefined); }
function render(s) {
  const tp = s.touchpoint, changed = !state || state.touchpoint.id !== tp.id;
  state = s;
  if (s.mode === "self_paced") current = tp.id;
  fill("stage", T.stage + ": " + tp.stage); fill("tpName", tp.name); fill("desc", tp.description);
  $("desc").hidden = !tp.description;
  const qs = $("questions"); qs.replaceChildren();
  for (const q of tp.questions) { const li = document.createElement("li"); li.textContent = q; qs.appendChild(li); }
  $("qBox").hidden = tp.questions.length === 0;
  fill("count", T.scoredOf.replace("{v}", s.voted).replace("{n}", s.joined));
  const open = s.phase === "voting";
  for (const b of document.querySelectorAll(".value")) {
    b.disabled = !open;
    b.setAttribute("aria-pressed", String(s.mine[b.dataset.scale] === Number(b.dataset.value)));
  }
  if (s.phase === "closed") say(T.ended, "warn");
  else if (s.phase === "revealed") say(T.revealed, "warn");
  else if (complete(s.mine)) say(T.saved, "ok");
  else say(T.notSaved, "");
  fill("me", me.name);
  const self = s.mode === "self_paced" && Array.isArray(s.checklist);
  $("selfPaced").hidden = !self;
  if (self) {
    const sel = $("checklist"); sel.replaceChildren();
    for (const t of s.checklist) {
      const o = document.createElement("option"); o.value = t.id;
      o.textContent = (t.done ? "✓ " : "") + t.stage + " · " + t.name + (t.done ? " (" + T.done + ")" : "");
      o.selected = t.id === tp.id; sel.appendChild(o);
    }
  }
  if (changed) window.scrollTo(0, 0);
}
function step(by) {
  if (!state || !state.checklist) return;
  const ids = state.checklist.map(t => t.id), at = ids.indexOf(state.touchpoint.id);
  const to = Math.max(0, Math.min(ids.length - 1, at + by));
  current = ids[to]; poll();
}
async function poll() {
  clearTimeout(timer);
  if (!me) return;
  if (!busy) {
    try {
      let path = "state?participant=" + encodeURIComponent(me.id);
      if (current && state && state.mode === "self_paced") path += "&touchpoint=" + encodeURIComponent(current);
      const r = await call(path);
      if (r.status === 200 && r.json) render(r.json);
      else if (r.status === 404) { localStorage.removeItem(store); me = null; state = null; show(); return; }
      else say(T.error + " " + r.status, "bad");
    } catch (err) { say(T.unreachable, "bad"); }
  }
  timer = setTimeout(poll, state && state.phase === "closed" ? 5000 : 1500);
}
async function vote(key, value) {
  if (!state || busy) return;
  busy = true; say(T.saving, "");
  const body = {participant: me.id, touchpoint: state.touchpoint.id};
  body[key] = state.mine[key] === value ? null : value;
  try {
    const r = await call("vote", body);
    busy = false;
    if (r.status !== 200) say(T.error + " " + ((r.json && r.json.error) || r.status), "bad");
  } catch (err) { busy = false; say(T.unreachable, "bad"); }
  poll();
}
build();
me = saved();
show();
poll();
</script>
</body>
</html>
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_self_contained_and_in_the_audits_language() {
        for lang in [Lang::En, Lang::Ru] {
            let page = html(lang, "Shop audit");
            assert!(page.contains(&format!("<html lang=\"{}\">", lang.code())));
            assert!(!page.contains("{{"), "every placeholder is filled");
            for external in ["src=", "href=", "@import", "url("] {
                assert!(
                    !page.contains(external),
                    "nothing fetched from elsewhere: {external}"
                );
            }
            assert!(page.contains(scale_meaning(lang, Scale::Satisfaction, 5)));
        }
        assert!(html(Lang::Ru, "Аудит").contains("Ваше имя"));
    }
}
