/**
 * One line of secret input for `skm user`: on a terminal, asked for with the typing hidden; from
 * a pipe or file, the first line (the rest is not read: the stream is closed after it).
 */
import type { Readable, Writable } from 'node:stream';

interface TtyInput extends Readable {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** The line without its line ending; null when the input ended with nothing on it. */
export function readSecretLine(input: TtyInput, output: Writable, prompt: string): Promise<string | null> {
  return input.isTTY && input.setRawMode ? readHidden(input, output, prompt) : readFirstLine(input);
}

function readFirstLine(input: Readable): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const finish = (text: string | null) => {
      input.off('data', onData).off('end', onEnd).off('error', reject);
      // A paused pipe still holds the event loop open (e.g. `(echo pw; sleep 60) | skm …`).
      input.destroy();
      resolve(text);
    };
    const onData = (chunk: Buffer | string) => {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      const newline = text.indexOf('\n');
      if (newline >= 0) finish(text.slice(0, newline).replace(/\r$/, ''));
    };
    const onEnd = () => {
      const text = Buffer.concat(chunks).toString('utf8').replace(/\r?\n?$/, '');
      finish(text === '' ? null : text);
    };
    input.on('data', onData).on('end', onEnd).on('error', reject);
    input.resume();
  });
}

function readHidden(input: TtyInput, output: Writable, prompt: string): Promise<string | null> {
  output.write(prompt);
  return new Promise((resolve) => {
    let line = '';
    const done = (value: string | null) => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n') return done(line);
        if (ch === '\u0004') return done(line === '' ? null : line);
        if (ch === '\u0003') {
          done(null);
          process.exit(130);
        }
        if (ch === '\u007f' || ch === '\b') line = [...line].slice(0, -1).join('');
        else if (ch >= ' ') line += ch;
      }
    };
    input.setRawMode?.(true);
    input.on('data', onData);
    input.resume();
  });
}
