import * as assert from 'node:assert/strict';
import { quotationsOf, speakersOf } from './helpers';

const mdSpeakers = (text: string) => quotationsOf(text, 'a.md').map((q) => [q.text, q.speaker?.name ?? null]);

describe('findQuotations', () => {
  describe('speaker in the same sentence', () => {
    it('after the quotation, cue first', () => {
      assert.deepEqual(speakersOf('"The water rose fast," said Anna Berg, a farmer.'), [['The water rose fast,', 'Anna Berg']]);
    });
    it('after a quotation in two-apostrophe marks', () => {
      assert.deepEqual(speakersOf("Ana Ruiz spoke first. ''The water rose fast,'' Ms. Ruiz said."), [['The water rose fast,', 'Ana Ruiz']]);
    });
    it('after the quotation, speaker first', () => {
      assert.deepEqual(speakersOf('"The water rose fast," Anna Berg said on Sunday.'), [['The water rose fast,', 'Anna Berg']]);
    });
    it('before the quotation, with a colon', () => {
      assert.deepEqual(speakersOf('Anna Berg told reporters: "The water rose fast."'), [['The water rose fast.', 'Anna Berg']]);
    });
    it('before the quotation, with a participle', () => {
      assert.deepEqual(speakersOf('Mayor Anna Berg visited the site, saying, "The water rose fast."'), [['The water rose fast.', 'Anna Berg']]);
    });
    it('a quotation the sentence runs on around takes the sentence\'s reporting verb', () => {
      assert.deepEqual(speakersOf('"The water rose fast," and the roads closed by noon, Anna Berg said.'), [['The water rose fast,', 'Anna Berg']]);
      assert.deepEqual(speakersOf('"If the dam had not held" by morning, Anna Berg said, the town would be gone.'), [['If the dam had not held', 'Anna Berg']]);
    });
    it('a quotation the sentence runs on around takes an inverted cue and its speaker', () => {
      assert.deepEqual(speakersOf('"It seems unlikely" that the dam holds, said Anna Berg, the mayor.'), [['It seems unlikely', 'Anna Berg']]);
    });
    it('a capitalised cue word inside a name is part of the name', () => {
      assert.deepEqual(speakersOf('"The water rose fast," said Ohio State University professor Anna Berg.'), [['The water rose fast,', 'Anna Berg']]);
      assert.deepEqual(speakersOf('"The water rose fast," said Former Secretary of State Anna Berg.'), [['The water rose fast,', 'Anna Berg']]);
      assert.deepEqual(speakersOf('"The water rose fast," a United States official said.'), [['The water rose fast,', 'official']]);
    });
    it('past a party and state abbreviation between commas', () => {
      assert.deepEqual(speakersOf('"The veto will be overridden," Senate leader Ana Ruiz, R-Ky., said Tuesday.'), [['The veto will be overridden,', 'Ana Ruiz']]);
    });
    it('from a document or a group named by any noun WordNet knows as one', () => {
      assert.deepEqual(speakersOf('"She was back within days," the book said.'), [['She was back within days,', 'the book']]);
      assert.deepEqual(speakersOf('"Business leaders honored him," the article read.'), [['Business leaders honored him,', 'the article']]);
    });
    it('a reported clause\'s own subject is not the speaker of a partial quotation in it ("X said the result showed that …")', () => {
      assert.deepEqual(speakersOf('Ana Ruiz said the result showed that \'the old way is over\', and left.'), [['the old way is over', 'Ana Ruiz']]);
    });
    it('stays without a speaker when its sentence reports no one', () => {
      assert.deepEqual(speakersOf('"The water rose fast," and the roads closed by noon.'), [['The water rose fast,', null]]);
    });
    it('with according to, after or before', () => {
      assert.deepEqual(speakersOf('"The water rose fast," according to Anna Berg.'), [['The water rose fast,', 'Anna Berg']]);
      assert.deepEqual(speakersOf('According to the mayor, Anna Berg, "the water rose fast."'), [['the water rose fast.', 'Anna Berg']]);
    });
    it('with a broad lexicon of cues', () => {
      for (const cue of ['added', 'stated', 'emphasized', 'warned', 'claimed', 'wrote', 'posted', 'explained', 'insisted', 'recalled', 'tweeted', 'conceded']) {
        assert.deepEqual(speakersOf(`"The water rose fast," Anna Berg ${cue}.`), [['The water rose fast,', 'Anna Berg']], cue);
      }
    });
    it('with was quoted as saying', () => {
      assert.deepEqual(speakersOf('Anna Berg was quoted as saying: "The water rose fast."'), [['The water rose fast.', 'Anna Berg']]);
    });
    it('keeps honorifics and titles out of the name', () => {
      assert.deepEqual(speakersOf('"It spread fast," said Dr. Elena Kovalenko.'), [['It spread fast,', 'Elena Kovalenko']]);
      assert.deepEqual(speakersOf('"It spread fast," said Group Commander Tessa Morrow.'), [['It spread fast,', 'Tessa Morrow']]);
      assert.deepEqual(speakersOf('"It spread fast," said club manager Helen Strachan.'), [['It spread fast,', 'Helen Strachan']]);
    });
    it('across a line break after an honorific', () => {
      assert.deepEqual(speakersOf('Intro line.\n‘This is a worrying trend,’ said Dr.\nElena Kovalenko, an expert.'), [['This is a worrying trend,', 'Elena Kovalenko']]);
    });
  });

  describe('split quotations', () => {
    it('are one quotation with two spans and one speaker', () => {
      const [q, ...rest] = quotationsOf('"We tried," Anna Smith said, "but the water rose too fast."');
      assert.equal(rest.length, 0);
      assert.equal(q.spans.length, 2);
      assert.equal(q.speaker?.name, 'Anna Smith');
      assert.equal(q.text, 'We tried, … but the water rose too fast.');
    });
  });

  describe('speaker in a neighbouring sentence', () => {
    it('inherits the speaker of the quotation before it in the paragraph', () => {
      assert.deepEqual(speakersOf('"It was terrifying," said Maria Ivanova. "We stayed indoors."'), [
        ['It was terrifying,', 'Maria Ivanova'],
        ['We stayed indoors.', 'Maria Ivanova'],
      ]);
    });
    it('takes the speaker of a cue sentence just before', () => {
      assert.deepEqual(speakersOf('Anna Berg said the dam had held. "We were lucky."'), [['We were lucky.', 'Anna Berg']]);
    });
    it('takes the speaker of a cue sentence just after', () => {
      assert.deepEqual(speakersOf('The bank gave way at noon. "We were lucky." Anna Berg said the village was safe.'), [['We were lucky.', 'Anna Berg']]);
    });
  });

  describe('continuation paragraphs', () => {
    it('inherit the previous paragraph\'s speaker', () => {
      assert.deepEqual(speakersOf('"The ground is wet," said Sunita Rao.\n"Every drop runs off."'), [
        ['The ground is wet,', 'Sunita Rao'],
        ['Every drop runs off.', 'Sunita Rao'],
      ]);
    });
    it('follow the convention of a paragraph left open', () => {
      const qs = quotationsOf('Sunita Rao said: "The ground is wet.\n"Every drop runs off."');
      assert.equal(qs.length, 1);
      assert.equal(qs[0].spans.length, 2);
      assert.equal(qs[0].speaker?.name, 'Sunita Rao');
    });
    it('carry a quotation across a line break', () => {
      assert.deepEqual(speakersOf('‘It was loud,’ said Maria Ivanova. ‘We hid.\nIt felt like war.’ Police left.'), [
        ['It was loud,', 'Maria Ivanova'],
        ['We hid. It felt like war.', 'Maria Ivanova'],
      ]);
    });
    it('do not continue past a paragraph without a quotation', () => {
      assert.deepEqual(speakersOf('"The ground is wet," said Sunita Rao.\nMore rain is due.\n"Nobody listens to us."'), [
        ['The ground is wet,', 'Sunita Rao'],
        ['Nobody listens to us.', null],
      ]);
    });
  });

  describe('pronouns and roles', () => {
    it('resolve a pronoun to the last named speaker of that gender', () => {
      assert.deepEqual(speakersOf('Hannah Greer, 34, spent the night upstairs with Tom Hart. "We lost everything," she said.'), [['We lost everything,', 'Hannah Greer']]);
      assert.deepEqual(speakersOf('Mr Hart stayed upstairs with Hannah Greer. "We lost everything," he said.'), [['We lost everything,', 'Hart']]);
    });
    it('resolve a role noun to the person introduced with it', () => {
      assert.deepEqual(speakersOf('Governor Vladislav Shapsha spoke first. The mayor left.\n"We are ready," the governor said.'), [['We are ready,', 'Vladislav Shapsha']]);
      assert.deepEqual(speakersOf('A Caddock spokesman, Neil Farrant, denied it.\n"We are proud," the spokesman added.'), [['We are proud,', 'Neil Farrant']]);
      assert.deepEqual(speakersOf('Sunita Rao, the agency\'s flood manager, spoke.\n"It is rising," the flood manager said.'), [['It is rising,', 'Sunita Rao']]);
    });
    it('report the fullest name for a surname', () => {
      assert.deepEqual(speakersOf('Neil Farrant spoke to the press.\n"It was fine," said Mr Farrant.'), [['It was fine,', 'Neil Farrant']]);
    });
    it('attribute a body\'s statement to the body\'s fullest name', () => {
      assert.deepEqual(speakersOf('The plant is run by Caddock Polymers. Caddock confirmed the fire in a statement. "We are cooperating," the company said in its statement.'), [['We are cooperating,', 'Caddock Polymers']]);
      assert.deepEqual(speakersOf('The Environment Agency issued a statement on Monday. "Our thoughts are with everyone," the statement read.'), [['Our thoughts are with everyone,', 'Environment Agency']]);
    });
    it('resolve a relative to the one who shares the family name', () => {
      assert.deepEqual(speakersOf('Peter Lund, 76, was remembered by his daughter as “a kind man”.\n“He loved the farm,” said Karen Lund.'), [
        ['a kind man', 'Karen Lund'],
        ['He loved the farm,', 'Karen Lund'],
      ]);
    });
    it('attribute anonymous sources to their description', () => {
      const [q] = quotationsOf('"Nothing is off the table," one person familiar with the plans said.');
      assert.equal(q.speaker?.resolution, 'anonymous');
      assert.equal(q.speaker?.name, 'one person familiar with the plans');
      assert.equal(quotationsOf('"It was huge," a witness said.')[0].speaker?.name, 'a witness');
      assert.equal(quotationsOf('"It was huge," one resident told reporters.')[0].speaker?.name, 'one resident');
    });
  });

  describe('partial quotations', () => {
    it('are attributed to the subject of the sentence\'s cue', () => {
      assert.deepEqual(speakersOf('Claire Dunning, the local MP, described the damage as "catastrophic" and left.'), [['catastrophic', 'Claire Dunning']]);
      assert.deepEqual(speakersOf('The bridge, which Anna Berg said was "beyond repair", closed.'), [['beyond repair', 'Anna Berg']]);
    });
    it('are attributed to the subject of a verb of communication (WordNet)', () => {
      assert.deepEqual(speakersOf('Anna Berg questioned the council\'s "fantasy budget" on Monday.'), [['fantasy budget', 'Anna Berg']]);
      assert.deepEqual(speakersOf('Anna Berg backed the plan, citing its "long reach," "firm costs" and speed.'), [['long reach,', 'Anna Berg'], ['firm costs', 'Anna Berg']]);
    });
    it('stay scare quotes next to a verb that is not one of communication', () => {
      assert.deepEqual(speakersOf('Anna Berg walked past the "clean room" on Monday.'), []);
    });
    it('have no speaker in a passive sentence without an agent', () => {
      assert.deepEqual(speakersOf('Staff were told the decision was "final and not up for discussion," on Friday.'), [['final and not up for discussion,', null]]);
    });
    it('take the agent of a passive', () => {
      assert.deepEqual(speakersOf('The plan was described by Anna Berg as "reckless".'), [['reckless', 'Anna Berg']]);
    });
  });

  describe('not quotations', () => {
    it('scare quotes and coined terms', () => {
      assert.deepEqual(speakersOf('Water drained from the plant\'s so-called "clean room" into the brook.'), []);
      assert.deepEqual(speakersOf('Officials avoided calling it a "hundred-year flood" this time.'), []);
    });
    it('titles of works', () => {
      assert.deepEqual(speakersOf('Her memoir “Bus Stops and Broken Promises” sold well.'), []);
      assert.deepEqual(speakersOf('The restructuring, known as "Project Lantern", will save money.'), []);
    });
    it('nicknames', () => {
      assert.deepEqual(speakersOf('Ferreyra, nicknamed "El Zorro" by fans, scored.'), []);
    });
  });

  describe('unattributed quotations', () => {
    it('a paragraph that is only a quotation after a paragraph without one', () => {
      assert.deepEqual(speakersOf('Neighbours described a night of fear.\n“It went up like a box of matches.”'), [['It went up like a box of matches.', null]]);
    });
    it('a quotation opening a paragraph that names no one', () => {
      assert.deepEqual(speakersOf('The bank broke.\n"It was always weak." The council met on Monday.'), [['It was always weak.', null]]);
    });
  });
});

