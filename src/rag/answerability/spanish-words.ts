/**
 * @module The everyday words of a Spanish question about work, with their English: verbs in the forms a question
 * uses (what a person does: "pagan", "pido", "cojo"), and the nouns of time and pay a question counts in. A verb
 * that says nothing of the topic ("quedan", "sea", "cojo") reads as nothing, so it is not taken for a word the
 * base lacks. Written from general knowledge of Spanish (Latin American usage included), compared with their
 * accents folded; not from any organisation's documents.
 */

// Each line: the English ('-' for none), then the forms. One verb or noun a line.
// biome-ignore format: one word a line keeps the list readable and easy to review
const LINES = [
  'pay: pagar paga pagan pague paguen pagaron pagado pagada pagas pagamos pagaran',
  'charge: cobrar cobra cobran cobre cobraron cobrado',
  'open: abrir abre abren abierto abierta',
  'close: cerrar cierra cierran cierre cerrado cerrada',
  'start: empezar empieza empiezan empiece comenzar comienza comienzan inicia inician entro entra entran',
  'finish: terminar termina terminan termine acaba acaban',
  'leave: salir sale salen salgo salida',
  'arrive: llegar llega llegan llegue llego',
  'request: pedir pido pide piden pida solicitar solicito solicita solicitan solicitud sacar saco saca sacan',
  'call: llamar llamo llama llaman llamen llamada',
  'send: mandar mando manda mandan manden enviar envio envia envian',
  'respond: contestar contesta contestan responder responde responden respuesta',
  'return: devolver devuelvo devuelve devuelven devolucion',
  'reimburse: reembolsar reembolsa reembolsan reembolso reponen',
  'earn: ganar gano gana ganan',
  'sign: firmar firmo firma firman',
  'report: reportar reporto reporta reportan reporte denunciar denuncia',
  'notify: avisar aviso avisa avisan avise',
  'absent: faltar falto falta faltan falte ausente ausencia',
  'resign: renunciar renuncio renuncia renuncian',
  'dismiss: despedir despiden despido botan',
  'work: trabajar trabajo trabaja trabajan trabajamos',
  'rest: descansar descanso descansa descansan',
  'change: cambiar cambio cambia cambian',
  'travel: viajar viajo viaja viajan viaje',
  'smoke: fumar fumo fuma fuman',
  'park: estacionar estaciono parquear parqueo',
  'eat: comer come comen',
  'meal: jama jamar',
  'lunch: almorzar almuerzo almuerza almuerzan',
  'sleep: dormir duermo duerme duermen',
  'lose: perder pierdo pierde pierden perdi perdio',
  'birth: parir pare paren nacer nace nacio nacimiento',
  'married: casarme casarse casamiento',
  'death: morir muere murio fallecio fallecer fallecimiento',
  'injury: lastimarse lastime lastimo herirse accidentarse',
  'sick: enfermarse enfermo enferma enfermos',
  'dry: secar seca secan',
  'move: mover mueve mueven mudar mudanza',
  'hire: contratar contrata contratan',
  'correct: corregir corrijo corrige corrigen',
  'forget: olvidar olvide olvido olvida olvidan olvidaron',
  '100: ciento cien',
  'minimum: minimo minima',
  'maximum: maximo maxima',
  'problem: problema problemas',
  'complaint: queja quejas reclamo reclamos',
  'child: hijo hija hijos hijas nino nina ninos ninas',
  'doctor: medico medica doctor doctora',
  'money: dinero plata',
  'salary: sueldo sueldos salario salarios',
  'days: dias',
  'hours: horas',
  'times: veces',
  'spouse: esposa esposo',
  'rain: lluvia',
  'care: cuidar cuido cuida cuidarlo cuidarla',
  'collect: recoger recojo recoge recogen recogida recogido',
  'weeks: semanas',
  'months: meses',
  'years: anos',
  'until: hasta',
  '-: tocar toca tocan toque tardar tarda tardan demora demoran quedar quedo queda quedan quede pasar pasa pasan pase paso coger cojo coge cogen tomar tomo toma toman llevar llevo lleva llevan traer traigo trae traen poner pongo pone ponen meter hacer hago hace hacen sea sean seria estoy estan fue fueron tener tienes poder puedes deber debo debemos necesito necesitan querer quiero queremos saber se sabe ir voy vas vamos venir vengo viene vienen dicen dice decir pal pa',
  // Caribbean chat's greeting and "buddy" ("qué bola, asere") say nothing of the topic.
  '-: asere bola',
  // The past of the verbs a story is told with ("me dieron", "tuve un choque", "fui al médico", "encontré un
  // pasaporte"), and "durar" after "cuánto tiempo" has asked how long.
  '-: encontre encontro encontramos encontraron tuve tuvo tuvimos tuvieron estuve estuvo estuvieron hice hizo hicieron di dio dieron dieran pude pudo pudieron dije dijo dijeron fui fuimos durar dura duran',
];

/** Each Spanish form, accent-folded, with the English it reads as ('' for none). */
export const SPANISH_WORDS: ReadonlyMap<string, string> = new Map(
  LINES.flatMap((line) => {
    const [english, forms] = line.split(': ') as [string, string];
    return forms.split(' ').map((form) => [form, english === '-' ? '' : english] as const);
  }),
);
