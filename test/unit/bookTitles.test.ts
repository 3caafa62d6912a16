import { describe, expect, it } from 'vitest';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { bookTitleTalk } from '../../src/model/speakers/bookTitles.js';

describe('bookTitleTalk: a title in 《》 and the speakers beside it', () => {
  it('reads the names after the title, after any dash, tilde, colon or comma, with a role or organisation', () => {
    expect(bookTitleTalk('《分布式系统实践》-王小明，Example 总编辑')).toEqual({
      title: '分布式系统实践',
      speakers: [{ name: '王小明', org: 'Example 总编辑' }],
    });
    expect(bookTitleTalk('《分布式系统实践》 - 王小明（阿里巴巴）')).toEqual({
      title: '分布式系统实践',
      speakers: [{ name: '王小明', org: '阿里巴巴' }],
    });
    for (const separator of [' - ', ' — ', ' ~ ', '：', ': ', '，', ' ', '-'])
      expect(bookTitleTalk(`《云原生的未来》${separator}李华`)?.speakers, separator).toEqual([
        { name: '李华', org: null },
      ]);
    expect(bookTitleTalk('〈云原生的未来〉 - 李华')?.title).toBe('云原生的未来');
  });

  it('reads a name in Latin letters of two words or more, and several names', () => {
    expect(bookTitleTalk('《数据平台：集消息，计算和存储于一体》-Jane Roe，Example CTO')).toEqual({
      title: '数据平台：集消息，计算和存储于一体',
      speakers: [{ name: 'Jane Roe', org: 'Example CTO' }],
    });
    expect(bookTitleTalk('《Go 实践》 - 王小明、李华')?.speakers.map((speaker) => speaker.name)).toEqual([
      '王小明',
      '李华',
    ]);
    expect(bookTitleTalk('《Go 实践》 - Jane Roe & John Doe')?.speakers.map((speaker) => speaker.name)).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
    // One Latin word is no name: a project or a product.
    expect(bookTitleTalk('《Go 实践》 - Kubernetes')).toBeNull();
  });

  it('reads the names before the title only when they stand alone (an organisation in parentheses at most)', () => {
    expect(bookTitleTalk('王小明：《分布式系统实践》')).toEqual({
      title: '分布式系统实践',
      speakers: [{ name: '王小明', org: null }],
    });
    expect(bookTitleTalk('王小明（阿里）：《分布式系统实践》')?.speakers).toEqual([{ name: '王小明', org: '阿里' }]);
    // "At the boat bar, joined 《…》": a place and a verb before a comma, no one's name.
    expect(bookTitleTalk('船吧，参加《区块链应用大赛》')).toBeNull();
  });

  it('reads no talk in a sentence that cites a title, nor in a line without one', () => {
    expect(bookTitleTalk('推荐书单：《与运气竞争》-克里斯坦森')).toBeNull();
    expect(bookTitleTalk('中途，我也去了会场，参加《微服务架构》-陈连平，但是人太多了')).toBeNull();
    expect(bookTitleTalk('《分布式系统实践》')).toBeNull();
    expect(bookTitleTalk('分布式系统实践 - 王小明')).toBeNull();
    expect(bookTitleTalk('《分布式系统实践》 - 这是一个非常好的演讲')).toBeNull();
  });

  it('trims the title and the organisation, and reads empty parentheses as no organisation', () => {
    expect(bookTitleTalk('《 分布式系统实践 》 - 李华')?.title).toBe('分布式系统实践');
    expect(bookTitleTalk('《分布式系统实践》 - 王小明（ 阿里 ）')?.speakers).toEqual([{ name: '王小明', org: '阿里' }]);
    expect(bookTitleTalk('《分布式系统实践》 - 王小明（ ）')?.speakers).toEqual([{ name: '王小明', org: null }]);
  });

  it('strips every separator after the names, and reads names joined by "and"', () => {
    expect(bookTitleTalk('《云原生的未来》 - 李华 --')?.speakers).toEqual([{ name: '李华', org: null }]);
    expect(bookTitleTalk('《Go 实践》 - Jane Roe and John Doe')?.speakers.map((speaker) => speaker.name)).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
  });

  it('reads no names that do not open the text, and none when one of several is no name', () => {
    // The names must come first: after a stray parenthesis the rest is not read as names.
    expect(bookTitleTalk('《分布式系统实践》 - （阿里）李华')).toBeNull();
    expect(bookTitleTalk('《分布式系统实践》 - （李华')).toBeNull();
    expect(bookTitleTalk('《Go 实践》 - Jane Roe & Kubernetes')).toBeNull();
    // Words with spaces are a name only when they read as one.
    expect(bookTitleTalk('《Go 实践》 - this is great')).toBeNull();
  });

  it('is how a heading or item with a marked title names its speakers, after a time slot too', () => {
    expect(parseSessionHeading('9:01-9:18 《把内容交付这件事做好》-王小明，Example 总编辑')).toEqual({
      title: '把内容交付这件事做好',
      speakers: [{ name: '王小明', org: 'Example 总编辑' }],
    });
    expect(parseSessionHeading('王小明：《分布式系统实践》').speakers).toEqual([{ name: '王小明', org: null }]);
  });
});
