// A term and its meaning after a colon or a dash define the term; a label before a provision does not.
import assert from 'node:assert/strict';
import { termDefinition } from '../src/lint/termDefinition';

describe('a definition set as a term and its meaning', () => {
  it('is read after a colon and a lower-case determiner, or after a dash set apart by spaces (a county counsel\'s trial)', () => {
    assert.equal(termDefinition('(3) Immigration detainer: a request by a federal agency that a local agency hold a person.'), true);
    assert.equal(termDefinition('Detainer - A request from the agency (Form X-1) that the Office notify it before releasing a person and maintain custody of the person.'), true);
    assert.equal(termDefinition('Non-citizen — Any person who is not a citizen.'), true);
  });

  it('is not a provision under a label, a condition, nor a dash before a sentence of its own', () => {
    assert.equal(termDefinition('Procedure: the jail shall hold each person for two days.'), false);
    assert.equal(termDefinition('Hold - A deputy shall hold each person for two days.'), false);
    assert.equal(termDefinition('If the officer has: an arrest warrant, the officer may act.'), false);
    assert.equal(termDefinition('Detainers - The jail honors each request by keeping the person for two days.'), false);
    assert.equal(termDefinition('The jail shall keep well-run records - a log of each release.'), false);
  });
});
