/** The review app's id: the dev toolbar's name for it, the prefix of its messages and of its page's classes. */
export const REVIEW_APP = 'gloss-review';
