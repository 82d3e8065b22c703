/**
 * @module The everyday words of a Portuguese question about work, with their English: verbs in the forms a question
 * uses (what a person does: "pagam", "recebo", "peço"), and the nouns of time and pay a question counts in. A verb
 * that says nothing of the topic ("tirar", "ficam", "seja") reads as nothing, so it is not taken for a word the
 * base lacks. Written from general knowledge of Portuguese as typed in Angola, Mozambique, Brazil and Portugal
 * ("autocarro" and "ônibus", "você" and "tu" forms alike), compared with their accents and cedillas folded; not from
 * any organisation's documents or questions. A local workplace noun ("subsídio", "folga", "baixa", "carrinha") is
 * not here: it is kept as typed, for the glossary reads it after this.
 */

// Each line: the English ('-' for none), then the forms. One verb or noun a line. No form that is also a word of
// grammar or of asking ("como", eat and how; "marco", March and a landmark; "caso", I marry and case) is listed.
// biome-ignore format: one word a line keeps the list readable and easy to review
const LINES = [
  'pay: pagar paga pague paguem pagamos pagarao pagara',
  'paid: pagam pago pagos pagas pagaram pagou pagaste',
  'payment: pagamento pagamentos',
  'receive: receber recebo recebe recebem recebemos recebes recebi recebeu receberam recebido',
  'charge: cobrar cobra cobram cobrou cobraram cobrado',
  'deduct: descontar desconta descontam descontou descontaram descontado desconto descontos',
  'deposit: depositar deposita depositam depositou depositado deposito',
  'cost: custar custa custam custou',
  'open: abrir abre abrem abriu aberto aberta abertos',
  'close: fechar fecha fecham fechou fechado fechada encerra encerram encerrado',
  'start: comecar comeca comecam comecou inicia iniciam inicio',
  'finish: terminar termina terminam terminou acaba acabam acabou',
  'leave: sair sai saem saio saimos saiu saida',
  'arrive: chegar chega chegam chego chegou chegada',
  'request: pedir peco pede pedem peca pedido solicitar solicito solicita solicitam solicitacao requerer requeiro requerimento',
  'call: ligar ligo liga ligam ligue ligacao telefonar telefono telefona',
  'send: mandar mando manda mandam enviar envio envia enviam',
  'submit: entregar entrego entrega entregam entregue',
  'respond: responder responde respondem resposta',
  'return: devolver devolvo devolve devolvem devolucao',
  'reimburse: reembolsar reembolsa reembolsam reembolso',
  'earn: ganhar ganho ganha ganham',
  'sign: assinar assino assina assinam assinatura',
  'report: reportar reporto reporta comunicar comunico comunica comunicam',
  'notify: avisar aviso avisa avisam avise',
  'approve: aprovar aprova aprovam aprovado aprovada autorizar autoriza autorizam autorizado autorizacao',
  'absent: faltar falto falta faltam faltei faltou faltas ausente ausencia',
  'resign: demissao',
  'dismiss: despedir despedem despedido despedimento demitir demitem demitido',
  'work: trabalhar trabalho trabalha trabalham trabalhamos trabalhei',
  'rest: descansar descanso descansa descansam',
  'change: mudar mudo muda mudam trocar troco troca trocam alterar altera alteram',
  'live: morar moro mora moram',
  'travel: viajar viajo viaja viajam viagem viagens',
  'smoke: fumar fumo fuma fumam',
  'park: estacionar estaciono estaciona estacionamento',
  'use: usar uso usa usam utilizar utilizo',
  'buy: comprar compro compra compram',
  'book: marcar marca marcam marcacao agendar agendo agenda',
  'eat: comer come comem',
  'lunch: almocar almoco almoca almocam',
  'dinner: jantar janta',
  'meal: refeicao refeicoes',
  'sleep: dormir durmo dorme',
  'lose: perder perco perde perdem perdi perdeu',
  'birth: parir nascer nasce nasceu nascimento parto',
  'married: casar casamento',
  'death: morrer morre morreu falecer faleceu falecimento obito',
  'injury: magoei magoou aleijei aleijou feri feriu lesao',
  'sick: doente doentes adoecer adoeci adoeceu',
  'hire: contratar contrata contratam contratado',
  'refuse: recusar recusa recusam recusou negar nega negam negou',
  'happen: acontecer acontece acontecem aconteceu',
  'transfer: transferir transfere transferem transferencia',
  'entitled: direito direitos',
  'next: proximo proxima',
  'now: agora',
  'night: noite noites noturno noturna',
  'morning: manha manhas',
  'more: mais',
  'less: menos',
  '100: cem cento',
  'minimum: minimo minima',
  'maximum: maximo maxima',
  'problem: problema problemas',
  'complaint: reclamacao reclamacoes queixa queixas',
  'child: filho filha filhos filhas crianca criancas',
  'doctor: medico medicos doutor',
  'money: dinheiro',
  'salary: salario salarios ordenado ordenados',
  'day: dia',
  'days: dias',
  'hour: hora',
  'hours: horas',
  'week: semana',
  'weeks: semanas',
  'month: mes',
  'months: meses',
  'year: ano',
  'years: anos',
  'until: ate',
  '-: demorar demora demoram levar levo leva levam ficar fico fica ficam passar passo passa passam tirar tiro tira tiram pegar pego pega pegam apanhar apanho apanha trazer trago traz trazem meter fazer faco faz fazem fiz feito seja sejam seria estou estao foi foram ter tens tinha poder pode podem podes deve devem devemos preciso precisa precisam precisamos querer quero quer queremos queria gostaria saber sei sabe ir vai vamos vao sabem cai caiu cair vir venho vem dizer diz dizem dou dao existe existem',
];

/** Each Portuguese form, accent-folded, with the English it reads as ('' for none). */
export const PORTUGUESE_WORDS: ReadonlyMap<string, string> = new Map(
  LINES.flatMap((line) => {
    const [english, forms] = line.split(': ') as [string, string];
    return forms.split(' ').map((form) => [form, english === '-' ? '' : english] as const);
  }),
);

/**
 * Nouns of work and time typed as several words, with their English, read before single words ("horas extra" is
 * overtime, not hours and an "extra"; "segunda via" a copy, not a Monday). Longest first.
 */
export const PORTUGUESE_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['horas extraordinarias', 'overtime'],
  ['horas suplementares', 'overtime'],
  ['horas extras', 'overtime'],
  ['horas extra', 'overtime'],
  ['hora extra', 'overtime'],
  ['final de semana', 'weekend'],
  ['fins de semana', 'weekends'],
  ['fim de semana', 'weekend'],
  ['semana que vem', 'next week'],
  ['ano que vem', 'next year'],
  ['mes que vem', 'next month'],
  ['segunda via', 'copy'],
  ['por semana', 'per week'],
  ['por dia', 'per day'],
  ['por mes', 'per month'],
  ['por ano', 'per year'],
  ['por favor', ''],
  ['a gente', ''],
];
