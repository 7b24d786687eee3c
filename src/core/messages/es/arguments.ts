import type { argumentTexts as en } from "../arguments.js";
import type { Translation } from "../translation.js";

/**
 * Spanish descriptions of each command's arguments, keyed like the English ones (messages/arguments.ts):
 * plain text, not ICU, each at most 100 characters (Discord's limit). Command, option and value
 * names, dates, durations and names in the examples stay as typed; `commands.ts` gives each
 * command's argument the text the English lookup picks.
 */
export const argumentTexts: Translation<typeof en> = {
  // Shared by every command that takes them.
  "arg.circle": 'el nombre del círculo, p. ej. "Green Valley" (por defecto: el círculo de esta sala)',
  "arg.federation": "el nombre de la federación, p. ej. Jura",
  "arg.person": "una persona, como @mención, p. ej. @bob",
  "arg.reason": 'por qué lo propones, se muestra a quien decide, p. ej. "nuestra tesorera se mudó"',
  "arg.tz": "una zona horaria IANA, p. ej. Europe/Madrid o America/Mexico_City",
  "arg.place": "su sala: una sala de Matrix, un #canal de Discord o un lugar del shell, p. ej. #green-valley",
  "arg.role": "el nombre del rol, p. ej. treasurer, facilitator o custodian",
  "arg.domain": "el ámbito de un portavoz, p. ej. prensa, asuntos legales o el nombre de una campaña",
  "arg.unit": "moneda (p. ej. EUR, CHF, USD) o hours",
  "arg.amount": "una cantidad, p. ej. 45.80 (punto o coma, sin signo)",
  "arg.memo": 'para qué es, p. ej. "reparación de bicis"',
  "arg.receipt": "un enlace al justificante, p. ej. https://files.example.org/receipt-12.pdf",
  "arg.title": 'un título corto, p. ej. "Día de la fundación"',
  "arg.text": 'el texto en sí, p. ej. "Nos reunimos en la trastienda de la panadería…"',
  "arg.from": "no antes de esta fecha o de este plazo, p. ej. 2027-03-18 o 3d",
  "arg.until": "hasta esta fecha o durante este tiempo, p. ej. 2027-03-18, 6mo o 2w",
  "arg.all": "yes: incluir también los cerrados y terminados, p. ej. all:yes",
  "arg.entries": "cuántos asientos listar, de 1 a 50, p. ej. 20",
  "arg.format": "csv (una tabla) o json, p. ej. format:json",
  "arg.table": "una tabla para exportar, p. ej. decisions, members, mandates, ledger",

  // Circles.
  "arg.circle.create.name": 'el nombre del nuevo círculo, p. ej. "Green Valley"',
  "arg.circle.purpose": 'para qué es el círculo, en una frase, p. ej. "una cooperativa de consumo del valle"',
  "arg.circle.create.open": "yes: cualquiera puede unirse; no: los miembros invitan (p. ej. open:yes)",
  "arg.circle.set.open": "yes: cualquiera puede unirse; no: solo por invitación (p. ej. open:no)",
  "arg.circle.set.recall_quorum":
    "parte de los miembros que debe votar una revocación, 50% como máximo, p. ej. 30%",
  "arg.circle.set.recall_threshold":
    "parte de los votos que una revocación debe superar, 50% como máximo, p. ej. 50% (más de la mitad)",
  "arg.circle.set.decide_by": "cómo decide el círculo: consent (nadie objeta) o majority (una votación)",
  "arg.circle.set.window": "cuánto tiempo siguen abiertas las propuestas, de 12h a 14d, p. ej. 48h",
  "arg.circle.set.quiet":
    "avisos de la federación que no van a la sala del círculo: convergences, calendar, digest o none",
  "arg.circle.remove.person": "el miembro que se retira, como @mención, p. ej. @mallory",
  "arg.circle.invite.person": "la persona a la que invitas, como @mención, p. ej. @bob",

  // History and export (circle and federation).
  "arg.kind": "una parte del historial, p. ej. mandate, poll, proposal, aid o convergence",
  "arg.circle.history.person": "solo lo que hizo esta persona o lo que la nombra, p. ej. @bob",
  "arg.federation.history.person": "solo lo que hizo esta persona o lo que la nombra, p. ej. @bob",
  "arg.circle.history.from": "desde esta fecha o desde hace tanto, p. ej. 2026-03-01, 30d o 6mo",
  "arg.federation.history.from": "desde esta fecha o desde hace tanto, p. ej. 2026-03-01, 30d o 6mo",
  "arg.circle.history.until": "hasta esta fecha incluida, p. ej. 2026-03-31",
  "arg.federation.history.until": "hasta esta fecha incluida, p. ej. 2026-03-31",
  "arg.before": "el número de entrada con que terminó la página anterior, para ver más antiguas, p. ej. 120",

  // Proposals.
  "arg.propose.text": "lo que propones, en una frase, p. ej. compramos una bici de carga compartida",
  "arg.propose.reason":
    'por qué, se muestra a quien decide, p. ej. "tres círculos necesitan una cada semana"',
  "arg.propose.federation": "proponerlo a los círculos de esta federación, un voto cada uno, p. ej. Jura",
  "arg.proposal.id": "el número de la propuesta, p. ej. 12 (proposal list los muestra)",
  "arg.proposal.reason":
    'por qué, para que otros puedan responder, p. ej. "el coste no está en el presupuesto"',
  "arg.proposal.circle": 'a nivel federal, el círculo cuya respuesta es esta, p. ej. "Green Valley"',
  "arg.proposal.list.circle": 'el círculo cuyas propuestas listar, p. ej. "Green Valley"',
  "arg.proposal.list.federation": "la federación cuyas propuestas listar, p. ej. Jura",
  "arg.proposal.all": "yes: incluir las propuestas decididas y retiradas (p. ej. all:yes)",

  // Federations.
  "arg.federation.create.name": "el nombre de la nueva federación, p. ej. Jura",
  "arg.federation.create.announce": "dónde van sus anuncios (por defecto: aquí), p. ej. #anuncios",
  "arg.federation.set.window": "cuánto siguen abiertas las propuestas federales, de 12h a 14d, p. ej. 7d",
  "arg.federation.set.mandate_max":
    "el mandato más largo que un círculo puede dar, en días (1 a 366), p. ej. 183",
  "arg.federation.set.digest": "días entre resúmenes de apoyo mutuo, de 7 a 90, p. ej. 14",
  "arg.federation.set.page": "quién lee su página web: off, members (un enlace firmado cada uno) o public",
  "arg.circle.list.federation": "solo los círculos de esta federación, p. ej. Jura",

  // Mandates and recall.
  "arg.mandate.grant.person": "el delegado, como @mención, p. ej. @alice",
  "arg.mandate.grant.scope": 'lo que el delegado puede hacer, en una frase, p. ej. "negociar el alquiler"',
  "arg.mandate.grant.until": "cuándo vence el mandato: una fecha o una duración, p. ej. 2027-06-30 o 3mo",
  "arg.mandate.grant.from":
    "cuándo empieza, si no es ahora: una fecha o una duración, p. ej. 2027-01-01 o 2w",
  "arg.mandate.id": "el número del mandato, p. ej. 3 (mandate list los muestra)",
  "arg.mandate.renew.until": "el nuevo vencimiento: una fecha o una duración, p. ej. 2027-12-31 o 6mo",
  "arg.mandate.list.circle": 'el círculo cuyos mandatos listar, p. ej. "Green Valley"',
  "arg.mandate.list.federation": "la federación cuyos delegados listar, p. ej. Jura",
  "arg.mandate.all": "yes: incluir los mandatos vencidos y terminados (p. ej. all:yes)",
  "arg.recall.person": "el delegado a revocar, como @mención, p. ej. @bob",
  "arg.recall.mandate": "qué mandato, si tiene varios, p. ej. 3",
  "arg.recall.closes":
    "cuándo se cierra la votación: dentro de una semana como máximo, p. ej. 2d, 36h o 2027-03-18",

  // Rotations and spokespersons.
  "arg.rotation.create.role": "el rol que rota, p. ej. treasurer, facilitator o custodian",
  "arg.rotation.create.every":
    'cada cuánto, p. ej. monthly, "every 2 weeks on monday 18:00", o una regla de una app de calendario',
  "arg.rotation.edit.every": 'el nuevo ritmo, p. ej. monthly o "every 2 weeks on monday 18:00"',
  "arg.rotation.lead": "cuánto antes de un relevo se avisa a quien sigue, p. ej. 2d, 12h o 30m",
  "arg.rotation.create.from": "el primer relevo no antes de esta fecha, p. ej. 2027-01-04",
  "arg.rotation.checklist": 'pasos del relevo que confirman ambos, separados por |, p. ej. "llaves|tarjeta"',
  "arg.rotation.create.federation": "hacerlo un rol federal, que pasa entre sus círculos, p. ej. Jura",
  "arg.rotation.federation": "la federación a la que pertenece este rol, p. ej. Jura",
  "arg.rotation.show.count": "cuántos relevos listar, de 1 a 20, p. ej. 10",
  "arg.rotation.swap.with": "el miembro con quien cambias tu próximo turno, como @mención, p. ej. @carol",
  "arg.rotation.away.until": "de vuelta en esta fecha o tras este plazo, p. ej. 2027-03-18, 3d o 2w",
  "arg.rotation.away.from": "ausente desde esta fecha, si no es ahora, p. ej. 2027-03-01",
  "arg.rotation.name.person": "quién asume el rol ahora, como @mención, p. ej. @dana",
  "arg.spokesperson.name.person": "el nuevo portavoz, como @mención, p. ej. @erin",
  "arg.spokesperson.who.federation": "buscar entre los círculos de esta federación, p. ej. Jura",

  // Polls.
  "arg.poll.start.question": "la pregunta, p. ej. ¿Nos sumamos a la huelga por el clima?",
  "arg.poll.start.options": 'las respuestas, de 2 a 20, separadas por |, p. ej. "sí|no|más tarde"',
  "arg.poll.start.closes": "cuándo se cierra: una duración o una fecha, p. ej. 2d, 36h o 2027-03-18",
  "arg.poll.start.quorum": "parte de los miembros que debe votar, p. ej. 50%",
  "arg.poll.start.threshold": "parte de los votos que una respuesta debe superar para ganar, p. ej. 50%",
  "arg.poll.start.secret": "yes: votación secreta, solo se muestran los totales (p. ej. secret:yes)",
  "arg.poll.id": "el número de la votación, p. ej. 4 (poll list los muestra)",
  "arg.poll.vote.choice": "tu respuesta: su número o su texto, p. ej. 2, #2, yes o no",
  "arg.poll.unvote.choice": "retirarlo solo si esta es tu respuesta actual, p. ej. 2",
  "arg.poll.list.circle": 'el círculo cuyas votaciones listar, p. ej. "Green Valley"',
  "arg.poll.list.federation": "la federación cuyas votaciones listar, p. ej. Jura",
  "arg.poll.all": "yes: incluir las votaciones cerradas (p. ej. all:yes)",

  // Reflections.
  "arg.reflect.share.happened": 'qué pasó, p. ej. "nuestro puesto del mercado cerró a las dos semanas"',
  "arg.reflect.share.learned": 'qué aprendió el círculo, p. ej. "empezamos sin preguntar a los vecinos"',
  "arg.reflect.share.needs": "qué ayudaría: material, advice o affirmation, p. ej. advice|affirmation",
  "arg.reflect.id": "el número de la reflexión, p. ej. 2 (reflect list los muestra)",
  "arg.reflect.advise.text": 'tu consejo, p. ej. "preguntar primero a los vecinos, con un pequeño regalo"',
  "arg.reflect.resolve.note": 'una nota de cierre, p. ej. "el puesto reabrió en primavera"',
  "arg.reflect.list.federation": "la federación cuyas reflexiones listar, p. ej. Jura",
  "arg.reflect.list.search": "solo las reflexiones con estas palabras, p. ej. mercado",

  // Mutual aid.
  "arg.aid.request.what": 'qué hace falta, p. ej. "una furgoneta para la mudanza"',
  "arg.aid.offer.what": 'qué ofreces, p. ej. "nuestra furgoneta, el sábado"',
  "arg.aid.request.amount": "cuánto o cuántos (más de 0), p. ej. 300",
  "arg.aid.offer.amount": "cuánto o cuántos (más de 0), p. ej. 100",
  "arg.aid.request.unit": "unidad de la cantidad, p. ej. EUR, kg o personas",
  "arg.aid.offer.unit": "unidad de tu cantidad (por defecto: la de la solicitud), p. ej. EUR, kg o personas",
  "arg.aid.request.by": "se necesita antes de esta fecha o en este plazo, p. ej. 14d o 2027-03-18",
  "arg.aid.request.urgency": "low, normal o high, p. ej. urgency:high",
  "arg.aid.offer.id": "el número de la solicitud (o de la reflexión), p. ej. 5 (aid list los muestra)",
  "arg.aid.offer.for": "qué es el número: una solicitud o una reflexión, p. ej. for:reflection",
  "arg.aid.accept.id": "el número de la oferta, p. ej. 7 (las respuestas a la solicitud los muestran)",
  "arg.aid.fulfilled.id": "el número de la oferta, p. ej. 7",
  "arg.aid.fulfilled.amount":
    "lo que llegó ahora, en la unidad de la oferta (por defecto: el resto), p. ej. 50",
  "arg.aid.give.id": "el número de la oferta, p. ej. 7",
  "arg.aid.give.amount": "cuánto se dio ahora (por defecto: el resto de la oferta), p. ej. 50",
  "arg.aid.close.id": "el número de la solicitud, p. ej. 5 (aid list los muestra)",
  "arg.aid.list.federation": "la federación cuyas solicitudes listar, p. ej. Jura",
  "arg.aid.all": "yes: incluir las solicitudes cumplidas, cerradas y vencidas (p. ej. all:yes)",

  // Ledger.
  "arg.ledger.income.memo": 'de dónde vino, p. ej. "venta de pasteles"',
  "arg.ledger.expense.memo": 'para qué fue, p. ej. "reparación de bicis"',
  "arg.ledger.income.donation":
    "yes: una donación, se aplica la contribución solidaria de la federación (p. ej. donation:yes)",
  "arg.ledger.expense.line": "la partida del presupuesto a la que se imputa, p. ej. alquiler o comida",
  "arg.ledger.expense.budget": 'qué presupuesto (por defecto: el último con esa partida), p. ej. "2027"',
  "arg.ledger.show.circle": 'el círculo cuyas cuentas mostrar, p. ej. "Green Valley"',
  "arg.ledger.show.federation": "la federación cuyas cuentas mostrar, p. ej. Jura",
  "arg.ledger.export.circle": 'el círculo cuyas cuentas exportar, p. ej. "Green Valley"',
  "arg.ledger.export.federation": "la federación cuyas cuentas exportar, p. ej. Jura",
  "arg.ledger.export.from": "el primer día, p. ej. 2026-01-01",
  "arg.ledger.export.until": "el último día, p. ej. 2026-12-31",
  "arg.ledger.budget.name": 'el nombre del presupuesto, p. ej. "2027"',
  "arg.ledger.budget.lines": 'partidas con sus cantidades previstas, p. ej. "alquiler 300 | comida 200.50"',
  "arg.ledger.set.threshold": "el mayor gasto que registra la tesorería sola (0: ninguno), p. ej. 100",
  "arg.ledger.set.unit": "unidad del umbral, p. ej. EUR o hours",
  "arg.ledger.set.memos":
    "internal: solo los miembros leen los conceptos (los totales siguen abiertos); u open",
  "arg.ledger.reverse.entry": "el número del asiento, p. ej. 14 (ledger show los lista)",
  "arg.ledger.reverse.why": "por qué se anula, p. ej. registrado dos veces o cantidad errónea",

  // Funds and credit.
  "arg.fund.create.name": 'el nombre del nuevo fondo, p. ej. "Solidaridad"',
  "arg.fund.create.purpose": 'para qué es el fondo, p. ej. "círculos en apuros"',
  "arg.fund.fund": 'el nombre del fondo, p. ej. "Solidaridad"',
  "arg.fund.draw.to": 'el círculo que lo recibe, p. ej. "Green Valley"',
  "arg.fund.pay.circle":
    'el círculo que aporta (por defecto: el que tiene aquí su sala), p. ej. "Green Valley"',
  "arg.fund.levy.rate": "parte de cada donación, p. ej. 5% (0% pone fin a la contribución)",
  "arg.fund.levy.above":
    "se aplica a los círculos que tienen más que esto, en la unidad del fondo, p. ej. 1000",
  "arg.fund.show.entries": "cuántos movimientos listar, de 1 a 50, p. ej. 20",
  "arg.credit.pay.to": 'el círculo al que se paga, p. ej. "River Bend"',
  "arg.credit.pay.circle":
    'el círculo que paga (por defecto: el que tiene aquí su sala), p. ej. "Green Valley"',
  "arg.credit.limit.amount": "hasta dónde bajo cero puede llegar un círculo, p. ej. 100",
  "arg.credit.limit.circle": 'solo este círculo (por defecto: todo círculo sin límite propio), p. ej. "Oak"',
  "arg.credit.limit.unit":
    "la unidad del crédito, fijada una vez: credits (por defecto), hours o EUR, p. ej. hours",

  // Convergences.
  "arg.convergence.schedule.title": 'el nombre de la asamblea, p. ej. "Convergencia de primavera"',
  "arg.convergence.schedule.every":
    'cada cuánto, p. ej. monthly, "every 3 months on saturday 10:00" o yearly',
  "arg.convergence.schedule.at": "un inicio único, p. ej. 2027-03-18T10:00",
  "arg.convergence.schedule.from": "la primera no antes de esta fecha, p. ej. 2027-01-01",
  "arg.convergence.schedule.duration": "cuánto dura, p. ej. 3h, 90m o 2d",
  "arg.convergence.schedule.where": "un lugar o un enlace, p. ej. https://meet.example.org/jura",
  "arg.convergence.schedule.agenda": 'qué se tratará, p. ej. "presupuesto | nuevos círculos"',
  "arg.convergence.schedule.story":
    "yes: volver a contar el relato fundacional al empezar cada una (p. ej. story:yes)",
  "arg.convergence.schedule.remind":
    "recordatorios antes de cada inicio, separados por comas, p. ej. 7d,1d,1h",
  "arg.convergence.id": "el número de la convergencia, p. ej. 1 (convergence list los muestra)",
  "arg.convergence.rsvp.answer": "yes, maybe o no, p. ej. yes",
  "arg.convergence.agenda.item": 'el punto que añadir, p. ej. "una furgoneta compartida"',
  "arg.convergence.agenda.circle": 'el círculo del que viene el punto, si estás en varios, p. ej. "Oak"',
  "arg.convergence.minutes.text": 'el acta en sí, p. ej. "Acordamos una furgoneta compartida…"',
  "arg.convergence.minutes.link": "un enlace al acta, p. ej. https://pad.example.org/minutes",
  "arg.convergence.minutes.on": "el día en que se reunió, si no es su última reunión, p. ej. 2026-04-18",
  "arg.convergence.minutes.decisions": "las propuestas decididas allí, separadas por comas, p. ej. 12,14",

  // Calendar and stories.
  "arg.calendar.add.date": "el día, como mes-día, p. ej. 03-18",
  "arg.calendar.add.title": 'qué marca ese día, p. ej. "Fundación de la Comuna"',
  "arg.calendar.add.announce": "yes: anunciarlo ese día; no: solo listarlo (p. ej. announce:no)",
  "arg.calendar.id": "el número del día, p. ej. 2 (calendar list los muestra)",
  "arg.calendar.announce.choice": "yes: anunciarlo ese día; no: dejar de anunciarlo (p. ej. no)",
  "arg.story.add.title": 'el título del relato, p. ej. "Cómo empezamos"',
  "arg.story.add.text": 'el relato, p. ej. "En 1872 los relojeros del valle se reunieron…"',
  "arg.story.add.founding": "yes: es el relato fundacional, si aún no hay ninguno (p. ej. founding:yes)",
  "arg.story.id": "el número del relato, p. ej. 2 (story list los muestra)",
  "arg.story.tell.id": "el número del relato (por defecto: el relato fundacional), p. ej. 2",

  // You.
  "arg.me.link.code": "el código de 8 caracteres que recibió tu otra cuenta, p. ej. K7QP2MZX",
  "arg.me.show-name.show":
    "yes: mostrar tu nombre de usuario; no: mostrar “un miembro” en su lugar (p. ej. no)",
  "arg.circle.set.language": "el idioma de Jura en la sala del círculo: en, fr, es o it (p. ej. es)",
  "arg.federation.set.language": "el idioma de sus salas y de los círculos que no eligieron uno, p. ej. es",
  "arg.me.language.language": "tu idioma: en, fr, es o it, o auto para seguir el lugar (p. ej. es)",
};
