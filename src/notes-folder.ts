/** Where the notes live: `content/notes`, or the folder named by GLOSS_NOTES (tests build fixture notes so). */
export const NOTES_FOLDER = process.env['GLOSS_NOTES'] ?? 'content/notes';
