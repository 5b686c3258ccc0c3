/**
 * Review under `npm run dev`: a dev toolbar app (Astro's Dev Toolbar API) that lets the author accept, edit or
 * reject each draft beside its passage and annotate selected words, and the server side that writes the note.
 * Nothing of it is in a build: the app is added only for `astro dev`, and the toolbar exists only there.
 *
 * Messages travel over the dev server's own WebSocket, which Vite opens only to its own pages: a connection
 * from another origin (any web page the author visits meanwhile) must carry the token Vite puts in the scripts
 * it serves, and is refused without it. `astro dev` listens on loopback unless told otherwise.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { REVIEW_APP } from '../review/review-app.ts';
import type { ReviewReply, ReviewRequest } from '../review/review-service.ts';
import { NOTES_FOLDER } from '../settings.ts';

export default function reviewInDev(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gloss:review-in-dev',
    hooks: {
      'astro:config:setup': ({ command, config, addDevToolbarApp }) => {
        if (command !== 'dev') return;
        root = fileURLToPath(config.root);
        addDevToolbarApp({
          id: REVIEW_APP,
          name: 'Review this note',
          icon: 'approveUser',
          entrypoint: new URL('../review/toolbar-app.ts', import.meta.url),
        });
      },
      'astro:server:setup': async ({ toolbar, logger }) => {
        // Imported here, under dev only: the suggestions' language tools and a second renderer took 0.65 s of
        // every start of `astro build` and `astro check`, which load this config too.
        const [{ reviewService }, { createNoteRenderer }] = await Promise.all([
          import('../review/review-service.ts'),
          import('../markdown/pipeline.ts'),
        ]);
        const service = reviewService({
          root,
          folder: resolve(root, NOTES_FOLDER),
          renderer: await createNoteRenderer(),
        });
        toolbar.on<ReviewRequest & { request: number }>(`${REVIEW_APP}:request`, (message) => {
          const { request, ...body } = message;
          service
            .handle(body as ReviewRequest)
            .catch((error: unknown): ReviewReply => {
              logger.error(`review: ${error instanceof Error ? error.message : String(error)}`);
              return {
                op: body.op,
                ok: false,
                problems: [{ message: 'the dev server could not do that (see the terminal)' }],
              };
            })
            .then((reply) => toolbar.send(`${REVIEW_APP}:reply`, { request, ...reply }));
        });
      },
    },
  };
}
