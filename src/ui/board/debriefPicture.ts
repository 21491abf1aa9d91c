// The debrief's map as an <img>, drawn for the width it is shown at and the page's small text, so
// that its names read at least as large as the small text beside it: at any window width, zoom or
// browser font size (a reader with low vision who set 32 px got names 8.6 px high in a picture drawn
// for 1,200 px). Drawn again when either changes; on paper, a picture drawn for the printed column
// and the print stylesheet's small text is swapped in while printing. Names that found no room are
// said in a line under the picture.
import { h, render, type Child } from '../dom';
import type { BoardPicture } from './svgBoard';
import { leftOutLine, placeEm } from './svgNames';
import { MIN_TEXT_SCALE, textProbe } from './textScale';

/** Draws the picture `width` × `height` at text scale `text`. */
export type DrawPicture = (width: number, height: number, text: number) => BoardPicture;

/**
 * The picture's height: the board's 1,200 × 800 where it has room for its names (480 px a unit of
 * text scale), square where it has little (320 and under: a phone's column, 400 % zoom, a laptop's
 * with the text doubled), between in between. Taller, a narrow picture has room to spread its
 * badges apart and off the inset: of the 2019 scenario's 10 places' names, a phone's picture (332 px)
 * left out 5 at 221 px high and 1 at 332; at 400 % zoom (262 px) 8 and 4 (widths estimated in Node).
 */
export function heightFor(width: number, text: number): number {
  const room = Math.min(1, Math.max(0, (width / text - 320) / 160));
  return Math.round(width * (1 - room / 3));
}
/**
 * The printed column, in CSS px: A4 (794) and Letter (816) less the print's margins and the panel's
 * padding gave 691 to 714. Drawn a little narrower, it is printed at its size or larger.
 */
export const PAPER_WIDTH = 680;
/** The printed page's small text in CSS px: the print stylesheet's 11 pt root times the `.small` class's 0.87 rem. */
export const PAPER_SMALL_PX = ((11 * 96) / 72) * 0.87;

/** The text scale at which a place's name is `smallPx` high: never under the board's own sizes. */
export const textScaleFor = (smallPx: number) => Math.max(MIN_TEXT_SCALE, smallPx / placeEm('city'));

export interface LivePicture {
  img: HTMLImageElement;
  /** The line naming what the picture left out (hidden when nothing is). */
  note: HTMLElement;
  /** How far across the picture the player's badge is, as a fraction of its width. */
  playerAcross(): number;
  /** Stops following the page and frees the pictures. */
  release(): void;
}

export function livePicture(draw: DrawPicture, alt: string, nameNode: (name: string) => Child): LivePicture {
  const img = h('img', { attrs: { alt, width: 1200, height: 800, 'data-testid': 'debrief-board' } });
  const note = h('p', { class: 'small', hidden: true, attrs: { 'data-testid': 'debrief-board-left' } });
  // The page's small text, one em wide: it changes with the browser's font size (textScale.ts).
  const probe = textProbe(note.ownerDocument.body);
  probe.style.fontSize = '';
  probe.classList.add('small');
  const urls: string[] = [];
  const made = (picture: BoardPicture) => {
    const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
    urls.push(url);
    return { picture, url };
  };
  const show = ({ picture, url }: ReturnType<typeof made>) => {
    img.src = url;
    img.width = picture.width;
    img.height = picture.height;
    const line = leftOutLine(picture.left, nameNode);
    render(note, line);
    note.hidden = line === null;
  };
  let screen: (ReturnType<typeof made> & { key: string }) | null = null;
  let printing = false;
  const redraw = () => {
    if (printing) return;
    const width = Math.floor(img.getBoundingClientRect().width);
    if (width < 40) return;
    const text = textScaleFor(parseFloat(getComputedStyle(probe).fontSize));
    const key = `${width} ${text}`;
    if (screen?.key === key) return;
    const before = screen;
    screen = { ...made(draw(width, heightFor(width, text), text)), key };
    show(screen);
    if (before) {
      URL.revokeObjectURL(before.url);
      urls.splice(urls.indexOf(before.url), 1);
    }
  };
  const observer = new ResizeObserver(redraw);
  observer.observe(img);
  observer.observe(probe);
  // On paper: its own picture, loaded now, so that the swap shows at once in the printout.
  const preload = new Image();
  const paper = made(draw(PAPER_WIDTH, heightFor(PAPER_WIDTH, textScaleFor(PAPER_SMALL_PX)), textScaleFor(PAPER_SMALL_PX)));
  preload.src = paper.url;
  const toPaper = () => {
    if (printing) return;
    printing = true;
    show(paper);
  };
  const toScreen = () => {
    if (!printing) return;
    printing = false;
    if (screen) show(screen);
    redraw();
  };
  const print = matchMedia('print');
  const onPrintChange = (e: MediaQueryListEvent) => (e.matches ? toPaper() : toScreen());
  addEventListener('beforeprint', toPaper);
  addEventListener('afterprint', toScreen);
  print.addEventListener('change', onPrintChange);
  return {
    img,
    note,
    playerAcross: () => (screen ?? paper).picture.playerAcross,
    release() {
      observer.disconnect();
      probe.remove();
      removeEventListener('beforeprint', toPaper);
      removeEventListener('afterprint', toScreen);
      print.removeEventListener('change', onPrintChange);
      for (const url of urls) URL.revokeObjectURL(url);
    },
  };
}
