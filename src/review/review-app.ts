/** The review app's id: the dev toolbar's name for it, the prefix of its page's classes. */
export const REVIEW_APP = 'gloss-review';

/** Where review's page sends its requests, under the site's base path; answered by the dev server alone. */
export const REVIEW_ENDPOINT = '__gloss/review';
