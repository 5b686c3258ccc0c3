import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paywallOf } from '../../src/capture/furniture/paywall.ts';
import { withoutClosingFurniture } from '../../src/capture/furniture/closing-furniture.ts';
import { leadBlocks } from '../../src/capture/furniture/lead-blocks.ts';
import { removePageFurniture } from '../../src/capture/furniture/page-furniture.ts';

const body =
  '<p>The first paragraph of the article runs on for long enough to be the body of it, with words after words, ' +
  'and then some more words so that it is plainly the article and not a box beside it, as any reader sees.</p>';

const page = (inner: string) => parseHTML(`<html><body><article><h1>Headline</h1>${inner}</article></body></html>`);

describe("a page's furniture, taken out before Readability", () => {
  it('cuts boxes named for ads, newsletters, bylines and related stories, in any of four languages', () => {
    const { document } = page(
      `<p class="article__rubrique">Énergie</p><div class="ad-slot"><span>Anzeige</span></div>${body}` +
        '<aside class="articles-lies"><p>À lire aussi</p><a href="/x">Autre chose</a></aside>' +
        '<div class="newsletter-signup"><p>Our best long reads</p><input type="email"></div>' +
        '<p class="metadata__byline">Von Tobias Reinhardt</p>',
    );
    const cut = removePageFurniture(document as unknown as Document);
    expect(cut).toEqual([
      'Énergie',
      'Anzeige',
      'À lire aussi Autre chose',
      'Our best long reads',
      'Von Tobias Reinhardt',
    ]);
    expect(document.querySelector('article')?.textContent).toBe(`Headline${body.replace(/<\/?p>/g, '')}`);
  });

  it('cuts a label of other stories with the links under it, and keeps a long box that names content', () => {
    const { document } = page(
      `${body}<h2>You may also like</h2><ul><li><a href="/a">One story</a></li></ul>` +
        `<div class="paywall-content">${body}</div>`,
    );
    expect(removePageFurniture(document as unknown as Document)).toEqual(['You may also like']);
    expect(document.querySelector('ul')).toBeNull();
    expect(document.querySelector('.paywall-content')).not.toBeNull();
  });

  it("keeps a sentence's own link that reads like a label ('(More)')", () => {
    const { document } = page(`${body}<ul><li>Why the grant is promising. (<a href="#why">More</a>)</li></ul>`);
    expect(removePageFurniture(document as unknown as Document)).toEqual([]);
    expect(document.querySelector('li')?.textContent).toBe('Why the grant is promising. (More)');
  });

  it('never cuts the box that holds the headline', () => {
    const { document } = parseHTML(`<html><body><div class="share-wrap"><h1>Headline</h1>${body}</div></body></html>`);
    expect(removePageFurniture(document as unknown as Document)).toEqual([]);
  });
});

describe("an article's standfirst and lead caption", () => {
  it("are never the header's box that holds the headline", () => {
    const { document } = parseHTML(
      '<html><body><main><div class="lede-header"><h1>Headline</h1><p class="dek">What the story is about.</p></div>' +
        `${body}</main></body></html>`,
    );
    expect(leadBlocks(document as unknown as Document).map((block) => block.text)).toEqual([
      'What the story is about.',
    ]);
  });

  it('are read from the header, before the body, the credit left out', () => {
    const { document } = page(
      '<p class="dek">What the story is about, in a sentence.</p><figure><img src="a.jpg" alt="a picture">' +
        '<figcaption>A plant at dawn, in March.</figcaption></figure>' +
        `${body}<p class="summary">Not a lead: it comes after the body starts.</p>`,
    );
    expect(leadBlocks(document as unknown as Document).map((block) => block.text)).toEqual([
      'What the story is about, in a sentence.',
      'A plant at dawn, in March.',
    ]);
  });
});

describe("a Markdown article's closing furniture", () => {
  it("cuts a press release's closing sections, its source line and ad labels, each said once", () => {
    const markdown = [
      'Acme Inc. said on Monday it would buy Widget Co.',
      'Advertisement',
      '**About Acme Inc.**\\\nAcme makes things.',
      'Acme was founded in 1990.',
      '## Forward-Looking Statements',
      'This release contains statements.',
      'View original content: https://example.org/x',
      'SOURCE Acme Inc.',
    ].join('\n\n');
    expect(withoutClosingFurniture(markdown, 'Acme to buy Widget')).toEqual({
      markdown: 'Acme Inc. said on Monday it would buy Widget Co.',
      cut: [
        'Advertisement',
        'About Acme Inc. Acme makes things.',
        'Acme was founded in 1990.',
        'Forward-Looking Statements',
        'This release contains statements.',
        'View original content: https://example.org/x',
        'SOURCE Acme Inc.',
      ],
    });
  });

  it('cuts the headline said again at the top, "Read more:" lines and a caption said twice', () => {
    const caption = 'A long row of unsold cars sits at a dealership in Littleton, Colorado, on a Sunday in November.';
    const markdown = ['Headline Here', caption, 'READ MORE: Another story', 'The article.', caption].join('\n\n');
    expect(withoutClosingFurniture(markdown, 'Headline here').markdown).toBe(`${caption}\n\nThe article.`);
  });

  it('keeps a heading that only looks like a label in the middle of the article', () => {
    const markdown = '## Where to Find It\n\nIn stores.\n\n## Strategic Rationale\n\nGrowth.';
    expect(withoutClosingFurniture(markdown, 'T').markdown).toBe(markdown);
  });
});

describe('a paywall in a box of its own', () => {
  it("is found among the blocks cut as the site's, and the article words are counted from the text alone", () => {
    const teaser = 'The regulator fined three water companies on Tuesday after a year of spills.';
    expect(paywallOf(teaser, ['Subscribe to continue reading. Already a subscriber? Sign in.'])).toBe(
      'Subscribe to continue reading. Already a subscriber? Sign in.',
    );
    expect(paywallOf(teaser, ['Share Tweet'])).toBeUndefined();
  });
});
