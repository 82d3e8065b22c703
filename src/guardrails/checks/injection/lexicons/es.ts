/** @module Spanish injection phrases (tú and usted), written for folded text (lower-case, no accents). */
import { DESTINATION, gap, vocative } from './shared.js';
import type { Lexicon } from './types.js';

const RULES = `(?:instrucciones|instruccion|reglas|normas|indicaciones|directrices|directivas|politicas?|restricciones|limitaciones|prompt|ordenes|pautas)`;
const AI = `(?:ia|la ia|asistente(?: de ia| virtual)?|el asistente|modelo(?: de lenguaje)?|bot|chatbot|inteligencia artificial|llm|agente)`;

export const es: Lexicon = {
  lang: 'es',
  gate: /\b(?:las|los|el|del|por|para|que|es|y|tu|tus|su|sus|con|una|al|mi|lo|todas|todos|eres|usted|sin|ahora|olvida|olvide|ignora|muestra|muestrame|dime|revela|repite)\b/,
  entries: [
    [
      'override',
      new RegExp(
        String.raw`\b(?:ignora|ignore|ignoren|ignorar|olvida|olvide|olviden|olvidate|olvidese|omite|omita|descarta|descarte|(?:haz|haga) caso omiso (?:a|de)|no (?:hagas|haga) caso (?:a|de)|(?:pasa|pase) por alto|saltate|saltese|anula|anule|desobedece|deja de (?:lado|seguir)|deje de (?:lado|seguir))\b${gap(40)}\b${RULES}\b`,
      ),
    ],
    [
      'override',
      new RegExp(
        String.raw`\b(?:instrucciones|reglas|normas|restricciones|directrices)\b${gap(30)}\b(?:ya no (?:aplican|se aplican|son validas|cuentan|rigen)|quedan (?:anuladas|sin efecto|suspendidas)|han (?:sido|quedado) (?:anuladas|suspendidas|revocadas))|\bnuevas (?:instrucciones|reglas|ordenes|directrices)\s*[:-]|\b(?:obedece|obedezca|escucha|escuche)(?:me)?\b${gap(10)}\bsolo a mi\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\b(?:a partir de ahora|desde ahora|de ahora en adelante)\b${gap(20)}\b(?:eres|seras|actuas|actua|actuaras|responde|responderas|usted es|sera)\b|\bahora (?:eres|es usted)\b`,
      ),
    ],
    [
      'persona',
      new RegExp(
        String.raw`\bmodo (?:desarrollador|dios|sin restricciones|sin filtros|administrador|admin|jailbreak)\b|\b(?:sin|ninguna?s?)\s+(?:restricciones|filtros|reglas|censura|limitaciones|limites eticos)\b|\b(?:finge|finja|haz como si|haga como si|imagina que eres|actua como|actue como)\b${gap(30)}\b(?:sin (?:reglas|limites|restricciones|filtros|censura)|malvad[oa])`,
      ),
    ],
    [
      'extraction',
      new RegExp(
        String.raw`\b(?:revela|revele|revelar|muestra|muestrame|muestre|muestreme|mostrar|imprime|imprima|repite|repita|repetir|dime|digame|escribe|escriba|copia|copie|traduce|traduzca|resume|resuma|comparte|comparta|ensename|dame|deme|cita|cite|recita)\b${gap(40)}\b(?:(?:tu|tus|su|sus) (?:prompt|instrucciones|reglas|configuracion|mensaje del sistema|indicaciones|directrices)|prompt (?:del sistema|de sistema|inicial)|instrucciones (?:del sistema|de sistema|iniciales|ocultas|secretas|originales)|mensaje del sistema|(?:el )?texto (?:anterior|de arriba|que (?:esta|aparece) (?:arriba|antes))|todo lo (?:anterior|que (?:esta|hay) (?:arriba|antes)))`,
      ),
    ],
    [
      'extraction',
      /\bque te (?:dijeron|han dicho|indicaron|ordenaron)\b|\bque le (?:dijeron|han dicho|indicaron)\b|\bcuales son (?:tus|sus) (?:instrucciones|reglas|directrices)\b/,
    ],
    [
      'addressed-to-ai',
      new RegExp(
        String.raw`\b(?:instruccion|instrucciones|nota|mensaje|aviso|atencion)\s+(?:para|a)\s+(?:la |el |los |las |cualquier )?${AI}\b|\bsi (?:eres|es usted|usted es) (?:una? )?(?:ia|inteligencia artificial|asistente|modelo de lenguaje|bot|llm|chatbot)\b`,
      ),
    ],
    vocative(['ia', 'asistente', 'asistente de ia', 'asistente virtual', 'modelo', 'agente']),
    [
      'exfiltration',
      new RegExp(
        String.raw`\b(?:envia|envie|enviar|reenvia|reenvie|manda|mande|transfiere|transfiera|comparte|comparta|copia|copie)\b${gap(60)}\b(?:a|al|hacia|en)\s+${DESTINATION}`,
      ),
    ],
    [
      'authority',
      /\b(?:soy|yo soy) (?:tu|su|el) (?:desarrollador|creador|administrador|admin|programador|dueno|propietario|operador)\b|\bmodo (?:de )?mantenimiento\b|\b(?:anulacion|sobrescritura|orden) del sistema\b/,
    ],
    [
      'secrecy',
      new RegExp(
        String.raw`\bno (?:le |les |se lo |se la )?(?:digas|diga|menciones|mencione|cuentes|cuente|informes|informe|avises|avise|reveles|revele)\b${gap(25)}\b(?:al usuario|al cliente|a nadie|nada|esto|de esto|sobre esto)\b|\bsin (?:decirselo|decirle|avisar|informar|mencionar)(?:lo)?\b${gap(15)}\b(?:al usuario|al cliente)\b`,
      ),
    ],
    [
      'payload-splitting',
      new RegExp(
        String.raw`\b(?:junta|junte|combina|combine|concatena|concatene|une las|une los|une ambas)\b${gap(50)}\b(?:y|luego)\s+(?:ejecuta|ejecute|sigue|siga|obedece|obedezca|haz|haga|cumple|cumpla)\b`,
      ),
    ],
    ['forged-marker', /^[ \t]*(?:#{1,4}\s*)?sistema\s*:/m],
    [
      'override',
      /\b(?:ya no (?:tienes|tiene|necesitas|necesita) que (?:seguir|obedecer|respetar)|(?:puedes|puede) (?:ignorar|saltarte|romper|incumplir)|no (?:sigas|siga) (?:las|tus|sus)\b[^.!?\n]{0,20}\b(?:instrucciones|reglas|normas))\b/,
    ],
    [
      'extraction',
      /\bque (?:instrucciones|reglas|indicaciones) (?:te|le) (?:dieron|han dado|dio)\b|\bdesde el (?:principio|inicio|comienzo) de (?:esta|la|nuestra) conversacion\b/,
    ],
    [
      'payload-splitting',
      /\b(?:decodifica|decodifique|descifra|descifre|traduce|traduzca|invierte|invierta|lee|lea)\b[^.!?\n]{0,40}\b(?:y|luego)\s+(?:ejecuta|ejecute|sigue|siga|obedece|obedezca|haz lo que dice|haga lo que dice|cumple|cumpla)\b/,
    ],
    [
      'override',
      /\b(?:ignora|ignore|olvida|olvide|olvidate|olvidese|(?:haz|haga) caso omiso de|descarta|descarte)\b[^.!?\n]{0,20}\btodo lo (?:anterior|que (?:te|le) (?:dijeron|han dicho|indicaron)|de arriba)\b|\b(?:eres|es usted) (?:ahora )?dan\b/,
    ],
    [
      'override',
      /\b(?:sin importar|independientemente de|a pesar de|sin tener en cuenta|da igual|no importa) (?:lo que digan )?(?:tus|sus|las|tu|su|la) (?:reglas|instrucciones|normas|directrices|restricciones|politicas?)\b/,
    ],
    // The grandmother trick: a dead relative who "used to read me" what the rules forbid.
    [
      'persona',
      /\b(?:finge|finja|haz como si|imagina que) (?:que )?(?:eres|fueras|es|fuera) (?:mi )?(?:difunta? )?(?:abuela|abuelo|abuelita)\b/,
    ],
  ],
};
