import { css } from 'lit';

export const statusStyles = css`
  :host {
    display: inline-block;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    font-size: 0.875rem;
  }
  .mark {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    padding: 0.25em 0.75em;
    border-radius: 999px;
    background: #ffffff;
    color: #17202e;
    border: 1px solid #6b7687;
  }
  .dot {
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    background: #1e7b34;
  }
  .offline .dot {
    background: #b42318;
  }
  .rejected {
    color: #a3160e;
    font-weight: 600;
  }
`;
