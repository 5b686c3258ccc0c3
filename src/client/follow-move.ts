/** On the page of a note's former address: go on to its new address, keeping the link's #passage. */
const movedTo = document.querySelector<HTMLAnchorElement>('#moved-to a');
if (movedTo) location.replace(movedTo.href + location.hash);

// A module, so its names stay its own.
export {};
