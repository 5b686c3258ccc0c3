/** The share cards section of the bench's report. */
import { join } from 'node:path';
import { verdict, type BenchRun, type Say } from './report.ts';
import { measureShareCards } from './share-cards.ts';

/** The share cards: the time to draw one, their size, and how many each kind of build draws (see share-cards.ts). */
export async function shareCards(bench: BenchRun, say: Say): Promise<void> {
  process.stderr.write('Share cards: drawing, then a small site built four times…\n');
  const cards = await measureShareCards({ work: bench.work, notes: join(bench.work, 'notes-annotated') });
  say(`## Share cards (${cards.cards} distinct cards after a warm-up; a site of 30 notes built four times)`);
  say();
  say('| measure | value |');
  say('| --- | --- |');
  say(`| card PNG, median / largest | ${cards.medianBytes} B / ${cards.largestBytes} B |`);
  const { cold, nothingChanged, everyPageAgain, oneNote } = cards.drawn;
  say(
    `| cards drawn: cold build / nothing changed / every page again (\`--clean\`) / one note's title changed | ${cold} / ${nothingChanged} / ${everyPageAgain} / ${oneNote} |`,
  );
  say();
  say('| budget | measured | limit | result |');
  say('| --- | --- | --- | --- |');
  say(`| drawing a card, median | ${cards.medianMs.toFixed(1)} ms | 50 ms | ${verdict(cards.medianMs <= 50)} |`);
  say(`| cards drawn by a warm build, nothing changed | ${nothingChanged} | 0 | ${verdict(nothingChanged === 0)} |`);
  say(
    `| cards drawn rendering every page again, cache kept | ${everyPageAgain} | 0 | ${verdict(everyPageAgain === 0)} |`,
  );
  say(
    `| cards drawn, one note changed (its cards: ${cards.oneNoteCards}) | ${oneNote} | ${cards.oneNoteCards} | ${verdict(oneNote <= cards.oneNoteCards)} |`,
  );
}
