// The width under which the play, replay and debrief screens are one column, a phone's (styles.css's
// `@media (max-width: 43.75em)`: 700 px at the browser's usual text size, wider with larger text):
// what the page's code does differently there.
export const ONE_COLUMN = '(max-width: 43.75em)';
