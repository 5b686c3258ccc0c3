/**
 * The site's own words in French, the shape of the English table (see english.ts for how sentences are written).
 * French typography puts a narrow no-break space before ":", ";", "?" and "!", and inside « ».
 */
import type { DateWords } from '../values/format-date.ts';
import type { BlockKind, PartyKind, SiteWords } from './site-words.ts';
import { counted } from './counted.ts';

const LOCALE = 'fr-FR';
const count = (n: number, one: string, other: string): string => counted(LOCALE, n, { one, other });
/** The narrow no-break space French puts before high punctuation. */
const S = '\u202f';

const dates: DateWords = {
  locale: LOCALE,
  around: (date) => `vers ${date}`,
  partOfYear: (third, year) => [`début ${year}`, `mi-${year}`, `fin ${year}`][third] as string,
  season: (season, year, hemisphere) =>
    `${['printemps', 'été', 'automne', 'hiver'][season]} ${year}${hemisphere ? ` (hémisphère ${hemisphere === 'north' ? 'Nord' : 'Sud'})` : ''}`,
  quarter: (quarter, year) => `T${quarter} ${year}`,
  third: (third, year) => `${['1er', '2e', '3e'][third - 1]} quadrimestre ${year}`,
  half: (half, year) => `S${half} ${year}`,
  precision: {
    year: 'à l’année près',
    semester: 'au semestre près',
    quadrimester: 'au quadrimestre près',
    season: 'à la saison près',
    quarter: 'au trimestre près',
    month: 'au mois près',
    day: 'au jour près',
  },
};

const kinds: Record<PartyKind, string> = {
  organization: 'organisation',
  person: 'personne',
  product: 'produit',
  initiative: 'initiative',
  group: 'groupe',
  place: 'lieu',
  other: 'autre',
};

/** "du paragraphe 3", "de la liste 2": each block with its article. */
const blocks: Record<BlockKind, string> = {
  paragraph: 'du paragraphe',
  heading: 'du titre',
  list: 'de la liste',
  quotation: 'de la citation',
  table: 'du tableau',
  block: 'du bloc',
};

