/** Examples shown under `--help`, by command line. Kept apart from the commands so help stays cheap. */
export const EXAMPLES: Record<string, string[]> = {
  tandem: [
    'tandem init my-assistant && cd my-assistant',
    'tandem run assistant --var question="How do I share a notebook?"',
    'tandem chat assistant',
    'tandem prompts list',
    'tandem help run          # the options of one command',
  ],
  'tandem init': ['tandem init my-assistant', 'tandem init . --force   # into the current directory'],
  'tandem run': [
    'tandem run assistant --var question="How do I reset my password?"',
    'tandem run answer --var question="…" --stream        # a prompt, streamed',
    'tandem run assistant --var question="…" --json       # for scripts',
    'tandem run answer@production --var question="…"      # the labelled version',
    'tandem run assistant --prompt answer@3f2a9c1d --route cheap --var question="…"   # as the playground',
  ],
  'tandem chat': ['tandem chat assistant', 'tandem chat assistant --no-stream'],
  'tandem prompts': [
    'tandem prompts list',
    'tandem prompts show answer',
    'tandem prompts diff answer production',
    'tandem prompts label answer production',
  ],
  'tandem prompts list': ['tandem prompts list', 'tandem prompts list answer --json'],
  'tandem prompts show': [
    'tandem prompts show answer',
    'tandem prompts show answer@production',
    'tandem prompts show answer@3f2a9c1d',
  ],
  'tandem prompts diff': [
    'tandem prompts diff answer production          # production → working file',
    'tandem prompts diff answer 3f2a9c1d staging',
  ],
  'tandem prompts label': [
    'tandem prompts label answer production            # label the working file',
    'tandem prompts label answer staging --version 3f2a9c1d',
    'tandem prompts label answer production --note "release 12"   # through its gate when labels: gates it',
  ],
  'tandem prompts moves': [
    'tandem prompts moves answer',
    'tandem prompts moves answer --label production --json',
  ],
  'tandem eval': [
    'tandem eval                                  # every suite in tests/',
    'tandem eval tests/answer.yaml -j 8 --no-cache',
    'tandem eval --ci -o report.html -o junit.xml # gate CI, write reports',
    'tandem eval --resume                         # continue a run that was stopped or killed',
    'tandem eval --dry-run                        # calls, tokens and cost before spending',
    'tandem eval --watch                          # re-run what changed on every save',
  ],
  'tandem redteam': [
    'tandem redteam support                         # 60 attacks, 8 languages, offline scoring',
    'tandem redteam support --attacks 20 --languages en,fr -o redteam.html',
    'tandem redteam support --judge judge --json    # a judge route also grades each answer',
    'tandem redteam support --seed 7                # other attacks; the same seed repeats them',
  ],
  'tandem compare': [
    'tandem compare run_01a2…aa run_01a2…bb',
    'tandem compare latest~1 latest               # the newest run against the one before',
    'tandem compare 01a22ed4c0be 01a22ed4c44e     # unique prefixes of the ids',
    'tandem compare run_A run_B --variant gpt --json',
  ],
  'tandem playbook': [
    'tandem playbook                      # playbook/playbook.html and .md for every app',
    'tandem playbook support --out review/',
    'tandem playbook approve support --by "Ana (legal)" --note "tone and refusals OK"',
    'tandem playbook approve support --by Ana --role legal   # when approvals.required names roles',
  ],
  'tandem playbook approve': [
    'tandem playbook approve support --by "Ana (legal)" --note "reviewed refunds wording"',
    'tandem playbook approve support --by Ana --role legal --note "refund wording checked"',
  ],
  'tandem playbook request-changes': [
    'tandem playbook request-changes support --by Bo --role brand --note "too formal for our voice"',
  ],
  'tandem serve': [
    'tandem serve                  # http://127.0.0.1:8787/v1',
    'tandem serve --port 9000',
    'tandem serve --host 0.0.0.0   # only once a key exists (tandem keys create)',
    'curl localhost:8787/v1/chat/completions -d \'{"model":"app:support","messages":[{"role":"user","content":"hi"}]}\'',
  ],
  'tandem runs': [
    'tandem runs',
    'tandem runs --suite tests/support.yaml --status interrupted',
    'tandem runs --json',
  ],
  'tandem ui': [
    'tandem ui                     # the studio at http://127.0.0.1:8787/',
    'tandem ui --open --port 9000',
  ],
  'tandem keys': [
    'tandem keys create --name web --rpm 60 --budget-usd-day 5',
    'tandem keys create --name support-widget --routes app:support',
    'tandem keys create --name ana --role reviewer     # signs off and moves labels in the studio',
    'tandem keys list',
    'tandem keys revoke web',
  ],
  'tandem keys create': [
    'tandem keys create --name web --rpm 60 --tpm 100000 --budget-usd-month 50 --routes main,app:support',
    'tandem keys create --name legal-ana --role reviewer',
  ],
  'tandem keys list': ['tandem keys list', 'tandem keys list --cwd services/support'],
  'tandem keys revoke': ['tandem keys revoke web'],
  'tandem traces': [
    'tandem traces list --app support --text "refund" --since 24h',
    'tandem traces stats --by model',
    'tandem traces add-to-suite tr_01abc… --suite tests/support.yaml --expected "Refunds take 5 days."',
  ],
  'tandem traces list': [
    'tandem traces list --app support --since 24h',
    'tandem traces list --text "refund" --feedback bad --json',
  ],
  'tandem traces stats': ['tandem traces stats', 'tandem traces stats --since 7d --by key --json'],
  'tandem traces add-to-suite': [
    'tandem traces add-to-suite tr_01abc… --suite tests/support.yaml',
    'tandem traces add-to-suite tr_01abc… --suite tests/support.yaml --expected "Refunds take 5 days."',
  ],
  'tandem ingest': [
    'tandem ingest',
    'tandem ingest help --rebuild',
    'tandem ingest --watch      # re-index on every save',
  ],
  'tandem search': [
    'tandem search help "how do refunds work"',
    'tandem search help "refund" --mode bm25 -k 3',
    'tandem search help "invoice" --filter category=billing --json',
  ],
  'tandem guardrails': ['tandem guardrails test rows.jsonl --check pii'],
  'tandem guardrails test': [
    'tandem guardrails test rows.jsonl --check pii --show-errors',
    'tandem guardrails test attacks.jsonl --check injection',
    'tandem guardrails test tickets.jsonl --check no-legal-advice --field body   # a guardrail in tandem.yaml',
    'tandem guardrails test rows.jsonl --check pii --json > verdicts.jsonl',
  ],
  'tandem schema': ['tandem schema > tandem.schema.json', 'tandem schema --write'],
};