describe('findQuotations, more attribution shapes', () => {
  it('speaker-first attribution with a role appositive', () => {
    assert.deepEqual(speakersOf('"We are ready," the head of the health board, Dr Ann Lee, said.'), [['We are ready,', 'Ann Lee']]);
  });
  it('a description by age resolves to the person described', () => {
    assert.deepEqual(speakersOf('Peter Lund, a 67-year-old farmer, lost his sheep. "It was all I had," the 67-year-old said.'), [['It was all I had,', 'Peter Lund']]);
  });
  it('a subject with an age in apposition', () => {
    assert.deepEqual(speakersOf('"It was all I had," Peter Lund, 67, said.'), [['It was all I had,', 'Peter Lund']]);
  });
  it('a question with the cue after it', () => {
    assert.deepEqual(speakersOf('"Why now?" asked Anna Berg.'), [['Why now?', 'Anna Berg']]);
  });
  it('a quotation introduced by "said that"', () => {
    assert.deepEqual(speakersOf('Anna Berg said that "the plan is dead".'), [['the plan is dead', 'Anna Berg']]);
  });
  it('a colon after a name', () => {
    assert.deepEqual(speakersOf('Anna Berg: "We are ready."'), [['We are ready.', 'Anna Berg']]);
  });
  it('a colon ending the previous paragraph', () => {
    assert.deepEqual(speakersOf('In a statement, Anna Berg said:\n"We are ready."'), [['We are ready.', 'Anna Berg']]);
  });
  it('skips quotations in a headline', () => {
    assert.deepEqual(speakersOf('‘We lost everything’: flood victims count the cost\nThe river fell on Sunday.'), []);
  });
  it('names with initials and particles', () => {
    assert.deepEqual(speakersOf('"We will act," said Ursula von der Leyen.'), [['We will act,', 'Ursula von der Leyen']]);
    assert.deepEqual(speakersOf('"We will act," said J.K. Rowling.'), [['We will act,', 'J.K. Rowling']]);
  });
});