export const french: SiteWords = {
  locale: LOCALE,
  colon: `${S}: `,
  quoted: (words) => `«${S}${words}${S}»`,
  site: {
    tagline: 'notes de lecture annotées',
    description: 'Lectures attentives de textes, chaque acteur, date et chiffre annoté.',
    feedTitle: 'nouvelles notes',
    feedDescription: `Notes de lecture annotées${S}: lectures attentives où chaque acteur, date et chiffre est vérifié sur le texte.`,
    skipLink: 'Aller au contenu',
    navigation: 'Site',
    sections: { notes: 'Notes', parties: 'Acteurs', timeline: 'Chronologie', figures: 'Chiffres', search: 'Recherche' },
    footer: `Notes de lecture annotées. Chaque annotation est vérifiée sur son texte lors de la construction du site.`,
    page: (title, number) => `${title}, page ${number}`,
    moved: (title) => `Déplacé${S}: ${title}`,
  },
  notFound: {
    title: 'Page introuvable',
    heading: 'Cette page n’est pas ici',
    text: 'L’adresse est peut-être mal saisie, ou la page a été déplacée. [Toutes les notes] sont sur la page d’accueil.',
  },
  pager: {
    first: 'Première',
    previous: 'Précédente',
    next: 'Suivante',
    last: 'Dernière',
    position: (number, count) => `Page ${number} sur ${count}`,
  },
  lists: {
    notes: 'la liste des notes',
    parties: 'la liste des acteurs',
    partyNotes: 'la liste des notes de cet acteur',
    figures: 'la liste des chiffres',
    timelineOf: (year) => `la chronologie de ${year}`,
    pastTheEnd: `Cette page de {list} est vide${S}: la liste a raccourci depuis sa publication. [Aller à sa première page].`,
    pagesOf: (list) => `Pages de ${list}`,
  },
  home: {
    counts: (parties, dates, figures) =>
      [count(parties, 'acteur', 'acteurs'), count(dates, 'date', 'dates'), count(figures, 'chiffre', 'chiffres')].join(
        ' · ',
      ),
  },
  note: {
    annotationsLink: 'Annotations (W3C Web Annotation)',
    dateBasis: 'Date',
    source: 'Source',
    original: 'Original',
    archivedCopy: 'copie archivée',
    movedHeading: 'Cette note a été déplacée',
    moved: '[{title}] est désormais à une nouvelle adresse.',
    itsPassages: 'Ses passages',
    overview: 'Dans cette note',
    cite: 'Citer la source',
    takeAway: 'Emporter la note',
  },
  annotation: {
    of: 'Une annotation de [{title}]',
    readInContext: 'Lire dans son contexte',
    movedHeading: 'Cette annotation a été déplacée',
    moved: '[{name}], une annotation de {title}, est désormais à une nouvelle adresse.',
    collection: (title) => `Annotations de «${S}${title}${S}»`,
  },
  margin: {
    toPassage: ' (lien vers ce passage)',
    party: (kind) => `acteur, ${kind}`,
    date: (precision) => `date, ${precision}`,
    dateApproximate: 'date, approximative',
    figure: 'chiffre',
    figureApproximate: 'chiffre, approximatif',
    draft: (kind) => `${kind}, brouillon`,
    basis: 'Fondement',
    asOf: (date) => `au ${date}`,
    share: 'Partager',
    inAllNotes: 'Dans toutes les notes',
    inTimeline: 'Dans la chronologie',
    inFigures: 'Dans les chiffres',
    inOriginal: 'Dans l’original',
    showNote: (what) => `Note sur ${what}`,
    notesOn: (block, position) => `Notes ${blocks[block]} ${position}`,
    sectionLink: 'Lien vers cette section',
    footnotes: 'Notes de bas de page',
    backToReference: (number) => `Retour à l’appel ${number}`,
  },
  kinds,
  dates,
  parties: {
    description: 'Chaque personne, organisation et produit dont parlent les notes.',
    intro: 'Tous ceux et tout ce que les notes annotent, toutes notes confondues.',
    columns: { party: 'Acteur', kind: 'Type', notes: 'Notes', mentions: 'Mentions' },
    named: (kind, notes, times) =>
      `${kind}, cité dans ${count(notes, 'note', 'notes')}, ${count(times, 'fois', 'fois')}.`,
    authority: 'Notice d’autorité',
    all: 'Tous les acteurs',
  },
  timeline: {
    description: 'Chaque événement daté des notes, dans l’ordre.',
    intro: `Chaque date que les notes annotent, par année. Dans une année, une date connue seulement à l’année ou au mois précède les jours qu’elle contient${S}; les dates vagues sont signalées.`,
    dates: (n) => count(n, 'date', 'dates'),
    allYears: 'Toutes les années',
    approximate: 'approximative',
    inNote: (title) => `dans ${title}`,
  },
  figures: {
    description: 'Chaque chiffre que les notes annotent, avec son unité.',
    order: 'Ordre',
    orders: { note: 'par note, la plus récente d’abord', size: 'par unité et grandeur', label: 'par libellé' },
    csv: 'Télécharger en CSV',
    columns: { figure: 'Chiffre', value: 'Valeur', unit: 'Unité', asOf: 'En date du', note: 'Note' },
    approximate: '(approximatif)',
  },
  search: {
    description: 'Chercher dans les notes et leurs annotations.',
    label: 'Mots à trouver dans les notes et leurs annotations',
    button: 'Chercher',
    withoutScript: `La recherche se fait dans votre navigateur et demande JavaScript. Sans lui, chaque note, [acteur], [date] et [chiffre] est à un lien de distance.`,
    script: {
      searching: 'Recherche…',
      results: {
        one: `{count} résultat pour «${S}{query}${S}».`,
        other: `{count} résultats pour «${S}{query}${S}».`,
      },
      more: 'et {count} de plus',
    },
  },
  vocabulary: {
    title: 'Vocabulaire',
    description: 'Termes des données Web Annotation de Gloss.',
    intro: `Le fichier \`annotations.jsonld\` de chaque note est une collection W3C Web Annotation${S}; les valeurs que ni Web Annotation ni schema.org ne nomment emploient ces termes, sous le préfixe \`gloss:\` (l’adresse de cette page suivie de \`#\`).`,
    terms: {
      Date: 'Une date du calendrier à laquelle une annotation rapporte un passage, à la précision que permet le texte.',
      date: `La date à sa précision${S}: 2025, 2025-05 ou 2025-05-14 (ISO 8601)${S}; une partie de l’année comme l’écrit EDTF (ISO 8601-2)${S}: 2019-21 est le printemps 2019, 2022-35 le troisième trimestre 2022, 2026-41 le second semestre 2026.`,
      precision: `La précision à laquelle la date est connue${S}: année, semestre, quadrimestre, saison, trimestre, mois ou jour.`,
      approximate: `Vrai quand le texte lui-même est vague («${S}fin 2022${S}», «${S}environ 3${S}000${S}»).`,
      asOf: 'La date à laquelle un chiffre vaut, à sa précision, écrite comme date.',
      partyKind: `La sorte d’acteur${S}: \`organization\`, \`person\`, \`product\`, \`initiative\`, \`group\`, \`place\` ou \`other\`.`,
    },
  },
};
