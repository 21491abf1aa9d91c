// The clock strip's height as a CSS variable on the student's screen (--class-strip-height): on a
// phone the play screen's strip of parts sticks just under it, and a part jumped to starts below
// both. Its height follows its words (a long waiting sentence takes two or three lines).
export function followStripHeight(strip: HTMLElement, screen: HTMLElement): () => void {
  const set = () => screen.style.setProperty('--class-strip-height', `${strip.getBoundingClientRect().height}px`);
  const observer = new ResizeObserver(set);
  observer.observe(strip);
  return () => observer.disconnect();
}