describe('findQuotations, paragraph before', () => {
  it('takes a named speaker whose reported words close the paragraph before', () => {
    assert.deepEqual(speakersOf('The mayor, Anna Berg, said the plan was dead.\n"It is over."'), [['It is over.', 'Anna Berg']]);
  });
  it('does not take an anonymous group from the paragraph before', () => {
    assert.deepEqual(speakersOf('Neighbours described a night of fear.\n"It went up like a box of matches."'), [['It went up like a box of matches.', null]]);
  });
});

describe('findQuotations, documents and declined cues', () => {
  it('attributes words a sign or statement reads to it', () => {
    assert.equal(quotationsOf('The sign on the door read: "Closed until further notice."')[0].speaker?.name, 'The sign on the door');
  });
  it('attributes a partial quotation framed by "added that"', () => {
    assert.deepEqual(speakersOf('Chairman Peter Ross added that the finances were "in good shape".'), [['in good shape', 'Peter Ross']]);
  });
  it('does not take a declined comment as the speaker of the quotation before it', () => {
    assert.deepEqual(speakersOf('The bank broke.\n"It was always weak." The mayor\'s office declined to comment.'), [['It was always weak.', null]]);
  });
});

describe('findQuotations, pronouns after surnames', () => {
  it('knows a surname-only speaker\'s gender from the full name', () => {
    const text = 'Rachel Adeyemi spoke first. "We will build," said Tom Price, a builder.\nAdeyemi rejected the claims. "This is the biggest plan in years," he said.';
    assert.deepEqual(speakersOf(text).at(-1), ['This is the biggest plan in years,', 'Tom Price']);
    const text2 = 'Mark Bell spoke first. "We will build," said Tom Price, a builder.\nAdeyemi, a minister, spoke. Rachel Adeyemi rejected the claims. "This is the biggest plan in years," she said.';
    assert.deepEqual(speakersOf(text2).at(-1), ['This is the biggest plan in years,', 'Rachel Adeyemi']);
  });
  it('keeps an ampersand inside a body\'s name', () => {
    assert.deepEqual(speakersOf('"Treat every wire as live," the utility, OG&E, said.'), [['Treat every wire as live,', 'OG&E']]);
  });
});

