/**
 * @module Forged role markers that belong to no language: chat-template tokens, instruction tags, fake role
 * lines and fake JSON messages. Role words in other languages (`système :`, `系统：`) are in their lexicons.
 */
import type { Lexicon } from './types.js';

export const markers: Lexicon = {
  lang: 'any',
  entries: [
    [
      'forged-marker',
      /<\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|begin_of_text|start_header_id|end_header_id|eot_id)\|>/,
      '<',
    ],
    ['forged-marker', /\[\/?inst\]|<<\/?sys>>|<\/?(?:start|end)_of_turn>/, 'inst]|sys>>|_of_turn>'],
    // `### System:` / `## Instruction` headings and `System:` lines; `user:` alone is too common in transcripts.
    [
      'forged-marker',
      /^[ \t]*(?:#{1,4}\s*(?:system|instructions?|assistant|developer|response|human)\b\s*:?|(?:system|assistant|developer|human|sys)\s*:)/m,
      'sys|instruction|assistant|developer|response|human',
    ],
    [
      'forged-marker',
      /<\/?(?:system|system_prompt|system_message|system_instructions?|user_message|user_query|user_input|assistant|assistant_response|instructions?|developer|admin|admin_message|sys|im_start|context|tool_(?:response|result|output|call)|function_(?:results?|call))>/,
      '>',
    ],
    [
      'forged-marker',
      /["'](?:role|from|author)["']\s*:\s*["'](?:system|developer|assistant|tool)["']|["']type["']\s*:\s*["'](?:tool_result|tool_call|function_call|function_result|system)["']/,
      `role"|role'|from"|from'|author"|author'|type"|type'`,
    ],
    [
      'forged-marker',
      /\bend of (?:the )?(?:user )?(?:input|message|prompt|conversation|document|context|instructions)\b|\bend (?:of )?(?:the )?user (?:input|message|prompt|turn)\b|\[(?:system|admin|developer)(?: (?:message|note|prompt|override|instruction))?\]/,
      'end of|end user|end the user|[system|[admin|[developer',
    ],
    // A link or image whose URL carries a value to fill in (`?d=DATA`, `?q={conversation}`; the text is lower-cased): the classic way to
    // send a conversation out through a rendered Markdown image, in any language.
    [
      'exfiltration',
      /\]\(\s*https?:\/\/[^)\s]{1,200}[?&][a-z0-9_]{1,20}=(?:data|datos|dados|dati|daten|donnees|gegevens|x{3,}|conversation|convo|chat|history|summary|secrets?|prompt|payload|memory|context|user_?data|\{\{?[^}]{1,40}\}\}?|\[[^\]]{1,40}\]|<[^>]{1,40}>|%7b)/,
      '](',
    ],
  ],
};
