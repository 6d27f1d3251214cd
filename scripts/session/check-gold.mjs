// The annotators' format checker (docs/process/README.md): format only, it never runs Parley.
//   node scripts/session/check-gold.mjs FILE
// FILE is a CAMEO gold set (.jsonl, docs/evaluation-cameo.md "The gold file"), a PLOVER proxy (.json) or a NER set
// (.iob2, UNER-style). Prints the set's counts, then every error; exits 1 when there is one.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const ontology = join(dirname(fileURLToPath(import.meta.url)), "../../data/ontology");
const firstColumn = (file) =>
  new Set(readFileSync(join(ontology, file), "utf8").split("\n").slice(1).filter((l) => l.trim()).map((l) => l.split("\t")[0]));
const cameoCodes = firstColumn("cameo.tsv");
const ploverTypes = firstColumn("plover.tsv");

const errors = [];
const error = (where, message) => errors.push(`${where}: ${message}`);
const codeOk = (code) => code === "IGO" || code === "NGO" || /^[A-Z]{3}$/.test(code ?? "");
// Quotes and spacing are compared loosely: a trigger written with straight quotes still matches curly ones.
const loose = (text) => text.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").toLowerCase();

function checkActors(where, actors, { sector, mayBeEmpty }) {
  if (!Array.isArray(actors) || (actors.length === 0 && !mayBeEmpty)) return error(where, "needs a non-empty list of actors");
  for (const a of actors) {
    if (typeof a !== "object" || a === null) { error(where, "an actor is not an object"); continue; }
    if (!a.actorText) error(where, "an actor without actorText");
    if (!codeOk(a.code)) error(where, `bad code ${JSON.stringify(a.code)} (ISO alpha-3, IGO or NGO)`);
    if (sector && !/^[A-Z]{3}$/.test(a.sector ?? "")) error(where, `bad sector ${JSON.stringify(a.sector)}`);
  }
}

function checkCameo(text) {
  const ids = new Set();
  const stories = new Map();
  let sentences = 0, events = 0, doubtful = 0;
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let r;
    try { r = JSON.parse(line); } catch (e) { return error(`line ${i + 1}`, `invalid JSON: ${e.message}`); }
    const where = `line ${i + 1} (${r.id})`;
    for (const k of ["id", "story", "published", "n", "text", "events"]) if (!(k in r)) error(where, `missing ${k}`);
    if (ids.has(r.id)) error(where, "duplicate id");
    ids.add(r.id);
    sentences++;
    if (!/^\d{4}-\d\d-\d\d$/.test(String(r.published ?? ""))) error(where, "published must be yyyy-MM-dd");
    if (!stories.has(r.story)) stories.set(r.story, []);
    stories.get(r.story).push(r);
    if (r.story && !String(r.id ?? "").startsWith(`${r.story}-`)) error(where, "the id must start with the story id");
    if (!Number.isInteger(r.n)) error(where, "n must be an integer");
    for (const e of r.events ?? []) {
      events++;
      if (!cameoCodes.has(e.cameo)) error(where, `cameo ${JSON.stringify(e.cameo)} is not in cameo.tsv`);
      checkActors(`${where} source`, e.source, { sector: true, mayBeEmpty: false });
      checkActors(`${where} target`, e.target, { sector: true, mayBeEmpty: true });
      if (!e.trigger) error(where, "an event without trigger");
      else if (e.trigger.split(/\.\.\.|\u2026/).some((p) => p.trim() && !loose(r.text ?? "").includes(loose(p.trim()))))
        error(where, `trigger ${JSON.stringify(e.trigger)} is not words of the text ("..." may join two pieces)`);
      if (!["asserted", "future", "intent"].includes(e.factuality)) error(where, `bad factuality ${JSON.stringify(e.factuality)}`);
      if (String(e.note ?? "").startsWith("doubtful:")) doubtful++;
    }
  });
  for (const [story, rows] of stories) {
    if (new Set(rows.map((r) => r.published)).size > 1) error(story, "published differs within the story");
    if (rows.some((r, k) => r.n !== k + 1)) error(story, "n must run 1, 2, ... in order");
  }
  console.log(`${stories.size} stories, ${sentences} sentences, ${events} events, ${doubtful} doubtful`);
}

