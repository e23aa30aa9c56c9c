import * as assert from 'node:assert/strict';
import { placeContext, placeStatements } from '../../../../src/core/geo/statements';
import { parseArticle } from '../../../../src/core/text/article';

function relations(text: string) {
  return placeStatements(parseArticle('a.txt', text)).map((s) => ({ subject: s.subject, region: s.region, ...s.relation }));
}

describe('geo: place statements', () => {
  it("places one sentence's statement in each article that holds it", () => {
    const sentence = 'Kresno lies 150 km south-west of Moscow.';
    const [first] = placeStatements(parseArticle('a.txt', sentence));
    const [second] = placeStatements(parseArticle('b.txt', `Rain fell. ${sentence}`));
    assert.deepEqual([first.articleId, first.start, second.articleId, second.start], ['a.txt', 12, 'b.txt', 23]);
    assert.equal(second.text, first.text);
  });
  it('reads a distance and direction, in km or miles', () => {
    assert.deepEqual(relations('Kresno lies 150 km south-west of Moscow.'), [{ subject: 'Kresno', region: false, kind: 'offset', anchor: 'Moscow', km: 150, bearing: 225 }]);
    const [miles] = relations('Thornby, some 20 miles to the north of Leeds, was flooded.');
    assert.equal(miles.kind, 'offset');
    assert.ok(miles.kind === 'offset' && Math.abs(miles.km - 32.2) < 0.1 && miles.bearing === 0);
  });
  it('reads a distance with no direction, and a bound as nearness', () => {
    assert.equal(relations('Kresno, about 90 miles from Moscow, was hit.')[0].kind, 'offset');
    assert.equal(relations('Kresno is within 30 km of Moscow.')[0].kind, 'near');
    assert.deepEqual(relations('Kresno is more than 30 km from Moscow.'), []);
  });
  it('reads near/outside a town and a drive in hours', () => {
    assert.equal(relations('Fretin, a village outside Lille, was hit.')[0].kind, 'near');
    const [drive] = relations('Thornby is two hours’ drive from Leeds.');
    assert.ok(drive.kind === 'near' && drive.km > 200);
  });
  it('reads a border named by two countries or one', () => {
    const [both] = relations('Kaluga Oblast, a region strategically positioned near the Russian-Ukrainian border, was hit.');
    assert.ok(both.kind === 'border' && both.countries.map((c) => c.code).join() === 'RU,UA');
    assert.equal(both.region, true);
    const [one] = relations('Belgorod lies on the border with Ukraine.');
    assert.ok(one.kind === 'border' && one.countries[0].code === 'UA');
  });
  it('reads a part of a country', () => {
    const [part] = relations('Fretin is in the north-east of France.');
    assert.ok(part.kind === 'part' && part.bearing === 45 && part.country.code === 'FR');
    assert.equal(relations('Fretin is in northern France.')[0].kind, 'part');
  });
  it('takes no subject across a clause or from a long description', () => {
    assert.deepEqual(relations('Police in Leeds said the body of a missing man was found 20 miles north of York.'), []);
    assert.deepEqual(relations('He said. 20 miles north of York it rained.'), []);
  });
  it('pins names to countries', () => {
    const { qualifiers, countries } = placeContext(parseArticle('a.txt', 'The French town of Lille was hit. Paris, France was calm.'));
    assert.deepEqual(qualifiers.map((q) => [q.key, q.country.code]), [['lille', 'FR'], ['paris', 'FR']]);
    assert.ok(countries.has('FR'));
  });
});

describe('geo: place statements, subjects', () => {
  it('locates the town of a "Town, State" pair, not the state', () => {
    assert.equal(relations('Baytown, Texas, about 25 miles east of Houston, was hit.')[0]?.subject, 'Baytown');
  });
  it('takes no pronoun, article or possessive for a place', () => {
    assert.deepEqual(relations('The quake struck about 85 miles from Papua’s capital.'), []);
    assert.deepEqual(relations('The town lies 40 miles north of Anchorage.'), []);
  });
});
