/**
 * The review mode's look, adopted as a constructed style sheet (which the page's Content-Security-Policy allows,
 * where an inline `<style>` would not be), so the built site's own CSS carries nothing of review.
 */
export const REVIEW_CSS = `
.gloss-review-status { border: 2px solid currentColor; border-radius: 0.4rem; padding: 0.5rem 0.75rem; }
.gloss-review-actions, .gloss-review-selection { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.4rem 0 0; }
.gloss-review-selection { margin: 0.5rem 0 1rem; }
.gloss-review-actions button, .gloss-review-selection button, .gloss-review-buttons button {
  font: inherit; font-size: 0.9rem; min-height: 2.75rem; min-width: 2.75rem; padding: 0.3rem 0.8rem;
  border: 1px solid currentColor; border-radius: 0.3rem; background: Canvas; color: CanvasText; cursor: pointer;
}
.gloss-review-actions button:focus-visible, .gloss-review-selection button:focus-visible,
.gloss-review-form :focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
.gloss-review-form { width: min(36rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); padding: 1rem;
  border: 1px solid CanvasText; border-radius: 0.5rem; background: Canvas; color: CanvasText; }
.gloss-review-form h2 { margin: 0 0 0.75rem; font-size: 1.1rem; overflow-wrap: anywhere; }
.gloss-review-field { display: grid; gap: 0.2rem; margin: 0 0 0.6rem; }
.gloss-review-checkbox { grid-template-columns: auto 1fr; align-items: center; }
.gloss-review-checkbox input { order: -1; width: 1.25rem; height: 1.25rem; }
.gloss-review-field input, .gloss-review-field textarea, .gloss-review-field select {
  font: inherit; padding: 0.35rem; border: 1px solid CanvasText; border-radius: 0.25rem; max-width: 100%; }
.gloss-review-buttons { display: flex; gap: 0.5rem; }
.gloss-review-problems { color: #b00020; padding-left: 1.2rem; }
`;
