// The clock strip's height as a CSS variable on the page (--class-strip-height): on a phone the
// play screen's strip of parts sticks just under it, and the page's scroll padding keeps both
// clear, so a part jumped to, or a control reached with Tab, starts below them. Its height follows
// its words (a long waiting sentence takes two or three lines).
export function followStripHeight(strip: HTMLElement): () => void {
  const page = document.documentElement;
  const set = () => page.style.setProperty('--class-strip-height', `${strip.getBoundingClientRect().height}px`);
  const observer = new ResizeObserver(set);
  observer.observe(strip);
  return () => {
    observer.disconnect();
    page.style.removeProperty('--class-strip-height');
  };
}
