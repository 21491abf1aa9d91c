// The width under which the play, replay and debrief screens are one column, a phone's (styles.css's
// `@media (max-width: 700px)`): what the page's code does differently there.
export const ONE_COLUMN = '(max-width: 700px)';
