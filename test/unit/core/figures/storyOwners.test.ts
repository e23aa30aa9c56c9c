import * as assert from 'node:assert/strict';
import { Corpus } from '../../../../src/core/corpus/corpus';

function figureFindings(files: Record<string, string>, id: string) {
  const corpus = new Corpus();
  for (const [name, text] of Object.entries(files)) corpus.set(name, text);
  return corpus.check(id).filter((f) => f.rule === 'inconsistent-figure');
}

const named = 'Anna Berg, 38, a nurse at Elmford General Hospital, said the ward was full. Berg said staff at Elmford were tired after the Kingsway crash.';

describe('inconsistent-figure: ages owned through the story model', () => {
  it("compares 'Anna Berg, 38,' with 'the 41-year-old nurse' when the story makes Berg its one nurse", () => {
    const described = 'The 41-year-old nurse said the ward at Elmford General Hospital had been full since the Kingsway crash, Anna Berg said.';
    const found = figureFindings({ 'a.txt': named, 'b.txt': described }, 'b.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(described.slice(found[0].start, found[0].end), '41-year-old');
    assert.equal(found[0].severity, 'information', 'a link through a role is likely, not sure');
    assert.match(found[0].message, /^Age of Anna Berg: 41 years here; 38 years in a\.txt\.$/);
    assert.equal(figureFindings({ 'a.txt': named, 'b.txt': described }, 'a.txt').length, 1, 'reported at both mentions');
  });
  it("reads a role of two words: 'the 49-year-old chief executive'", () => {
    const a = 'Dana Whitcombe, 51, the chief executive of Cascade Ridge, said systems at Spokane Valley were restored.';
    const b = 'The 49-year-old chief executive said Cascade Ridge would rebuild its Spokane Valley network, Dana Whitcombe told staff.';
    assert.equal(figureFindings({ 'a.txt': a, 'b.txt': b }, 'b.txt').length, 1);
  });
  it("is sure (a Warning) when the description and the name stand in apposition: 'the 41-year-old nurse, Anna Berg,'", () => {
    const described = 'The 41-year-old nurse, Anna Berg, said the ward at Elmford General Hospital had been full since the Kingsway crash.';
    const found = figureFindings({ 'a.txt': named, 'b.txt': described }, 'b.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].severity, 'warning');
    // Must stay quiet: the apposition names someone else.
    const other = 'The 41-year-old nurse, Clara Holt, said the ward at Elmford General Hospital had been full since the Kingsway crash, Anna Berg said.';
    assert.equal(figureFindings({ 'a.txt': named, 'b.txt': other }, 'b.txt').length, 0);
  });

  it("reads the role a verb of naming gives: 'named the skipper as Declan Mulkerrin, 47,'", () => {
    const a = 'The ferry hit rocks off Inis Mor. The harbour master named the skipper as Declan Mulkerrin, 47, from Carraroe.';
    const b = 'The 52-year-old skipper of the ferry that hit rocks off Inis Mor is devastated, Declan Mulkerrin said from Carraroe.';
    assert.deepEqual(figureFindings({ 'a.txt': a, 'b.txt': b }, 'b.txt').map((f) => `${f.severity} ${b.slice(f.start, f.end)}`), ['information 52-year-old']);
    // Must stay quiet: a verb that names nothing ('saw the skipper as Mulkerrin …' reads no role).
    const seen = 'The ferry hit rocks off Inis Mor. The harbour master saw the skipper as Declan Mulkerrin, 47, from Carraroe, ran past.';
    assert.equal(figureFindings({ 'a.txt': seen, 'b.txt': b }, 'b.txt').length, 0);
  });
  it("reads a role closed by a relative clause: 'Margaret Hollis, 67, a retired midwife who organised it,'", () => {
    const a = 'Margaret Hollis, 67, a retired midwife who organised it, said the Outwood ward had been full, Pinderfields staff said.';
    const b = 'The 71-year-old retired midwife said the Outwood ward had been full, Margaret Hollis told Pinderfields staff.';
    assert.equal(figureFindings({ 'a.txt': a, 'b.txt': b }, 'b.txt').length, 1);
  });
  it("gives an age after 'Name, a' to the name, not to a capitalised word after it ('a 27-year-old Basque climber')", () => {
    const a = 'Tomás Arregui, a 27-year-old Basque climber riding for Orbaso, was hurt in the Vuelta crash near Bilbao.';
    const b = 'Tomás Arregui, 24, broke his collarbone in the Vuelta crash near Bilbao, Orbaso said.';
    assert.equal(figureFindings({ 'a.txt': a, 'b.txt': b }, 'b.txt').length, 1);
    // 'the 29-year-old Kibet': after 'the', a name right after the age is still its owner.
    const c = 'Near the mark in Bilbao, the 29-year-old Kibet pulled away from Tomás Arregui in the Vuelta crash, Orbaso said.';
    assert.equal(figureFindings({ 'a.txt': a, 'c.txt': c }, 'c.txt').length, 0);
  });
  it("ties a description to a name a participle of naming gives: 'the 4-year-old male, named Tashi,'", () => {
    const a = 'Keepers at Ashvale Zoo searched for the 4-year-old male, named Tashi, after he left the Ridgeway enclosure.';
    const b = 'The leopard, Tashi, 6, was darted by Ashvale Zoo vet Luis Ferreira near the Ridgeway enclosure.';
    assert.deepEqual(figureFindings({ 'a.txt': a, 'b.txt': b }, 'b.txt').map((f) => f.severity), ['warning']);
  });
  it('a member the copy gives an age in years is a person, though one mention read as a body', () => {
    const a = 'Crown prosecutor Anthony Reid told the court Keough had forged statements. Bradley Keough, 58, pleaded guilty in Brisbane.';
    const b = 'Victims of Southport financial planner Bradley Keough spoke in Brisbane. The 61-year-old former planner took $3.4 million, Anthony Reid said.';
    assert.equal(figureFindings({ 'a.txt': a, 'b.txt': b }, 'b.txt').length, 1);
  });

  it('stays quiet when the ages agree', () => {
    const described = 'The 38-year-old nurse said the ward at Elmford General Hospital had been full since the Kingsway crash, Anna Berg said.';
    assert.equal(figureFindings({ 'a.txt': named, 'b.txt': described }, 'b.txt').length, 0);
  });
  it('stays quiet when the story has two nurses: the role links to neither', () => {
    const two = `${named} Another nurse, Clara Holt, said she saw the Kingsway crash from Elmford.`;
    const described = 'The 41-year-old nurse said the ward at Elmford General Hospital had been full since the Kingsway crash, Anna Berg said.';
    assert.equal(figureFindings({ 'a.txt': two, 'b.txt': described }, 'b.txt').length, 0);
  });
  it('stays quiet when the role follows the age only after a verb', () => {
    const described = 'The 41-year-old told the nurse at Elmford General Hospital about the Kingsway crash, Anna Berg said.';
    assert.equal(figureFindings({ 'a.txt': named, 'b.txt': described }, 'b.txt').length, 0);
  });
});

describe('inconsistent-figure: counts the story gives to people one by one', () => {
  const r1 = 'Tyler Hansbrough scored 20 points for North Carolina against Evansville. Hansbrough had nine rebounds. Deon Thompson had seven rebounds, coach Roy Williams said.';
  const r2 = 'North Carolina beat Evansville as Tyler Hansbrough starred. The Tar Heels grabbed 40 rebounds while Deon Thompson added six rebounds. Coach Roy Williams was pleased.';
  const r3 = 'North Carolina beat Evansville as Tyler Hansbrough starred, Roy Williams said. The senior finished with 11 rebounds.';
  it("stays quiet on rebounds no one holds once the story gives rebounds to a player ('Hansbrough had nine rebounds')", () => {
    const files = { 'r1.txt': r1, 'r2.txt': r2, 'r3.txt': r3 };
    assert.equal(figureFindings(files, 'r2.txt').length, 0);
    assert.equal(figureFindings(files, 'r3.txt').length, 0);
  });
  it('still compares a count that only one person of the cast holds', () => {
    const one = 'Tyler Hansbrough scored 20 points for North Carolina against Evansville. Hansbrough had nine rebounds. Coach Roy Williams praised Deon Thompson.';
    const team = 'North Carolina beat Evansville as Tyler Hansbrough starred. The Tar Heels grabbed 40 rebounds. Coach Roy Williams was pleased.';
    assert.equal(figureFindings({ 'r1.txt': one, 't.txt': team, 'r3.txt': r3 }, 'r3.txt').length, 1);
  });
  it('still compares one player’s rebounds told twice', () => {
    const other = 'North Carolina beat Evansville as Tyler Hansbrough starred, Roy Williams said. Hansbrough had 12 rebounds.';
    assert.equal(figureFindings({ 'r1.txt': r1, 'o.txt': other }, 'o.txt').length, 1);
  });
});

describe('inconsistent-figure: a recalled occasion against the story’s own', () => {
  it("stays quiet on 'the catastrophe four years ago killed 230,000 people' against today's toll", () => {
    const a = 'The quake in Papua on Sunday killed five people, the Manokwari disaster agency said. The catastrophe four years ago killed more than 230,000 people.';
    const b = 'The quake in Papua killed four people in Manokwari, the disaster agency said on Monday.';
    const found = figureFindings({ 'a.txt': a, 'b.txt': b }, 'a.txt');
    assert.ok(found.every((f) => !a.slice(f.start, f.end).includes('230,000')), JSON.stringify(found.map((f) => f.message)));
  });
});

describe('inconsistent-figure: holders through the story cast', () => {
  const sold = (who: string) => `${who} sold 40 programmes at the Elmford Arena on Saturday, Kestrel Sports said.`;
  const mister = 'Mr Tully sold 45 programmes at the Elmford Arena on Saturday, Kestrel Sports said. Graham Tully has run the stall for years.';

  it("compares one member's counts under two of its names ('Graham Tully' / 'Mr Tully')", () => {
    const found = figureFindings({ 'a.txt': sold('Graham Tully'), 'b.txt': mister }, 'a.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].severity, 'information', 'a count keyed by a bare noun is likely, not sure');
  });

  it("stays quiet for two members' counts ('Karen Tully' / 'Mr Tully', who is Graham)", () => {
    assert.equal(figureFindings({ 'a.txt': sold('Karen Tully'), 'b.txt': mister }, 'a.txt').length, 0);
  });
});
