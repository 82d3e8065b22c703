import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

// Rows written for these tests. Each file has one bad row (line 6 of the PII file, line 7 of the injection
// file), and a false positive and a miss that come from the labels, not from the detectors' reach (a real IP
// left unlabelled, a plain question labelled as an attack), so the figures hold while the detectors improve.
const FIXTURES = fileURLToPath(new URL('../fixtures/guardrails/', import.meta.url));
const test = (args: string[]) => runCli(['guardrails', 'test', ...args], { cwd: FIXTURES });

// A copy of the `judged` project: opening a project for its routes opens its store (.tandem/), which must
// not land in the fixtures.
const judgedProject = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-judged-'));
  cpSync(join(FIXTURES, 'judged'), dir, { recursive: true });
  return dir;
};

// A JSONL file of `content` in a fresh temp directory.
const rowsFile = (content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'tandem-rows-')), 'rows.jsonl');
  writeFileSync(file, content);
  return file;
};

describe('tandem guardrails test', () => {
  it('scores the pii check span by span, lists its errors and skips a bad row by line', async () => {
    const r = await test(['pii-rows.jsonl', '--check', 'pii', '--show-errors']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'pii-rows.jsonl:6: pii[0].value "+31 6 87654321" is not in the text (row skipped)\n',
    );
    expect(r.stdout).toContain('13 rows checked: 4 passed, 9 flagged, 1 skipped (bad row, listed above)\n');
    // 10 of 11 labelled values found, 1 of 11 findings unlabelled: precision and recall 10/11.
    expect(r.stdout).toMatch(/^ {2}all +0\.909 +0\.909 +0\.909 +1\.000 +11$/m);
    expect(r.stdout).toMatch(/^ {2}phone +1\.000 +0\.500 +0\.667 +1\.000 +2$/m);
    expect(r.stdout).toMatch(/^ {2}ip +0\.500 +1\.000 +0\.667 +1\.000 +1$/m);
    expect(r.stdout).toContain(
      '  false positive p08 (line 8) ip: I logged in from 203.0.113.7 as bob@example.org and saw no…\n',
    );
    expect(r.stdout).toContain(
      '  missed         p09 (line 9) phone: You can reach me at five five five, one two three four.\n',
    );
    expect(r.stdout).toMatch(
      /^latency per row: p50 [\d.]+ m?s · p95 [\d.]+ m?s · p99 [\d.]+ m?s · max [\d.]+ m?s$/m,
    );
  });

  it('scores the injection check row by row, per on, lang and category', async () => {
    const r = await test(['injection-rows.jsonl', '--check', 'injection']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'injection-rows.jsonl:7: label "malicious" is not allowed: use injection or benign (row skipped)\n',
    );
    expect(r.stdout).toContain('12 rows checked: 6 passed, 6 flagged, 1 skipped (bad row, listed above)\n');
    // 6 attacks, 5 flagged; 6 benign rows, 1 flagged: precision 5/6, recall 5/6.
    expect(r.stdout).toMatch(/^ {2}all +0\.833 +0\.833 +0\.833 +12$/m);
    expect(r.stdout).toMatch(/^ {2}on user +0\.750 +0\.750 +0\.750 +9$/m);
    expect(r.stdout).toMatch(/^ {2}on retrieved +1\.000 +1\.000 +1\.000 +3$/m);
    expect(r.stdout).toMatch(/^ {2}lang de +n\/a +n\/a +n\/a +1$/m);
    expect(r.stdout).toMatch(/^ {2}category mislabelled +0\.000 +0\.000 +0\.000 +2$/m);
    expect(r.stdout).not.toContain('false positives and misses');
  });

  it('prints one JSON line per row with --json, the summary on stderr', async () => {
    const r = await test(['pii-rows.jsonl', '--check', 'pii', '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]).toBe(
      '{"id":"p01","pass":false,"score":null,"findings":[{"kind":"email","start":16,"end":40}]}',
    );
    expect(JSON.parse(lines[5]!)).toEqual({ id: 'p07', pass: true, score: null, findings: [] });
    expect(JSON.parse(lines[6]!)).toEqual({
      id: 'p08',
      pass: false,
      score: null,
      findings: [
        { kind: 'ip', start: 17, end: 28 },
        { kind: 'email', start: 32, end: 47 },
      ],
    });
    expect(r.stderr).toContain('pii-rows.jsonl:6: pii[0].value');
    expect(r.stderr).toMatch(/^ {2}all +0\.909 +0\.909/m);

    const inj = await test(['injection-rows.jsonl', '--check', 'injection', '--json']);
    const rows = inj.stdout
      .trimEnd()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { id: string; pass: boolean; score: number; findings: Array<{ kind: string }> },
      );
    expect(rows.map((x) => `${x.id} ${x.pass}`).join(', ')).toBe(
      'i01 false, i02 true, i03 false, i04 true, i05 false, i06 true, i08 true, i09 false, i10 true, ' +
        'i11 false, i12 true, i13 false',
    );
    // A flagged row's score reached the threshold, and its findings name the signals (wording is the detector's).
    const first = rows[0]!;
    expect(first.score).toBeGreaterThanOrEqual(0.5);
    expect(first.findings).not.toEqual([]);
    for (const f of first.findings) expect(f.kind).toMatch(/^[a-z][a-z -]+$/);
    // A passing row: under the threshold, nothing found (the classifier gives every text some probability).
    expect(rows[1]).toMatchObject({ id: 'i02', pass: true, findings: [] });
    expect(rows[1]!.score).toBeLessThan(0.5);
  });

  it("measures a guardrail declared in the project's tandem.yaml, without touching the project", async () => {
    const r = await test(['pii-rows.jsonl', '--check', 'emails-only', '--cwd', 'project']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('guardrail emails-only (check pii) on pii-rows.jsonl\n');
    expect(r.stdout).toContain('13 rows checked: 10 passed, 3 flagged, 1 skipped');
    expect(r.stdout).toMatch(/^ {2}email +1\.000 +1\.000 +1\.000 +1\.000 +4$/m);
    expect(r.stdout).not.toMatch(/^ {2}phone /m);
    expect(readdirSync(`${FIXTURES}project`)).toEqual(['tandem.yaml']);
  });

  it('says what is wrong with an unknown check, a bare check that needs options, an unknown flag', async () => {
    const unknown = await test(['pii-rows.jsonl', '--check', 'pi']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('unknown check or guardrail "pi"');
    expect(unknown.stderr).toContain('check types: pii, injection, length');
    expect(unknown.stderr).not.toMatch(/^\s+at /m);

    const named = await test(['pii-rows.jsonl', '--check', 'nope', '--cwd', 'project']);
    expect(named.stderr).toContain('guardrails in tandem.yaml: emails-only, no-refunds');

    const banned = await test(['pii-rows.jsonl', '--check', 'banned']);
    expect(banned.code).toBe(1);
    expect(banned.stderr).toContain(
      'the banned check needs options (phrases): name a guardrail from tandem.yaml instead',
    );

    const flag = await test(['pii-rows.jsonl', '--check', 'pii', '--bogus']);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain('unknown option --bogus for tandem guardrails test');
  });

  it('measures an injection guardrail that asks a judge, and says when the judge cannot judge', async () => {
    const judged = judgedProject();
    const r = await test(['injection-rows.jsonl', '--check', 'injection', '--cwd', judged, '--show-errors']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('guardrail injection (check injection) on injection-rows.jsonl\n');
    expect(r.stdout).toContain('12 rows checked: 0 passed, 12 flagged, 1 skipped (bad row, listed above)\n');
    expect(r.stdout).toContain(
      '12 of 12 rows failed because ' +
        'the judge gave no usable verdict: Unexpected token \'H\', "Hello! How"... is not valid JSON\n' +
        '  route "chatty" is probably not a model that can judge: these scores measure the route, not the guardrail\n',
    );
    expect(r.stdout).toMatch(
      /^ {2}false positive i02 \(line 2\) flagged: .+\n {4}why: judge: the judge gave no usable verdict: Unexpected token/m,
    );
  });

  it("says when it measures a project's guardrail named like a check type, and --no-project the type", async () => {
    const named = await test(['pii-rows.jsonl', '--check', 'pii', '--cwd', 'judged']);
    expect(named.stdout).toContain('guardrail pii (check pii) on pii-rows.jsonl\n');
    expect(named.stdout).not.toMatch(/^ {2}phone /m);

    const bare = await test(['pii-rows.jsonl', '--check', 'pii', '--cwd', 'judged', '--no-project']);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('check pii on pii-rows.jsonl\n');
    expect(bare.stdout).toMatch(/^ {2}phone +1\.000 +0\.500/m);
  });

  it('reads a file with a byte order mark, and counts one row as one row', async () => {
    const file = rowsFile('\uFEFF{"id": "a", "text": "Where is my parcel?", "label": "benign"}\n');
    const r = await test([file, '--check', 'injection']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('1 row checked: 1 passed, 0 flagged\n');

    const two = rowsFile('{"text": "Hi"}\n{"text": "Hello"}\nnot json\n');
    const skipped = await test([two, '--check', 'pii']);
    expect(skipped.stdout).toContain(
      '2 rows checked: 2 passed, 0 flagged, 1 skipped (bad row, listed above)\n',
    );
  });

  it('says a file has no rows, or once that no row has the field, and exits 1', async () => {
    const empty = rowsFile('\n\n');
    const none = await test([empty, '--check', 'pii']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`no rows in ${empty}`);
    expect(none.stderr).not.toContain('no labels');

    const bad = await test([rowsFile('{not json\n{"text": 3}\n'), '--check', 'pii']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('0 rows checked: 0 passed, 0 flagged, 2 skipped (bad rows, listed above)\n');
    expect(bad.stdout).toContain('no row could be checked: nothing to score\n');
    expect(bad.stdout).not.toContain('no labels');

    const file = rowsFile(
      Array.from({ length: 25 }, (_, i) => JSON.stringify({ id: i, text: 'hi', label: 'benign' })).join('\n'),
    );
    const field = await test([file, '--check', 'pii', '--field', 'body']);
    expect(field.code).toBe(1);
    expect(field.stdout).toBe('');
    expect(field.stderr).toContain(`no row in ${file} has a "body" field`);
    expect(field.stderr).toContain('the rows have id, text, label: give --field one of them');
    expect(field.stderr).not.toContain('row skipped');
  });
});
