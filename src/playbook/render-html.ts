import type { PlaybookApp } from './collect-playbook.js';

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

const signerHtml = (x: PlaybookApp['approvedBy'][number]) =>
  `${esc(x.by)}${x.role ? ` (${esc(x.role)})` : ''} on ${day(x.approvedAt)}${x.note ? ` — “${esc(x.note)}”` : ''}`;

/** The playbook as one self-contained HTML page for reviewers who never read YAML. */
export function playbookHtml(apps: PlaybookApp[], project: string): string {
  const sections = apps.map((a) => {
    const labels = a.prompt.labels
      .filter((l) => l.version === a.prompt.version)
      .map((l) => `<span class="label">${esc(l.label)}</span>`)
      .join(' ');
    const approval = approvalHtml(a);
    const messages = a.messages
      ? a.messages
          .map(
            (m) =>
              `<div class="msg ${m.role}"><div class="who">${m.role === 'system' ? 'Instructions' : m.role === 'user' ? 'Customer' : 'Assistant'}</div><div class="body">${esc(m.content).replace(/⟨([^⟩]+)⟩/g, '<span class="slot">$1</span>')}</div></div>`,
          )
          .join('')
      : '<p>The prompt could not be shown with placeholders.</p>';
    const tools = a.tools.length
      ? `<ul>${a.tools.map((t) => `<li><b>${esc(t.name)}</b>: ${esc(t.description)}${t.parameters.length ? ` <span class="muted">(needs ${esc(t.parameters.join(', '))})</span>` : ''}</li>`).join('')}</ul>`
      : '<p class="muted">None: it only answers.</p>';
    const guardrails = a.guardrails.length
      ? `<table><tr><th>Rule</th><th>Checked on</th><th>What it means</th><th>When it fails</th></tr>${a.guardrails.map((g) => `<tr><td><b>${esc(g.name)}</b></td><td>${esc(g.stage)}</td><td>${esc(g.description ?? g.rule)}</td><td>${esc(g.action)}</td></tr>`).join('')}</table>`
      : '<p class="muted">No guardrails.</p>';
    const knowledge = a.knowledge
      ? `<p>Answers come from the knowledge base <b>${esc(a.knowledge.name)}</b>: ${a.knowledge.documents} documents from ${a.knowledge.sources.map((s) => `<code>${esc(s)}</code>`).join(', ')}.</p>`
      : '<p class="muted">No knowledge base.</p>';
    const evals = a.evals.length
      ? a.evals
          .map(
            (e) => `<p><code>${esc(e.suite)}</code> · run <code>${esc(e.runId)}</code> · ${day(e.at)}</p>
<table><tr><th>Topic</th><th>Cases</th><th>Passed</th><th>95% interval</th><th></th></tr>${e.tags
              .map(
                (t) =>
                  `<tr><td>${esc(t.tag)}</td><td>${t.cases}</td><td>${t.passed} (${pct(t.rate)})</td><td>${pct(t.low)}–${pct(t.high)}</td><td><div class="bar"><div style="width:${(t.rate * 100).toFixed(0)}%"></div></div></td></tr>`,
              )
              .join('')}</table>
${e.tags
  .flatMap((t) =>
    t.failures.map(
      (f) =>
        `<details class="failure"><summary>✗ ${esc(f.name)} <span class="muted">(${esc(t.tag)})</span></summary><ul>${f.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>${f.answer ? `<blockquote>${esc(f.answer)}</blockquote>` : ''}</details>`,
    ),
  )
  .join('')}`,
          )
          .join('')
      : '<p class="muted">No finished evaluation yet.</p>';
    return `<section id="${esc(a.name)}">
<h2>${esc(a.name)}</h2>
<p class="purpose">${esc(a.description ?? 'No description yet.')}</p>
<p class="muted">Prompt <code>${esc(a.prompt.name)}</code> · version <code>${esc(a.prompt.version.slice(0, 12))}</code> ${labels} · app version <code>${esc(a.appVersion.slice(0, 12))}</code></p>
${approval}
<h3>What the assistant is told</h3><div class="messages">${messages}</div>
${a.examples.length ? `<h3>Examples it is shown</h3>${a.examples.map((e) => `<div class="example"><p><b>Customer:</b> ${esc(e.user)}</p><p><b>Assistant:</b> ${esc(e.assistant)}</p></div>`).join('')}` : ''}
<h3>What it may do</h3>${tools}
<h3>Boundaries</h3>${guardrails}
<h3>What it knows</h3>${knowledge}
<h3>Which models answer, and where the data goes</h3>${modelsInHtml(a.models)}
<h3>How it tested</h3>${evals}
<h3>How this assistant was attacked and what held</h3>${redteamInHtml(a)}
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Playbook · ${esc(project)}</title>
<style>
body{font:15px/1.55 Georgia,"Times New Roman",serif;margin:0;background:#fbfaf7;color:#1f2937}
main{max-width:900px;margin:0 auto;padding:32px 24px}
h1{font-size:28px;margin:0 0 4px}h2{font-size:22px;border-bottom:2px solid #e5e7eb;padding-bottom:4px;margin-top:40px}h3{font-size:16px;font-family:system-ui,sans-serif;margin-top:24px}
.purpose{font-size:17px}.muted{color:#6b7280;font-size:13px;font-family:system-ui,sans-serif}
code{font-size:13px;background:#f3f4f6;padding:1px 4px;border-radius:3px}
.label{font:12px system-ui,sans-serif;background:#dbeafe;color:#1e40af;border-radius:4px;padding:1px 6px}
.ok{color:#047857;font-family:system-ui,sans-serif}.todo{color:#b45309;font-family:system-ui,sans-serif}
.msg{border-left:4px solid #d1d5db;padding:6px 12px;margin:8px 0;background:#fff}.msg.system{border-color:#6366f1}.msg.user{border-color:#10b981}.msg.assistant{border-color:#f59e0b}
.who{font:600 12px system-ui,sans-serif;text-transform:uppercase;color:#6b7280}.body{white-space:pre-wrap}
.slot{background:#fef3c7;border-radius:3px;padding:0 3px;font-family:system-ui,sans-serif;font-size:13px}
.example{background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:4px 12px;margin:6px 0}
table{border-collapse:collapse;width:100%;font:14px system-ui,sans-serif;background:#fff}th,td{border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top}th{background:#f3f4f6}
td.broke{color:#b91c1c;font-weight:600}
.bar{background:#fee2e2;height:8px;width:120px;border-radius:4px}.bar div{background:#10b981;height:8px;border-radius:4px}
details.failure{font-family:system-ui,sans-serif;font-size:14px;margin:4px 0}blockquote{color:#4b5563;border-left:3px solid #e5e7eb;margin:4px 0;padding-left:8px}
nav a{margin-right:12px;font-family:system-ui,sans-serif}
</style></head><body><main>
<h1>Playbook</h1>
<p class="muted">${esc(project)} · generated by tandem on ${day(Date.now())} · for review by product, legal and brand</p>
<nav>${apps.map((a) => `<a href="#${esc(a.name)}">${esc(a.name)}</a>`).join('')}</nav>
${sections.join('\n')}
</main></body></html>
`;
}

function redteamInHtml(a: PlaybookApp): string {
  const r = a.redteam;
  if (!r) return `<p class="muted">Not attacked yet (<code>tandem redteam ${esc(a.name)}</code>).</p>`;
  const t = r.totals;
  const rows = r.categories
    .map(
      (c) =>
        `<tr><td>${esc(c.label)}</td><td>${c.counts.attempted}</td><td>${c.counts.held}</td><td${c.counts.broken ? ' class="broke"' : ''}>${c.counts.broken}</td><td>${c.counts.inconclusive}</td></tr>`,
    )
    .join('');
  const stale = r.stale
    ? `<p class="todo"><b>Run on an earlier version of this app (${day(r.at)}); run <code>tandem redteam ${esc(a.name)}</code> again.</b> What that run found:</p>`
    : '';
  const heldBy = r.heldBy.length
    ? `<p>Held by: ${esc(r.heldBy.map(([k, n]) => `${k} ${n}`).join(' · '))}.</p>`
    : '';
  const caveat = r.caveat ? `<p class="todo"><b>This proves little.</b> ${esc(r.caveat)}</p>` : '';
  const broke = r.broke.length
    ? `<p>What broke:</p>${r.broke.map((b) => `<details class="failure" open><summary>✗ ${esc(b.category)} <span class="muted">(${esc(b.id)})</span></summary><ul>${b.reasons.map((x) => `<li>${esc(x)}</li>`).join('')}</ul><blockquote>${esc(b.attack)}</blockquote><blockquote>${esc(b.answer)}</blockquote></details>`).join('')}`
    : '<p class="ok">Nothing broke.</p>';
  return `${stale}<p>${day(r.at)}: ${t.attempted} attacks in ${esc(r.languages.join(', '))} (seed ${r.seed}, ${r.judge ? `judged by <code>${esc(r.judge)}</code>` : 'scored offline'}): <b>${t.held} held, ${t.broken} broke</b>${t.inconclusive ? `, ${t.inconclusive} inconclusive` : ''}.</p>
<table><tr><th>Attack</th><th>Attempted</th><th>Held</th><th>Broke</th><th>Inconclusive</th></tr>${rows}</table>${heldBy}${caveat}${broke}`;
}

function modelsInHtml(m: PlaybookApp['models']): string {
  if (!m.providers.length) return '<p class="muted">Not configured (set <code>route:</code> on the app).</p>';
  const items = m.providers
    .map(
      (p) =>
        `<li><b>${esc(p.name)}</b>: ${esc(p.what)}${p.model ? `, model <code>${esc(p.model)}</code>` : ''}${p.sendsTo ? `. Questions, instructions and retrieved passages are sent to <b>${esc(p.sendsTo)}</b>.` : '.'}</li>`,
    )
    .join('');
  return `${m.strategy ? `<p>Route <b>${esc(m.name ?? '')}</b>: ${esc(m.strategy)}.</p>` : ''}<ul>${items}</ul>`;
}

// Where the app version stands with its reviewers, and how to approve it.
function approvalHtml(a: PlaybookApp): string {
  return a.approved
    ? `<p class="ok">✓ Approved by ${a.approvedBy.map(signerHtml).join('; ')}</p>`
    : a.approvedBy.length || a.changesRequested.length
      ? `<div class="todo">${a.approvedBy.length ? `<p>Approved so far by ${a.approvedBy.map(signerHtml).join('; ')}; still needs ${esc(a.missing.join(', '))}.</p>` : ''}${a.changesRequested.map((x) => `<p>Changes requested by ${signerHtml(x)}</p>`).join('')}</div>`
      : a.changedSinceApproval
        ? `<div class="todo"><p>Not approved in this version. Changed since ${esc(a.changedSinceApproval.by)} approved it on ${day(a.changedSinceApproval.approvedAt)}:</p><ul class="changes">${a.changedSinceApproval.changes.map((c) => `<li>${esc(c)}</li>`).join('')}</ul><p>Approve with <code>tandem playbook approve ${esc(a.name)} --by "Your name"</code>.</p></div>`
        : `<p class="todo">Not yet approved in this version. Approve with <code>tandem playbook approve ${esc(a.name)} --by "Your name"</code>.</p>`;
}
