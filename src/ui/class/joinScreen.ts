// A student joins a class game: the code (from the teacher, or already in the join link) and a
// name the teacher and the team will see. Problems (a wrong code, no class server) are said in words.
import './class.css';
import { announce } from '../announce';
import { button, h } from '../dom';
import { MAX_NAME_LENGTH, cleanName, codeProblem, normaliseCode } from './joinCode';

export interface JoinActions {
  /** Resolves with what went wrong, in words; the screen changes when it worked. */
  join(code: string, name: string): Promise<string | null>;
  back(): void;
}

/**
 * `name`: the name this browser joined with before, if any. `rejoin`: this browser holds a seat in
 * this game already (the link opened again): it joins at once, back to the seat, and the form shows
 * only if that fails.
 */
export function mountJoinScreen(root: HTMLElement, code: string, name: string, actions: JoinActions, rejoin = false): () => void {
  const codeInput = h('input', { id: 'join-code', type: 'text', value: code, attrs: { maxlength: 12, autocomplete: 'off', spellcheck: 'false', autocapitalize: 'characters', 'aria-describedby': 'join-code-help', 'data-testid': 'join-code-input' } });
  const nameInput = h('input', { id: 'join-name', type: 'text', value: name, attrs: { maxlength: MAX_NAME_LENGTH, autocomplete: 'nickname', 'data-testid': 'join-name' } });
  const problem = h('p', { class: 'field-error', attrs: { role: 'alert', 'data-testid': 'join-problem' }, hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary big', attrs: { 'data-testid': 'join-submit' } }, 'Join');
  const say = (text: string, focus: HTMLElement | null) => {
    problem.textContent = text;
    problem.hidden = text === '';
    if (text) announce(text);
    focus?.focus();
  };
  const join = () => {
    const typed = normaliseCode(codeInput.value);
    const bad = codeProblem(typed);
    if (bad) return say(`Check the code: ${bad}.`, codeInput);
    const cleaned = cleanName(nameInput.value);
    if (cleaned === null) return say(`Type your name (1 to ${MAX_NAME_LENGTH} characters): the teacher and your team see it.`, nameInput);
    say('', null);
    submit.disabled = true;
    submit.textContent = 'Joining…';
    void actions.join(typed, cleaned).then((failure) => {
      if (failure === null) return;
      submit.disabled = false;
      submit.textContent = 'Join';
      say(failure, codeInput);
    });
  };
  const title = h('h1', { id: 'join-title', tabIndex: -1 }, 'Join a class game');
  root.replaceChildren(
    h(
      'div',
      { class: 'screen join-screen' },
      h(
        'main',
        { class: 'panel join-main', attrs: { 'aria-labelledby': 'join-title' } },
        title,
        h(
          'form',
          {
            on: {
              submit: (e) => {
                e.preventDefault();
                join();
              },
            },
          },
          h('div', { class: 'field' }, h('label', { attrs: { for: 'join-code' } }, 'Join code'), codeInput, h('p', { class: 'small muted', id: 'join-code-help' }, 'The 8 letters and digits your teacher shows.')),
          h('div', { class: 'field' }, h('label', { attrs: { for: 'join-name' } }, 'Your name'), nameInput),
          problem,
          h('div', { class: 'row' }, submit, button('Back to start', () => actions.back(), { class: 'secondary', key: 'join-back' })),
        ),
      ),
    ),
  );
  (code && !name ? nameInput : code ? submit : codeInput).focus();
  if (rejoin && code && name) join();
  return () => undefined;
}
