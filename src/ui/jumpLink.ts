// A link to a part of the same screen. The address's hash is the game's link (#scenario=…&seed=…),
// and a change of it opens that link: an ordinary "#actions" link would leave the game for the
// start screen. So the jump is made here, with the hash left as it is.
import { h, type Props } from './dom';

/** A link that moves the view and the keyboard to the element `targetId` (which should take focus: tabindex -1). */
export function jumpLink(targetId: string, text: string, props: Props = {}): HTMLAnchorElement {
  return h(
    'a',
    {
      ...props,
      attrs: { ...props.attrs, href: `#${targetId}` },
      on: {
        click: (event) => {
          event.preventDefault();
          const target = document.getElementById(targetId);
          if (!target) return;
          target.scrollIntoView({ block: 'start' });
          target.focus({ preventScroll: true });
        },
      },
    },
    text,
  );
}