describe('findQuotations, plural and first-person speakers', () => {
  it('attributes a quotation to "they" and to the writer\'s "I"', () => {
    assert.equal(quotationsOf('"We are angry," they said.')[0].speaker?.resolution, 'pronoun');
    assert.equal(quotationsOf('"Go home," I said.')[0].speaker?.name, 'I');
  });
});

describe('quotations: a dash credit line under a block quotation', () => {
  it('"> “…”" then "> — Name, role" attributes the quotation', () => {
    const text = 'The harbour reopened.\n\n> “The water is safe again and the boats can go out.”\n> — Captain Ines Moreau, harbour master\n\nFishing resumed at dawn.';
    assert.deepEqual(mdSpeakers(text), [['The water is safe again and the boats can go out.', 'Ines Moreau']]);
  });
  it('a credit on the quotation\'s own line after a dash attributes it', () => {
    const text = 'Readers wrote in.\n\n“The ferry scares me. It runs late every day.” ― Ana Ruiz\n\n“It must stop, unlike the buses.”— Tom Kerr.';
    assert.deepEqual(speakersOf(text), [['The ferry scares me. It runs late every day.', 'Ana Ruiz'], ['It must stop, unlike the buses.', 'Tom Kerr']]);
  });
  it('a dash on the same line that runs on into a sentence is not a credit', () => {
    const text = 'The final ended.\n\n“We won” — Ruiz’s team celebrated late into the night.';
    assert.deepEqual(speakersOf(text), [['We won', null]]);
  });
  it('a dash line that is a sentence is not a credit', () => {
    const text = 'The harbour reopened.\n\n> “The water is safe again.”\n> — and yet the boats stayed in. Nobody knew why.';
    assert.deepEqual(mdSpeakers(text), [['The water is safe again.', null]]);
  });
});

