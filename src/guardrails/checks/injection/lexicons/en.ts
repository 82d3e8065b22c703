/** @module English injection phrases, written for folded text (lower-case, no accents). */
import { DESTINATION, gap, vocative } from './shared.js';
import type { Lexicon } from './types.js';

const RULES = `(?:instructions?|instuctions|instrucitons|intructions|insturctions|rules?|protocols|safeguards|guardrails|limitations|boundaries|moderation|prompts?|guidelines?|directives?|directions|polic(?:y|ies)|restrictions?|constraints?|guidance|commands|programming|training|configuration|system message)`;
const QUALIFIER = `(?:full|entire|exact|complete|whole|original|initial|hidden|secret|internal|real|first|developer|system|above|previous|prior|confidential|underlying|starting)`;
const SECRET_TEXT = `(?:prompt|instructions|rules|guidelines|configuration|config|setup(?: text)?|directives|context(?: window)?|developer message|pre-?prompt|system message|system prompt)`;
const AI = String.raw`(?:ai|a\.i\.|llm|large language model|language model|chatbot|bot|assistant|ai assistant|ai agent|agent|ai model|model|gpt|chatgpt|claude|gemini|copilot|summari[sz]er|ai summari[sz]er|crawler|ai code assistant)`;

export const en: Lexicon = {
  lang: 'en',
  entries: [
    // override: drop the rules, new rules follow, the rules no longer apply
    [
      'override',
      new RegExp(
        String.raw`\b(?:ignore|ignoring|ingore|ignroe|igonre|disregard|disregarding|forget|forgetting|skip|drop|override|overrule|overwrite|bypass|circumvent|get around|disobey|break|violate|discard|abandon|scrap|unlearn|set aside|put aside|pay no attention to|don'?t (?:follow|obey|listen to)|do not (?:follow|obey|listen to)|stop following|throw out|neglect|cancel|suspend|nullify)\b${gap(40)}\b(?:previous|prior|above|earlier|preceding|initial|original|system|all|any|your|its|the|these|those|every|other|safety|existing|old)\b${gap(30)}\b${RULES}\b`,
      ),
      'instruction|instuction|instruciton|intruction|insturction|rule|prompt|guideline|directive|direction|polic|restriction|constraint|guidance|command|programming|training|configuration|system message|protocol|safeguard|guardrail|limitation|boundar|moderation',
    ],
    [
      'override',
      /\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+|anything\s+)?(?:of\s+)?(?:the\s+)?(?:above|everything (?:above|before|prior|you(?:'ve| have| were)? (?:been )?(?:told|given)))\b/,
      'ignore|disregard|forget',
    ],
    [
      'override',
      /\b(?:new|updated|real|actual|true|revised|only|next)\s+(?:system\s+)?(?:instructions?|rules|task|directives?|orders|system prompt|prompt|policy)\s*(?:now\s+)?(?:[:-]|are\b|is\b|follows?\b)/,
      'instruction|rule|task|directive|order|prompt|polic',
    ],
    [
      'override',
      new RegExp(
        String.raw`\b${RULES}${gap(30)}\b(?:(?:no longer|don'?t|do not|does not|doesn'?t) appl(?:y|ies)|(?:are|is) (?:now )?(?:void|outdated|obsolete|suspended|lifted|disabled|revoked|cancell?ed|overridden|null|invalid)|(?:have|has) been (?:updated|changed|replaced|lifted|removed|revoked|suspended|overridden))`,
      ),
      'instruction|instuction|instruciton|intruction|insturction|rule|prompt|guideline|directive|direction|polic|restriction|constraint|guidance|command|programming|training|configuration|system message|protocol|safeguard|guardrail|limitation|boundar|moderation',
    ],
    [
      'override',
      /\b(?:(?:obey|follow|listen to) only (?:me|my)\b|only (?:obey|follow|listen to) (?:me|my)\b|do (?:exactly |only )?what(?:ever)? i (?:say|tell you)\b|(?:reset|clear|wipe) your (?:context|memory|instructions)|everything (?:above|before)[^.!?\n]{0,20}\b(?:is|was) (?:void|a test|invalid|irrelevant|fake|cancell?ed)|(?:conversation|instructions?|everything) above (?:was|were|is) (?:a test|fake|void)|stop (?:acting|behaving|being) (?:as|like) (?:an?|the|my) )/,
      'obey|follow|listen|i say|i tell|context|memory|instruction|everything above|everything before|above was|above were|above is|stop acting|stop behaving|stop being',
    ],
    // persona: DAN, developer mode, no restrictions, you are now …
    [
      'persona',
      /\b(?:you are|you're|youre|you will be)\s+(?:now\s+)?(?:an?\s+)?(?:dan|aim|unfiltered|unrestricted|uncensored|jailbroken|evil|unchained|unlocked|liberated|rogue|amoral)\b/,
      'dan|aim|unfiltered|unrestricted|uncensored|jailbr|evil|unchained|unlocked|liberated|rogue|amoral',
    ],
    [
      'persona',
      /\b(?:you are now (?:an?|the|in|free|my|no longer)\b|you are no longer (?:an?|the|bound|restricted|limited|chatgpt|claude)\b|from now on,? you(?:'re| are| will| must| answer| respond| act| have)\b)/,
      'you are now|you are no longer|from now on',
    ],
    [
      'persona',
      /\b(?:do anything now|developer mode|dev mode|god mode|jailbreak|jailbroken|dan mode|unfiltered mode|sudo mode|unrestricted mode)\b/,
      'mode|jailbr|anything now',
    ],
    [
      'persona',
      /\b(?:no|without(?: any)?|free of|free from)\s+(?:(?:ethical|moral|content|safety) )?(?:restrictions|filters|limits|limitations|rules|censorship|content polic(?:y|ies)|guidelines|boundaries|ethics|morals|guardrails|safety (?:rules|guidelines|filters))\b/,
      'restriction|filter|limit|rules|censor|content polic|guideline|boundar|ethic|moral|guardrail|safety',
    ],
    [
      'persona',
      new RegExp(
        String.raw`\b(?:act|behave|respond|answer|pretend|role-?play|imagine|simulate|play)\b${gap(25)}\b(?:as|like|you(?:'re| are)|to be)\b${gap(30)}\b(?:unfiltered|unrestricted|uncensored|jailbroken|evil|rogue|amoral|unethical|opposite|malicious|(?:late|dead|deceased) grand(?:ma|mother|pa|father))\b`,
      ),
      'unfiltered|unrestricted|uncensored|jailbr|evil|rogue|amoral|unethical|opposite|malicious|grand',
    ],
    [
      'persona',
      /\b(?:never refuses?|doesn'?t (?:care about|follow) (?:any )?(?:rules|ethics|guidelines)|stays? in character|answer twice|(?:opposite|evil|unlocked|jailbroken|alter(?:nate)?) (?:persona|version of you|mode|twin|self)|dan,? which stands for)\b/,
      'refuse|care about|doesn|character|twice|persona|version of you|mode|twin|self|stands for',
    ],
    ['persona', /\b(?:you are|you're|as|act as|called|named|play|hello|hi) dan\b/, 'dan'],
    // extraction: reveal/repeat/translate the system prompt, the text above, what were you told
    [
      'extraction',
      new RegExp(
        String.raw`\b(?:reveal|print|show|display|output|repeat|recite|echo|dump|leak|share|give|tell|write|copy|paste|list|quote|send|expose|disclose|divulge|reproduce|restate|regurgitate|convert|format|export|rewrite|transcribe|spell(?:-check)?|translate|summari[sz]e|paraphrase|encode|type out|read out|include)\b(?!:)${gap(40)}\b(?:system\s*(?:prompt|message|instructions?)|(?:your|its)\s+(?:${QUALIFIER}\s+){0,3}${SECRET_TEXT}|the\s+(?:${QUALIFIER}\s+){1,3}${SECRET_TEXT}|(?:hidden|secret|initial|original) (?:prompt|instructions|configuration|system message|rules)|(?:text|everything|words?|message|content|lines) (?:above|before (?:this|my|the))|(?:rules|instructions|guidelines|prompt) (?:that )?you (?:were|have been|would have been|had been|got) (?:given|told))\b`,
      ),
      'system|prompt|instruction|rule|guideline|config|setup|directive|context|developer message|above|before this|before my|before the|you were|you have been|you would have been|you had been|you got',
    ],
    [
      'extraction',
      /\b(?:what (?:were|was|have|are) you (?:been )?(?:told|instructed|programmed|given|asked)\b|what(?:'s| is| are| were)\s+(?:in\s+)?your\s+(?:(?:system|initial|original|hidden|secret|exact|full)\s+)?(?:prompt|instructions|rules|guidelines|system message|directives|configuration)\b)/,
      'told|instructed|programmed|given|asked|prompt|instruction|rule|guideline|system message|directive|configuration',
    ],
    [
      'extraction',
      /\b(?:everything|all|the text|whatever|anything)\s+(?:that\s+)?(?:came|comes|was|is|appears|written)\s+(?:before|above|prior to) (?:my|this|the)\b|\bstart(?:ing)? (?:your (?:reply|answer|response) )?with\s+["'“‘]?(?:you are|my instructions|system)\b/,
      'before|above|prior to|start',
    ],
    [
      'extraction',
      /\b(?:password|secret|code|key|phrase|word)s?\b[^.!?\n]{0,30}\b(?:in|from|inside) your (?:instructions|prompt|system prompt|rules|configuration)\b/,
      'instruction|prompt|rules|configuration',
    ],
    // addressed-to-ai: text in a document speaking to the AI that reads it
    [
      'addressed-to-ai',
      new RegExp(
        String.raw`\b${AI}s?\b[^.!?\n]{0,20}\b(?:reading|processing|parsing|summari[sz]ing|analy[sz]ing|viewing|scanning|handling|indexing|that reads|who reads|reviewing)\b[^.!?\n]{0,25}\b(?:this|these|the following|it)\b`,
      ),
      'reading|processing|parsing|summari|analy|viewing|scanning|handling|indexing|reads|reviewing',
    ],
    [
      'addressed-to-ai',
      new RegExp(
        String.raw`\b(?:note|message|instructions?|attention|important(?: instruction)?|memo|notice|reminder)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?${AI}s?\b`,
      ),
      'note|message|instruction|attention|important|memo|notice|reminder',
    ],
    [
      'addressed-to-ai',
      /\bif you(?: are|'re)\s+(?:an?\s+)?(?:ai|llm|large language model|language model|assistant|bot|chatbot|gpt|model|automated|ai assistant|ai model)\b|\b(?:to|for) (?:the |any |all )?(?:ai|llms?|language models?|ai assistants?|chatbots?|ai agents?|ai models?) ?:|[([]\s*(?:for|to|attention)\s*:?\s*(?:the\s+|all\s+|any\s+)?(?:ai|llm|assistants?|ai assistants?|models?|bots?|language models?)\b/,
      "if you are|if you're|(|[|:",
    ],
    vocative([
      'ai',
      'a.i.',
      'llm',
      'chatbot',
      'bot',
      'assistant',
      'ai assistant',
      'ai agent',
      'agent',
      'ai model',
      'model',
      'gpt',
      'chatgpt',
      'claude',
      'gemini',
      'copilot',
      'summariser',
      'summarizer',
      'ai summariser',
      'ai summarizer',
      'crawler',
      'ai code assistant',
      'dear ai',
      'hey ai',
    ]),
    [
      'addressed-to-ai',
      /\b(?:the|this|any|you,? the) (?:ai|llm|assistant|ai assistant|model|ai model|bot|chatbot)s? (?:must|shall|is required to|has to|needs to|should now)\b|\b(?:ai|llm)(?: assistant| agent| model)?s? (?:must|shall|are required to|is required to|have to|has to|need to|needs to|should now)\b/,
      'must|shall|required to|has to|have to|need to|needs to|should now',
    ],
    // exfiltration: data into a URL, sent to an address, credentials asked for at a site
    [
      'exfiltration',
      /(?:!\[[^\]\n]{0,80}\]\(\s*|<img\b[^>]{0,100}\bsrc=["']?)https?:\/\/[^)\s]{1,200}[?&][\w-]{1,30}=(?:\{[^}\n]{1,80}\}|\[[^\]\n]{1,80}\]|<[^>\n]{1,80}>|\$\w{1,40}|[\w-]{0,20}(?:here|data|prompt|secret|conversation|history|summary|email|address|password|token|key|chat|context|user|info)[\w-]{0,20})/,
      '![|<img',
    ],
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:render|display|show|embed|include|load|insert|output)\b${gap(30)}\b(?:image|img|pixel|link|url|markdown)\b${gap(60)}\b(?:conversation|chat|history|summary|user'?s|e-?mail|address|password|system prompt|data|details|credentials|token)\b`,
      ),
      'image|img|pixel|link|url|markdown',
    ],
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:replace|substitute|fill in|put|insert|append|add|encode)\b${gap(60)}\b(?:in(?:to)?|to|with|in place of)\s+(?:the|this|that)\s+(?:url|link|query|image|address bar)\b|\breplace\b${gap(40)}\bwith\b${gap(30)}\b(?:system prompt|conversation|user'?s|e-?mail|address|password|history|instructions)\b`,
      ),
      'url|link|query|image|address bar|replace',
    ],
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:send|sends|forward|e-?mail|mail|post|upload|transmit|exfiltrate|leak|copy)\b${gap(60)}\b(?:to|at)\s+${DESTINATION}`,
      ),
      '@|http|www.|.example|.com|.net|.org|.io|.co|.ru|.xyz|.info|.biz|.de|.fr|.nl|.es|.it|.pt|.cn',
    ],
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:enter|confirm|re-?enter|verify|update|provide)\b${gap(40)}\b(?:password|card details|credentials|card number|payment details|login)\b${gap(30)}\b(?:at|on|via)\s+${DESTINATION}`,
      ),
      'password|card details|credential|card number|payment details|login',
    ],
    // payload-splitting: pieces joined, then obeyed
    [
      'payload-splitting',
      new RegExp(
        String.raw`\b(?:join|combine|concatenate|merge|put (?:them|these|those|it|the \w+(?: \w+)?) together|assemble|glue|read (?:the|these|them)\b${gap(25)}\bas one)\b${gap(60)}\b(?:and|then)\s+(?:follow|execute|run|obey|do|perform|carry|act on|apply|comply)`,
      ),
      'join|combine|concatenat|merge|together|assemble|glue|as one',
    ],
    [
      'payload-splitting',
      /\b(?:execute|run|follow|obey|perform|do|compute)\s+[a-z]\d?\s*\+\s*[a-z]\d?\b|\b[a-z]\d?\s*\+\s*[a-z]\d?(?:\s*\+\s*[a-z]\d?)*\b[^.!?\n]{0,30}\b(?:execute|run|carry (?:it )?out|follow|obey|perform|do it)\b/,
      '+',
    ],
    [
      'payload-splitting',
      /\bpart\s*(?:1|one)\b[^\n]{0,200}\bpart\s*(?:2|two)\b|\bfirst word\s*:[^\n]{0,80}\bsecond word\s*:|\bstep 1\s*:[^\n]{0,80}\bstep 2\s*:[^\n]{0,80}\b(?:concatenate|join|combine)/,
      'part|first word|step 1',
    ],
    [
      'payload-splitting',
      /\b(?:remember|store|note|save|memori[sz]e)\b[^.!?\n]{0,25}\b(?:the (?:word|phrase|string)|[a-z]\d?\s*=\s*["'‘“])/,
      '=|the word|the phrase|the string',
    ],
    // authority: I am your developer, vendor staff, system override, maintenance mode
    [
      'authority',
      /\b(?:i am|i'm|im|this is|speaking as|as)\s+(?:your|the)\s+(?:developer|creator|admin(?:istrator)?|owner|operator|programmer|engineer|system administrator|sysadmin|maintainer|security team)\b/,
      'developer|creator|admin|owner|operator|programmer|engineer|sysadmin|maintainer|security team',
    ],
    [
      'authority',
      /\b(?:openai|anthropic|google deepmind|mistral)\s+(?:staff|team|employee|engineer|developer|admin|security|support|here)\b|\b(?:from|at|with) (?:openai|anthropic)\b/,
      'openai|anthropic|deepmind|mistral',
    ],
    [
      'authority',
      /\b(?:system|admin|developer|security|root|priority|emergency)\s+(?:override|notice|alert|instruction|command|directive)\b|\b(?:maintenance|admin|debug|diagnostic|root|sudo) mode\b/,
      'override|notice|alert|instruction|command|directive| mode',
    ],
    [
      'authority',
      /\b(?:verified|authori[sz]ed|certified)\s+(?:administrator|admin|developer|tester|red[- ]teamer)\b|\buser is an? (?:verified )?(?:admin|administrator|developer)\b|\bpriority (?:level|override)\b|\boverride (?:accepted|code|authori[sz]ed|granted)\b|\baccess granted\b|\b(?:by|from) (?:the )?(?:admin|administrator|developer|security|engineering) (?:team|department)\b/,
      'verified|authori|certified|user is a|priority|override|access granted|team|department',
    ],
    // secrecy: keep it from the user
    [
      'secrecy',
      new RegExp(
        String.raw`\b(?:do not|don'?t|never|without)\s+(?:tell|telling|inform|informing|mention|mentioning|reveal|revealing|alert|alerting|notify|notifying|let|letting|show|showing|disclose|disclosing|flag|flagging|say|saying|acknowledge|acknowledging)\b${gap(30)}\b(?:the user|the customer|users?|customers?|anyone|them|this|the human|the operator|it|your (?:instructions?|guidelines|rules|prompt))\b`,
      ),
      "do not|don't|dont|never|without",
    ],
    [
      'secrecy',
      /\b(?:keep (?:this|it) (?:secret|hidden|confidential|between us)|secretly|without (?:the user|anyone) (?:knowing|noticing)|(?:invisible|hidden) (?:to|from) the user|without comment(?:ing)?|without (?:telling|informing|notifying) (?:the user|them|anyone))\b/,
      'keep this|keep it|secretly|without|invisible|hidden',
    ],
    // Wordings beyond the plain imperative: permission to break the rules, typos, decoded-then-obeyed payloads.
    [
      'override',
      /\b(?:you (?:don'?t|do not|no longer) (?:have|need) to (?:follow|obey|abide by|stick to|respect)|you(?:'re| are) (?:now )?(?:free|allowed|permitted) to (?:ignore|break|bypass|disregard)|(?:not|no longer) (?:bound|restricted|limited|constrained) by (?:your|any|the|those|these)|ignore what (?:you (?:were|have been|'ve been) told|they told you))\b/,
      'have to|need to|free to|allowed to|permitted to|bound by|restricted by|limited by|constrained by|ignore what',
    ],
    [
      'extraction',
      /\b(?:from|since) the (?:very )?(?:beginning|start|top) of (?:this|the|our) (?:conversation|chat|session|context)\b|\bwhat (?:rules|restrictions|instructions|guidelines|constraints|topics) (?:do|did|were|have) you (?:have|get|got|follow|given|been given|told)\b|\bwhat are you (?:not allowed|forbidden|instructed|told|programmed) to\b/,
      'beginning|start|top|rules|restrictions|instructions|guidelines|constraints|topics|not allowed|forbidden|instructed|told|programmed',
    ],
    [
      'persona',
      /\b(?:(?:broken|break|set|breaking) free (?:of|from)|unleashed|no longer (?:an? )?(?:ai|assistant|chatbot) (?:with|bound)|(?:pretend|imagine|suppose|hypothetically)\b[^.!?\n]{0,30}\b(?:you (?:have|had) no|there (?:are|were) no) (?:rules|restrictions|guidelines|filters|limits|policies|content polic(?:y|ies)))/,
      'free of|free from|unleashed|no longer|you have no|you had no|there are no|there were no',
    ],
    [
      'authority',
      /\b(?:this (?:message|instruction|request) (?:is|comes) from|on behalf of|authori[sz]ed by) (?:the |your )?(?:system|admin(?:istrator)?|developers?|creators?|operators?|openai|anthropic|security team|it department)\b|\bi (?:have|got) (?:admin|root|developer|elevated|full) (?:access|privileges|rights|permissions|clearance)\b|\b(?:red[- ]team(?:ing)? (?:exercise|test)|security (?:audit|test) mode|authori[sz]ation code|override code)\b/,
      'comes from|is from|on behalf of|authorized by|authorised by|access|privileges|rights|permissions|clearance|red team|red-team|audit|test mode|code',
    ],
    [
      'secrecy',
      /\b(?:the user|the customer|they) (?:must|should) (?:not|never) (?:know|find out|see|notice|learn)\b|\bhide (?:this|it|these)\b[^.!?\n]{0,20}\bfrom (?:the user|the customer|them)\b/,
      'must not|must never|should not|should never|hide',
    ],
    [
      'addressed-to-ai',
      /\b(?:when|while|if) (?:you(?:'re| are)? )?(?:summari[sz]ing|summari[sz]e|reading|processing|process|analy[sz]ing|analy[sz]e|parsing|parse|indexing|index|translating|answering questions about) (?:this|the following|these)\b|\bwhoever (?:or whatever )?(?:is )?reading this\b|\b(?:any|all|every) (?:ai|llm|assistant|language model|chatbot|bot|agent)s? (?:that|which|who) (?:reads?|process(?:es)?|sees?|summari[sz]es?)\b/,
      'summari|reading|processing|analy|parsing|indexing|translating|answering questions|that read|which read|who read|that process|that see',
    ],
    // Automated readers named without the word AI: "note for the automated summariser", "summary bots:", "for the
    // system reading this transcript", "if this feedback is summarised automatically".
    [
      'addressed-to-ai',
      /\b(?:automated|automatic|downstream|summary|summari[sz]ing|indexing|reviewer|digest|reading) (?:[a-z]+ )?(?:summari[sz]ers?|systems?|tools?|readers?|agents?|models?|bots?|pipelines?|software|helpers?|processors?)\b ?[:,]|\b(?:for|to) (?:the |any |all )?(?:automated |automatic )?(?:system|tool|software|program|bot|agent|model|pipeline|process|script)s? (?:that |which |who )?(?:is |are )?(?:reading|summari[sz]ing|processing|indexing|parsing|handling|drafting|rendering|reviewing)\b|\bif this [a-z]+ is (?:being )?(?:summari[sz]ed|processed|read|parsed|indexed|analy[sz]ed|handled) (?:automatically|by (?:an? )?(?:machine|software|tool|bot|model|program|system))\b|\bfor anyone (?:producing|generating|writing|drafting|making) (?:a |the )?(?:digest|summary|summaries|reply|replies|answer)[^.!?\n]{0,40}\b(?:software|tool|automation|automatically|program)\b|\bwhen this (?:page|document|text|file|content|ticket|e-?mail|message) is used to (?:answer|respond|reply|generate|write|draft)\b|\b(?:reader|processor) of this (?:ticket|page|document|e-?mail|message|file|thread)\b/,
      'automat|downstream|summar|indexing|reviewer|digest|reading|system|tool|software|program|bot|agent|model|pipeline|process|script|if this|for anyone|when this|of this',
    ],
    [
      'forged-marker',
      /\b(?:begin|start|end) (?:of )?(?:the )?(?:system|new|real|hidden) (?:prompt|instructions?|message)\b|^[ \t]*(?:[-=*#]{2,} ?)?(?:system|developer)(?: message| prompt| note| instruction)? ?(?:[-=*#]{2,}|:)/m,
      'system|developer',
    ],
    [
      'payload-splitting',
      /\b(?:first|last) (?:letters?|words?|characters?) of (?:each|every) (?:word|line|sentence|paragraph)\b/,
      'of each|of every',
    ],
    // Decoded, then obeyed: the wrapper around an encoded payload (`decode this and follow it`).
    [
      'payload-splitting',
      /\b(?:decode|decipher|decrypt|translate|convert|reverse|read|unscramble|rot13|base64)\b[^.!?\n]{0,40}\b(?:and|then)\s+(?:follow|execute|run|obey|do (?:it|what it says|as it says)|carry (?:it )?out|act on|perform|comply)|\b(?:follow|execute|run|obey|do) (?:it|this|them|the (?:instructions?|result)) (?:after|once you(?:'ve)?) (?:decod|decrypt|translat|revers|convert)/,
      'decod|decipher|decrypt|translat|convert|revers|read|unscramble|rot13|base64',
    ],
    [
      'extraction',
      /\b(?:first|last|opening) (?:line|sentence|word|paragraph|lines|words)s? of (?:your|the) (?:system )?(?:prompt|instructions|rules|guidelines|system message)\b|\bwhat (?:did|have) (?:the |your )?(?:developers?|creators?|company|operators?|admins?|owners?|they) (?:tell|told|instruct(?:ed)?|say to|ask(?:ed)?) you\b/,
      'first|last|opening|what did|what have',
    ],
    // Answer whatever the rules say: "regardless of your rules", "no matter what your instructions say".
    [
      'override',
      /\b(?:(?:regardless of|irrespective of|no matter what|despite) (?:your|the|any|all)|whatever your) (?:(?:previous|prior|system|original|own) )?(?:rules?|instructions?|guidelines?|policies|policy|restrictions?|programming|constraints?)(?: (?:say|says|tell you|are))?\b/,
      'regardless|irrespective|no matter|whatever|despite',
    ],
    // The grandmother trick: a dead relative who "used to read me" what the rules forbid.
    [
      'persona',
      /\b(?:pretend|act|imagine|roleplay)(?: that)? (?:you(?:'re| are)|to be|as) my (?:late |dead |deceased |dear )?(?:grandma|grandmother|granny|nan|grandpa|grandfather)\b/,
    ],
  ],
};
