import { css } from 'lit';

/** Answer buttons, faces, and the profile and suggestion inputs. */
export const choiceStyles = css`
  .choices {
    display: grid;
    gap: 0.6em;
    margin: 0.2em 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    min-height: 3.6em;
    padding: 0.5em 0.9em;
    text-align: start;
    border: 2px solid var(--skm-line);
    border-radius: 0.75em;
    background: var(--skm-bg);
    font-weight: 600;
  }
  @media (hover: hover) {
    .choice:hover {
      background: #f2f6fa;
    }
  }
  .choice[aria-checked='true'] {
    border: 4px solid var(--skm-primary);
    padding: calc(0.5em - 2px) calc(0.9em - 2px);
    background: var(--skm-tint);
  }
  .choice .label {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .check {
    width: 1.4em;
    height: 1.4em;
    flex: none;
    border-radius: 50%;
    border: 2px solid var(--skm-line);
  }
  .choice[aria-checked='true'] .check {
    border: 0.42em solid var(--skm-primary);
  }
  .face {
    width: 2.6em;
    height: 2.6em;
    flex: none;
  }
  .face-bg {
    stroke: #17202e;
    stroke-width: 2;
  }
  .face-1 .face-bg { fill: #f7b2a8; }
  .face-2 .face-bg { fill: #fbd38d; }
  .face-3 .face-bg { fill: #b7e4a3; }
  .face-4 .face-bg { fill: #7fd39a; }
  .face-ink { fill: #17202e; }
  .face-mouth {
    fill: none;
    stroke: #17202e;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .face-open { fill: #17202e; }
  .grid2 {
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
  }
  .decline {
    justify-self: start;
    min-height: 3em;
    padding: 0.4em 1em;
    border: 2px dashed var(--skm-line);
    border-radius: 0.75em;
    background: var(--skm-bg);
  }
  .age {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  input,
  textarea {
    font: inherit;
    color: inherit;
    border: 2px solid var(--skm-line);
    border-radius: 0.6em;
    padding: 0.5em 0.7em;
    background: var(--skm-bg);
  }
  input {
    width: 5em;
    font-size: 1.4em;
    text-align: center;
  }
  textarea {
    width: 100%;
    min-height: 8em;
    resize: vertical;
  }
  .error {
    margin: 0;
    color: #a3160e;
    font-weight: 600;
  }
  .notice {
    margin: 0;
    padding: 0.75em 1em;
    border-radius: 0.6em;
    border: 2px solid #a3160e;
    background: #fdecea;
    color: #6d0f09;
  }
  @media (min-width: 48em) {
    .answers {
      grid-template-columns: repeat(4, 1fr);
      gap: 1em;
    }
    .answers .choice {
      flex-direction: column;
      justify-content: center;
      text-align: center;
      min-height: 11em;
      padding: 1em 0.6em;
    }
    .answers .choice[aria-checked='true'] {
      padding: calc(1em - 2px) calc(0.6em - 2px);
    }
    .answers .face {
      width: 4.5em;
      height: 4.5em;
    }
    .answers .label {
      flex: none;
    }
    .answers .check {
      display: none;
    }
  }
`;