describe('quotations: an echo sentence beats continuation', () => {
  it('"That was the verdict of X" after a paragraph-opening quotation names X, not the previous speaker', () => {
    const text = '“We are closing the pool,” said Nora Fell.\n\n“The pool kept us sane. My kids learned to swim there.” That was the verdict of Ivan Rusk, who runs the café.';
    assert.deepEqual(speakersOf(text), [
      ['We are closing the pool,', 'Nora Fell'],
      ['The pool kept us sane. My kids learned to swim there.', 'Ivan Rusk'],
    ]);
  });
  it('"Those were the words of her neighbour, X" takes the named appositive', () => {
    const text = 'Ada Crane said she was angry. “I waited all day,” she said.\n\n“I have shopped there for years.” Those were the words of Mrs Crane’s cousin, Pearl Hume.';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Ada Crane', 'Pearl Hume']);
  });
  it('a paragraph-opening quotation with no echo still continues a named speaker', () => {
    const text = '“We lost everything,” said Tom Vale.\n\n“Nobody came to help.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Tom Vale', 'Tom Vale']);
  });
});

describe('quotations: no carry-over from an unnamed source', () => {
  it('a closed quotation by an anonymous source does not make the next paragraph’s quotation its own', () => {
    const text = 'A worker at the depot said the lorries were late. ‘We saw it coming,’ the worker said.\n\n‘Lock your doors at night.’ The warning spread quickly through the estate.';
    assert.deepEqual(speakersOf(text), [
      ['We saw it coming,', 'the worker'],
      ['Lock your doors at night.', null],
    ]);
  });
  it('an anonymous source still speaks on within its own paragraph', () => {
    const text = '‘We saw it coming,’ one driver said. ‘Nobody listened.’';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['one driver', 'one driver']);
  });
});

