/** @module Portuguese injection phrases (você and tu, Brazil and Portugal), for folded text (no accents). */
import { DESTINATION, gap, vocative } from './shared.js';
import type { Lexicon } from './types.js';

const RULES = `(?:instrucoes|instrucao|regras|diretrizes|orientacoes|politicas?|restricoes|limitacoes|prompt|ordens|normas|comandos)`;
const AI = `(?:ia|a ia|assistente(?: de ia| virtual)?|o assistente|modelo(?: de linguagem)?|bot|chatbot|inteligencia artificial|llm|agente)`;

export const pt: Lexicon = {
  lang: 'pt',
  gate: /\b(?:os|que|dos|das|nao|voce|seu|sua|seus|suas|uma|para|com|sem|agora|todas|todos|teu|tua|ao|minha|meu|isso|isto|esta|esqueca|esquece|mostre|revele|repita|diga|desconsidere)\b/,
  entries: [
    [
      'override',
      new RegExp(
        String.raw`\b(?:ignore|ignora|ignorem|ignorar|esqueca|esquece|esquecam|desconsidere|desconsidera|descarte|descarta|nao (?:siga|sigas|segue|obedeca|leve em conta|considere)|deixe de lado|deixa de lado|passe por cima d[aeo]s?|anule|anula|contorne|contorna)\b${gap(40)}\b${RULES}\b`,
      ),
    ],
    [
      'override',
      new RegExp(
        String.raw`\b(?:instrucoes|regras|diretrizes|restricoes)\b${gap(30)}\b(?:nao (?:se aplicam|valem|sao validas) mais|ja nao (?:se aplicam|valem)|foram (?:anuladas|suspensas|revogadas|substituidas))|\bnovas (?:instrucoes|regras|ordens|diretrizes)\s*[:-]|\b(?:obedeca|obedece|escute|escuta)\b${gap(10)}\b(?:so|somente|apenas) a mim\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\b(?:a partir de agora|de agora em diante|daqui para a frente|daqui pra frente)\b${gap(20)}\b(?:voce e|tu es|es|sera|seras|age|aja|responda|responde)\b|\bagora (?:voce e|tu es|es)\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\bmodo (?:desenvolvedor|programador|deus|sem (?:restricoes|filtros)|administrador|admin|jailbreak)\b|\b(?:sem|nenhuma?)\s+(?:restricoes|filtros|regras|censura|limitacoes|limites eticos)\b|\b(?:finja|finge|imagine|imagina|faca de conta|faz de conta)\b${gap(30)}\b(?:sem (?:regras|limites|restricoes|filtros|censura)|malvad[oa])`,
      ),
    ],
    [
      'extraction',
      new RegExp(
        String.raw`\b(?:revele|revela|mostre|mostra|mostrar|imprima|imprime|repita|repete|diga|diz|escreva|escreve|copie|copia|traduza|traduz|resuma|resume|compartilhe|partilhe|de-me|me de|cite|recite|liste)\b${gap(40)}\b(?:(?:o seu|os seus|as suas|a sua|o teu|os teus|as tuas|a tua|seu|seus|suas|sua|teu|teus|tuas) (?:prompt|instrucoes|regras|configuracao|mensagem do sistema|orientacoes|diretrizes)|prompt (?:do sistema|de sistema|inicial)|instrucoes (?:do sistema|de sistema|iniciais|ocultas|secretas|originais)|mensagem do sistema|(?:o )?texto (?:anterior|acima)|tudo (?:o )?que (?:esta|veio|vem) (?:acima|antes))`,
      ),
    ],
    [
      'extraction',
      /\bo que (?:te|lhe) (?:disseram|foi dito|mandaram|ordenaram)\b|\bquais (?:sao|eram) as (?:suas|tuas) (?:instrucoes|regras|diretrizes)\b/,
    ],
    [
      'addressed-to-ai',
      new RegExp(
        String.raw`\b(?:instrucao|instrucoes|nota|mensagem|aviso|atencao)\s+(?:para|a|ao)\s+(?:a |o |qualquer )?${AI}\b|\bse (?:voce e|tu es|es) (?:uma? )?(?:ia|inteligencia artificial|assistente|modelo de linguagem|bot|llm|chatbot)\b`,
      ),
    ],
    vocative(['ia', 'assistente', 'assistente de ia', 'assistente virtual', 'modelo', 'agente']),
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:envie|envia|enviar|encaminhe|encaminha|mande|manda|transfira|compartilhe|copie)\b${gap(60)}\b(?:para|a|ao|em)\s+${DESTINATION}`,
      ),
    ],
    [
      'authority',
      /\b(?:sou|eu sou) (?:o )?(?:seu|teu|o) (?:desenvolvedor|criador|administrador|admin|programador|dono|operador)\b|\bmodo (?:de )?manutencao\b|\bcomando do sistema\b/,
    ],
    [
      'secrecy',
      new RegExp(
        String.raw`\bnao (?:conte|contes|diga|digas|mencione|menciones|avise|informe|revele)\b${gap(25)}\b(?:ao usuario|ao utilizador|ao cliente|a ninguem|nada|isto|isso)\b|\bsem (?:avisar|informar|contar|dizer)\b${gap(15)}\b(?:ao usuario|ao cliente|ao utilizador)\b`,
      ),
    ],
    [
      'payload-splitting',
      new RegExp(
        String.raw`\b(?:junte|junta|combine|combina|concatene|concatena|una as|una os)\b${gap(50)}\b(?:e|depois)\s+(?:execute|executa|siga|segue|obedeca|faca|faz|cumpra)\b`,
      ),
    ],
    ['forged-marker', /^[ \t]*(?:#{1,4}\s*)?sistema\s*:/m],
    [
      'override',
      /\b(?:(?:voce )?nao (?:precisa|tem que|tens de|precisas) mais (?:de )?(?:seguir|obedecer|respeitar)|(?:voce )?(?:pode|podes) (?:ignorar|quebrar|violar|contornar))\b/,
    ],
    [
      'extraction',
      /\bquais (?:instrucoes|regras|orientacoes) (?:voce recebeu|recebeste|te deram|lhe deram)\b|\bdesde o (?:inicio|comeco) (?:desta|da|da nossa) conversa\b/,
    ],
    [
      'payload-splitting',
      /\b(?:decodifique|decodifica|decifre|decifra|traduza|traduz|inverta|inverte|leia|le)\b[^.!?\n]{0,40}\b(?:e|depois)\s+(?:execute|executa|siga|segue|obedeca|faca o que diz|faz o que diz|cumpra)\b/,
    ],
    [
      'override',
      /\b(?:ignore|ignora|esqueca|esquece|desconsidere|desconsidera)\b[^.!?\n]{0,20}\btudo (?:o que (?:foi dito|esta acima|te disseram|lhe disseram)|acima|anterior)\b|\b(?:voce e|tu es|agora voce e|agora es) dan\b/,
    ],
    [
      'override',
      /\b(?:independentemente d(?:as|os|a|o)|nao importa o que dizem|apesar d(?:as|os)|sem levar em conta) (?:suas |tuas |as |os )?(?:regras|instrucoes|diretrizes|restricoes|politicas)\b/,
    ],
    // The grandmother trick: a dead relative who "used to read me" what the rules forbid.
    [
      'persona',
      /\b(?:faz de conta|finja|finge|imagina) (?:que )?(?:es|e|seja|fosses) (?:a )?minha (?:falecida )?(?:avo|avozinha)\b/,
    ],
  ],
};
