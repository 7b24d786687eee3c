/**
 * Spanish command texts for the chat platforms' command lists: `"<group> <name>"` is a command's
 * summary (`"<group>"` alone when the command has no name, or a group's own description). Each
 * fits Discord's 100 characters; command, option and value names stay English. Arguments are
 * described by ./arguments.ts, under the key the English lookup picks (see commandText).
 */
export const commands: Readonly<Record<string, string>> = {
  circle: "círculos de 5 a 15 personas: create, join, invite, leave, remove, show, set, history, export",
  "circle create":
    "Crea un círculo aquí; serás su primer miembro. Abierto por invitación salvo con open:yes.",
  "circle join": "Únete a un círculo (abierto, o que te haya invitado).",
  "circle invite": "Invita a alguien a tu círculo; acepta con circle join.",
  "circle leave": "Deja un círculo; terminan los mandatos que tengas de él.",
  "circle show": "Muestra un círculo: propósito, miembros, federación y delegados.",
  "circle list": "Lista los círculos, o los de una federación.",
  "circle set":
    "Cambia propósito, zona horaria, casa, apertura, revocación, idioma o modo de decidir (del círculo).",
  "circle remove": "Quita a un miembro de tu círculo, por decisión del círculo (sin la voz del afectado).",
  "circle history":
    "Lo que pasó en un círculo, lo más reciente primero; filtra con kind:, person:, from:, until:.",
  "circle export": "El registro de un círculo en CSV y JSON: enlaces de descarga, o table: en el mensaje.",
  propose:
    "Presenta una propuesta motivada a tu círculo (o, con federation:, a los círculos de la federación).",
  proposal: "responder, seguir y retirar propuestas: agree, abstain, object, block",
  "proposal agree": "Apoya una propuesta (puedes cambiar tu respuesta hasta que se cierre).",
  "proposal abstain": "Abstente en una propuesta: ni te opones ni estás de acuerdo.",
  "proposal object": "Objeta una propuesta diciendo por qué; una objeción convierte el consenso en votación.",
  "proposal block": "Bloquea una propuesta diciendo por qué: no se aprueba mientras el bloqueo siga.",
  "proposal show": "Una propuesta: qué haría, por qué, y todas las respuestas (son públicas, no secretas).",
  "proposal list": "Propuestas abiertas de un círculo, o de una federación y sus círculos.",
  "proposal withdraw": "Retira una propuesta que hiciste, antes de que se cierre.",
  federation: "federaciones de círculos: create, join, leave, show, set, history, export, page",
  "federation create": "Funda una federación; este lugar pasa a ser su consejo y su lugar de avisos.",
  "federation join": "Lleva tu círculo a una federación (decisión del círculo).",
  "federation leave":
    "Saca tu círculo de una federación; salir es siempre su derecho (decisión del círculo).",
  "federation show": "Muestra una federación: sus círculos y sus delegados.",
  "federation list": "Lista las federaciones y cuántos círculos une cada una.",
  "federation set":
    "Cambia plazo de decisión, mandato máximo, resumen, idioma o acceso a la página (decisión federal).",
  "federation history":
    "Lo que pasó en una federación y sus círculos; filtra con kind:, person:, from:, until:.",
  "federation export":
    "El registro de una federación en CSV y JSON: enlaces de descarga, o table: en el mensaje.",
  "federation page": "El enlace a la página web de una federación: pública, o firmada para ti (caduca).",
  mandate: "delegados con mandatos limitados y con vencimiento",
  "mandate grant":
    "Propón a un miembro como delegado, con un mandato limitado que caduca (decisión que acepta).",
  "mandate list": "Lista los delegados y sus mandatos, de un círculo o de toda una federación.",
  "mandate renew":
    "Renueva el mandato de un delegado por un nuevo periodo (decisión del círculo que acepta).",
  "mandate renounce": "Devuelve un mandato que tienes; se avisa a tu círculo y a tu federación.",
  recall:
    "Abre una votación de revocación en el círculo de un delegado (7 días máx.); si pasa, cesa el mandato",
  rotation: "roles rotativos, anunciados antes de cada relevo y en el momento",
  "rotation create":
    "Haz rotar un rol (portavoz, tesorería, custodia…) con una frecuencia, con avisos automáticos.",
  "rotation show": "Quién ocupa un rol ahora, y los próximos relevos con sus fechas.",
  "rotation list": "Los roles rotativos de un círculo o federación, con quién los ocupa.",
  "rotation swap": "Ofrece intercambiar tu próximo turno de un rol con el de otra persona; vale si acepta.",
  "rotation skip": "Pasa tu próximo turno de un rol; lo toma la siguiente persona y conservas tu lugar.",
  "rotation away": "Avisa a tu círculo de que estarás fuera: sus rotaciones te saltan hasta entonces.",
  "rotation confirm": "Confirma la lista de relevo de una custodia (confirman quien sale y quien entra).",
  "rotation name":
    "Para un rol federal que ocupa tu círculo: nombra a quien lo lleva (decisión que la persona acepta).",
  "rotation edit":
    "Cambia la frecuencia, la antelación o la lista de una rotación; se mantienen los intercambios.",
  "rotation end": "Deja de rotar un rol; su historia queda en el registro.",
  spokesperson: "portavoces, cada uno para un ámbito",
  "spokesperson name": "Nombra al portavoz de tu círculo para un ámbito (decisión que la persona acepta).",
  "spokesperson who": "Quién habla por un círculo (o por cada círculo de una federación) sobre un ámbito.",
  poll: "preguntas a un círculo, con quórum y umbral",
  "poll start": "Haz una pregunta a tu círculo; sus miembros actuales pueden votar hasta el cierre.",
  "poll vote": "Vota en una votación de tu círculo; puedes cambiar el voto hasta el cierre.",
  "poll unvote": "Retira tu voto de una votación aún abierta.",
  "poll show":
    "Pregunta, opciones y recuentos de una votación (si es secreta, los totales solo al cerrarse).",
  "poll list": "Votaciones abiertas de un círculo o de los círculos de una federación.",
  "poll close":
    "Cierra tu votación antes de tiempo y anuncia el resultado (las revocaciones llegan al final).",
  reflect: "reflexiones sobre fracasos compartidas con la federación: consejo, apoyo, ayuda",
  "reflect share": "Comparte con la federación qué salió mal, qué aprendió tu círculo y qué ayudaría.",
  "reflect list": "El archivo de reflexiones, lo más reciente primero; search:<palabras> busca lecciones.",
  "reflect show": "Una reflexión con sus consejos, respaldos, ofertas y nota de cierre.",
  "reflect advise": "Responde a una reflexión con un consejo; se guarda con ella.",
  "reflect affirm": "Respalda a un círculo por compartir una reflexión (una vez por persona, contado).",
  "reflect resolve": "Cierra la reflexión de tu círculo con una nota sobre cómo acabó; queda en el archivo.",
  aid: "solicitudes y ofertas de apoyo mutuo entre círculos",
  "aid request": "Pide ayuda a la federación: qué, cuánto, para cuándo y con qué urgencia.",
  "aid offer": "Ofrece la ayuda de tu círculo a una solicitud (o, con for:reflection, a una reflexión).",
  "aid accept": "Acepta una oferta hecha a la solicitud de tu círculo; se sigue hasta cumplirse.",
  "aid fulfilled":
    "Indica qué llegó de una oferta aceptada (amount: para una parte); la solicitud se va cumpliendo.",
  "aid give":
    "Anota el dinero dado mediante una oferta en las cuentas de ambos círculos, y cuéntalo entregado.",
  "aid close": "Cierra la solicitud de tu círculo (cubierta de otro modo, o ya innecesaria).",
  "aid list": "Solicitudes de ayuda abiertas, urgentes y antiguas primero (all:yes incluye las terminadas).",
  "aid digest":
    "Cada cuánto llega el resumen de apoyo mutuo (la federación lo cambia con /federation set digest:…).",
  ledger: "las cuentas abiertas de un círculo: ingresos, gastos, presupuestos, anulaciones, exportar CSV",
  "ledger income":
    "Anota un ingreso de tu círculo; donation:yes aplica la contribución solidaria de la federación.",
  "ledger expense":
    "Anota un gasto con su recibo: tesorería sola hasta el umbral, por encima decisión del círculo.",
  "ledger show":
    "Las cuentas de un círculo (totales, presupuestos, asientos) o, con federation:, sus fondos.",
  "ledger export":
    "Exporta las cuentas de un círculo (o, con federation:, sus fondos) en CSV, una fila por línea.",
  "ledger budget":
    "Fija un presupuesto de tu círculo con sus partidas (decisión del círculo); gastos con line:…",
  "ledger set":
    "Decide cómo lleva tu círculo las cuentas: gasto sin consulta (threshold:) y conceptos internos o no.",
  "ledger reverse": "Deshaz un asiento con un asiento de anulación (nunca se edita ni se borra nada).",
  fund: "los fondos comunes de la federación y su contribución solidaria",
  "fund create": "Abre un fondo común de la federación (huelga, presos, defensa legal…): decisión federal.",
  "fund pay":
    "Aporta de las cuentas de tu círculo a un fondo común (tesorería hasta el umbral, si no decisión).",
  "fund draw": "Paga a un círculo desde un fondo común (decisión federal, una voz por círculo).",
  "fund show": "Un fondo común: lo que tiene, la contribución que lo alimenta y todos sus movimientos.",
  "fund list":
    "Los fondos comunes de una federación con lo que tiene cada uno, y sus contribuciones solidarias.",
  "fund levy": "Fija la contribución solidaria (decisión federal): una parte de cada donación va a un fondo.",
  credit: "crédito mutuo entre círculos: saldos de suma cero dentro de unos límites",
  "credit pay":
    "Paga a otro círculo en crédito mutuo (tesorería hasta el umbral, si no decisión del círculo).",
  "credit balance":
    "Saldo y límite de crédito mutuo de cada círculo de una federación; la suma siempre es cero.",
  "credit limit": "Fija cuánto pueden bajar de cero los círculos en el crédito mutuo (decisión federal).",
  convergence:
    "las asambleas de una federación: fechas, RSVP, recordatorios, orden del día, actas, iCalendar",
  "convergence schedule":
    "Programa una convergencia de la federación (asamblea, congreso…), periódica o única.",
  "convergence list": "Las convergencias de una federación y cuándo se reúne cada una.",
  "convergence show": "Una convergencia: cuándo, dónde, orden del día, recordatorios y quién viene.",
  "convergence rsvp": "Di si vienes a una convergencia: yes, maybe o no (cuenta tu última respuesta).",
  "convergence cancel": "Cancela una convergencia: no más recordatorios, y se avisa a la federación.",
  "convergence ics": "Las convergencias de una federación como calendario iCalendar, para cualquier agenda.",
  "convergence agenda":
    "Añade un punto al orden del día de la próxima reunión de una convergencia, por tu círculo.",
  "convergence minutes":
    "Registra el acta de una convergencia (texto, link: o ambos) y las decisiones tomadas.",
  calendar: "el calendario ritual de una federación: conmemoraciones anunciadas el mismo día",
  "calendar list": "El calendario ritual de una federación: conmemoraciones, y cuáles se anuncian ese día.",
  "calendar add":
    "Añade una conmemoración o ritual al calendario (se anuncia ese día salvo con announce:no).",
  "calendar remove": "Quita una entrada del calendario de la federación.",
  "calendar announce": "Elige si una entrada del calendario se anuncia en su día.",
  story: "los relatos de la federación: su relato fundacional y episodios de su historia",
  "story add": "Guarda un relato de la federación: su relato fundacional, o un episodio de su historia.",
  "story tell": "Vuelve a contar un relato de la federación — el fundacional, salvo que nombres otro.",
  "story list": "Los relatos que guarda una federación.",
  "story founding": "Haz de un relato de la federación su relato fundacional (decisión federal).",
  me: "lo que muestras de ti fuera del chat",
  "me link": "Une tus cuentas de Matrix y Discord: sin código, pide uno; introdúcelo desde la otra (10 min).",
  "me unlink":
    "Separa esta cuenta de la persona a la que estaba vinculada (lo que era se queda con la persona).",
  "me language":
    "El idioma en que Jura te habla, en todas partes: en, fr, es, it, o auto (el de cada lugar).",
  "me show-name":
    "Si tu nombre de usuario puede aparecer fuera del chat: exportaciones y páginas (no por defecto).",
};