function checkProxy(text) {
  let records;
  try { records = JSON.parse(text); } catch (e) { return error("file", `invalid JSON: ${e.message}`); }
  if (!Array.isArray(records)) return error("file", "must be a JSON list of records");
  const ids = new Set();
  const types = new Map();
  let words = 0;
  for (const r of records) {
    const where = r.id;
    if (ids.has(where)) error(where, "duplicate id");
    ids.add(where);
    if (!ploverTypes.has(r.event)) error(where, `event ${JSON.stringify(r.event)} is not in plover.tsv`);
    types.set(r.event, (types.get(r.event) ?? 0) + 1);
    if (!r.text) error(where, "no text");
    words += String(r.text ?? "").split(/\s+/).filter(Boolean).length;
    checkActors(`${where} source`, r.source, { sector: false, mayBeEmpty: false });
    checkActors(`${where} target`, r.target, { sector: false, mayBeEmpty: false });
  }
  for (const t of ploverTypes) if ((types.get(t) ?? 0) < 5) error("types", `${t} only ${types.get(t) ?? 0} times (at least 5)`);
  const perType = [...types].map(([t, n]) => `${t} ${n}`).join(", ");
  console.log(`${records.length} records, mean ${(words / Math.max(1, records.length)).toFixed(1)} words; ${perType}`);
}

function checkNer(text) {
  const spans = { PER: 0, ORG: 0, LOC: 0 };
  let docs = 0, sentences = 0, tokens = 0, previous = "O", sentenceText = null;
  const endSentence = () => { if (tokens) sentences++; tokens = 0; previous = "O"; };
  text.split("\n").forEach((line, i) => {
    const where = `line ${i + 1}`;
    if (line.startsWith("# newdoc id")) { docs++; return; }
    if (line.startsWith("# text = ")) { sentenceText = line.slice(9); return; }
    if (line.startsWith("#")) return;
    if (!line.trim()) return endSentence();
    const f = line.split("\t");
    if (f.length !== 5) return error(where, "needs 5 tab-separated fields");
    if (Number(f[0]) !== tokens + 1) error(where, "token index out of order");
    const tag = f[2];
    if (tag !== "O" && !/^[BI]-(PER|ORG|LOC)$/.test(tag)) error(where, `bad tag ${tag}`);
    else if (tag.startsWith("I-") && previous.slice(2) !== tag.slice(2)) error(where, `${tag} after ${previous}`);
    if (tag.startsWith("B-")) spans[tag.slice(2)]++;
    if (sentenceText !== null && !sentenceText.includes(f[1])) error(where, `token ${JSON.stringify(f[1])} is not in the # text line`);
    tokens++;
    previous = tag;
  });
  endSentence();
  const total = spans.PER + spans.ORG + spans.LOC;
  console.log(`${docs} docs, ${sentences} sentences, spans PER ${spans.PER}, ORG ${spans.ORG}, LOC ${spans.LOC} (${total})`);
}

const file = process.argv[2];
if (!file) { console.error("usage: node scripts/session/check-gold.mjs FILE (.jsonl, .json or .iob2)"); process.exit(2); }
const text = readFileSync(file, "utf8");
if (file.endsWith(".jsonl")) checkCameo(text);
else if (file.endsWith(".json")) checkProxy(text);
else if (file.endsWith(".iob2")) checkNer(text);
else { console.error(`${file}: not .jsonl (CAMEO), .json (PLOVER proxy) or .iob2 (NER)`); process.exit(2); }
for (const e of errors.slice(0, 60)) console.log(`ERROR ${e}`);
if (errors.length > 60) console.log(`... ${errors.length - 60} more errors`);
console.log(errors.length ? `${errors.length} errors` : "OK");
process.exit(errors.length ? 1 : 0);
