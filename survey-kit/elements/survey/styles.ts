import { css } from 'lit';

/**
 * Sizes are in em so that large-text mode scales everything from one font size. Colours meet
 * WCAG AA on white (text ≥ 4.5:1, borders and focus ring ≥ 3:1). Page colours can be themed
 * through the custom properties on :host.
 */
export const surveyStyles = css`
  :host {
    --skm-ink: #17202e;
    --skm-muted: #4a5464;
    --skm-primary: #0a56a3;
    --skm-primary-ink: #ffffff;
    --skm-tint: #e7f0fa;
    --skm-line: #6b7687;
    --skm-bg: #ffffff;
    --skm-focus: #b4520a;
    --skm-base: 1.125rem;
    display: block;
    box-sizing: border-box;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    font-size: var(--skm-base);
    line-height: 1.4;
    color: var(--skm-ink);
    background: var(--skm-bg);
    min-height: 100%;
  }
  :host([large-text]) {
    font-size: calc(var(--skm-base) * 1.3);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .wrap {
    max-width: 64em;
    margin: 0 auto;
    padding: 0.75em 1em 1.25em;
    display: flex;
    flex-direction: column;
    gap: 0.9em;
    min-height: inherit;
  }
  .topbar {
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  .topbar .org {
    flex: 1 1 10em;
    font-size: 0.9em;
    color: var(--skm-muted);
    margin: 0;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }
  button:focus-visible,
  textarea:focus-visible,
  input:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 0.2em solid var(--skm-focus);
    outline-offset: 0.15em;
  }
  h1:focus,
  h2:focus {
    outline: none;
  }
  .tool {
    min-height: 2.75em;
    padding: 0.3em 0.8em;
    border: 2px solid var(--skm-line);
    border-radius: 999px;
    background: var(--skm-bg);
    font-size: 0.9em;
  }
  .tool[aria-pressed='true'] {
    background: var(--skm-ink);
    color: #fff;
    border-color: var(--skm-ink);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.75em;
    font-size: 0.95em;
    color: var(--skm-muted);
  }
  .bar {
    flex: 1;
    height: 0.5em;
    background: #dfe4ea;
    border-radius: 999px;
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--skm-primary);
    border-radius: inherit;
    transition: width 0.2s;
  }
  h1,
  h2 {
    margin: 0.2em 0 0;
    font-size: 1.3em;
    line-height: 1.25;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .lead {
    margin: 0;
    font-size: 1.1em;
  }
  .hint {
    margin: 0;
    color: var(--skm-muted);
  }
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
  .nav {
    display: flex;
    gap: 0.75em;
    margin-top: auto;
    padding-top: 0.5em;
  }
  .btn {
    min-height: 3.2em;
    min-width: 7em;
    padding: 0.5em 1.2em;
    border-radius: 0.75em;
    border: 2px solid var(--skm-primary);
    background: var(--skm-bg);
    color: var(--skm-primary);
    font-weight: 700;
  }
  .btn.primary {
    background: var(--skm-primary);
    color: var(--skm-primary-ink);
    margin-inline-start: auto;
  }
  .nav .btn {
    flex: 1 1 auto;
    min-width: 0;
    max-width: 14em;
  }
  .nav .btn.primary {
    flex-grow: 2;
  }
  .btn.solo {
    margin: 0;
  }
  .btn.big {
    font-size: 1.25em;
    min-width: 9em;
  }
  .btn[disabled] {
    cursor: default;
    border-color: #9aa3ae;
    background: #eef1f4;
    color: #4a5464;
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
  .center {
    text-align: center;
    align-items: center;
    justify-content: center;
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  .center .face {
    width: 5em;
    height: 5em;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .overlay {
    position: fixed;
    inset: 0;
    background: rgb(23 32 46 / 0.6);
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 1em;
    z-index: 10;
  }
  .dialog {
    background: var(--skm-bg);
    border-radius: 1em;
    padding: 1.5em;
    max-width: 28em;
    display: flex;
    flex-direction: column;
    gap: 1em;
    text-align: center;
  }
  .narrow-sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (min-width: 64em) and (min-height: 40em) {
    :host {
      --skm-base: 1.35rem;
    }
  }
  @media (min-width: 48em) {
    .narrow-sr {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
    .narrow-only {
      display: none;
    }
    .wrap {
      padding: 1.25em 2em 2em;
      gap: 1.2em;
    }
    h1,
    h2 {
      font-size: 1.75em;
    }
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
  @media (prefers-reduced-motion: reduce) {
    .bar > span {
      transition: none;
    }
  }
`;
