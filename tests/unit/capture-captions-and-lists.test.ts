/**
 * The import's rules for captions without their picture, lists of other pages and lines of facts, on hand-made
 * pages and Markdown.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importWebPage } from '../../src/capture/html/web-page.ts';
import { removeOrphanCaptions } from '../../src/capture/furniture/captions.ts';
import { withoutClosingFurniture } from '../../src/capture/furniture/closing-furniture.ts';
import { isListOfLinks, linkListBlocks } from '../../src/capture/furniture/link-lists.ts';
import { isDateStamp, isMetaSegments } from '../../src/capture/furniture/meta-lines.ts';

const page = (inner: string) => parseHTML(`<html><body><article><h1>Headline</h1>${inner}</article></body></html>`);

describe('captions the note cannot keep with their picture', () => {
  it("keeps a figure's caption when the figure has an image, lazy or not", () => {
    const { document } = page(
      '<figure><img src="https://x.example/a.jpg"><figcaption>A caption kept</figcaption></figure>' +
        '<figure><img class="lazyload" data-src="https://x.example/b.jpg"><figcaption>Lazy, kept</figcaption></figure>',
    );
    expect(removeOrphanCaptions(document as unknown as Document)).toEqual([]);
    expect(document.querySelectorAll('figcaption')).toHaveLength(2);
  });

  it("cuts and says a figure's caption with no image, and a caption box outside any figure", () => {
    const { document } = page(
      '<figure><div class="player"></div><figcaption>The player is gone</figcaption></figure>' +
        '<figure><table><tr><td>1</td></tr></table><figcaption>Table 1</figcaption></figure>' +
        '<div class="photo"><img src="https://x.example/c.jpg"><span class="newsCaption">Beside it (Image: AP)</span></div>' +
        '<div class="image top"><img src="https://x.example/d.jpg"><p>In this file photo, a walk in space.</p></div>',
    );
    expect(removeOrphanCaptions(document as unknown as Document)).toEqual([
      'caption: The player is gone',
      'caption: Beside it (Image: AP)',
      'caption: In this file photo, a walk in space.',
    ]);
    expect(document.querySelector('figcaption')?.textContent).toBe('Table 1');
    expect(document.querySelectorAll('img')).toHaveLength(2);
  });
});

describe('lists of other pages', () => {
  it('finds a list of links alone and a run of link-only paragraphs, not a table of contents', () => {
    expect(isListOfLinks('- [One story](https://x.example/1)\n- ### [Another](https://x.example/2)')).toBe(true);
    expect(isListOfLinks('- [Part one](#one)\n- [Part two](#two)')).toBe(false);
    expect(isListOfLinks('- [One](https://x.example/1), and more words\n- [Two](https://x.example/2)')).toBe(false);
    const blocks = ['Text.', '[A story \\[Video\\]](https://x.example/a)', '*[Another](https://x.example/b)*', 'More.'];
    expect([...linkListBlocks(blocks)]).toEqual([1, 2]);
    expect([...linkListBlocks(['Text.', '[Alone](https://x.example/a)', 'More.'])]).toEqual([]);
  });

  it('cuts them from the Markdown and says so', () => {
    const { markdown, cut } = withoutClosingFurniture(
      'The article says this.\n\n- [Other story one](https://x.example/1)\n- [Other story two](https://x.example/2)',
      'Headline',
    );
    expect(markdown).toBe('The article says this.');
    expect(cut).toEqual(['- Other story one - Other story two']);
  });
});

describe('lines of facts about the article, read from their shape', () => {
  it('finds date stamps in any language, not sentences with a year', () => {
    for (const stamp of ['Nov. 20, 2019 6:02 AM EST', 'segunda-feira, 22 de janeiro de 2018 às 0:13', '2016.12.01'])
      expect(isDateStamp(stamp)).toBe(true);
    expect(isDateStamp('In 2019 at 10:30 the council met.')).toBe(false);
    expect(isDateStamp('The plant opened in 2019 and employs 280 people in the town')).toBe(false);
  });

  it('finds facts between separators, not a list of places', () => {
    expect(isMetaSegments('05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde')).toBe(true);
    expect(isMetaSegments('by ライトハウス国際特許事務所 ／ 2016.12.01')).toBe(true);
    expect(isMetaSegments('Paris - London - Berlin')).toBe(false);
    expect(isMetaSegments('by Jane Doe | by John Roe')).toBe(false);
  });

  it('cuts contributor lines and credits in words, and keeps the pictures of a block it cuts', () => {
    const { markdown, cut } = withoutClosingFurniture(
      [
        'The article says this.',
        'Jane Doe contributed to this report.',
        'Reporting by Ann Lee; Editing by Bo Ray',
        '![A press photo](https://x.example/p.jpg)Image via Getty Images',
        'Follow our full coverage of the election at <https://x.example/election>',
      ].join('\n\n'),
      'Headline',
    );
    expect(markdown).toBe('The article says this.\n\n![A press photo](https://x.example/p.jpg)');
    expect(cut).toHaveLength(4);
  });
});

describe('embedded posts', () => {
  it("link the post on the date the page links it from, when the byline is the post's last paragraph", async () => {
    const long = 'The storm cut power to thousands of homes overnight, and crews worked through the morning. '.repeat(
      4,
    );
    const imported = await importWebPage(
      `<html><head><title>Storm</title></head><body><article><h1>Storm</h1><p>${long}</p>` +
        '<blockquote class="twitter-tweet"><p>Crews are out.</p><p>— Grid Ops (@gridops) ' +
        '<a href="https://twitter.com/gridops/status/9">June 2, 2025</a></p></blockquote>' +
        `<p>${long}</p></article></body></html>`,
      'https://news.example.org/storm',
    );
    if ('error' in imported) throw new Error(imported.error);
    expect(imported.markdown).toContain(
      '> Crews are out.\n>\n> — Grid Ops (@gridops) [June 2, 2025](https://twitter.com/gridops/status/9)',
    );
  });
});

describe('a picture whose caption is furniture', () => {
  it('stays, and its caption is cut with the words said', () => {
    const { markdown, cut } = withoutClosingFurniture(
      'The article says this.\n\n![A crowd](https://x.example/c.jpg "Photo: AP")',
      'Headline',
    );
    expect(markdown).toBe('The article says this.\n\n![A crowd](https://x.example/c.jpg)');
    expect(cut).toEqual(['Photo: AP']);
  });
});
