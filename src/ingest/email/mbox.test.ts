import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEmailFixture } from './fixtures.js';
import { MboxSplitter, splitMbox } from './mbox.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('splitMbox', () => {
  const mailbox = readEmailFixture('three-messages.mbox');

  it('splits the mailbox at its three envelope lines', () => {
    const messages = [...splitMbox(mailbox)];
    assert.equal(messages.length, 3);
    assert.deepEqual(
      messages.map((m) => m.postmark),
      [
        'From news@harbour-cities.example.org Mon Jan 13 09:00:00 2025',
        'From MAILER-DAEMON Tue Feb 11 10:30:00 2025',
        'From news@harbour-cities.example.org Wed Mar 12 08:00:00 2025',
      ],
    );
    for (const message of messages) assert.match(decode(message.bytes), /^(Return-Path|From): /);
  });

  it('unescapes ">From " lines, keeps a body line starting "From " inside its message', () => {
    const notes = decode([...splitMbox(mailbox)][1]!.bytes);
    assert.match(notes, /\nFrom the harbour of Genoa/);
    assert.match(notes, /\n>From is kept with one quote less/);
    assert.match(notes, /\nFrom 10 to 12 March the centre/);
    assert.doesNotMatch(notes, /\n>From the harbour/);
    assert.ok(notes.endsWith('The network secretariat\n'), 'the separator blank line is not part of the message');
  });

  it('gives the same messages when fed in small chunks', () => {
    const whole = [...splitMbox(mailbox)].map((m) => decode(m.bytes));
    const splitter = new MboxSplitter();
    const chunked: string[] = [];
    for (let i = 0; i < mailbox.length; i += 7) {
      for (const m of splitter.push(mailbox.subarray(i, i + 7))) chunked.push(decode(m.bytes));
    }
    for (const m of splitter.end()) chunked.push(decode(m.bytes));
    assert.deepEqual(chunked, whole);
  });

  it('handles CRLF line ends and a mailbox without a final newline', () => {
    const text =
      'From a@example.org Mon Jan 13 09:00:00 2025\r\nSubject: one\r\n\r\nfirst\r\n\r\nFrom b@example.org Tue Jan 14 09:00:00 2025\r\nSubject: two\r\n\r\nsecond';
    const messages = [...splitMbox(new TextEncoder().encode(text))].map((m) => decode(m.bytes));
    assert.deepEqual(messages, ['Subject: one\r\n\r\nfirst\r\n', 'Subject: two\r\n\r\nsecond']);
  });
});
