import { describe, expect, it } from 'vitest';
import { openingEventName } from '../../src/model/title/openingEventName.js';

describe('openingEventName: the full name of an event the title names in short', () => {
  it("takes a link's text in the opening paragraph that names the title's event with its year, and more", () => {
    expect(
      openingEventName(
        'devopsdays16',
        "[devopsdays Amsterdam '16](http://www.devopsdays.org/events/2016-amsterdam/) Report",
      ),
    ).toBe("devopsdays Amsterdam '16");
    expect(openingEventName('PyCon 2019', 'Back from [PyCon US 2019](https://us.pycon.org/2019/), tired.')).toBe(
      'PyCon US 2019',
    );
    expect(openingEventName('Devoxx 2022', 'Cette année au [Devoxx France 2022](https://devoxx.fr) !')).toBe(
      'Devoxx France 2022',
    );
  });

  it('skips words in a script the name is not written in: a translation of it', () => {
    expect(
      openingEventName(
        'PHPカンファレンス2023',
        '[PHP Conference Japan 2023](https://phpcon.php.gr.jp/2023/) に行ってきた。',
      ),
    ).toBe('PHP Conference Japan 2023');
    expect(openingEventName('인프콘 2022', '[INFCON 2022](https://www.inflearn.com/conf/infcon-2022) 후기')).toBeNull();
    expect(openingEventName('PyCon 2019 上海', 'at [PyCon China 2019](https://cn.pycon.org)')).toBe('PyCon China 2019');
  });

  it('finds the name in plain text too, links first', () => {
    expect(openingEventName('PyCon 2019', 'I went to PyCon US 2019 in Cleveland.')).toBe('PyCon US 2019');
    expect(openingEventName('PyCon 2019', 'At PyCon US 2019 (see [PyCon Cleveland 2019](https://x.org))')).toBe(
      'PyCon Cleveland 2019',
    );
    // The plain text is read without the links' addresses.
    expect(openingEventName('GopherCon 2014', 'See [the site](https://GopherCon.Denver.Big/2014) today')).toBeNull();
  });

  it("reads no image's text, and no name that goes on after its year", () => {
    expect(openingEventName('QConSP 2018', '![Logo QConSP 2018](/images/qconsp.jpg)')).toBeNull();
    expect(openingEventName('PyCon 2021', 'Videos: [PyCon 2021 Playlist](https://youtube.com/x)')).toBeNull();
    expect(openingEventName('PyCon 2021', 'At [PyCon US 2021.](https://x.org)')).toBe('PyCon US 2021.');
  });

  it('needs the same year, a Latin word in common and a fuller name', () => {
    expect(openingEventName('PyCon 2019', 'I went to [PyCon US 2018](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon 2019', 'I went to [PyCon 2019](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon 2019', 'I went to [JSConf EU 2019](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon', 'I went to [PyCon US 2019](https://x.org).')).toBeNull();
    expect(openingEventName('2019', 'I went to [PyCon US 2019](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon US 2019', 'I went to [PyCon 2019](https://x.org).')).toBeNull();
    expect(openingEventName('PyCon 2019', 'I went to [PyCon US](https://x.org) in 2019.')).toBeNull();
  });

  it('finds nothing without an opening paragraph', () => {
    expect(openingEventName('PyCon 2019', null)).toBeNull();
    expect(openingEventName('PyCon 2019', '')).toBeNull();
  });
  it('skips the words of a script the name does not use, each script apart', () => {
    // Cyrillic beside a Latin name, kana beside a Latin and Han name, Han beside a Cyrillic name.
    expect(openingEventName('HolyJS 2019 Москва', '[HolyJS Moscow 2019](https://x.org)')).toBe('HolyJS Moscow 2019');
    expect(openingEventName('PHPカンファレンス福岡2019', '[PHP Conference 福岡 2019](https://x.org)')).toBe(
      'PHP Conference 福岡 2019',
    );
    expect(openingEventName('HolyJS 2019 莫斯科', '[HolyJS Москва 2019](https://x.org)')).toBe('HolyJS Москва 2019');
    // Kana and Cyrillic beside a Hangul name, kana beside a Cyrillic one.
    expect(openingEventName('DEVIEW 2019 ソウル', '[DEVIEW 서울 2019](https://x.org)')).toBe('DEVIEW 서울 2019');
    expect(openingEventName('DEVIEW 2019 Сеул', '[DEVIEW 서울 2019](https://x.org)')).toBe('DEVIEW 서울 2019');
    expect(openingEventName('HolyJS 2019 モスクワ', '[HolyJS Москва 2019](https://x.org)')).toBe('HolyJS Москва 2019');
  });

  it('compares whole words in each script, not their letters', () => {
    expect(openingEventName('PyCon 2019', '[PyConf US 2019](https://x.org)')).toBeNull();
    expect(openingEventName('PyCon 上海 2019', '[PyCon 上海市 2019](https://x.org)')).toBeNull();
    expect(openingEventName('Kotlin 2019 フェス', '[Kotlin フェスタ 2019](https://x.org)')).toBeNull();
    expect(openingEventName('DEVIEW 서울 2019', '[DEVIEW 서울시 2019](https://x.org)')).toBeNull();
    expect(openingEventName('HolyJS Москва 2019', '[HolyJS Московская 2019](https://x.org)')).toBeNull();
    // Folded to lower case: "ß" is not "ss" (upper case would make both "SS").
    expect(openingEventName('Großstadt Conf 2019', '[Grossstadt Conf Berlin 2019](https://x.org)')).toBeNull();
  });

  it('reads a year only in a number of four digits, and needs a number of two', () => {
    expect(openingEventName('Room 101', '[Room 101 Live 2019](https://x.org)')).toBeNull();
    expect(openingEventName('Ubuntu 1904 Party 2019', '[Ubuntu 201904 Release Party 2019](https://x.org)')).toBeNull();
    expect(openingEventName('Sprint 0512 Demo 2019', '[Sprint 200512 Demo Day 2019](https://x.org)')).toBeNull();
    expect(openingEventName('Lab 019 Day 2019', '[Lab 12019 Open Day 2019](https://x.org)')).toBeNull();
  });

  it("trims a link's text, and reads the plain text without images and addresses", () => {
    expect(openingEventName('devopsdays16', "[ devopsdays Amsterdam '16 ](https://x.org) Report")).toBe(
      "devopsdays Amsterdam '16",
    );
    // An image glued between two words leaves a space.
    expect(openingEventName('PyCon 2019', 'Back from![logo](/l.png)PyCon US 2019.')).toBe('PyCon US 2019');
    // An address with spaces is no name; a link's text keeps its brackets, apart from the words after it.
    expect(openingEventName('PyCon 2019', 'Notes [here](https://x.org/PyCon US 2019)')).toBeNull();
    expect(openingEventName('PyCon 2019', 'At [PyCon](https://x.org) US 2019 we met')).toBeNull();
  });
});
