import * as assert from 'node:assert/strict';
import { quotationsOf, speakersOf } from './helpers';

const mdSpeakers = (text: string) => quotationsOf(text, 'a.md').map((q) => [q.text, q.speaker?.name ?? null]);

describe('quotations: a cue sentence holding a nickname in marks', () => {
  it('"X, known as “…”, said …. “…" gives the next quotation to X, across a reopened paragraph', () => {
    const text = 'Coach Rita Benson, known in the club as “The Sergeant”, said the pitch was unplayable. “It was frozen solid.\n\n“We could not risk anyone’s ankles.”';
    assert.deepEqual(speakersOf(text), [['It was frozen solid. … We could not risk anyone’s ankles.', 'Rita Benson']]);
  });
  it('a cue sentence with a full quotation of its own still does not lend its cue to the next', () => {
    const text = 'The roof leaked all winter.\n\nTenants were told it was “not urgent” by the agent. “We gave up asking.”';
    assert.deepEqual(speakersOf(text).slice(-1), [['We gave up asking.', null]]);
  });
});

describe('quotations: "That was how X greeted …" names the quotation before it', () => {
  it('"That was how X, a …, welcomed the news" attributes the quotation to X', () => {
    const text = '“We have finally been heard.” That was how Omar Haddad, a shopkeeper who led the petition, welcomed the news on Friday.';
    assert.deepEqual(speakersOf(text), [['We have finally been heard.', 'Omar Haddad']]);
  });
  it('"That was how the day ended" names no speaker', () => {
    const text = 'The match was abandoned.\n\n“Nobody saw that coming.” That was how the evening ended for Priya Nair and her team.';
    assert.deepEqual(speakersOf(text), [['Nobody saw that coming.', null]]);
  });
});

describe('quotations: a dash credit line under a block quotation', () => {
  it('"> “…”" then "> — Name, role" attributes the quotation', () => {
    const text = 'The harbour reopened.\n\n> “The water is safe again and the boats can go out.”\n> — Captain Ines Moreau, harbour master\n\nFishing resumed at dawn.';
    assert.deepEqual(mdSpeakers(text), [['The water is safe again and the boats can go out.', 'Ines Moreau']]);
  });
  it('a dash line that is a sentence is not a credit', () => {
    const text = 'The harbour reopened.\n\n> “The water is safe again.”\n> — and yet the boats stayed in. Nobody knew why.';
    assert.deepEqual(mdSpeakers(text), [['The water is safe again.', null]]);
  });
});

describe('speakers: descriptors, datelines and titles', () => {
  it('"Shopkeeper Maria Lopez" is Maria Lopez', () => {
    const text = 'Shopkeeper Maria Lopez, 52, watched the water rise. “It came in under the door,” she said.';
    assert.deepEqual(speakersOf(text), [['It came in under the door,', 'Maria Lopez']]);
  });
  it('a place in capitals opening the story is never a speaker', () => {
    const text = 'LEEDS, England (Reuters) - A court blocked the plan on Monday.\n\nProtesters who waited outside the court in Leeds cheered as the decision was read.\n\n“This is a good day.”';
    assert.deepEqual(speakersOf(text), [['This is a good day.', null]]);
  });
  it('"the judge" is the person titled Justice', () => {
    const text = 'Mr Justice Alan Firth dismissed the claim.\n\n“The evidence was thin,” the judge said.';
    assert.deepEqual(speakersOf(text), [['The evidence was thin,', 'Alan Firth']]);
  });
  it('"said Station Officer X Y of Z Fire Service" is X Y, not the body', () => {
    const text = '“The stairs had gone,” said Watch Manager Kofi Mensah of Avon & Somerset Fire Service.';
    assert.deepEqual(speakersOf(text), [['The stairs had gone,', 'Kofi Mensah']]);
  });
  it('a passive cue’s agent is not the "by" of a later verb phrase', () => {
    const text = 'The verdict was praised as “a fresh start” and will be read closely by lawyers across the country.';
    assert.deepEqual(speakersOf(text), [['a fresh start', null]]);
  });
});