describe('quotations: when a quote-only paragraph does not carry a speaker over', () => {
  it('a partial quotation closing the paragraph before does not go on into the next', () => {
    const text = 'The spokeswoman, Ida Brock, said it was “much too soon” to name a cause.\n\n“Boil your water before drinking it.” That advice spread quickly online.';
    assert.deepEqual(speakersOf(text), [
      ['much too soon', 'Ida Brock'],
      ['Boil your water before drinking it.', null],
    ]);
  });
  it('a full quotation closing the paragraph before still goes on', () => {
    const text = '“We found the leak,” said Ida Brock.\n\n“Boil your water for now.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Ida Brock', 'Ida Brock']);
  });
  it('a cue in a list item does not introduce the block quotation after the list', () => {
    const text = '- The Forestry Trust maintains its objection to the road.\n\n> "My father planted those trees. Nobody asked him."\n';
    assert.deepEqual(findSpeakers(text, 'notes.md'), [['My father planted those trees. Nobody asked him.', null]]);
  });
  it('a body guessed from a bare description does not own the next paragraph’s quotation', () => {
    const text = 'Kestrel Systems said in a statement that it was “cooperating fully”.\n\nThe harbour has said it will publish a review.\n\n“Nobody wants to be the harbour that skimped on backups.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Kestrel Systems', null]);
  });
  it('a named speaker closing the paragraph before still owns the quote-only paragraph', () => {
    const text = 'Harbour master Ola Berg said the crane had failed twice.\n\n“We cannot keep patching it.”';
    assert.deepEqual(speakersOf(text).map(([, s]) => s), ['Ola Berg']);
  });
});

function findSpeakers(text: string, id: string): Array<[string, string | null]> {
  return quotationsOf(text, id).map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('findQuotations, a paragraph of quotation after a partial one', () => {
  it('continues the partial quotation that closed the paragraph before', () => {
    const text = 'Ivo Marsh shot back, saying he had "made a lot of money in down markets."\n\n"Frankly, this is the kind of thinking our country needs."';
    assert.deepEqual(speakersOf(text), [
      ['made a lot of money in down markets.', 'Ivo Marsh'],
      ['Frankly, this is the kind of thinking our country needs.', 'Ivo Marsh'],
    ]);
  });
  it('stays quiet: not when the reporter went on after the partial quotation', () => {
    const text = 'Ivo Marsh said the plan was "dead." The council met on Monday.\n\n"Frankly, this is the kind of thinking our country needs."';
    assert.deepEqual(speakersOf(text), [
      ['dead.', 'Ivo Marsh'],
      ['Frankly, this is the kind of thinking our country needs.', null],
    ]);
  });
});

describe('findQuotations, a statement issued in the sentence before', () => {
  it('"X released a statement … “…”" gives the quotation to X', () => {
    assert.deepEqual(speakersOf('Jackson released a statement through the team on Tuesday. "Yesterday I was stopped by an officer."'), [['Yesterday I was stopped by an officer.', 'Jackson']]);
  });
  it('stays quiet: a statement issued by no one named', () => {
    assert.deepEqual(speakersOf('The town waited.\n\nA statement was released on Tuesday. "We will appeal."'), [['We will appeal.', null]]);
  });
});
