import { describe, expect, it } from 'vitest';
import { looksLikeTalk } from '../../src/model/headingKinds.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';

describe('a track slot code before the title', () => {
  it('is dropped from the title: "Track1_1.", "Track B-2:", "트랙1_2.", "トラックA:", "트랙_기타."', () => {
    expect(parseSessionHeading('Track1_1. Service Mesh Patterns').title).toBe('Service Mesh Patterns');
    expect(parseSessionHeading('Track B-2: Service Mesh Patterns').title).toBe('Service Mesh Patterns');
    expect(parseSessionHeading('track 2. Service Mesh Patterns').title).toBe('Service Mesh Patterns');
    expect(parseSessionHeading('트랙1_2. 서버리스 워크로드 구현').title).toBe('서버리스 워크로드 구현');
    expect(parseSessionHeading('トラックA: サーバーレス入門').title).toBe('サーバーレス入門');
    expect(parseSessionHeading('트랙_기타. 좌충우돌 학습기').title).toBe('좌충우돌 학습기');
  });

  it('needs a code: words that start with "track", or "Track:" alone, stay in the title', () => {
    expect(parseSessionHeading('Tracking changes: a story').title).toBe('Tracking changes: a story');
    expect(parseSessionHeading('Trackers. Title').title).toBe('Trackers. Title');
    expect(parseSessionHeading('Track: Security').title).toBe('Track: Security');
  });
});

describe('"Title - Name (Organisation)": one speaker with the organisation in parentheses after the dash', () => {
  it('reads the name and the organisation, spaces inside the parentheses or not, in several scripts', () => {
    expect(parseSessionHeading('Service Mesh Patterns - Jane Roe (Example Corp)')).toEqual({
      title: 'Service Mesh Patterns',
      speakers: [{ name: 'Jane Roe', org: 'Example Corp' }],
    });
    expect(parseSessionHeading('Track1_1. Service Mesh - Jane Roe ( ACME )')).toEqual({
      title: 'Service Mesh',
      speakers: [{ name: 'Jane Roe', org: 'ACME' }],
    });
    expect(parseSessionHeading('서버리스 워크로드 구현 - 김진웅 ( SK주식회사 C&C )').speakers).toEqual([
      { name: '김진웅', org: 'SK주식회사 C&C' },
    ]);
    expect(parseSessionHeading('Tests sans peine – Jeanne Dupont (Exemple SA)').speakers).toEqual([
      { name: 'Jeanne Dupont', org: 'Exemple SA' },
    ]);
    expect(looksLikeTalk('트랙1_1. Beyond Kubernetes ( Istio, Knative ) - 조대협 ( Google )')).toBe(true);
  });

  it('is no speaker when the part before the parentheses does not read as a name', () => {
    expect(parseSessionHeading('Service Mesh - the hard parts (part 2)').speakers).toEqual([]);
    expect(parseSessionHeading('Service Mesh - Q&A (recorded)').speakers).toEqual([]);
  });

  it('leaves names in the parentheses to be the speakers: "Title - Subtitle (Jane Roe)", "Title - 별명(정도현)"', () => {
    expect(parseSessionHeading('Apache Ignite - In-Memory Data Fabric (Nikita Ivanov)')).toEqual({
      title: 'Apache Ignite - In-Memory Data Fabric',
      speakers: [{ name: 'Nikita Ivanov', org: null }],
    });
    expect(parseSessionHeading('개발 패러다임 - 정개발(정도현)').speakers).toEqual([{ name: '정도현', org: null }]);
  });
});
