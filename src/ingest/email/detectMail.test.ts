import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectMail, detectMailText, isPostmark } from './detectMail.js';
import { readEmailFixture } from './fixtures.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectMail', () => {
  it('recognises every e-mail fixture and the mailbox', () => {
    for (const name of ['fr-multipart-qp.eml', 'latin1-base64.eml', 'digest-sections.eml', 'es-boletin.eml']) {
      assert.equal(detectMail(readEmailFixture(name)), 'email', name);
    }
    assert.equal(detectMail(readEmailFixture('plain-text.eml')), 'email');
    assert.equal(detectMail(readEmailFixture('three-messages.mbox')), 'mbox');
  });

  it('takes a message starting with Received or Return-Path headers, folded lines included', () => {
    const text =
      'Received: from a.example by b.example;\r\n\tTue, 4 Mar 2025 09:30:00 +0100\r\nReturn-Path: <x@a.example>\r\n\r\nbody';
    assert.equal(detectMail(bytes(text)), 'email');
  });

  it('needs two known headers, or one with an .eml or .mbox name', () => {
    assert.equal(detectMail(bytes('Subject: hello\n\nbody')), null);
    assert.equal(detectMail(bytes('Subject: hello\n\nbody'), 'inbox/hello.eml'), 'email');
  });

  it('refuses text that merely starts with a word and a colon', () => {
    assert.equal(detectMail(bytes('Subject: migration and climate\nA study of the Sahel finds that…\n')), null);
    assert.equal(detectMail(bytes('Note: the meeting moved.\nFrom: the secretariat\n\n')), null);
    assert.equal(detectMailText('<?xml version="1.0"?><rss></rss>'), null);
    assert.equal(detectMailText('From the field: notes on mobility\n\nText.'), null);
  });

  it('does not take a saved HTTP response for an e-mail', () => {
    const http = 'Date: Mon, 3 Feb 2025 08:00:00 GMT\nContent-Type: text/html\nServer: example\n\n<html></html>';
    assert.equal(detectMail(bytes(http)), null);
  });

  it('knows an mbox envelope line from a sentence', () => {
    assert.ok(isPostmark('From MAILER-DAEMON Fri Jul  8 12:08:34 2011'));
    assert.ok(isPostmark('From news@example.org Wed Mar 12 08:00:00 2025'));
    assert.ok(!isPostmark('From 10 to 12 March 2025 the centre holds open days at 10:00.'));
  });
});
