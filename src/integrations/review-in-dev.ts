/**
 * Review under `npm run dev`: a dev toolbar app (Astro's Dev Toolbar API) that lets the author accept, edit or
 * reject each draft beside its passage and annotate selected words, and the server side that writes the note.
 * Nothing of it is in a build: the app is added only for `astro dev`, and the toolbar exists only there.
 *
 * The page asks with a plain POST to the dev server, answered to that request alone, and only when it comes from
 * the dev server's own origin (see review/own-origin.ts): not over the toolbar's WebSocket, which every open tab
 * shares and any page on another port of this machine could join with the token Vite serves it.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { AstroIntegration } from 'astro';
import { recordFolderOf } from '../loading/note-record.ts';
import { foreignOrigin } from '../review/own-origin.ts';
import { REVIEW_APP, REVIEW_ENDPOINT } from '../review/review-app.ts';
import type { ReviewReply } from '../review/review-service.ts';
import type { Site } from '../options/site.ts';
import { lockPathOf } from '../loading/links-lock.ts';

/** More than any request review's page makes: a note's whole text is never sent. */
const MAX_REQUEST_BYTES = 256 * 1024;

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((settle, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_REQUEST_BYTES) {
        settle(undefined);
        request.destroy();
      }
    });
    request.on('end', () => settle(body));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, reply: ReviewReply | { ok: false; problems: unknown[] }) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(reply));
}

export default function reviewInDev(site: Site): AstroIntegration {
  let root = process.cwd();
  let records = '';
  return {
    name: 'gloss:review-in-dev',
    hooks: {
      'astro:config:setup': ({ command, config, addDevToolbarApp }) => {
        if (command !== 'dev') return;
        root = fileURLToPath(config.root);
        records = recordFolderOf(fileURLToPath(config.cacheDir));
        addDevToolbarApp({
          id: REVIEW_APP,
          name: 'Review this note',
          icon: 'approveUser',
          entrypoint: new URL('../review/toolbar-app.ts', import.meta.url),
        });
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Imported here, under dev only: the suggestions' language tools and a second renderer slowed
        // every start of `astro build` and `astro check`, which load this config too (CHANGELOG.md).
        const [{ reviewService }, { createNoteRenderer }] = await Promise.all([
          import('../review/review-service.ts'),
          import('../markdown/pipeline.ts'),
        ]);
        const service = reviewService({
          root,
          folder: resolve(root, site.options.notes),
          renderer: await createNoteRenderer(site),
          lock: lockPathOf(root, site.options),
          records,
        });
        const refused = (message: string) => ({ ok: false as const, problems: [{ message }] });
        // Astro's base-path middleware has taken the base off the address before this one sees it.
        server.middlewares.use(`/${REVIEW_ENDPOINT}`, (request, response) => {
          void (async () => {
            const foreign = foreignOrigin(
              {
                origin: request.headers.origin,
                host: request.headers.host,
                secure: Boolean((request.socket as TLSSocket).encrypted),
              },
              { allowedHosts: server.config.server.allowedHosts ?? [] },
            );
            if (foreign) {
              logger.warn(`review: refused a request to write notes (${foreign})`);
              return answer(response, 403, refused('only the dev server’s own pages can review notes'));
            }
            if (request.method !== 'POST' || !/^application\/json\b/.test(request.headers['content-type'] ?? ''))
              return answer(response, 405, refused('review takes a POST of JSON'));
            const body = await readBody(request);
            let message: unknown;
            try {
              message = body === undefined ? undefined : JSON.parse(body);
            } catch {
              message = undefined;
            }
            const reply = await service.handle(message).catch((error: unknown): ReviewReply => {
              logger.error(`review: ${error instanceof Error ? error.message : String(error)}`);
              return {
                op: 'open',
                ok: false,
                problems: [{ message: 'the dev server could not do that (see the terminal)' }],
              };
            });
            answer(response, 200, reply);
          })().catch((error: unknown) => {
            logger.error(`review: ${error instanceof Error ? error.message : String(error)}`);
            if (!response.headersSent) answer(response, 500, refused('the dev server could not do that'));
          });
        });
      },
    },
  };
}
