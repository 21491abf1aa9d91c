// What the browser's Back asks on a live class game's screen before leaving it. A phone's back
// gesture is easily made by mistake, and leaving is felt by the class: a student's seat waits for
// them, and the game with it. The play screen's "Quit to start" asks it too; the screens' own "Back
// to start" buttons, shown once the game has stopped, leave at once.
import { openDialog } from '../dialog';
import { button, h } from '../dom';

export type Leaver = 'student' | 'teacher';

const WORDS: Record<Leaver, { title: string; text: (code: string) => string }> = {
  student: {
    title: 'Leave the class game?',
    text: (code) =>
      `Your seat stays yours. While nobody plays it, the game waits for it, unless the teacher gives it to the computer. To come back, open the join link again, or join with the code ${code} on the start page.`,
  },
  teacher: {
    title: 'Leave the class game’s screen?',
    text: () => 'The game goes on for the students. To come back, open it again from the start page in this browser: “Class games you hosted in this browser” lists it.',
  },
};

/** Asks whether to leave the class game `code`; `leave` if the answer is yes. Returns its close, for when the screen goes first. */
export function askToLeaveClass(who: Leaver, code: string, leave: () => void): () => void {
  const words = WORDS[who];
  const opened = openDialog({
    title: words.title,
    content: h('p', null, words.text(code)),
    closeLabel: 'Stay',
    actions: [
      button(
        'Leave',
        () => {
          opened.close();
          leave();
        },
        // Not the highlighted choice: the question is there because leaving is easy to do by mistake.
        { class: 'secondary', key: 'class-leave-yes' },
      ),
    ],
  });
  return opened.close;
}
