// The words the frame draws, per locale (`data-locale`: en, es). A key named after a message of
// the Rust catalog (its Msg name in lowerCamelCase: helpHeading is Msg::HelpHeading) must equal
// that message's text; the others are the frame's own. tests/browser/help.spec.mjs checks, in
// every locale, that the frame drawn before the module and the module's own say the same.
// Letters outside ASCII are \u escapes here, and the build keeps them so (esbuild's ASCII
// output), so embed.js reads the same whatever charset a server declares for it. (The help
// services' own words are data: data/help.json.)

/** @type {Record<string, Record<string, string>>} */
export const TEXT = {
  en: {
    widgetName: 'Know the signs',
    exit: 'Quick exit',
    exitNote: 'Leaves this page at once for a neutral website. Shortcut: press Shift 3 times.',
    exitLimits: 'It does not erase your browsing history, where this page and earlier ones stay, or stop monitoring software.',
    safety: 'How to browse more safely',
    safetyPage: 'safety.html',
    twoMore: 'Shift, press 2 more times to exit.',
    oneMore: 'Shift, press 1 more time to exit.',
    timedOut: 'Quick exit shortcut cancelled.',
    leaving: 'Loading.',
    loading: 'Loading the quiz\u2026',
    slow: 'The quiz is taking a long time to load. The help details on this page work now.',
    quizHeading: 'Quiz: know the signs',
    contentNoteHeading: 'Before you start',
    contentNoteBody: 'This short quiz is about human trafficking: labour trafficking, sex trafficking, the sexual exploitation of children, and how trafficking differs from smuggling. It takes a few minutes. You can stop at any time.',
    contentNoteHelp: 'If any of this is close to home, the help details are always on this page.',
    startQuiz: 'Start the quiz',
    helpHeading: 'Where to get help',
    helpIntro: 'If someone is in immediate danger, call {emergency}.',
    helpIntroIntl: 'If someone is in immediate danger, call your local emergency number.',
    loadFailed: 'The quiz could not be loaded just now. The help details on this page still work.',
    callLabel: 'Call',
    textLabel: 'Text',
    websiteLabel: 'Website',
    partnerHelpName: 'Our own support service'
  },
  es: {
    widgetName: 'Conozca las se\u00f1ales',
    exit: 'Salida r\u00e1pida',
    exitNote: 'Sale de inmediato de esta p\u00e1gina y abre un sitio web neutral. Atajo: presione la tecla May\u00fas (Shift) 3 veces.',
    exitLimits: 'No borra su historial de navegaci\u00f3n, donde quedan esta p\u00e1gina y las anteriores, ni detiene programas de monitoreo.',
    safety: 'C\u00f3mo navegar de forma m\u00e1s segura',
    safetyPage: 'safety.es.html',
    twoMore: 'May\u00fas: presione 2 veces m\u00e1s para salir.',
    oneMore: 'May\u00fas: presione 1 vez m\u00e1s para salir.',
    timedOut: 'Se cancel\u00f3 el atajo de salida r\u00e1pida.',
    leaving: 'Cargando.',
    loading: 'Cargando el cuestionario\u2026',
    slow: 'El cuestionario est\u00e1 tardando mucho en cargar. Los datos para pedir ayuda de esta p\u00e1gina ya funcionan.',
    quizHeading: 'Cuestionario: conozca las se\u00f1ales',
    contentNoteHeading: 'Antes de empezar',
    contentNoteBody: 'Este breve cuestionario es sobre la trata de personas: la trata con fines de explotaci\u00f3n laboral, la trata con fines de explotaci\u00f3n sexual, la explotaci\u00f3n sexual comercial infantil y en qu\u00e9 se diferencia la trata del tr\u00e1fico il\u00edcito de migrantes. Toma unos minutos. Puede dejarlo en cualquier momento.',
    contentNoteHelp: 'Si algo de esto le toca de cerca, los datos para pedir ayuda est\u00e1n siempre en esta p\u00e1gina.',
    startQuiz: 'Comenzar el cuestionario',
    helpHeading: 'D\u00f3nde pedir ayuda',
    helpIntro: 'Si alguien est\u00e1 en peligro inmediato, llame al {emergency}.',
    helpIntroIntl: 'Si alguien est\u00e1 en peligro inmediato, llame al n\u00famero local de emergencias.',
    loadFailed: 'En este momento no se pudo cargar el cuestionario. Los datos para pedir ayuda de esta p\u00e1gina siguen disponibles.',
    callLabel: 'Llamar al',
    textLabel: 'Enviar mensaje de texto al',
    websiteLabel: 'Sitio web',
    partnerHelpName: 'Nuestro servicio de apoyo'
  }
};
