import { css } from 'lit';
import { choiceStyles } from './choice-styles';

/**
 * Sizes are in em so that large-text mode scales everything from one font size. Colours meet
 * WCAG AA on white (text ≥ 4.5:1, borders and focus ring ≥ 3:1). Page colours can be themed
 * through the custom properties on :host.
 */
const layoutStyles = css`
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
    flex: 1 1 6em;
    min-width: 0;
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
  }
  @media (prefers-reduced-motion: reduce) {
    .bar > span {
      transition: none;
    }
  }
`;

export const surveyStyles = [layoutStyles, choiceStyles];
